/**
 * The streamed path end to end: a file read by DuckDB with the rules decided on its head gives
 * the in-memory run's results; a value the head's rules do not read stops the run naming the
 * column, the value and the row; formats read alike in both paths.
 */
import assert from "node:assert/strict";
import type pl from "nodejs-polars";
import {
  analyzeFile,
  analyzeFileStreamed,
  analyzeRfm,
  InputError,
  mapRoles,
  readTable,
} from "../../lib/mod.ts";
import { analyzeRfmScanned } from "../../lib/scan/analyze_rfm_scanned.ts";
import { scanInvoices } from "../../lib/scan/scan_invoices.ts";
import { streamsFile } from "../../lib/scan/streams_file.ts";
import { projectDataPath, testWithSharedData } from "../_data.ts";
import { segment } from "../cli/_segment.ts";

const FAST = { kMax: 4, nBoot: 3, nInit: 3, seed: 7 } as const;

/** The error `run` throws (the test fails if it throws none). */
async function caught(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error");
}

/** Relative difference, 0 for equal numbers. */
function rel(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

function rows(df: pl.DataFrame, columns: readonly string[]): Record<string, unknown>[] {
  return df.select(...columns).toRecords() as Record<string, unknown>[];
}

/** The streamed and the in-memory run of `path` agree on everything they both compute. */
async function sameAsInMemory(path: string, headBytes: number): Promise<void> {
  const loaded = await readTable(path);
  const memory = analyzeRfm(loaded, mapRoles(loaded.table.columns), FAST);
  const streamed = await analyzeRfmScanned(path, { ...FAST, scan: { headBytes } });
  assert(streamed.loaded.notes.some((n) => n.code === "streamed-head"));
  assert.deepEqual(streamed.loaded.rowsRead, memory.loaded.rowsRead);
  assert.deepEqual(streamed.loaded.sha256, memory.loaded.sha256);
  assert.deepEqual(
    streamed.ledger.map((e) => [e.step, e.reason, e.rows, e.column ?? null, JSON.stringify(e.facts)]),
    memory.ledger.map((e) => [e.step, e.reason, e.rows, e.column ?? null, JSON.stringify(e.facts)]),
  );
  assert.deepEqual(streamed.cleaned.rowsOut, memory.cleaned.rowsOut);
  const key = ["customer", "recency", "frequency", "r_score", "f_score", "m_score", "segment", "cluster"];
  assert.deepEqual(rows(streamed.customers, key), rows(memory.customers, key));
  const m1 = streamed.customers.getColumn("monetary").toArray() as number[];
  const m2 = memory.customers.getColumn("monetary").toArray() as number[];
  assert(m1.every((x, i) => rel(x, m2[i]!) < 1e-9));
  assert.deepEqual(streamed.segmentation.k, memory.segmentation.k);
  assert.deepEqual(
    streamed.segmentation.profiles.map((p) => p.name),
    memory.segmentation.profiles.map((p) => p.name),
  );
  assert.deepEqual(streamed.cohorts.counts, memory.cohorts.counts);
  assert.deepEqual(
    streamed.eda.monthly.map((m) => [m.month, m.customers, m.orders]),
    memory.eda.monthly.map((m) => [m.month, m.customers, m.orders]),
  );
  assert.deepEqual(streamed.periods?.customers, memory.periods?.customers);
  assert.deepEqual(streamed.periods?.sentences, memory.periods?.sentences);
  assert.deepEqual(streamed.movement?.matrix, memory.movement?.matrix);
  assert.deepEqual(streamed.value?.summary.frequency, memory.value?.summary.frequency);
  const p1 = streamed.value?.pAlive ?? new Float64Array(), p2 = memory.value?.pAlive ?? new Float64Array();
  assert.deepEqual(p1.length, p2.length);
  assert(Array.from(p1).every((x, i) => rel(x, p2[i]!) < 1e-9));
  assert.deepEqual(streamed.warnings, memory.warnings);
}

Deno.test("streamed: the retail sample read from a 64 KB head gives the in-memory run", async () => {
  await sameAsInMemory(projectDataPath("retail_sample.csv"), 64 * 1024);
});

testWithSharedData(
  "streamed: the Spanish retail invoices from a 100 KB head",
  "ventas-por-factura.csv",
  async (p) => {
    await sameAsInMemory(p, 100 * 1024);
  },
);

/** A file of invoice lines, `lines` of them, with `cell(i)` writing each line's amount and date. */
async function writeLines(
  dir: string,
  name: string,
  header: string,
  n: number,
  line: (i: number) => string,
): Promise<string> {
  const path = `${dir}/${name}`;
  const body = Array.from({ length: n }, (_, i) => line(i)).join("\n");
  await Deno.writeTextFile(path, `${header}\n${body}\n`);
  return path;
}

Deno.test("streamed: decorated numbers and dates after the head read as readTable reads them", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const amounts = [
      "12,50",
      "1.234,56",
      "€ 7,00",
      "(3,25)",
      "45,5 %",
      "1 234,00",
      "+8",
      "9,",
      ",5",
      "2.000",
    ];
    const dates = ["03/02/2021 09:05", "13/02/2021", "1/3/2021 23:59:59", "28/02/2021 00:00"];
    const path = await writeLines(dir, "d.csv", "factura;cliente;fecha;importe;pais", 3000, (i) =>
      // The head (the first ~10 lines) holds plain amounts only: the decorated ones come later.
      `F${i % 700};C${i % 97};${dates[i % dates.length]};${
        i < 100 ? `${i},25` : amounts[(i * 7) % amounts.length]
      };${i % 3 ? "España" : "  Perú "}`);
    const loaded = await readTable(path);
    const memory = analyzeRfm(loaded, mapRoles(loaded.table.columns), { ...FAST, value: false });
    const streamed = await analyzeRfmScanned(path, { ...FAST, value: false, scan: { headBytes: 400 } });
    const key = ["customer", "recency", "frequency"];
    assert.deepEqual(rows(streamed.rfm.table, key), rows(memory.rfm.table, key));
    const m1 = streamed.rfm.table.getColumn("monetary").toArray() as number[];
    const m2 = memory.rfm.table.getColumn("monetary").toArray() as number[];
    assert(m1.every((x, i) => rel(x, m2[i]!) < 1e-9), "monetary differs");
    assert.deepEqual(
      streamed.eda.countries.map((c) => c.country),
      memory.eda.countries.map((c) => c.country),
    );
    assert.deepEqual(
      streamed.ledger.map((e) => [e.reason, e.rows]),
      memory.ledger.map((e) => [e.reason, e.rows]),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamed: month names, two-digit years, AM/PM and ISO offsets read as readTable reads them", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const cases: [string, string[]][] = [
      ["named", ["3 ene 2021", "15 Agustus 2021", "1-Mar-21", "30 Sept 2021"]],
      ["ampm", ["2/13/21 1:05 PM", "12/1/21 12:00 AM", "3/4/21 11:59 pm", "7/8/21 9:00 am"]],
      ["iso", [
        "2021-03-01T10:00:00+05:30",
        "2021-03-02 23:30:00Z",
        "2021-12-31T23:59:59.5-0800",
        "2021-06-01",
      ]],
    ];
    for (const [name, dates] of cases) {
      const path = await writeLines(
        dir,
        `${name}.csv`,
        "invoice,customer,date,amount",
        2000,
        (i) => `I${i % 400},K${i % 61},${dates[i % dates.length]},${(i % 13) + 0.25}`,
      );
      const loaded = await readTable(path);
      const memory = analyzeRfm(loaded, mapRoles(loaded.table.columns), { ...FAST, value: false });
      const streamed = await analyzeRfmScanned(path, { ...FAST, value: false, scan: { headBytes: 300 } });
      const key = ["customer", "recency", "frequency", "monetary", "first_purchase", "last_purchase"];
      assert.deepEqual(rows(streamed.rfm.table, key), rows(memory.rfm.table, key), name);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamed: a value after the head that its rules do not read stops the run naming column, value and row", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = await writeLines(
      dir,
      "bad.csv",
      "invoice,customer,date,amount",
      5000,
      (i) =>
        `I${i},K${i % 50},2021-03-${String((i % 28) + 1).padStart(2, "0")},${
          i === 4321 ? "12.5.1" : `${i % 9}.5`
        }`,
    );
    const e = await caught(() => scanInvoices(path, { headBytes: 2000 }));
    assert.ok(e instanceof InputError, String(e));
    assert(e.message.includes('column "amount"'), e.message);
    assert(e.message.includes('"12.5.1"'), e.message);
    assert(e.message.includes("row 4323"), e.message);
    // Dropped instead, it is counted in the ledger.
    const s = await scanInvoices(path, { headBytes: 2000, read: { badValues: "drop" } });
    try {
      const bad = s.loaded.ledger.find((x) => x.reason === "not-number");
      assert.deepEqual(bad?.rows, 1);
      assert.deepEqual(bad?.examples[0]?.cells?.[0]?.value, "12.5.1");
      assert.deepEqual(s.loaded.rowsRead, 5000);
      assert.deepEqual(s.cleaned.rowsIn, 4999);
    } finally {
      await s.close();
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamed: the cancellation rule is checked on the whole file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // The head has few C invoices; the whole file has mostly C invoices that are sales.
    const path = await writeLines(
      dir,
      "c.csv",
      "invoice,customer,date,amount",
      3000,
      (i) =>
        `${i > 200 ? "C" : "N"}${i},K${i % 40},2021-05-${String((i % 28) + 1).padStart(2, "0")},${
          (i % 7) + 1
        }`,
    );
    const e = await caught(() => scanInvoices(path, { headBytes: 1500 }));
    assert.deepEqual((e as Error).name, "CancellationRuleError");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamsFile: auto streams CSVs from 256 MB, never workbooks or Parquet", () => {
  assert.deepEqual(streamsFile("a.csv", 255 * 1024 * 1024), false);
  assert.deepEqual(streamsFile("a.csv", 256 * 1024 * 1024), true);
  assert.deepEqual(streamsFile("a.csv", 10, "duckdb"), true);
  assert.deepEqual(streamsFile("a.parquet", 10, "duckdb"), false);
});

Deno.test("CLI --engine duckdb runs with the launcher's narrow permissions and writes the outputs", async () => {
  const out = await Deno.makeTempDir();
  try {
    const r = await segment([
      projectDataPath("retail_sample.csv"),
      "--engine",
      "duckdb",
      "--out",
      out,
      "--no-progress",
      "--k-max",
      "4",
      "--boot",
      "3",
    ]);
    assert.deepEqual(r.code, 0, r.stderr);
    const files = [...Deno.readDirSync(out)].map((e) => e.name).sort();
    assert.deepEqual(
      files.filter((f) => f.startsWith(".segmenta-duckdb")),
      [],
      "the spill folder is removed",
    );
    assert(files.some((f) => f.endsWith(".html")) && files.some((f) => f.endsWith(".csv")), files.join(", "));
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("analyzeFileStreamed: the kind decision counts the whole file's lines and customers", async () => {
  const path = projectDataPath("retail_sample.csv");
  const options = { ...FAST, rfm: { value: false } };
  const memory = await analyzeFile(path, options);
  const streamed = await analyzeFileStreamed(path, {
    ...options,
    engine: "duckdb",
    scan: { headBytes: 20_000 },
  });
  assert.deepEqual(streamed.decision, memory.decision);
  assert.equal(streamed.analysis.kind, "rfm");
});

Deno.test("streamed: a snapshot before the last line removes the same lines, with the same customers only later", async () => {
  const path = projectDataPath("retail_sample.csv");
  const options = { ...FAST, value: false, snapshot: new Date("2021-10-01") } as const;
  const loaded = await readTable(path);
  const memory = analyzeRfm(loaded, mapRoles(loaded.table.columns), options);
  const streamed = await analyzeRfmScanned(path, { ...options, scan: { headBytes: 30_000 } });
  const after = (a: typeof memory) => a.ledger.find((e) => e.reason === "after-snapshot");
  assert.ok((after(memory)?.rows ?? 0) > 0);
  assert.deepEqual(
    [after(streamed)?.rows, after(streamed)?.facts],
    [after(memory)?.rows, after(memory)?.facts],
  );
  const key = ["customer", "recency", "frequency", "segment"];
  assert.deepEqual(rows(streamed.customers, key), rows(memory.customers, key));
});

Deno.test("streamed: a row after the head with another number of fields or a broken quote stops naming the row", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const line = (i: number) =>
      `I${i},K${i % 50},2021-03-${String((i % 28) + 1).padStart(2, "0")},${i % 9}.5`;
    const cases: [string, string, RegExp][] = [
      ["extra", "I9,K1,2021-03-01,1.5,extra", /row 4002 has 5 fields but the header has 4/],
      ["short", "I9,K1,2021-03-01", /row 4002 has 3 fields but the header has 4/],
      ["quote", 'I9,"K1,2021-03-01,1.5', /row 4002 has a quoted field \(\"\) that never closes/],
    ];
    for (const [name, bad, message] of cases) {
      const path = await writeLines(
        dir,
        `${name}.csv`,
        "invoice,customer,date,amount",
        5000,
        (i) => i === 4000 ? bad : line(i),
      );
      const e = await caught(() => scanInvoices(path, { headBytes: 2000 }));
      assert.ok(e instanceof InputError, `${name}: ${e}`);
      assert.match(e.message, message, name);
      assert.equal((e as InputError).at?.row, 4002, name);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamed: lines of empty cells are ledgered as blank lines; empty lines are not counted as rows", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = await writeLines(
      dir,
      "blank.csv",
      "invoice,customer,date,amount",
      3000,
      (i) =>
        i === 2500
          ? ",,,"
          : i === 2600
          ? ""
          : `I${i},K${i % 50},2021-03-${String((i % 28) + 1).padStart(2, "0")},${i % 9}.5`,
    );
    const s = await scanInvoices(path, { headBytes: 1500 });
    try {
      assert.deepEqual(s.loaded.ledger.map((e) => [e.reason, e.rows]), [["blank-line", 1]]);
      assert.equal(s.loaded.rowsRead, 2999);
      assert.equal(s.cleaned.rowsOut, 2998);
    } finally {
      await s.close();
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamed: a file the streamed path does not read is refused naming why and the in-memory engine", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // Excel serial days in the column named as the invoice date: read in memory only.
    const path = await writeLines(
      dir,
      "serial.csv",
      "invoice,customer,invoice date,amount",
      400,
      (i) => `I${i},K${i % 30},${44200 + (i % 60)},${(i % 9) + 1}`,
    );
    const e = await caught(() => analyzeFileStreamed(path, { engine: "duckdb", ...FAST }));
    assert.equal(e.name, "StreamRefused", String(e));
    assert.match(e.message, /Excel serial days.*--engine memory/);
    const memory = await analyzeFile(path, { ...FAST, rfm: { value: false } });
    assert.equal(memory.analysis.kind, "rfm");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
