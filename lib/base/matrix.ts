/**
 * Building and reading {@linkcode Matrix} values.
 *
 * @module
 */
import type { Matrix } from "./types.ts";

/**
 * Make a matrix from an array of rows, as scikit-learn takes a list of lists.
 *
 * @param rows The rows; every row must have the same length.
 * @param columns Column names; default `x0, x1, ...`.
 * @returns A row-major matrix.
 * @throws {TypeError} If rows differ in length or `columns` has the wrong length.
 *
 * @example Two rows, two columns
 * ```ts
 * import { matrixFromRows } from "./matrix.ts";
 * import assert from "node:assert/strict";
 * const m = matrixFromRows([[1, 2], [3, 4]]);
 * assert.equal(m.data[1 * m.cols + 0], 3);
 * assert.deepEqual(m.columns, ["x0", "x1"]);
 * ```
 */
export function matrixFromRows(rows: readonly (readonly number[])[], columns?: readonly string[]): Matrix {
  const n = rows.length;
  const d = n === 0 ? (columns?.length ?? 0) : rows[0]!.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (row.length !== d) {
      throw new TypeError(`Cannot make a matrix: row ${i} has ${row.length} values where row 0 has ${d}`);
    }
    data.set(row, i * d);
  }
  const names = columns ?? Array.from({ length: d }, (_, j) => `x${j}`);
  if (names.length !== d) {
    throw new TypeError(`Cannot make a matrix: ${names.length} column names for ${d} columns`);
  }
  return { data, rows: n, cols: d, columns: [...names] };
}

/**
 * Read a matrix back as an array of rows (for display and tests).
 *
 * @param x The matrix.
 * @returns One array per row.
 *
 * @example Round trip
 * ```ts
 * import { matrixFromRows, matrixToRows } from "./matrix.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(matrixToRows(matrixFromRows([[1, 2], [3, 4]])), [[1, 2], [3, 4]]);
 * ```
 */
export function matrixToRows(x: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < x.rows; i++) out.push(Array.from(x.data.subarray(i * x.cols, (i + 1) * x.cols)));
  return out;
}

/**
 * Take some rows of a matrix, in the order given (for resampling and subsets).
 *
 * @param x The matrix.
 * @param indices Row indices, may repeat.
 * @returns A new matrix with those rows.
 *
 * @example Bootstrap-style selection
 * ```ts
 * import { matrixFromRows, takeRows, matrixToRows } from "./matrix.ts";
 * import assert from "node:assert/strict";
 * const m = matrixFromRows([[1], [2], [3]]);
 * assert.deepEqual(matrixToRows(takeRows(m, [2, 2, 0])), [[3], [3], [1]]);
 * ```
 */
export function takeRows(x: Matrix, indices: ArrayLike<number>): Matrix {
  const d = x.cols;
  const data = new Float64Array(indices.length * d);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r]!;
    data.set(x.data.subarray(i * d, i * d + d), r * d);
  }
  return { data, rows: indices.length, cols: d, columns: x.columns };
}
