/** Private input checks shared by the cluster functions. @module */
import type { Matrix } from "../types.ts";

/** Shape and finiteness checks shared by the cluster functions. */
export function checkMatrix(x: Matrix, action: string): void {
  const d = x.cols;
  if (x.data.length !== x.rows * d) {
    throw new TypeError(
      `Cannot ${action}: the matrix has ${x.data.length} values for ${x.rows} x ${d}; build it with matrixFromRows`,
    );
  }
  const data = x.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v - v !== 0) {
      const row = Math.floor(i / d), col = x.columns[i % d];
      throw new RangeError(
        `Cannot ${action}: row ${row}, column "${col}" is ${v}; impute or drop non-finite values first`,
      );
    }
  }
}
