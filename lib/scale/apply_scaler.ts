/**
 * Apply a fitted scaler to new rows.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkColumns } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import type { StandardScaler } from "./standardize.ts";
import type { RobustScaler } from "./robust_scale.ts";

/**
 * Scale rows with a scaler fitted by {@linkcode standardize} (`(x - mean) / scale`) or
 * {@linkcode robustScale} (`(x - center) / scale`), e.g. new customers scored against the
 * segmentation's scale. scikit-learn: `scaler.transform(x)`.
 *
 * @param x Rows with the scaler's columns, in the same order.
 * @param scaler A fitted scaler.
 * @returns The scaled rows.
 * @throws {TypeError} If the columns differ from the scaler's.
 * @throws {RangeError} If `x` has a non-finite value.
 *
 * @example New rows on a fitted scale
 * ```ts
 * import { standardize } from "./standardize.ts";
 * import { applyScaler } from "./apply_scaler.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const { scaler } = standardize(matrixFromRows([[1], [3]]));
 * assert.deepEqual([...applyScaler(matrixFromRows([[5]]), scaler).data], [3]);
 * ```
 */
export function applyScaler(x: Matrix, scaler: StandardScaler | RobustScaler): Matrix {
  checkMatrix(x, "apply the scaler");
  checkColumns(x, scaler.columns, "apply the scaler");
  const centre = "mean" in scaler ? scaler.mean : scaler.center;
  const { scale } = scaler;
  const n = x.rows, d = x.cols;
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) out[i * d + t] = (x.data[i * d + t]! - centre[t]!) / scale[t]!;
  }
  return { data: out, rows: n, cols: d, columns: [...x.columns] };
}
