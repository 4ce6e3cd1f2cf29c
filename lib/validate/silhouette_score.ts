/**
 * Mean silhouette coefficient of a clustering.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";
import { silhouetteSamples } from "./silhouette_samples.ts";
import { silhouetteEstimate } from "./silhouette_estimate.ts";

/** Options for {@linkcode silhouetteScore}. */
export interface SilhouetteScoreOptions {
  /**
   * Estimate from a stratified sample of about this many rows instead of computing the exact
   * value (see {@linkcode silhouetteEstimate}, which also gives the standard error). Unset or
   * at least the number of rows: exact.
   */
  sampleSize?: number;
  /** Seed of the sampling (only used with `sampleSize`). @default {0} */
  seed?: number;
  /** Called as the work proceeds. */
  onProgress?: ProgressCallback;
}

/**
 * The mean silhouette coefficient over all rows, in `[-1, 1]`: near 1 for tight, well
 * separated clusters, near 0 for overlapping ones. Equal to scikit-learn's
 * `silhouette_score(x, labels)` (Euclidean; every distinct label, noise `-1` included, is a
 * cluster; a row alone in its cluster counts 0). Exact by default, computed in tiles with O(n·k)
 * memory; with `sampleSize`, a stratified estimate.
 *
 * @param x The data, one row per observation.
 * @param labels One cluster label per row.
 * @param options See {@linkcode SilhouetteScoreOptions}.
 * @returns The mean silhouette.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 * @throws {RangeError} If there are fewer than 2 or more than `rows - 1` distinct labels, or `x` has a non-finite value.
 *
 * @example Well separated pairs score high
 * ```ts
 * import { silhouetteScore } from "./silhouette_score.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [10], [11]]);
 * // rows 0 and 3: 9.5/10.5; rows 1 and 2: 8.5/9.5
 * const expected = (2 * 9.5 / 10.5 + 2 * 8.5 / 9.5) / 4;
 * assert.ok(Math.abs(silhouetteScore(x, Int32Array.from([0, 0, 1, 1])) - expected) < 1e-15);
 * ```
 */
export function silhouetteScore(x: Matrix, labels: Int32Array, options: SilhouetteScoreOptions = {}): number {
  const { sampleSize, seed = 0, onProgress } = options;
  if (sampleSize !== undefined && sampleSize < x.rows) {
    const o = onProgress ? { sampleSize, seed, onProgress } : { sampleSize, seed };
    return silhouetteEstimate(x, labels, o).mean;
  }
  const s = silhouetteSamples(x, labels, onProgress ? { onProgress } : {});
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s[i]!;
  return sum / s.length;
}
