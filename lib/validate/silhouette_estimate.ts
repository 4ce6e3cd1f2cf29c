/**
 * Silhouette of a large input estimated from a stratified sample, with its uncertainty.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";
import { childSeed } from "../base/random.ts";
import { checkLabels, checkNumberOfLabels, encodeLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { distanceSumsFor, silhouetteFromSums } from "./_silhouette.ts";
import { stratifiedMean, stratifiedSample } from "./_sample.ts";

/** Options for {@linkcode silhouetteEstimate}. */
export interface SilhouetteEstimateOptions {
  /** Rows to sample per repeat (about; every cluster keeps at least `min(size, 50)` rows). @default {2000} */
  sampleSize?: number;
  /** Seed of the sampling. @default {0} */
  seed?: number;
  /** Independent samples to average (repeat `r` uses `childSeed(seed, r)`). @default {1} */
  repeats?: number;
  /** Called as sampled rows are done. */
  onProgress?: ProgressCallback;
}

/** The result of {@linkcode silhouetteEstimate}. */
export interface SilhouetteEstimate {
  /** Estimated mean silhouette over all rows (exact when the sample is every row). */
  readonly mean: number;
  /** Standard error of `mean` (0 when exact). */
  readonly stdError: number;
  /** Rows actually sampled per repeat. */
  readonly sampleSize: number;
  /** Repeats run. */
  readonly repeats: number;
  /** The estimate of each repeat. */
  readonly estimates: readonly number[];
  /** Seed used. */
  readonly seed: number;
  /** True when every row was used, so `mean` is exact. */
  readonly exact: boolean;
}

/**
 * Estimate the mean silhouette of a large input. Rows are sampled per cluster (stratified:
 * in proportion to cluster size, at least `min(size, 50)` rows from each cluster, so small
 * clusters are never lost); the silhouette of each sampled row is exact (distances to all
 * rows), and the cluster means are weighted by cluster size. `stdError` is the stratified
 * sampling standard error (finite-population corrected), divided by √repeats when several
 * independent samples are averaged. Cost O(sampleSize · n · d) per repeat.
 *
 * scikit-learn's `silhouette_score(..., sample_size=m)` instead takes a plain random
 * subset and computes the silhouette within it, which can drop small clusters.
 *
 * @param x The data, one row per observation.
 * @param labels One cluster label per row.
 * @param options See {@linkcode SilhouetteEstimateOptions}.
 * @returns The estimate, its standard error and the settings.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 * @throws {RangeError} If the number of distinct labels is not 2..rows-1, `sampleSize` or `repeats` is not a positive integer, or `x` has a non-finite value.
 *
 * @example Exact when the sample covers every row
 * ```ts
 * import { silhouetteEstimate } from "./silhouette_estimate.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [10], [11]]);
 * const e = silhouetteEstimate(x, Int32Array.from([0, 0, 1, 1]), { sampleSize: 10 });
 * assert.equal(e.stdError, 0);
 * assert.ok(e.exact && e.mean > 0.89);
 * ```
 */
export function silhouetteEstimate(
  x: Matrix,
  labels: Int32Array,
  options: SilhouetteEstimateOptions = {},
): SilhouetteEstimate {
  const { sampleSize = 2000, seed = 0, repeats = 1, onProgress } = options;
  const action = "estimate the silhouette";
  checkMatrix(x, action);
  checkLabels(x, labels, action);
  if (!Number.isInteger(sampleSize) || sampleSize < 1) {
    throw new RangeError(`Cannot ${action} with sampleSize = ${sampleSize}: use a positive integer`);
  }
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new RangeError(`Cannot ${action} with repeats = ${repeats}: use a positive integer`);
  }
  const enc = encodeLabels(labels);
  const k = enc.counts.length;
  checkNumberOfLabels(k, x.rows, action);
  const estimates: number[] = [];
  let variance = 0, taken = 0;
  const runs = sampleSize >= x.rows ? 1 : repeats;
  for (let r = 0; r < runs; r++) {
    const sample = stratifiedSample(
      enc,
      Math.min(sampleSize, x.rows),
      runs === 1 ? seed : childSeed(seed, r),
    );
    const sums = distanceSumsFor(x, enc.codes, k, sample.rows, onProgress);
    const values = new Float64Array(sample.rows.length);
    for (let t = 0; t < values.length; t++) {
      values[t] = silhouetteFromSums(sums, t * k, enc.codes[sample.rows[t]!]!, enc.counts);
    }
    const est = stratifiedMean(values, sample, enc.counts);
    estimates.push(est.mean);
    variance += est.stdError ** 2;
    taken = sample.rows.length;
  }
  const mean = estimates.reduce((s, v) => s + v, 0) / runs;
  return {
    mean,
    stdError: Math.sqrt(variance / runs) / Math.sqrt(runs),
    sampleSize: taken,
    repeats: runs,
    estimates,
    seed,
    exact: taken === x.rows,
  };
}
