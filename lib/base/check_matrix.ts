/**
 * The one input check of a {@linkcode Matrix} shared by the scaling, clustering and validation
 * steps: the shape is consistent and every value is finite.
 *
 * @module
 */
import type { Matrix } from "./types.ts";

/**
 * Throw unless `x` is a consistent matrix of finite values.
 *
 * @param x The matrix to check.
 * @param action What the caller was doing, for the message (`"run dbscan"`).
 * @throws {TypeError} If `x` is not a Matrix (wrong fields, or a data length that is not rows x cols).
 * @throws {RangeError} If a value is NaN or infinite; the message names its row and column.
 */
export function checkMatrix(x: Matrix, action: string): void {
  if (
    x === null || typeof x !== "object" || !(x.data instanceof Float64Array) || !Number.isInteger(x.rows) ||
    !Number.isInteger(x.cols) || !Array.isArray(x.columns) || x.columns.length !== x.cols
  ) {
    throw new TypeError(
      `Cannot ${action}: the data is not a Matrix; build one with toMatrix or matrixFromRows`,
    );
  }
  if (x.data.length !== x.rows * x.cols) {
    throw new TypeError(
      `Cannot ${action}: the matrix has ${x.data.length} values for ${x.rows} x ${x.cols}; build it with toMatrix or matrixFromRows`,
    );
  }
  const data = x.data, d = x.cols;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    // v - v is 0 for every finite number and NaN for NaN and the infinities.
    if (v - v !== 0) {
      throw new RangeError(
        `Cannot ${action}: row ${Math.floor(i / d)}, column "${
          x.columns[i % d]
        }" is ${v}; impute or drop non-finite values first`,
      );
    }
  }
}
