/**
 * `deno task bench`: our library against scikit-learn and DuckDB on the same generated data,
 * in one go (issue 6). Every measurement runs in its own process (ours: `bench/_ours.ts`,
 * peers: `bench/peer_*.py` with `/usr/bin/python3`, `bench/peer_rfm_duckdb.ts` with Deno), times the algorithm inside the process
 * (the in-memory algorithms twice, the second call timed, the first reported beside it), and
 * reports the process's peak resident memory. Runs alternate (ours, peer with one
 * thread, peer with default threads), the median of the runs is kept, and for scikit-learn the
 * better of the two thread settings is the peer. Each work is measured at three sizes and the
 * growth exponent (log-log slope of time against rows) is given.
 *
 *     deno run -A bench/run.ts            # full run (about 15-25 minutes), writes bench/RESULTS.md
 *     deno run -A bench/run.ts --quick    # small sizes, one run: a smoke test (about a minute)
 *
 * Options: `--runs N` (default 3; quick 1), `--only a,b` (works whose id contains a or b:
 * kmeans, sweep3, sweep17, dbscan, silhouette, rfm, segment), `--results PATH` (default
 * bench/RESULTS.md; quick: bench/out/RESULTS-quick.md), `--data DIR` (default bench/out/data),
 * `--segment-sizes a,b,c` (lines for the CLI rows; default 100000,300000,1000000: the CLI runs once
 * per size), `--budget MIN` (default 20: after that many minutes the remaining cases run once, and the
 * table says so, so that the full run stays under ~25 minutes on a busy machine), `--deadline HH:MM`
 * (UTC; cases not started by then are skipped and listed as skipped), `--prepare` (only write the
 * data files, which are kept in the data folder and reused by later runs).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";
import { dataPath, type DataSpec, ensureData, generationSeconds, readLabels } from "./_data.ts";
import type { OursParams } from "./_ours.ts";
import { adjustedRandScore } from "../lib/validate/mod.ts";

const ROOT = join(dirname(fromFileUrl(import.meta.url)), "..");
const PYTHON = "/usr/bin/python3";

// ---------------------------------------------------------------- arguments
const argv = [...Deno.args];
function flag(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
const QUICK = argv.includes("--quick");
const RUNS = Number(flag("--runs") ?? (QUICK ? 1 : 3));
const ONLY = flag("--only")?.split(",") ?? null;
const RESULTS = flag("--results") ?? join(ROOT, QUICK ? "bench/out/RESULTS-quick.md" : "bench/RESULTS.md");
const DATA_DIR = flag("--data") ?? join(ROOT, "bench/out/data");
const RUN_DIR = join(ROOT, "bench/out/runs");
const TIMEOUT_S = QUICK ? 300 : 900;
/** After this many minutes, the remaining cases run once (said in the table). */
const BUDGET_MIN = Number(flag("--budget") ?? (QUICK ? 10 : 20));
/** `--deadline HH:MM` (UTC): cases not started by then are skipped, and the table says so. */
const DEADLINE = flag("--deadline");
function pastDeadline(): boolean {
  if (DEADLINE === undefined) return false;
  const [h, m] = DEADLINE.split(":").map(Number);
  const now = new Date();
  return now.getUTCHours() * 60 + now.getUTCMinutes() >= h! * 60 + m!;
}

// ---------------------------------------------------------------- cases
type Quality = "inertia" | "sweep" | "dbscan" | "silhouette" | "rfm" | "none";
interface Case {
  /** Work id, for --only and the growth table. */
  readonly id: string;
  /** Work in words, as in the table. */
  readonly work: string;
  readonly size: string;
  readonly n: number;
  readonly data: DataSpec;
  readonly ours: Omit<OursParams, "data"> | "segment";
  readonly peer: string | null;
  /** Run the peer with OMP_NUM_THREADS=1 and with default threads, keep the better. */
  readonly threads: boolean;
  readonly quality: Quality;
  /** At most this many runs (the CLI runs are long). */
  readonly maxRuns?: number;
  /**
   * Calls of the work per process, on both sides; the last is timed and the first is reported
   * beside it (see the Method section of the report). 1 for reading files and for the CLI.
   */
  readonly calls: number;
}

const fmtN = (n: number) => n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`;

function cases(): Case[] {
  const s = QUICK
    ? {
      km: [10_000, 20_000, 40_000],
      sw17: [5_000, 10_000, 20_000],
      db: [2_500, 5_000, 10_000],
      sil: [1_000, 2_000, 4_000],
      inv: [50_000, 100_000, 200_000],
      seg: [50_000, 100_000, 200_000],
    }
    : {
      km: [100_000, 300_000, 1_000_000],
      sw17: [25_000, 50_000, 100_000],
      db: [25_000, 50_000, 100_000],
      sil: [12_500, 25_000, 50_000],
      inv: [1_000_000, 3_000_000, 10_000_000],
      // the whole CLI took ~110 s on 1M lines here (2026-11-22): 10M does not fit the time budget
      seg: (flag("--segment-sizes") ?? "100000,300000,1000000").split(",").map(Number),
    };
  const blobs = (n: number, d: number, centers: number, spread: number): DataSpec => ({
    kind: "blobs",
    n,
    d,
    centers,
    spread,
    seed: 1,
  });
  const out: Case[] = [];
  for (const n of s.km) {
    out.push({
      id: "kmeans",
      work: "k-means, k = 4, best of 10 inits",
      size: `${fmtN(n)} × 3`,
      n,
      data: blobs(n, 3, 4, 2),
      ours: { work: "kmeans", k: 4, nInit: 10, seed: 0 },
      peer: "peer_kmeans.py",
      threads: true,
      quality: "inertia",
      calls: 2,
    });
  }
  for (const n of s.km) {
    out.push({
      id: "sweep3",
      work: "elbow sweep k = 1..10, one init each",
      size: `${fmtN(n)} × 3`,
      n,
      data: blobs(n, 3, 4, 2),
      ours: { work: "sweep", kMax: 10, seed: 0 },
      peer: "peer_kmeans.py",
      threads: true,
      quality: "sweep",
      calls: 2,
    });
  }
  for (const n of s.sw17) {
    out.push({
      id: "sweep17",
      work: "elbow sweep k = 1..10, one init each",
      size: `${fmtN(n)} × 17`,
      n,
      data: blobs(n, 17, 6, 2),
      ours: { work: "sweep", kMax: 10, seed: 0 },
      peer: "peer_kmeans.py",
      threads: true,
      quality: "sweep",
      calls: 2,
    });
  }
  for (const n of s.db) {
    out.push({
      id: "dbscan",
      work: "DBSCAN, eps = 0.3, minSamples = 10",
      size: `${fmtN(n)} × 3`,
      n,
      data: blobs(n, 3, 5, 1),
      ours: { work: "dbscan", eps: 0.3, minSamples: 10 },
      peer: "peer_dbscan.py",
      threads: true,
      quality: "dbscan",
      calls: 2,
    });
  }
  for (const n of s.sil) {
    out.push({
      id: "silhouette",
      work: "silhouette, exact (planted labels, 4 clusters)",
      size: `${fmtN(n)} × 3`,
      n,
      data: blobs(n, 3, 4, 2),
      ours: { work: "silhouette" },
      peer: "peer_silhouette.py",
      threads: true,
      quality: "silhouette",
      calls: 2,
    });
  }
  for (const n of s.inv) {
    out.push({
      id: "rfm",
      work: "RFM: read + clean + aggregate invoice lines",
      size: `${fmtN(n)} lines`,
      n,
      data: { kind: "invoices", lines: n, seed: 1 },
      ours: { work: "rfm" },
      peer: "peer_rfm_duckdb.ts",
      threads: true,
      quality: "rfm",
      calls: 1,
    });
  }
  for (const n of s.inv) {
    out.push({
      id: "rfm-stream",
      work: "RFM, streamed (DuckDB reads with the rules decided on the head): read + clean + aggregate",
      size: `${fmtN(n)} lines`,
      n,
      data: { kind: "invoices", lines: n, seed: 1 },
      ours: { work: "rfm-stream" },
      peer: "peer_rfm_duckdb.ts",
      threads: true,
      quality: "rfm",
      calls: 1,
    });
  }
  for (const n of s.seg) {
    out.push({
      id: "segment",
      work: "full `deno task segment` run (wall time, whole process tree)",
      size: `${fmtN(n)} lines`,
      n,
      data: { kind: "invoices", lines: n, seed: 1 },
      ours: "segment",
      peer: null,
      threads: false,
      quality: "none",
      maxRuns: 1,
      calls: 1,
    });
  }
  return out.filter((c) => ONLY === null || ONLY.some((o) => c.id.includes(o)));
}

// ---------------------------------------------------------------- processes
interface Measure {
  seconds?: number;
  peakMB?: number;
  error?: string;
  missing?: string;
  [key: string]: unknown;
}

/** Child pids of a process, from /proc (so that a timed-out tree is ended by id). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of Deno.readDirSync(`/proc/${pid}/task`)) {
      const text = Deno.readTextFileSync(`/proc/${pid}/task/${task.name}/children`).trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch { /* gone */ }
  return out;
}

function killTree(pid: number): void {
  for (const c of childrenOf(pid)) killTree(c);
  try {
    Deno.kill(pid, "SIGKILL");
  } catch { /* gone */ }
}

async function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string; timedOut: boolean; wall: number }> {
  const t0 = performance.now();
  const child = new Deno.Command(cmd, { args, cwd: ROOT, env, stdout: "piped", stderr: "piped" }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree(child.pid);
  }, TIMEOUT_S * 1000);
  const out = await child.output();
  clearTimeout(timer);
  const dec = new TextDecoder();
  return {
    code: out.code,
    stdout: dec.decode(out.stdout),
    stderr: dec.decode(out.stderr),
    timedOut,
    wall: (performance.now() - t0) / 1000,
  };
}

function parseLast(stdout: string): Measure | null {
  const lines = stdout.trim().split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      return JSON.parse(lines[i]!);
    } catch { /* not JSON */ }
  }
  return null;
}

function failure(r: { code: number; stderr: string; timedOut: boolean }): Measure {
  if (r.timedOut) return { error: `timed out after ${TIMEOUT_S} s` };
  const lines = r.stderr.trim().split("\n").filter((l) => /error|Error/.test(l));
  return { error: `exit ${r.code}: ${(lines[0] ?? r.stderr.trim().split("\n")[0] ?? "").slice(0, 160)}` };
}

async function runOurs(c: Case, labelsOut: string): Promise<Measure> {
  const data = dataPath(DATA_DIR, c.data);
  if (c.ours === "segment") return await runSegment(data);
  const params: OursParams = {
    ...c.ours,
    data,
    ...(c.calls > 1 ? { calls: c.calls } : {}),
    ...(c.quality === "inertia" || c.quality === "dbscan" ? { labelsOut } : {}),
    ...(c.quality === "silhouette" ? { labelsIn: data.replace(/\.f64$/, ".labels.i32") } : {}),
  };
  const r = await run(Deno.execPath(), ["run", "-A", "--quiet", "bench/_ours.ts", JSON.stringify(params)]);
  return (r.code === 0 && parseLast(r.stdout)) || failure(r);
}

async function runPeer(c: Case, labelsOut: string, oneThread: boolean): Promise<Measure> {
  const data = dataPath(DATA_DIR, c.data);
  const ours = c.ours as Omit<OursParams, "data">;
  const params = {
    ...ours,
    data,
    ...(c.calls > 1 ? { calls: c.calls } : {}),
    ...(c.quality === "inertia" || c.quality === "dbscan" ? { labelsOut } : {}),
    ...(c.quality === "silhouette" ? { labelsIn: data.replace(/\.f64$/, ".labels.i32") } : {}),
  };
  const env: Record<string, string> = oneThread ? { OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1" } : {};
  const script = join("bench", c.peer!);
  const r = script.endsWith(".ts")
    ? await run(Deno.execPath(), ["run", "-A", "--quiet", script, JSON.stringify(params)], env)
    : await run(PYTHON, [script, JSON.stringify(params)], env);
  return (r.code === 0 && parseLast(r.stdout)) || failure(r);
}

/** The CLI run as users run it, timed from outside, peak RSS of the tree from /usr/bin/time -v. */
async function runSegment(data: string): Promise<Measure> {
  if (!existsSync(join(ROOT, "cli/main.ts"))) return { missing: "not yet: cli/main.ts does not exist" };
  const out = join(RUN_DIR, "segment");
  const timeFile = join(RUN_DIR, "segment.time");
  const r = await run("/usr/bin/time", [
    "-v",
    "-o",
    timeFile,
    Deno.execPath(),
    "task",
    "--quiet",
    "segment",
    data,
    "--out",
    out,
    "--no-progress",
  ], { NO_COLOR: "1" });
  if (r.code !== 0) return failure(r);
  const t = await Deno.readTextFile(timeFile);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(t);
  return { seconds: r.wall, peakMB: rss ? Number(rss[1]) / 1024 : NaN };
}

// ---------------------------------------------------------------- statistics
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Least-squares slope of log(y) on log(x). */
function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log), ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length, my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0, den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return num / den;
}

interface Side {
  /** Median seconds of the timed (last) call. */
  seconds: number;
  /** Median seconds of the first call in the process (= `seconds` with one call). */
  firstSeconds: number;
  peakMB: number;
  runs: Measure[];
  note: string;
  error?: string;
}

function summarize(runs: Measure[], note = ""): Side {
  const ok = runs.filter((r) => typeof r.seconds === "number");
  const bad = runs.find((r) => r.error !== undefined || r.missing !== undefined);
  if (ok.length === 0) {
    return {
      seconds: NaN,
      firstSeconds: NaN,
      peakMB: NaN,
      runs,
      note,
      error: bad?.missing ?? bad?.error ?? "no result",
    };
  }
  return {
    seconds: median(ok.map((r) => r.seconds!)),
    firstSeconds: median(ok.map((r) => typeof r.firstSeconds === "number" ? r.firstSeconds : r.seconds!)),
    peakMB: median(ok.map((r) => r.peakMB ?? NaN)),
    runs: ok,
    note,
    ...(ok.length < runs.length ? { note: `${note} (${runs.length - ok.length} failed runs)`.trim() } : {}),
  };
}

interface Row {
  readonly c: Case;
  readonly runs: number;
  readonly ours: Side;
  readonly peer: Side | null;
  /** The peer's first calls: the better thread setting by first-call time (it can differ from `peer`'s). */
  readonly peerFirst: Side | null;
  readonly quality: string;
}

async function quality(c: Case, ours: Side, peer: Side | null, oursLabels: string, peerLabels: string) {
  if (ours.error !== undefined || peer === null || peer.error !== undefined) return "—";
  const o = ours.runs[0]!, p = peer.runs[0]!;
  const pct = (a: number, b: number) => `${a >= b ? "+" : ""}${((a / b - 1) * 100).toFixed(3)}%`;
  const ari = async () => {
    try {
      return adjustedRandScore(await readLabels(oursLabels), await readLabels(peerLabels)).toFixed(4);
    } catch (e) {
      return `? (${(e as Error).message.slice(0, 60)})`;
    }
  };
  switch (c.quality) {
    case "inertia":
      return `inertia ${pct(o.inertia as number, p.inertia as number)} vs peer; ARI ${await ari()}`;
    case "sweep": {
      const a = o.inertias as number[], b = p.inertias as number[];
      const rel = a.map((v, i) => v / b[i]! - 1);
      const worst = rel.reduce((m, v) => Math.max(m, v), -Infinity);
      const best = rel.reduce((m, v) => Math.min(m, v), Infinity);
      const sum = a.reduce((s, v) => s + v, 0) / b.reduce((s, v) => s + v, 0) - 1;
      return `inertia vs peer per k: ${(best * 100).toFixed(2)}% .. ${worst >= 0 ? "+" : ""}${
        (worst * 100).toFixed(2)
      }%` +
        ` (sum ${sum >= 0 ? "+" : ""}${(sum * 100).toFixed(2)}%)`;
    }
    case "dbscan":
      return `ARI ${await ari()}; clusters ${o.nClusters}/${p.nClusters}, noise ${o.noise}/${p.noise} (ours/peer)`;
    case "silhouette":
      return `${(o.score as number).toFixed(6)} vs ${(p.score as number).toFixed(6)} (|Δ| ${
        Math.abs((o.score as number) - (p.score as number)).toExponential(1)
      })`;
    case "rfm": {
      const same = o.customers === p.customers && o.sumF === p.sumF && o.sumR === p.sumR &&
        Math.abs((o.sumM as number) / (p.sumM as number) - 1) < 1e-9;
      return same
        ? `same RFM: ${o.customers} customers, equal ΣR, ΣF, ΣM`
        : `DIFFERENT: customers ${o.customers}/${p.customers}, ΣR ${o.sumR}/${p.sumR}, ΣF ${o.sumF}/${p.sumF}, ΣM ${o.sumM}/${p.sumM}`;
    }
    default:
      return "—";
  }
}

// ---------------------------------------------------------------- report
async function machine(): Promise<string[]> {
  const cpu = /model name\s*:\s*(.+)/.exec(await Deno.readTextFile("/proc/cpuinfo"))?.[1] ?? "?";
  const mem = /MemTotal:\s+(\d+) kB/.exec(await Deno.readTextFile("/proc/meminfo"))?.[1];
  const versions = await run(PYTHON, [
    "-c",
    "import sys, json, sklearn, pandas, numpy; print(json.dumps([sys.version.split()[0], sklearn.__version__, pandas.__version__, numpy.__version__]))",
  ]);
  const [py, sk, pd, np] = JSON.parse(versions.stdout.trim() || '["?","?","?","?"]');
  const imports = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json"))).imports as Record<
    string,
    string
  >;
  const duckdb = `DuckDB ${imports["@duckdb/node-api"]?.replace(/^npm:/, "") ?? "?"}`;
  return [
    `- CPU: ${cpu}, ${navigator.hardwareConcurrency} cores; RAM ${
      mem ? (Number(mem) / 1048576).toFixed(1) : "?"
    } GB; ${Deno.build.os} ${Deno.build.arch}`,
    `- Deno ${Deno.version.deno} (V8 ${Deno.version.v8}); Python ${py}, scikit-learn ${sk}, pandas ${pd}, numpy ${np} (\`${PYTHON}\`); ${duckdb}`,
  ];
}

function loadAvg(): string {
  try {
    return Deno.readTextFileSync("/proc/loadavg").split(" ").slice(0, 3).join(" ");
  } catch {
    return "?";
  }
}

function fmtS(s: number): string {
  return Number.isNaN(s) ? "—" : s >= 100 ? s.toFixed(0) : s >= 10 ? s.toFixed(1) : s.toFixed(2);
}
function fmtMB(m: number): string {
  return Number.isNaN(m) ? "—" : m.toFixed(0);
}

function renderMarkdown(
  rows: Row[],
  header: string[],
  started: Date,
  minutes: number,
  loads: string[],
): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: segmenta vs scikit-learn / DuckDB`);
  lines.push("");
  if (QUICK) {
    lines.push(
      `> **QUICK RUN** (\`--quick\`: small sizes, ${RUNS} run${
        RUNS > 1 ? "s" : ""
      } each). A smoke test of the harness, ` +
        `not the issue's sizes; run \`deno task bench\` for the real numbers.`,
    );
    lines.push("");
  }
  lines.push(
    `Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC, ${
      minutes.toFixed(1)
    } minutes, command:`,
  );
  lines.push("");
  lines.push("```sh");
  lines.push(
    `deno run -A bench/run.ts ${Deno.args.join(" ")}`.trim() +
      (Deno.args.length === 0 ? "   # = deno task bench" : ""),
  );
  lines.push("```");
  lines.push("");
  lines.push(...header);
  lines.push(
    `- Load average (1, 5, 15 min) at start: ${loads[0]}; at end: ${loads[1]} (the machine is shared).`,
  );
  lines.push("");
  lines.push("## Method");
  lines.push("");
  lines.push(
    `Both sides read the same generated files (\`bench/_data.ts\`: Gaussian blobs from \`generateBlobs\`, seed 1, as raw ` +
      `float64; invoice CSVs from \`generateInvoiceChunks\`, seed 1). Each measurement is a fresh process ` +
      `(\`bench/_ours.ts\` with Deno; peers \`bench/peer_*.py\` with \`${PYTHON}\`, and for reading + cleaning + RFM \`bench/peer_rfm_duckdb.ts\`: embedded DuckDB running the same rules as one SQL statement); the time is the algorithm's alone, measured ` +
      `inside the process (loading the matrix is not timed; for RFM, reading the CSV is). For the in-memory ` +
      `algorithms (k-means, sweeps, DBSCAN, silhouette) each process makes the same call twice and times the second ` +
      `(columns ours s, peer s, ratio); the first call's times are in their own column. In a fresh Deno process the ` +
      `first call runs the library's loops for a few tens of milliseconds before V8 has optimised them; the CLI and ` +
      `the notebooks never make such a call alone (they run the k sweep, then the fit, then the stability resamples, ` +
      `on the same data), and Deno's own \`deno bench\` also warms up before it times. Our second call must return ` +
      `exactly the first's result (labels, inertias or score), else that run fails. Reading files (RFM) and the CLI are timed once. ` +
      `Memory is the process's peak ` +
      `resident set after the first call (ours and DuckDB: VmHWM; Python: ru_maxrss), runtime and data included. Runs alternate ours, peer with ` +
      `\`OMP_NUM_THREADS=1\`, peer with default threads; each cell is the median of ${RUNS} run${
        RUNS > 1 ? "s" : ""
      }, and for ` +
      `scikit-learn and DuckDB the better thread setting is the peer (marked 1t or 2t; chosen separately for first calls). The \`segment\` row is the whole CLI ` +
      `(\`deno task segment FILE --out DIR\`) timed from outside, startup included, peak RSS of the process tree ` +
      `from \`/usr/bin/time -v\`; it has no peer. k-means: ours \`kmeans(x, k, { nInit, seed: 0 })\`, peer ` +
      `\`KMeans(k, n_init, algorithm="lloyd", random_state=0)\`; the sweep is ours \`sweepK(x, { kMax: 10, nInit: 1, ` +
      `metrics: [] })\` (inertia only; on more than 4 columns its starts are nested: start s of every k is the first k ` +
      `centres of one k-means++ draw for k = 10) against a loop of \`KMeans(k, n_init=1)\` for k = 1..10. ` +
      `Ratio = ours / peer (below 1: we are faster).`,
  );
  lines.push("");
  lines.push("## Results");
  lines.push("");
  lines.push(
    "| work | size | ours s | peer s | ratio | first call: ours / peer s (ratio) | our MB | peer MB | quality |",
  );
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---|");
  for (const r of rows) {
    const peerS = r.peer === null
      ? "—"
      : r.peer.error
      ? `— (${r.peer.error})`
      : `${fmtS(r.peer.seconds)} ${r.peer.note}`.trim();
    const oursS = r.ours.error ? `— (${r.ours.error})` : fmtS(r.ours.seconds);
    const ratio = r.peer && !r.peer.error && !r.ours.error
      ? (r.ours.seconds / r.peer.seconds).toFixed(2)
      : "—";
    const pf = r.peerFirst;
    const first = r.c.calls === 1
      ? "(one call)"
      : pf && !pf.error && !r.ours.error
      ? `${fmtS(r.ours.firstSeconds)} / ${fmtS(pf.firstSeconds)} ${pf.note} (${
        (r.ours.firstSeconds / pf.firstSeconds).toFixed(2)
      })`.replace("  ", " ")
      : "—";
    lines.push(
      `| ${r.c.work} | ${r.c.size} | ${oursS} | ${peerS} | ${ratio} | ${first} | ${fmtMB(r.ours.peakMB)} | ${
        r.peer ? fmtMB(r.peer.peakMB) : "—"
      } | ${r.quality} |`,
    );
  }
  lines.push("");
  lines.push("## Growth (time ∝ rows^exponent, least-squares slope over the three sizes)");
  lines.push("");
  lines.push("| work | sizes | ours | peer |");
  lines.push("|---|---|---:|---:|");
  const ids = [...new Set(rows.map((r) => r.c.id))];
  for (const id of ids) {
    const rs = rows.filter((r) => r.c.id === id);
    const exp = (side: (r: Row) => Side | null) => {
      const ok = rs.filter((r) => side(r) && !side(r)!.error && side(r)!.seconds > 0);
      return ok.length >= 2 ? slope(ok.map((r) => r.c.n), ok.map((r) => side(r)!.seconds)).toFixed(2) : "—";
    };
    lines.push(
      `| ${rs[0]!.c.work} (${id}) | ${rs.map((r) => r.c.size).join(", ")} | ${exp((r) => r.ours)} | ${
        exp((r) => r.peer)
      } |`,
    );
  }
  lines.push("");
  const seg = rows.filter((r) => r.c.id === "segment" && !r.ours.error && r.ours.seconds > 0);
  const biggest = seg.at(-1);
  if (seg.length >= 1 && biggest !== undefined && biggest.c.n < 10_000_000 && !QUICK) {
    // No extrapolation: at these sizes the CLI's fixed start-up cost flattens the growth curve.
    lines.push(
      "The full run does not run the CLI on 10M lines (a 620 MB file and a few minutes more); " +
        "measure it with `--only segment --segment-sizes 10000000`.",
    );
    lines.push("");
  }
  const invoices = [
    ...new Map(rows.filter((r) => r.c.data.kind === "invoices").map((r) => [r.c.n, r.c])).values(),
  ];
  const gen = invoices
    .map((c) => [c, generationSeconds(DATA_DIR, c.data)] as const)
    .filter(([, s]) => !Number.isNaN(s))
    .map(([c, s]) => `${c.size} in ${s.toFixed(1)} s`);
  if (gen.length > 0) {
    lines.push(
      `Writing the invoice files with \`generateInvoiceChunks\` took: ${
        gen.join(", ")
      } (wall time, when first made).`,
    );
    lines.push("");
  }
  lines.push("Raw measurements: `bench/out/results*.json` (git-ignored).");
  lines.push("");
  return lines.join("\n");
}

// ---------------------------------------------------------------- main
async function main() {
  const started = new Date();
  const t0 = performance.now();
  const loads = [loadAvg()];
  const all = cases();
  await Deno.mkdir(RUN_DIR, { recursive: true });
  console.log(
    `bench: ${all.length} cases, ${RUNS} run(s) each${QUICK ? " (quick)" : ""}; data in ${DATA_DIR}`,
  );
  const seen = new Set<string>();
  for (const c of all) {
    const key = dataPath(DATA_DIR, c.data);
    if (seen.has(key)) continue;
    seen.add(key);
    const s = await ensureData(DATA_DIR, c.data);
    if (s > 0) console.log(`  generated ${key.slice(ROOT.length + 1)} in ${s.toFixed(1)} s`);
  }
  if (argv.includes("--prepare")) {
    console.log(`bench: data ready in ${DATA_DIR} (--prepare: nothing measured)`);
    return;
  }
  const header = await machine();
  const rows: Row[] = [];
  for (const c of all) {
    if (pastDeadline()) {
      const skipped: Side = {
        seconds: NaN,
        firstSeconds: NaN,
        peakMB: NaN,
        runs: [],
        note: "",
        error: `skipped: past --deadline ${DEADLINE}`,
      };
      const peer = c.peer === null ? null : skipped;
      rows.push({ c, runs: 0, ours: skipped, peer, peerFirst: peer, quality: "—" });
      console.log(`  ${c.id.padEnd(10)} ${c.size.padEnd(14)} skipped (deadline)`);
      continue;
    }
    const oursRuns: Measure[] = [], peer1: Measure[] = [], peerN: Measure[] = [];
    const oursLabels = join(RUN_DIR, "ours.labels.i32"), peerLabels = join(RUN_DIR, "peer.labels.i32");
    const runs = Math.min(c.maxRuns ?? RUNS, (performance.now() - t0) / 60000 > BUDGET_MIN ? 1 : RUNS);
    for (let r = 0; r < runs; r++) {
      const o = await runOurs(c, oursLabels);
      oursRuns.push(o);
      if (o.missing !== undefined && c.peer === null) break;
      if (c.peer !== null) {
        peer1.push(await runPeer(c, peerLabels, c.threads));
        if (c.threads) peerN.push(await runPeer(c, join(RUN_DIR, "peerN.labels.i32"), false));
      }
    }
    const ours = summarize(oursRuns);
    let peer: Side | null = null, peerFirst: Side | null = null;
    if (c.peer !== null) {
      const a = summarize(peer1, c.threads ? "1t" : "");
      const b = c.threads ? summarize(peerN, "2t") : null;
      peer = b === null || b.error || (!a.error && a.seconds <= b.seconds) ? a : b;
      peerFirst = b === null || b.error || (!a.error && a.firstSeconds <= b.firstSeconds) ? a : b;
      if (peer === b) await Deno.copyFile(join(RUN_DIR, "peerN.labels.i32"), peerLabels).catch(() => {});
    }
    const q = await quality(c, ours, peer, oursLabels, peerLabels);
    const why = c.maxRuns !== undefined && c.maxRuns < RUNS ? "by design" : "time budget";
    rows.push({ c, runs, ours, peer, peerFirst, quality: runs < RUNS ? `${q} (${runs} run: ${why})` : q });
    console.log(
      `  ${c.id.padEnd(10)} ${c.size.padEnd(14)} ours ${
        ours.error ?? fmtS(ours.seconds) + " s " + fmtMB(ours.peakMB) + " MB"
      }` +
        (peer
          ? ` | peer ${peer.error ?? fmtS(peer.seconds) + " s " + fmtMB(peer.peakMB) + " MB " + peer.note}`
          : "") +
        (c.calls > 1 && peerFirst && !peerFirst.error && !ours.error
          ? ` | first call ${fmtS(ours.firstSeconds)} / ${fmtS(peerFirst.firstSeconds)} s`
          : "") +
        ` | ${q}`,
    );
  }
  loads.push(loadAvg());
  const minutes = (performance.now() - t0) / 60000;
  const md = renderMarkdown(rows, header, started, minutes, loads);
  await Deno.mkdir(dirname(RESULTS), { recursive: true });
  await Deno.writeTextFile(RESULTS, md);
  await Deno.writeTextFile(
    join(ROOT, `bench/out/results${QUICK ? "-quick" : ""}.json`),
    JSON.stringify(rows.map((r) => ({ ...r, c: r.c })), null, 1),
  );
  console.log(`bench: done in ${minutes.toFixed(1)} minutes; wrote ${RESULTS}`);
}

if (import.meta.main) await main();
