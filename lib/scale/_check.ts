/**
 * Private checks shared by the scaling steps.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";

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
