/**
 * Private stratified sampling for the silhouette of large inputs.
 *
 * @module
 */
import { makeRandom } from "../base/random.ts";
import type { EncodedLabels } from "./_check.ts";

/** Clusters with at most this many rows are always kept whole; larger ones get at least this many. */
export const MIN_PER_CLUSTER = 50;

/** A stratified sample: the rows taken, grouped by cluster code. */
export interface StratifiedSample {
  /** Sampled rows (original indices), cluster after cluster. */
  readonly rows: Int32Array;
  /** Sampled rows per cluster code. */
  readonly taken: Int32Array;
}

/**
 * Take about `sampleSize` rows, each cluster in proportion to its size, but at least
 * `min(size, MIN_PER_CLUSTER)` rows from every cluster (so small clusters are kept whole).
 */
export function stratifiedSample(enc: EncodedLabels, sampleSize: number, seed: number): StratifiedSample {
  const n = enc.codes.length, k = enc.counts.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[enc.codes[i]!]!.push(i);
  const rng = makeRandom(seed);
  const taken = new Int32Array(k);
  const rows: number[] = [];
  for (let c = 0; c < k; c++) {
    const pool = members[c]!, size = pool.length;
    const want = Math.min(
      size,
      Math.max(Math.min(size, MIN_PER_CLUSTER), Math.round((sampleSize * size) / n)),
    );
    // partial Fisher-Yates: the first `want` entries become a uniform sample without replacement
    for (let t = 0; t < want; t++) {
      const r = t + rng.int(size - t);
      const tmp = pool[t]!;
      pool[t] = pool[r]!;
      pool[r] = tmp;
    }
    const chosen = pool.slice(0, want).sort((p, q) => p - q);
    for (const i of chosen) rows.push(i);
    taken[c] = want;
  }
  return { rows: Int32Array.from(rows), taken };
}

/**
 * Stratified estimate of the mean over all rows from per-row values of the sample
 * (`values` in the order of `sample.rows`), with its standard error (finite-population corrected).
 */
export function stratifiedMean(
  values: Float64Array,
  sample: StratifiedSample,
  counts: Int32Array,
): { mean: number; stdError: number } {
  const n = counts.reduce((s, v) => s + v, 0);
  let mean = 0, variance = 0, p = 0;
  for (let c = 0; c < counts.length; c++) {
    const m = sample.taken[c]!, size = counts[c]!;
    let s = 0;
    for (let t = 0; t < m; t++) s += values[p + t]!;
    const avg = s / m;
    let ss = 0;
    for (let t = 0; t < m; t++) ss += (values[p + t]! - avg) ** 2;
    const w = size / n;
    mean += w * avg;
    if (m > 1 && m < size) variance += w * w * (1 - m / size) * (ss / (m - 1)) / m;
    p += m;
  }
  return { mean, stdError: Math.sqrt(variance) };
}
