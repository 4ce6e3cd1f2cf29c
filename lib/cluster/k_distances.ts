/**
 * Distance of every row to its k-th nearest neighbour, for choosing DBSCAN's `eps`.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { buildKdTree, kthNearest, makeStack } from "../base/kdtree.ts";

/**
 * The k-distance curve: for each row, the Euclidean distance to its `k`-th nearest row, the row
 * itself counted as the first (distance 0), sorted ascending. This is the count DBSCAN's
 * `minSamples` uses, so with `k = minSamples` a row is a core row exactly when its k-distance
 * is `<= eps`: the share of rows left of `eps` on the curve is the share of core rows.
 * Equivalent to scikit-learn's `NearestNeighbors(n_neighbors=k).fit(x).kneighbors(x)[0][:, -1]`,
 * sorted. Queries go through a k-d tree (about `n log n`), never all pairs.
 *
 * @param x The data, one row per observation.
 * @param k Which neighbour, an integer from 1 (the row itself) to `x.rows`.
 * @returns `x.rows` distances, ascending.
 * @throws {RangeError} If `k` is out of range or `x` has non-finite values.
 *
 * @example Points on a line
 * ```ts
 * import { kDistances } from "./k_distances.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [3], [7]]);
 * // Nearest other row: 1, 1, 2, 4.
 * assert.deepEqual([...kDistances(x, 2)], [1, 1, 2, 4]);
 * ```
 */
export function kDistances(x: Matrix, k: number): Float64Array {
  const n = x.rows, d = x.cols;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(
      `Cannot compute k-distances with k = ${k}: k must be an integer from 1 to ${n}, the number of rows (the row itself counts as its first neighbour)`,
    );
  }
  checkMatrix(x, "compute k-distances");
  const out = new Float64Array(n);
  const tree = buildKdTree(x.data, n, d);
  const stack = makeStack(tree), heap = new Float64Array(k), bound = new Float64Array(stack.length);
  // Query in tree order (neighbouring queries touch the same leaves); the result is sorted anyway.
  for (let t = 0; t < n; t++) out[t] = Math.sqrt(kthNearest(tree, tree.points, t * d, k, stack, heap, bound));
  return out.sort();
}
