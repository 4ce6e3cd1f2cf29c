/**
 * Label new rows with the nearest k-means centre.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { assignAll } from "./_lloyd.ts";

/**
 * Label each row of `x` with the index of its nearest centre (squared Euclidean distance; the
 * lowest index wins a tie), as scikit-learn's `KMeans.predict`. Used to label resamples and new
 * customers with a fitted model's centroids.
 *
 * @param x The rows to label; same columns as the centroids.
 * @param centroids The centres, one per row (e.g. `kmeans(...).centroids`).
 * @returns One label per row of `x`, in `[0, centroids.rows)`.
 * @throws {TypeError} If `x` and `centroids` have different numbers of columns, or there are no centres.
 * @throws {RangeError} If `x` or `centroids` has non-finite values.
 *
 * @example Two centres
 * ```ts
 * import { predictKmeans } from "./predict_kmeans.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const centres = matrixFromRows([[0, 0], [10, 10]]);
 * const labels = predictKmeans(matrixFromRows([[1, 2], [9, 8], [5.1, 5.2]]), centres);
 * assert.deepEqual([...labels], [0, 1, 1]);
 * ```
 */
export function predictKmeans(x: Matrix, centroids: Matrix): Int32Array {
  if (centroids.rows < 1) {
    throw new TypeError(
      `Cannot label rows with k-means centres: no centres were given; pass the centroids of a fitted kmeans`,
    );
  }
  if (x.cols !== centroids.cols) {
    throw new TypeError(
      `Cannot label rows with k-means centres: the rows have ${x.cols} columns and the centres ${centroids.cols}; use the same features as the fit`,
    );
  }
  checkMatrix(x, "label rows with k-means centres");
  checkMatrix(centroids, "label rows with k-means centres");
  const labels = new Int32Array(x.rows);
  const dist = new Float64Array(x.rows);
  assignAll({ data: x.data, n: x.rows, d: x.cols, centres: centroids.data, k: centroids.rows, labels, dist });
  return labels;
}
