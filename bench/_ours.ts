/**
 * Our side of one benchmark measurement, run in its own process by `bench/run.ts` so that its
 * peak memory is its own: `deno run -A bench/_ours.ts '<json params>'`. Loads the data (not
 * timed), times the library call alone (with `calls: 2`, twice: see `timedCalls`), and prints
 * one JSON line: seconds, peak RSS (VmHWM) in MB, and what the quality columns need.
 *
 * @module
 */
import { readLabels, readMatrix, writeLabels } from "./_data.ts";

/** What `bench/run.ts` asks for. */
export interface OursParams {
  readonly work: "kmeans" | "sweep" | "dbscan" | "silhouette" | "rfm" | "rfm-stream";
  readonly data: string;
  readonly labelsIn?: string;
  readonly labelsOut?: string;
  readonly k?: number;
  readonly nInit?: number;
  readonly kMax?: number;
  readonly eps?: number;
  readonly minSamples?: number;
  readonly seed?: number;
  /** Run the call this many times in the process and time the last (the first is reported too). @default {1} */
  readonly calls?: number;
}

/** Peak resident memory of this process in MB, from /proc/self/status (VmHWM). */
export function peakMB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** What {@linkcode timedCalls} measured. */
export interface Timed {
  /** Seconds of the last call. */
  readonly seconds: number;
  /** Seconds of the first call (V8 still optimising the library's code during it). */
  readonly firstSeconds: number;
  /** Peak memory after the first call, so that it means the same whatever `calls` is. */
  readonly peakMB: number;
}

/**
 * Run `call` `calls` times; the first call's result with the times. Every later result must
 * equal the first by `same` (same input and seed: the library is deterministic), so a later
 * call cannot be cheaper by returning something else.
 *
 * @throws {Error} If a later call's result differs from the first's.
 */
export function timedCalls<T>(
  calls: number,
  call: () => T,
  same: (a: T, b: T) => boolean,
): { result: T; times: Timed } {
  let result!: T, first = NaN, last = NaN, peak = NaN;
  for (let i = 0; i < Math.max(1, calls); i++) {
    const t0 = performance.now();
    const r = call();
    last = (performance.now() - t0) / 1000;
    if (i === 0) {
      result = r;
      first = last;
      peak = peakMB();
    } else if (!same(result, r)) {
      throw new Error(`call ${i + 1} of ${calls} gave a different result from the first`);
    }
  }
  return { result, times: { seconds: last, firstSeconds: first, peakMB: peak } };
}

const sameArrays = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => Object.is(v, b[i]));

/** What the RFM rows compare with the peer: the customers and the sums of R, F and M. */
function rfmTotals(
  rfm: { customers: number; table: { getColumn(name: string): { sum(): unknown } } },
  seconds: number,
): Record<string, unknown> {
  const t = rfm.table;
  return {
    seconds,
    customers: rfm.customers,
    sumR: Number(t.getColumn("recency").sum()),
    sumF: Number(t.getColumn("frequency").sum()),
    sumM: Number(t.getColumn("monetary").sum()),
  };
}

async function main(p: OursParams): Promise<Record<string, unknown>> {
  const seed = p.seed ?? 0;
  if (p.work === "rfm") {
    const { readTable, mapRoles } = await import("../lib/load/mod.ts");
    const { cleanTransactions } = await import("../lib/clean/mod.ts");
    const { computeRfm } = await import("../lib/rfm/mod.ts");
    const t0 = performance.now();
    const loaded = await readTable(p.data);
    const roles = mapRoles(loaded.columns.map((c) => c.name)).roles;
    const cleaned = cleanTransactions(loaded.table, roles);
    const rfm = computeRfm(cleaned.table, cleaned.roles);
    return rfmTotals(rfm, (performance.now() - t0) / 1000);
  }
  if (p.work === "rfm-stream") {
    // The streamed path: DuckDB reads the whole file with the rules readTable decides on its head.
    const { scanInvoices } = await import("../lib/scan/scan_invoices.ts");
    const { computeRfmSql } = await import("../lib/scan/compute_rfm_sql.ts");
    const t0 = performance.now();
    const scanned = await scanInvoices(p.data, { tempDirectory: "bench/out" });
    const rfm = await computeRfmSql(scanned.con, { hasInvoice: scanned.hasInvoice });
    const seconds = (performance.now() - t0) / 1000;
    await scanned.close();
    return rfmTotals(rfm, seconds);
  }
  const x = await readMatrix(p.data);
  const cluster = await import("../lib/cluster/mod.ts");
  const calls = p.calls ?? 1;
  if (p.work === "kmeans") {
    const { result: r, times } = timedCalls(
      calls,
      () => cluster.kmeans(x, p.k!, { nInit: p.nInit ?? 10, seed }),
      (a, b) => sameArrays(a.labels, b.labels) && Object.is(a.inertia, b.inertia),
    );
    if (p.labelsOut) await writeLabels(p.labelsOut, r.labels);
    return { ...times, inertia: r.inertia, nIter: r.nIter };
  }
  if (p.work === "sweep") {
    // the library's elbow sweep (lib/choose_k), inertia only, one start per k
    const { sweepK } = await import("../lib/choose_k/mod.ts");
    const { result: s, times } = timedCalls(
      calls,
      () => sweepK(x, { kMax: p.kMax!, nInit: 1, seed, metrics: [] }),
      (a, b) => sameArrays(a.inertia, b.inertia),
    );
    return { ...times, inertias: [...s.inertia] };
  }
  if (p.work === "dbscan") {
    const dbscan = (cluster as Record<string, unknown>)["dbscan"] as
      | ((x: unknown, o: { eps: number; minSamples: number }) => { labels: Int32Array })
      | undefined;
    if (dbscan === undefined) return { missing: "dbscan is not exported by lib/cluster/mod.ts yet" };
    const { result: r, times } = timedCalls(
      calls,
      () => dbscan(x, { eps: p.eps!, minSamples: p.minSamples! }),
      (a, b) => sameArrays(a.labels, b.labels),
    );
    if (p.labelsOut) await writeLabels(p.labelsOut, r.labels);
    const clusters = new Set(r.labels);
    clusters.delete(-1);
    return { ...times, nClusters: clusters.size, noise: r.labels.filter((l) => l === -1).length };
  }
  if (p.work === "silhouette") {
    const { silhouetteScore } = await import("../lib/validate/mod.ts");
    const labels = await readLabels(p.labelsIn!);
    const { result: score, times } = timedCalls(calls, () => silhouetteScore(x, labels), Object.is);
    return { ...times, score };
  }
  throw new TypeError(`Cannot run benchmark work "${p.work}": unknown work`);
}

if (import.meta.main) {
  const params = JSON.parse(Deno.args[0]!) as OursParams;
  const result = await main(params);
  console.log(JSON.stringify({ peakMB: peakMB(), ...result }));
}
