/**
 * Back from scaled values to the original units.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkColumns } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import type { StandardScaler } from "./standardize.ts";
import type { RobustScaler } from "./robust_scale.ts";

/**
 * Undo a scaler: `x * scale + mean` (or `+ center`), e.g. to read k-means centroids in the
 * data's own units. scikit-learn: `scaler.inverse_transform(x)`.
 *
 * @param x Scaled rows with the scaler's columns, in the same order.
 * @param scaler The scaler that scaled them.
 * @returns The rows in original units.
 * @throws {TypeError} If the columns differ from the scaler's.
 * @throws {RangeError} If `x` has a non-finite value.
 *
 * @example Round trip
 * ```ts
 * import { standardize } from "./standardize.ts";
 * import { inverseScale } from "./inverse_scale.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const { matrix, scaler } = standardize(matrixFromRows([[1], [3]]));
 * assert.deepEqual([...inverseScale(matrix, scaler).data], [1, 3]);
 * ```
 */
export function inverseScale(x: Matrix, scaler: StandardScaler | RobustScaler): Matrix {
  checkMatrix(x, "undo the scaling");
  checkColumns(x, scaler.columns, "undo the scaling");
  const centre = "mean" in scaler ? scaler.mean : scaler.center;
  const { scale } = scaler;
  const n = x.rows, d = x.cols;
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) out[i * d + t] = x.data[i * d + t]! * scale[t]! + centre[t]!;
  }
  return { data: out, rows: n, cols: d, columns: [...x.columns] };
}
