/**
 * Distinct rows of a matrix, for Hopkins (repeated points) and for checking k.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { takeRows } from "../base/matrix.ts";

/**
 * The distinct rows of a matrix, in order of first appearance.
 *
 * @param x The matrix.
 * @returns `x` itself when every row is distinct, else a new matrix without repeats.
 *
 * @example
 * ```ts
 * import { distinctRows } from "./_distinct_rows.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * assert.equal(distinctRows(matrixFromRows([[1, 2], [1, 2], [3, 4]])).rows, 2);
 * ```
 */
export function distinctRows(x: Matrix): Matrix {
  const seen = new Set<string>();
  const keep: number[] = [];
  for (let i = 0; i < x.rows; i++) {
    const key = Array.prototype.join.call(x.data.subarray(i * x.cols, (i + 1) * x.cols), ",");
    if (!seen.has(key)) {
      seen.add(key);
      keep.push(i);
    }
  }
  return keep.length === x.rows ? x : takeRows(x, keep);
}

/**
 * Number of distinct rows, counted up to `limit` (enough to check k against it).
 *
 * @param x The matrix.
 * @param limit Stop counting once this many distinct rows are seen.
 * @returns `min(distinct rows, limit)`.
 *
 * @example
 * ```ts
 * import { countDistinctRows } from "./_distinct_rows.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * assert.equal(countDistinctRows(matrixFromRows([[1, 2], [1, 2], [3, 4]])), 2);
 * ```
 */
export function countDistinctRows(x: Matrix, limit = Infinity): number {
  const seen = new Set<string>();
  for (let i = 0; i < x.rows && seen.size < limit; i++) {
    seen.add(Array.prototype.join.call(x.data.subarray(i * x.cols, (i + 1) * x.cols), ","));
  }
  return seen.size;
}
