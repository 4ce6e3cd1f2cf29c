/**
 * Silhouette of every row.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";
import { checkLabels, checkNumberOfLabels, encodeLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { distanceSumsAll, silhouetteFromSums } from "./_silhouette.ts";

/** Options for {@linkcode silhouetteSamples}. */
export interface SilhouetteSamplesOptions {
  /** Called as blocks of distances are done (`step: "silhouette"`, `done`/`total` in pairs of rows). */
  onProgress?: ProgressCallback;
}

/**
 * The silhouette coefficient of every row, `(b - a) / max(a, b)`, where `a` is the mean
 * Euclidean distance to the other rows of its cluster and `b` the mean distance to the rows of
 * the nearest other cluster. Equal to scikit-learn's `silhouette_samples(x, labels)`: every
 * distinct label (noise `-1` included) is a cluster, and a row alone in its cluster gets 0.
 *
 * Exact, computed in tiles over a cluster-sorted copy of the data: every pair of rows is
 * visited once, and memory is O(n·k), not the O(n²) distance matrix.
 *
 * Reference: Rousseeuw (1987), "Silhouettes: a graphical aid to the interpretation and
 * validation of cluster analysis".
 *
 * @param x The data, one row per observation.
 * @param labels One cluster label per row.
 * @param options See {@linkcode SilhouetteSamplesOptions}.
 * @returns One value in `[-1, 1]` per row.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 * @throws {RangeError} If there are fewer than 2 or more than `rows - 1` distinct labels, or `x` has a non-finite value.
 *
 * @example Two tight pairs
 * ```ts
 * import { silhouetteSamples } from "./silhouette_samples.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [10], [11]]);
 * const s = silhouetteSamples(x, Int32Array.from([0, 0, 1, 1]));
 * // row 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5
 * assert.ok(Math.abs(s[0]! - 9.5 / 10.5) < 1e-15);
 * ```
 */
export function silhouetteSamples(
  x: Matrix,
  labels: Int32Array,
  options: SilhouetteSamplesOptions = {},
): Float64Array {
  const { onProgress } = options;
  const action = "compute the silhouette";
  checkMatrix(x, action);
  checkLabels(x, labels, action);
  const enc = encodeLabels(labels);
  const k = enc.counts.length;
  checkNumberOfLabels(k, x.rows, action);
  const sums = distanceSumsAll(x, enc.codes, k, onProgress);
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) out[i] = silhouetteFromSums(sums, i * k, enc.codes[i]!, enc.counts);
  return out;
}
