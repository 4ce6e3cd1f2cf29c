/**
 * Our side of one benchmark measurement, run in its own process by `bench/run.ts` so that its
 * peak memory is its own: `deno run -A bench/_ours.ts '<json params>'`. Loads the data (not
 * timed), times the library call alone, and prints one JSON line: seconds, peak RSS (VmHWM)
 * in MB, and what the quality columns need.
 *
 * @module
 */
import { readLabels, readMatrix, writeLabels } from "./_data.ts";

/** What `bench/run.ts` asks for. */
export interface OursParams {
  readonly work: "kmeans" | "sweep" | "dbscan" | "silhouette" | "rfm";
  readonly data: string;
  readonly labelsIn?: string;
  readonly labelsOut?: string;
  readonly k?: number;
  readonly nInit?: number;
  readonly kMax?: number;
  readonly eps?: number;
  readonly minSamples?: number;
  readonly seed?: number;
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
    const seconds = (performance.now() - t0) / 1000;
    const t = rfm.table;
    return {
      seconds,
      customers: rfm.customers,
      sumR: Number(t.getColumn("recency").sum()),
      sumF: Number(t.getColumn("frequency").sum()),
      sumM: Number(t.getColumn("monetary").sum()),
    };
  }
  const x = await readMatrix(p.data);
  const cluster = await import("../lib/cluster/mod.ts");
  if (p.work === "kmeans") {
    const t0 = performance.now();
    const r = cluster.kmeans(x, p.k!, { nInit: p.nInit ?? 10, seed });
    const seconds = (performance.now() - t0) / 1000;
    if (p.labelsOut) await writeLabels(p.labelsOut, r.labels);
    return { seconds, inertia: r.inertia, nIter: r.nIter };
  }
  if (p.work === "sweep") {
    // the library's elbow sweep (lib/choose_k), inertia only, one start per k
    const { sweepK } = await import("../lib/choose_k/mod.ts");
    const t0 = performance.now();
    const s = sweepK(x, { kMax: p.kMax!, nInit: 1, seed, metrics: [] });
    return { seconds: (performance.now() - t0) / 1000, inertias: [...s.inertia] };
  }
  if (p.work === "dbscan") {
    const dbscan = (cluster as Record<string, unknown>)["dbscan"] as
      | ((x: unknown, o: { eps: number; minSamples: number }) => { labels: Int32Array })
      | undefined;
    if (dbscan === undefined) return { missing: "dbscan is not exported by lib/cluster/mod.ts yet" };
    const t0 = performance.now();
    const r = dbscan(x, { eps: p.eps!, minSamples: p.minSamples! });
    const seconds = (performance.now() - t0) / 1000;
    if (p.labelsOut) await writeLabels(p.labelsOut, r.labels);
    const clusters = new Set(r.labels);
    clusters.delete(-1);
    return { seconds, nClusters: clusters.size, noise: r.labels.filter((l) => l === -1).length };
  }
  if (p.work === "silhouette") {
    const { silhouetteScore } = await import("../lib/validate/mod.ts");
    const labels = await readLabels(p.labelsIn!);
    const t0 = performance.now();
    const score = silhouetteScore(x, labels);
    return { seconds: (performance.now() - t0) / 1000, score };
  }
  throw new TypeError(`Cannot run benchmark work "${p.work}": unknown work`);
}

if (import.meta.main) {
  const params = JSON.parse(Deno.args[0]!) as OursParams;
  const result = await main(params);
  console.log(JSON.stringify({ ...result, peakMB: peakMB() }));
}
