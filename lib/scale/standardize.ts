/**
 * Standard scaling: every column to mean 0 and standard deviation 1.
 *
 * @module
 */
import type { Matrix, Warning } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";

/** A fitted standard scaler: `z = (x - mean) / scale`. */
export interface StandardScaler {
  /** Mean of every column. */
  readonly mean: Float64Array;
  /** Population standard deviation of every column; 1 for constant columns. */
  readonly scale: Float64Array;
  /** The columns, in order. */
  readonly columns: readonly string[];
}

/** The result of {@linkcode standardize}. */
export interface StandardizeResult {
  /** The scaled data. */
  readonly matrix: Matrix;
  /** What was fitted, for {@linkcode applyScaler} and {@linkcode inverseScale}. */
  readonly scaler: StandardScaler;
  /** Constant columns, as typed facts (`column-constant`: `column`, `value`); `lib/text/` says them. */
  readonly warnings: readonly Warning[];
}

/**
 * Centre every column on its mean and divide by its population standard deviation (ddof = 0).
 * Equal to scikit-learn's `StandardScaler().fit_transform(x)`, including its two-pass
 * corrected variance and its rule for (near-)constant columns: their scale is 1 (so they become
 * 0), and a warning (`column-constant`) says so.
 *
 * @param x The data, at least one row.
 * @returns The scaled matrix, the fitted scaler and warnings.
 * @throws {RangeError} If `x` has no rows or a non-finite value.
 *
 * @example Mean 0, standard deviation 1
 * ```ts
 * import { standardize } from "./standardize.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const { matrix, scaler, warnings } = standardize(matrixFromRows([[1, 5], [3, 5]]));
 * assert.deepEqual([...matrix.data], [-1, 0, 1, 0]);
 * assert.deepEqual([...scaler.mean], [2, 5]);
 * assert.deepEqual([...scaler.scale], [1, 1]);
 * assert.deepEqual(warnings, [{ code: "column-constant", column: "x1", value: 5 }]);
 * ```
 */
export function standardize(x: Matrix): StandardizeResult {
  checkMatrix(x, "standardize");
  const n = x.rows, d = x.cols, data = x.data;
  if (n === 0) throw new RangeError("Cannot standardize: the data has no rows; pass at least one row");
  const mean = new Float64Array(d), scale = new Float64Array(d);
  const warnings: Warning[] = [];
  for (let t = 0; t < d; t++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += data[i * d + t]!;
    const m = s / n;
    let correction = 0, sq = 0;
    for (let i = 0; i < n; i++) {
      const a = data[i * d + t]! - m;
      correction += a;
      sq += a * a;
    }
    const variance = (sq - (correction * correction) / n) / n;
    const eps = Number.EPSILON;
    const constant = variance <= n * eps * variance + (n * m * eps) ** 2;
    mean[t] = m;
    scale[t] = constant ? 1 : Math.sqrt(variance);
    if (constant) {
      warnings.push({ code: "column-constant", column: x.columns[t]!, value: m });
    }
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) out[i * d + t] = (data[i * d + t]! - mean[t]!) / scale[t]!;
  }
  return {
    matrix: { data: out, rows: n, cols: d, columns: [...x.columns] },
    scaler: { mean, scale, columns: [...x.columns] },
    warnings,
  };
}
