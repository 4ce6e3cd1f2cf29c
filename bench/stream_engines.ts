/**
 * Larger-than-memory aggregation, two engines measured on the same work (issue 18, "measure both
 * and choose"): nodejs-polars lazy scan with its streaming execution, and embedded DuckDB
 * (`@duckdb/node-api`) with a memory limit and a spill directory.
 *
 * The work, on an invoice CSV written by `generateInvoiceChunks` (bench/_data.ts): read with
 * explicit types (amounts with a decimal comma, dates as M/D/YYYY H:MM:SS), remove rows without a
 * customer, cancellations (invoice starting with C or c), negative quantities, non-positive
 * amounts and exact duplicate rows (all six columns, after typing), then RFM per customer
 * (recency = whole days from the last purchase to midnight after the latest date in the file,
 * frequency = distinct invoices, monetary = sum of amounts), and return only the totals
 * (customers, ΣR, ΣF, ΣM) so that both engines can be checked equal: customers, ΣR and ΣF
 * exactly, ΣM to 1e-9 relative (sums in another order).
 *
 * Frequency is computed in two steps (group by customer and invoice, then by customer: count)
 * on both engines, not with COUNT(DISTINCT), so that both aggregations are plain group-bys that
 * an out-of-core engine can spill; `--form distinct` uses COUNT(DISTINCT) / `nUnique` instead.
 *
 * Every run is a fresh child process (this file with `--child`), so memory is per engine: the
 * child reports its own peak resident set (VmHWM) and CPU time (/proc/self/stat). The parent
 * watches each child: it polls /proc/<pid>/status every 100 ms and kills the child when its
 * resident set passes `--kill-gb` (default 12) or its wall time passes `--timeout-s` (default
 * 900), and records that as the result.
 *
 *     deno run -A bench/stream_engines.ts --lines 10000000,100000000 --runs 1
 *
 * Options: `--engines duckdb,polars-streaming,polars-engine` (also `duckdb-ordered`,
 * `duckdb-nolimit`, `duckdb-1t`, `polars-ooc`, `polars-memory`: see ENGINES), `--memory-limit 3GB`
 * (DuckDB's memory_limit; Polars' out-of-core budget for `polars-ooc`), `--form two-step|distinct`,
 * `--kill-gb 12`, `--timeout-s 900`, `--out bench/out/STREAM-ENGINES.md` (the run is also saved next
 * to it as .json). `--merge a.json,b.json --out FILE.md` renders saved runs as one table.
 *
 * @module
 */
import { dataPath, ensureData } from "./_data.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const OUT = `${ROOT}/bench/out`;
const DAY_MS = 86_400_000;

/** Engines and what each one sets. */
const ENGINES: Record<string, string> = {
  "duckdb":
    "DuckDB, memory_limit = {mem}, temp_directory = bench/out/tmp, preserve_insertion_order = false, threads default",
  "duckdb-ordered": "DuckDB as `duckdb` but preserve_insertion_order left at its default (true)",
  "duckdb-nolimit": "DuckDB with no settings (memory_limit default = 80% of RAM, no temp_directory set)",
  "duckdb-1t": "DuckDB as `duckdb` with threads = 1",
  "polars-streaming": "nodejs-polars scanCSV + lazy, `collect({ streaming: true })`",
  "polars-engine": 'nodejs-polars scanCSV + lazy, `collectSync({ engine: "streaming" })`',
  "polars-ooc":
    "nodejs-polars as `polars-engine` with Polars' experimental out-of-core spilling switched on: POLARS_OOC_SPILL_POLICY=spill, POLARS_OOC_MEMORY_BUDGET_FRACTION = {mem} / RAM, POLARS_OOC_SPILL_DIR and POLARS_TEMP_DIR = the run's temp directory",
  "polars-memory": "nodejs-polars scanCSV + lazy, `collect()` (in-memory engine)",
};

interface Totals {
  customers: number;
  sumR: number;
  sumF: number;
  sumM: number;
}

interface ChildResult extends Totals {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

function arg(name: string, fallback: string): string {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 && Deno.args[i + 1] !== undefined ? Deno.args[i + 1]! : fallback;
}

/** CPU seconds (user + system, all threads) of a process from /proc/<pid>/stat. */
function cpuSeconds(pid: number | "self"): number {
  const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15, in clock ticks (100 Hz).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function statusKB(pid: number | "self", key: "VmHWM" | "VmRSS"): number {
  const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(Deno.readTextFileSync(`/proc/${pid}/status`));
  return m ? Number(m[1]) : NaN;
}

// ---------------------------------------------------------------- child: one engine, one run

async function runDuckdb(
  engine: string,
  path: string,
  form: string,
  memoryLimit: string,
  tmp: string,
): Promise<Totals> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const options: Record<string, string> = {};
  if (engine !== "duckdb-nolimit") {
    options.memory_limit = memoryLimit;
    options.temp_directory = tmp;
    if (engine !== "duckdb-ordered") options.preserve_insertion_order = "false";
    if (engine === "duckdb-1t") options.threads = "1";
  }
  const instance = await DuckDBInstance.create(":memory:", options);
  const con = await instance.connect();
  const file = path.replaceAll("'", "''");
  const rfm = form === "distinct"
    ? `SELECT cust, max(d) AS last, count(DISTINCT inv) AS f, sum(amount) AS m FROM kept GROUP BY cust`
    : `SELECT cust, max(last) AS last, count(*) AS f, sum(m) AS m FROM (
         SELECT cust, inv, max(d) AS last, sum(amount) AS m FROM kept GROUP BY cust, inv
       ) GROUP BY cust`;
  const sql = `
WITH raw AS (
  SELECT * FROM read_csv('${file}', header = true, delim = ',', quote = '"', escape = '"', decimal_separator = ',',
    auto_detect = false,
    columns = {'inv': 'VARCHAR', 'd': 'VARCHAR', 'cust': 'VARCHAR', 'country': 'VARCHAR', 'qty': 'BIGINT', 'amount': 'DOUBLE'})
), kept AS (
  SELECT DISTINCT inv, strptime(d, '%m/%d/%Y %H:%M:%S') AS d, cust, country, qty, amount FROM raw
  WHERE cust IS NOT NULL AND NOT starts_with(upper(inv), 'C') AND qty >= 0 AND amount > 0
), rfm AS (${rfm}), ms AS (
  SELECT epoch_ms(last) AS last_ms, f, m FROM rfm
), snap AS (
  SELECT (floor(max(last_ms) / ${DAY_MS}) + 1) * ${DAY_MS} AS s FROM ms
)
SELECT count(*) AS customers, sum(floor((snap.s - last_ms) / ${DAY_MS})) AS sum_r, sum(f) AS sum_f, sum(m) AS sum_m
FROM ms, snap`;
  const row = (await con.runAndReadAll(sql)).getRowObjectsJS()[0] as Record<string, unknown>;
  con.closeSync();
  instance.closeSync();
  return {
    customers: Number(row.customers),
    sumR: Number(row.sum_r),
    sumF: Number(row.sum_f),
    sumM: Number(row.sum_m),
  };
}

async function runPolars(engine: string, path: string, form: string): Promise<Totals> {
  const pl = (await import("nodejs-polars")).default;
  const lf = pl.scanCSV(path, {
    hasHeader: true,
    decimalComma: true,
    quoteChar: '"',
    schema: { inv: pl.Utf8, d: pl.Utf8, cust: pl.Utf8, country: pl.Utf8, qty: pl.Int64, amount: pl.Float64 },
  });
  const kept = lf
    .filter(
      pl.col("cust").isNotNull()
        .and(pl.col("inv").str.toUpperCase().str.startsWith("C").not())
        .and(pl.col("qty").gtEq(0))
        .and(pl.col("amount").gt(0)),
    )
    .withColumns(
      pl.col("d").str.strptime(pl.Datetime("ms"), "%m/%d/%Y %H:%M:%S").cast(pl.Datetime("ms")).cast(pl.Int64),
    )
    .unique();
  const rfm = form === "distinct"
    ? kept.groupBy("cust").agg(
      pl.col("d").max().alias("last"),
      pl.col("inv").nUnique().cast(pl.Int64).alias("f"),
      pl.col("amount").sum().alias("m"),
    )
    : kept
      .groupBy(["cust", "inv"]).agg(pl.col("d").max().alias("last"), pl.col("amount").sum().alias("m"))
      .groupBy("cust").agg(
        pl.col("last").max().alias("last"),
        pl.len().cast(pl.Int64).alias("f"),
        pl.col("m").sum().alias("m"),
      );
  const snap = pl.col("last").max().div(DAY_MS).floor().add(1).mul(DAY_MS);
  const totals = rfm.select(
    pl.len().cast(pl.Int64).alias("customers"),
    snap.sub(pl.col("last")).div(DAY_MS).floor().sum().alias("sum_r"),
    pl.col("f").sum().alias("sum_f"),
    pl.col("m").sum().alias("sum_m"),
  );
  const df = engine === "polars-engine" || engine === "polars-ooc"
    ? totals.collectSync({ engine: "streaming" })
    : await totals.collect(engine === "polars-streaming" ? { streaming: true } : undefined);
  const row = df.toRecords()[0] as Record<string, unknown>;
  return {
    customers: Number(row.customers),
    sumR: Number(row.sum_r),
    sumF: Number(row.sum_f),
    sumM: Number(row.sum_m),
  };
}

async function child(): Promise<void> {
  const engine = arg("child", "");
  const path = arg("data", "");
  const form = arg("form", "two-step");
  const tmp = arg("tmp", `${OUT}/tmp`);
  const t0 = performance.now();
  const cpu0 = cpuSeconds("self");
  const totals = engine.startsWith("duckdb")
    ? await runDuckdb(engine, path, form, arg("memory-limit", "3GB"), tmp)
    : await runPolars(engine, path, form);
  const result: ChildResult = {
    ...totals,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: cpuSeconds("self") - cpu0,
    peakMB: statusKB("self", "VmHWM") / 1024,
  };
  console.log(JSON.stringify(result));
}

// ---------------------------------------------------------------- parent: watchdog and table

interface Row {
  engine: string;
  lines: number;
  run: number;
  status: "ok" | "killed-memory" | "killed-time" | "failed";
  processSeconds: number;
  watchedPeakMB: number;
  watchedCpuSeconds: number;
  spillMB: number;
  result?: ChildResult;
  error?: string;
  equal?: string;
  loadBefore?: string;
}

function dirMB(dir: string): number {
  let bytes = 0;
  try {
    for (const e of Deno.readDirSync(dir)) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) bytes += dirMB(p) * 1024 * 1024;
      else {
        try {
          bytes += Deno.statSync(p).size;
        } catch { /* removed meanwhile */ }
      }
    }
  } catch { /* not there (yet) */ }
  return bytes / 1024 / 1024;
}

async function watch(engine: string, lines: number, run: number, data: string, opts: {
  form: string;
  memoryLimit: string;
  killKB: number;
  timeoutS: number;
}): Promise<Row> {
  const tmp = `${OUT}/tmp/${engine}_${lines}_${run}`;
  await Deno.remove(tmp, { recursive: true }).catch(() => {});
  await Deno.mkdir(tmp, { recursive: true });
  const args = [
    "run",
    "-A",
    `${ROOT}/bench/stream_engines.ts`,
    "--child",
    engine,
    "--data",
    data,
    "--form",
    opts.form,
    "--memory-limit",
    opts.memoryLimit,
    "--tmp",
    tmp,
  ];
  const env: Record<string, string> = { POLARS_TEMP_DIR: tmp };
  if (engine === "polars-ooc") {
    const gb = Number(/^([\d.]+)\s*GB$/i.exec(opts.memoryLimit)?.[1]);
    const ramGB = Number(/MemTotal:\s+(\d+)/.exec(Deno.readTextFileSync("/proc/meminfo"))?.[1]) / 1024 / 1024;
    if (!(gb > 0)) {
      throw new Error(`--memory-limit: give it in GB (e.g. 3GB) for polars-ooc, got "${opts.memoryLimit}"`);
    }
    env.POLARS_OOC_SPILL_POLICY = "spill";
    env.POLARS_OOC_MEMORY_BUDGET_FRACTION = String(gb / ramGB);
    env.POLARS_OOC_SPILL_DIR = tmp;
  }
  const t0 = performance.now();
  const proc = new Deno.Command(Deno.execPath(), { args, cwd: ROOT, env, stdout: "piped", stderr: "piped" })
    .spawn();
  let status: Row["status"] = "ok";
  let peakKB = 0;
  let cpu = 0;
  let spill = 0;
  let polls = 0;
  let done = false;
  const output = proc.output();
  output.finally(() => done = true);
  while (!done) {
    try {
      const rss = statusKB(proc.pid, "VmRSS");
      if (rss > peakKB) peakKB = rss;
      cpu = cpuSeconds(proc.pid);
      if (polls++ % 10 === 0) spill = Math.max(spill, dirMB(tmp));
      if (rss > opts.killKB) {
        status = "killed-memory";
        proc.kill("SIGKILL");
        break;
      }
      if ((performance.now() - t0) / 1000 > opts.timeoutS) {
        status = "killed-time";
        proc.kill("SIGKILL");
        break;
      }
    } catch { /* exited between checks */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const out = await output;
  const processSeconds = (performance.now() - t0) / 1000;
  await Deno.remove(tmp, { recursive: true }).catch(() => {});
  const row: Row = {
    engine,
    lines,
    run,
    status,
    processSeconds,
    watchedPeakMB: peakKB / 1024,
    watchedCpuSeconds: cpu,
    spillMB: spill,
  };
  if (status !== "ok") return row;
  const text = new TextDecoder().decode(out.stdout).trim().split("\n").pop() ?? "";
  try {
    if (!out.success) throw new Error("exit");
    row.result = JSON.parse(text) as ChildResult;
  } catch {
    row.status = "failed";
    row.error = new TextDecoder().decode(out.stderr).trim().split("\n").slice(-3).join(" ").slice(0, 300);
  }
  return row;
}

function same(a: Totals, b: Totals): boolean {
  return a.customers === b.customers && a.sumR === b.sumR && a.sumF === b.sumF &&
    Math.abs(a.sumM - b.sumM) <= 1e-9 * Math.max(Math.abs(a.sumM), Math.abs(b.sumM));
}

function machine(): string[] {
  const cpu = /model name\s*:\s*(.*)/.exec(Deno.readTextFileSync("/proc/cpuinfo"))?.[1] ?? "?";
  const memGB = Number(/MemTotal:\s+(\d+)/.exec(Deno.readTextFileSync("/proc/meminfo"))?.[1]) / 1024 / 1024;
  const duck = /"@duckdb\/node-api": "npm:@duckdb\/node-api@([^"]+)"/.exec(
    Deno.readTextFileSync(`${ROOT}/deno.json`),
  )
    ?.[1];
  const polars = /"nodejs-polars": "npm:nodejs-polars@([^"]+)"/.exec(
    Deno.readTextFileSync(`${ROOT}/deno.json`),
  )?.[1];
  return [
    `- CPU: ${cpu}, ${navigator.hardwareConcurrency} cores; RAM ${
      memGB.toFixed(1)
    } GB; ${Deno.build.os} ${Deno.build.arch}`,
    `- Deno ${Deno.version.deno}; nodejs-polars ${polars}; @duckdb/node-api ${duck}`,
  ];
}

const fmt = (x: number, d = 1) => Number.isFinite(x) ? x.toFixed(d) : "?";

interface Meta {
  command: string;
  started: string;
  minutes: number;
  loadStart: string;
  loadEnd: string;
  form: string;
  memoryLimit: string;
  killGB: number;
  timeoutS: number;
  engines: string[];
}

interface Saved {
  meta: Meta;
  rows: Row[];
}

function render(unsorted: Saved[]): string {
  const runs = [...unsorted].sort((a, b) => a.meta.started.localeCompare(b.meta.started));
  const md: string[] = ["## Larger than memory: nodejs-polars streaming vs embedded DuckDB", ""];
  for (const { meta } of runs) {
    md.push(
      `Run ${meta.started.slice(0, 16).replace("T", " ")} UTC, ${
        fmt(meta.minutes)
      } minutes, load average (1, 5, 15 min) ` +
        `at start ${meta.loadStart}, at end ${meta.loadEnd}; frequency form ${meta.form}, DuckDB memory_limit ` +
        `${meta.memoryLimit}, watchdog kills a child above ${meta.killGB} GB resident or after ${meta.timeoutS} s:`,
      "",
      "```sh",
      meta.command,
      "```",
      "",
    );
  }
  const engines = [...new Set(runs.flatMap((r) => r.meta.engines))];
  const memoryLimit = runs[0]!.meta.memoryLimit;
  md.push(...machine(), "", "Engines:", "");
  md.push(...engines.map((e) => `- \`${e}\`: ${ENGINES[e]!.replaceAll("{mem}", `'${memoryLimit}'`)}`), "");
  md.push(
    "Each run is a fresh process. seconds: wall time of the work inside the process (read, clean, RFM, totals); " +
      "process s: the whole child from outside, runtime start-up included; CPU s: user + system of all threads " +
      "(/proc/self/stat; for a killed child the last value the watchdog read); peak MB: the child's VmHWM (for a " +
      "killed child: the highest VmRSS the watchdog saw); spill MB: largest size of the run's temp directory seen " +
      "(sampled every second). Equal totals: customers, ΣR, ΣF exact and ΣM within 1e-9 relative of the first " +
      "engine that finished on the same file. load: the machine's 1-minute load average just before the run " +
      "(2 cores, shared with other engineers' jobs).",
    "",
    "| engine | lines | seconds | process s | CPU s | peak MB | spill MB | equal totals | load | customers | ΣR | ΣF | ΣM |",
    "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
  );
  const rows = runs.flatMap((r) => r.rows.map((row) => ({ row, meta: r.meta })));
  const lineCounts = [...new Set(rows.map((r) => r.row.lines))];
  for (const lines of lineCounts) {
    const ok = rows.filter((r) => r.row.lines === lines && r.row.result).map((r) => r.row);
    for (const r of ok) {
      r.equal = ok.length < 2 ? "only result" : same(r.result!, ok[0]!.result!) ? "yes" : "no";
    }
  }
  rows.sort((a, b) => a.row.lines - b.row.lines);
  for (const { row: r, meta } of rows) {
    const x = r.result;
    const what = r.status === "killed-memory"
      ? `killed at ${meta.killGB} GB`
      : r.status === "killed-time"
      ? `killed after ${meta.timeoutS} s`
      : r.status === "failed"
      ? `failed: ${r.error?.replaceAll("|", "\\|")}`
      : r.equal ?? "";
    const cells = [
      r.engine,
      r.lines.toLocaleString("en"),
      x ? fmt(x.seconds) : "-",
      fmt(r.processSeconds),
      fmt(x ? x.cpuSeconds : r.watchedCpuSeconds),
      fmt(x ? x.peakMB : r.watchedPeakMB, 0),
      fmt(r.spillMB, 0),
      what,
      r.loadBefore ?? "?",
      x ? x.customers.toLocaleString("en") : "-",
      x ? x.sumR.toLocaleString("en") : "-",
      x ? x.sumF.toLocaleString("en") : "-",
      x ? x.sumM.toFixed(2) : "-",
    ];
    md.push(`| ${cells.join(" | ")} |`);
  }
  md.push("");
  return md.join("\n");
}

async function parent(): Promise<void> {
  const outFile = arg("out", `${OUT}/STREAM-ENGINES.md`);
  const merge = arg("merge", "");
  if (merge !== "") {
    const runs = merge.split(",").map((f) => JSON.parse(Deno.readTextFileSync(f)) as Saved);
    await Deno.writeTextFile(outFile, render(runs));
    console.log(render(runs));
    return;
  }
  const lineCounts = arg("lines", "10000000").split(",").map(Number);
  const runs = Number(arg("runs", "1"));
  const engines = arg("engines", "duckdb,polars-streaming,polars-engine").split(",");
  for (const e of engines) if (!(e in ENGINES)) throw new Error(`--engines: unknown engine "${e}"`);
  const form = arg("form", "two-step");
  const memoryLimit = arg("memory-limit", "3GB");
  const killGB = Number(arg("kill-gb", "12"));
  const timeoutS = Number(arg("timeout-s", "900"));
  const started = new Date();
  const loadavg = () => Deno.readTextFileSync("/proc/loadavg").split(" ").slice(0, 3).join(" ");
  const loadStart = loadavg();
  const rows: Row[] = [];
  for (const lines of lineCounts) {
    const spec = { kind: "invoices" as const, lines, seed: 1 };
    const data = dataPath(`${OUT}/data`, spec);
    const gen = await ensureData(`${OUT}/data`, spec);
    if (gen > 0) console.error(`generated ${data} in ${gen.toFixed(0)} s`);
    for (let run = 1; run <= runs; run++) {
      for (const engine of engines) {
        const load = loadavg().split(" ")[0];
        const row = await watch(engine, lines, run, data, {
          form,
          memoryLimit,
          killKB: killGB * 1024 * 1024,
          timeoutS,
        });
        row.loadBefore = load;
        rows.push(row);
        console.error(JSON.stringify(row));
      }
    }
  }
  const meta: Meta = {
    command: ["deno run -A bench/stream_engines.ts", ...Deno.args].join(" "),
    started: started.toISOString(),
    minutes: (Date.now() - started.getTime()) / 60000,
    loadStart,
    loadEnd: loadavg(),
    form,
    memoryLimit,
    killGB,
    timeoutS,
    engines,
  };
  await Deno.mkdir(OUT, { recursive: true });
  const saved: Saved = { meta, rows };
  await Deno.writeTextFile(outFile.replace(/\.md$/, ".json"), JSON.stringify(saved, null, 2));
  await Deno.writeTextFile(outFile, render([saved]));
  console.log(render([saved]));
}

if (Deno.args.includes("--child")) await child();
else await parent();
