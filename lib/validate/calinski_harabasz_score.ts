/**
 * Calinski-Harabasz index (variance ratio criterion).
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkLabels, checkNumberOfLabels, encodeLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";

/**
 * The Calinski-Harabasz index: between-cluster dispersion over within-cluster dispersion,
 * each divided by its degrees of freedom, `[B / (k - 1)] / [W / (n - k)]`. Higher is better.
 * Equal to scikit-learn's `calinski_harabasz_score` (1 when every cluster is a single point
 * repeated, i.e. W = 0). Every distinct label, noise `-1` included, is a cluster.
 *
 * Reference: Caliński & Harabasz (1974), "A dendrite method for cluster analysis".
 *
 * @param x The data, one row per observation.
 * @param labels One cluster label per row.
 * @returns The index, >= 0.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 * @throws {RangeError} If there are fewer than 2 or more than `rows - 1` distinct labels, or `x` has a non-finite value.
 *
 * @example Worked by hand
 * ```ts
 * import { calinskiHarabaszScore } from "./calinski_harabasz_score.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * // means 0.5 and 10.5, overall 5.5: B = 2·25 + 2·25 = 100, W = 4·0.25 = 1
 * const x = matrixFromRows([[0], [1], [10], [11]]);
 * assert.equal(calinskiHarabaszScore(x, Int32Array.from([0, 0, 1, 1])), (100 / 1) / (1 / 2));
 * ```
 */
export function calinskiHarabaszScore(x: Matrix, labels: Int32Array): number {
  const action = "compute the Calinski-Harabasz score";
  checkMatrix(x, action);
  checkLabels(x, labels, action);
  const enc = encodeLabels(labels);
  const n = x.rows, d = x.cols, k = enc.counts.length;
  checkNumberOfLabels(k, n, action);
  const mean = new Float64Array(d);
  const centres = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const c = enc.codes[i]!;
    for (let t = 0; t < d; t++) {
      const v = x.data[i * d + t]!;
      mean[t]! += v;
      centres[c * d + t]! += v;
    }
  }
  for (let t = 0; t < d; t++) mean[t]! /= n;
  for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) centres[c * d + t]! /= enc.counts[c]!;
  let extra = 0, intra = 0;
  for (let c = 0; c < k; c++) {
    let q = 0;
    for (let t = 0; t < d; t++) q += (centres[c * d + t]! - mean[t]!) ** 2;
    extra += enc.counts[c]! * q;
  }
  for (let i = 0; i < n; i++) {
    const c = enc.codes[i]!;
    for (let t = 0; t < d; t++) intra += (x.data[i * d + t]! - centres[c * d + t]!) ** 2;
  }
  return intra === 0 ? 1 : (extra * (n - k)) / (intra * (k - 1));
}
