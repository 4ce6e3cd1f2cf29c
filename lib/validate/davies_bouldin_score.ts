/**
 * Davies-Bouldin index.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkLabels, checkNumberOfLabels, encodeLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";

/**
 * The Davies-Bouldin index: for each cluster, the largest `(s_i + s_j) / d(c_i, c_j)` over the
 * other clusters, averaged over clusters, where `s_i` is the mean distance of a cluster's rows
 * to its centroid and `d` the distance between centroids. Lower is better, 0 is the minimum.
 * Equal to scikit-learn's `davies_bouldin_score`, including its special cases (0 when all
 * `s_i` or all centroid distances are within 1e-8 of 0; coinciding centroids are ignored).
 *
 * Reference: Davies & Bouldin (1979), "A cluster separation measure".
 *
 * @param x The data, one row per observation.
 * @param labels One cluster label per row.
 * @returns The index, >= 0.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 * @throws {RangeError} If there are fewer than 2 or more than `rows - 1` distinct labels, or `x` has a non-finite value.
 *
 * @example Worked by hand
 * ```ts
 * import { daviesBouldinScore } from "./davies_bouldin_score.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * // s = 0.5 for both clusters, centroids 10 apart: (0.5 + 0.5) / 10
 * const x = matrixFromRows([[0], [1], [10], [11]]);
 * assert.equal(daviesBouldinScore(x, Int32Array.from([0, 0, 1, 1])), 0.1);
 * ```
 */
export function daviesBouldinScore(x: Matrix, labels: Int32Array): number {
  const action = "compute the Davies-Bouldin score";
  checkMatrix(x, action);
  checkLabels(x, labels, action);
  const enc = encodeLabels(labels);
  const n = x.rows, d = x.cols, k = enc.counts.length;
  checkNumberOfLabels(k, n, action);
  const centres = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const c = enc.codes[i]!;
    for (let t = 0; t < d; t++) centres[c * d + t]! += x.data[i * d + t]!;
  }
  for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) centres[c * d + t]! /= enc.counts[c]!;
  const intra = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = enc.codes[i]!;
    let q = 0;
    for (let t = 0; t < d; t++) q += (x.data[i * d + t]! - centres[c * d + t]!) ** 2;
    intra[c]! += Math.sqrt(q);
  }
  for (let c = 0; c < k; c++) intra[c]! /= enc.counts[c]!;
  const between = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let q = 0;
      for (let t = 0; t < d; t++) q += (centres[a * d + t]! - centres[b * d + t]!) ** 2;
      between[a * k + b] = Math.sqrt(q);
    }
  }
  // numpy.allclose(v, 0): every |v| <= 1e-8
  if (intra.every((v) => Math.abs(v) <= 1e-8) || between.every((v) => Math.abs(v) <= 1e-8)) return 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    let worst = -Infinity;
    for (let b = 0; b < k; b++) {
      const dist = between[a * k + b]! === 0 ? Infinity : between[a * k + b]!;
      const r = (intra[a]! + intra[b]!) / dist;
      if (r > worst) worst = r;
    }
    total += worst;
  }
  return total / k;
}
