/**
 * `deno task segment` end to end, through the launcher and the narrow-permission command it runs:
 * a good file writes the report and the CSV; every bad input stops with a message that names the
 * file (and the column and rows where there are some) and the fix, a non-zero exit code, and no
 * output files.
 */
import { ROOT, segment } from "./_segment.ts";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The local files of the k-means worker's module graph, as `deno info` lists them. */
async function workerGraph(): Promise<string[]> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", "lib/cluster/_kmeans_worker.ts"],
    cwd: ROOT,
    stdout: "piped",
  }).output();
  const graph = JSON.parse(new TextDecoder().decode(out.stdout)) as { modules: { specifier: string }[] };
  const local = graph.modules.map((m) => m.specifier).filter((s) => s.startsWith("file:"));
  return local.map((s) => fileURLToPath(s)).sort();
}

function lines(...rows: string[]): string {
  return rows.join("\n") + "\n";
}

/** Invoice lines for `n` customers with repeat purchases (a valid RFM file). */
function invoices(n: number): string {
  const rows = ["customer,invoice,date,amount,country"];
  for (let c = 0; c < n; c++) {
    for (let j = 0; j <= c % 4; j++) {
      rows.push(
        `C${c},I${c}-${j},2021-${String(1 + ((c + j * 3) % 12)).padStart(2, "0")}-1${j},${
          10 + ((c * 7 + j * 13) % 90)
        },UK`,
      );
    }
  }
  return lines(...rows);
}

interface BadCase {
  readonly name: string;
  readonly content: string | Uint8Array;
  readonly args?: string[];
  readonly message: RegExp;
}

const BAD: BadCase[] = [
  { name: "empty.csv", content: "", message: /^Cannot read "empty\.csv": the file is empty/ },
  {
    name: "header.csv",
    content: "customer,date,amount\n",
    message: /^Cannot read "header\.csv": it has a header but no data rows/,
  },
  {
    name: "one.csv",
    content: lines(
      "customer,invoice,date,amount",
      "A,1,2021-01-01,10",
      "A,2,2021-02-01,12",
      "A,3,2021-03-01,5",
    ),
    message: /^Cannot segment "one\.csv": only 1 customer\(s\) remain/,
  },
  {
    name: "all-removed.csv",
    content: lines(
      "customer,invoice,date,amount",
      "A,1,2021-01-01,-10",
      "A,2,2021-02-01,0",
      "B,3,2021-02-01,-3",
      "B,4,2021-03-01,-1",
    ),
    args: ["--kind", "rfm"],
    message: /^Cannot segment "all-removed\.csv": cleaning removed every row \(.*negative.*\)/,
  },
  {
    name: "gzip.csv",
    content: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x04, 0]),
    message: /^Cannot read "gzip\.csv": it is a gzip-compressed file/,
  },
  {
    name: "ragged.csv",
    content: lines("customer,date,amount", "A,2021-01-01,10,5", "B,2021-02-01"),
    message: /^Cannot read "ragged\.csv": row 2 has 4 fields but the header has 3/,
  },
  {
    name: "text-in-number.csv",
    content: lines(
      "customer,date,amount",
      "A,2021-01-01,10",
      "B,2021-02-01,12",
      "C,2021-02-03,abc",
      "D,2021-02-04,7",
      "E,2021-02-05,8",
    ),
    message: /column "amount".*row 4.*"abc".*--bad-values drop/,
  },
  {
    name: "two-date-formats.csv",
    content: lines("customer,date,amount", "A,2021-01-01,10", "B,01/02/2021,3", "C,2021-02-03,5"),
    message: /^Cannot read "two-date-formats\.csv": column "date" has dates in two formats.*row 2.*row 3/,
  },
  {
    name: "future.csv",
    content: lines("customer,date,amount", "A,2021-01-01,10", "B,2099-02-01,3", "C,2021-02-03,5"),
    message: /column "date" has 1 date in the future.*row 3/,
  },
  {
    name: "duplicate-ids.csv",
    content: lines("id,x,y", "1,1,2", "1,3,4", "2,5,6", "3,1,1"),
    message: /customer id "1" in column "id" appears on rows 2, 3/,
  },
  {
    name: "missing-feature.csv",
    content: lines("CUST_ID,BALANCE,MINIMUM_PAYMENTS", "a,1,2", "b,3,4", "c,5,6", "d,2,2"),
    args: ["--kind", "features", "--features", "BALANCE,MINIMUM_PAYMENT"],
    message: /"MINIMUM_PAYMENT" \(did you mean "MINIMUM_PAYMENTS"\?\)/,
  },
  {
    name: "missing-role.csv",
    content: lines("who,when,what", "A,2021-01-01,10", "A,2021-02-01,12"),
    args: ["--kind", "rfm"],
    message: /who.*when.*what|--customer/,
  },
  {
    name: "k-too-large.csv",
    content: invoices(12),
    args: ["--k", "50"],
    message: /^Cannot make 50 segments: k must be an integer from 2 to \d+, the number of distinct customers/,
  },
  {
    name: "house-invoices.csv",
    content: lines(
      "customer,invoice,date,quantity,amount",
      ...Array.from(
        { length: 30 },
        (_, i) => `K${i % 9},CF-${500000 + i},2021-03-${10 + (i % 9)},2,${5 + i}`,
      ),
    ),
    args: ["--lang", "es"],
    message:
      /^No se puede limpiar "house-invoices\.csv": la regla de anulaciones eliminaría el 100,0 % de las facturas \(30 de 30\).*"CF-500000".*vuelva a ejecutarlo con --no-cancel-prefix, o indique con --cancel-prefix PREFIJO/,
  },
  {
    name: "wrong-delimiter.csv",
    content: lines("customer;date;amount", "A;2021-01-01;10,5", "B;2021-02-01;3,2", "C;2021-03-01;4,1"),
    args: ["--delimiter", ","],
    message: /delimiter/,
  },
];

Deno.test("segment CLI: every bad input stops with a located message, exit code 1, and no output files", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-bad-" });
  try {
    const results = await Promise.all(BAD.map(async (c) => {
      const file = join(dir, c.name);
      if (typeof c.content === "string") await Deno.writeTextFile(file, c.content);
      else await Deno.writeFile(file, c.content);
      const out = join(dir, `out-${c.name}`);
      const r = await segment([file, "--out", out, "--no-progress", ...(c.args ?? [])]);
      return { c, r, out };
    }));
    for (const { c, r, out } of results) {
      assert.equal(r.code, 1, `${c.name}: exit code ${r.code}\n${r.stdout}\n${r.stderr}`);
      assert.match(r.stderr.trim(), c.message, `${c.name}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /^\s+at /m, `${c.name}: stack trace printed\n${r.stderr}`);
      const left = existsSync(out) ? [...Deno.readDirSync(out)].map((e) => e.name) : [];
      assert.deepEqual(left, [], `${c.name}: output left behind: ${left.join(", ")}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: the bundled sample gives a report and a segment CSV, and says what it did", async () => {
  const out = await Deno.makeTempDir({ prefix: "segmenta-out-" });
  try {
    const r = await segment(["--out", out, "--no-progress", "--lang", "es", "--currency", "eur"]);
    assert.equal(r.code, 0, r.stderr);
    // the summary speaks Spanish: its labels too, not only the facts
    assert.match(r.stdout, /tipo de análisis: RFM \(transacciones\) \(/);
    assert.match(r.stdout, /registro: \d+ eliminadas en "ID Cliente"/);
    assert.match(r.stdout, /segmento "[^"]+": \d+ clientes \(\d+,\d %\)/);
    assert.match(
      r.stdout,
      new RegExp(`archivo escrito: ${out.replaceAll("/", "\\/")}\\/retail_sample\\.html`),
    );
    assert.doesNotMatch(
      r.stdout,
      /\b(kind|rows|ledger|removed|verdict|segment|customers|warning|wrote|done in)\b/,
    );
    const html = await Deno.readTextFile(join(out, "retail_sample.html"));
    // --currency: amounts in euros
    assert.match(html, /\d\u00a0€/);
    const record = JSON.parse(
      html.match(/<script type="application\/json" id="segmenta-run">(.*?)<\/script>/s)![1]!,
    );
    assert.equal(typeof record.hopkins, "number");
    assert.equal(record.kind, "rfm");
    assert.equal(record.kSelection.ks.length, record.kSelection.inertia.length);
    assert.match(html, /lang="es"/);
    const csv = (await Deno.readTextFile(join(out, "retail_sample-segments.csv"))).trim().split(/\r?\n/);
    assert.equal(
      csv[0],
      "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,rfm_segment,cluster,cluster_segment," +
        "p_alive,expected_purchases_12m,clv_12m",
    );
    assert.equal(csv.length - 1, record.rows.segmented);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("segment CLI: --print-command shows the narrow permissions (no network, no run, writes only the output folder, reads only the k-means worker's module graph of the project)", async () => {
  const r = await segment(["data/retail_sample.csv", "--out", "some/where", "--print-command"]);
  assert.equal(r.code, 0, r.stderr);
  const cmd = r.stdout.trim();
  assert.match(cmd, /--allow-write=\S*some\/where(\s|$)/);
  assert.match(cmd, /--allow-read=\S*retail_sample\.csv,/);
  assert.match(cmd, /--allow-ffi=\S+\.node/);
  // The polars files of the version deno.json pins.
  const polars = /^npm:nodejs-polars@(.+)$/.exec(
    JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json"))).imports["nodejs-polars"],
  )![1]!;
  assert.match(cmd, new RegExp(`--allow-ffi=\\S*/nodejs-polars-[\\w-]+/${polars.replaceAll(".", "\\.")}/`));
  // The modules of the k-means worker's graph, and no other project file.
  const read = /--allow-read=(\S+)/.exec(cmd)![1]!.split(",");
  assert.deepEqual(read.filter((p) => p.includes("/lib/")).sort(), await workerGraph());
  assert.ok(read.some((p) => p.endsWith("/lib/cluster/_kmeans_worker.ts")), read.join("\n"));
  assert.match(cmd, /--allow-env=NO_COLOR,SEGMENTA_PROGRESS,COLUMNS/);
  assert.match(cmd, /--allow-sys=cpus,networkInterfaces,hostname,systemMemoryInfo(\s|$)/);
  for (
    const broad of [
      "--allow-net",
      "--allow-run",
      "--allow-all",
      " -A ",
      "--allow-read ",
      "--allow-write ",
      "--allow-env ",
    ]
  ) {
    assert.ok(!cmd.includes(broad), `command grants ${broad}: ${cmd}`);
  }
});

Deno.test("segment CLI: a wrong option or k < 2 is a usage error (exit 2)", async () => {
  const r = await segment(["--frobnicate"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown option "--frobnicate"/);
  const k1 = await segment(["data/retail_sample.csv", "--k", "1"]);
  assert.equal(k1.code, 2);
  assert.match(k1.stderr, /--k must be a whole number >= 2, got "1"/);
});

Deno.test("segment CLI: an output folder that cannot be made is said before any work, exit 1", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(join(dir, "a-file"), "");
    const r = await segment([
      "data/retail_sample.csv",
      "--out",
      join(dir, "a-file", "reports"),
      "--no-progress",
    ]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /^Cannot write to the output folder ".*a-file\/reports": .*; choose another --out/,
    );
    assert.doesNotMatch(r.stderr, /internal error|^\s+at /m);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: a tiny customer file still gets its report, with DBSCAN skipped and said so", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = join(dir, "tiny.csv");
    await Deno.writeTextFile(file, lines("id,x,y,z", "1,1,2,3", "2,3,4,1", "3,5,6,2", "4,2,2,9", "5,8,1,1"));
    const r = await segment([file, "--out", dir, "--no-progress"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /warning: DBSCAN skipped: minSamples = 6 \(2 × 3 features\) needs more than 5 customers/,
    );
    assert.ok(existsSync(join(dir, "tiny.html")) && existsSync(join(dir, "tiny-segments.csv")));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
