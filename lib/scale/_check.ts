/**
 * Private checks shared by the scaling steps.
 *
 * @module
 */
import type { Matrix } from "../types.ts";

/** Throw a TypeError unless `x` is a consistent matrix, a RangeError if it has a non-finite value. */
export function checkMatrix(x: Matrix, action: string): void {
  if (
    x === null || typeof x !== "object" || !(x.data instanceof Float64Array) || !Number.isInteger(x.rows) ||
    !Number.isInteger(x.cols) || x.data.length !== x.rows * x.cols || x.columns.length !== x.cols
  ) {
    throw new TypeError(
      `Cannot ${action}: the data is not a Matrix; build one with toMatrix or matrixFromRows`,
    );
  }
  const data = x.data, d = x.cols;
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      throw new RangeError(
        `Cannot ${action}: row ${Math.floor(i / d)}, column "${x.columns[i % d]}" is ${
          data[i]
        }; impute or drop non-finite values first`,
      );
    }
  }
}

/** Throw a TypeError unless `x` has exactly the columns a fitted transform was fitted on. */
export function checkColumns(x: Matrix, columns: readonly string[], action: string): void {
  const same = x.cols === columns.length && columns.every((c, t) => x.columns[t] === c);
  if (!same) {
    throw new TypeError(
      `Cannot ${action}: the data has columns ${x.columns.map((c) => `"${c}"`).join(", ")} but the fit has ${
        columns.map((c) => `"${c}"`).join(", ")
      }; pass the same columns in the same order`,
    );
  }
}
