/** Private: decile edges and bin shares for the population stability index. */
import type { FeatureBins } from "./segment_model.ts";

/** Number of bins of the drift check. */
export const DRIFT_BINS = 10;

/** The q-quantile of ascending values, linear interpolation (numpy's default). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const pos = q * (n - 1);
  const lo = Math.floor(pos), hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The bin of `x`: the first `b` with `x <= edges[b]`, else the last bin. */
export function binOf(x: number, edges: readonly number[]): number {
  for (let b = 0; b < edges.length; b++) if (x <= edges[b]!) return b;
  return edges.length;
}

/** Share of `values` in each bin of `edges`. */
export function binShares(values: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) counts[binOf(values[i]!, edges)]!++;
  return counts.map((c) => (values.length === 0 ? 0 : c / values.length));
}

/** Training deciles of `values` and the share of `values` in each of the 10 bins. */
export function fitBins(values: ArrayLike<number>): FeatureBins {
  const sorted = Float64Array.from(values).sort();
  const edges = Array.from(
    { length: DRIFT_BINS - 1 },
    (_, j) => quantileSorted(sorted, (j + 1) / DRIFT_BINS),
  );
  return { edges, shares: binShares(values, edges) };
}
