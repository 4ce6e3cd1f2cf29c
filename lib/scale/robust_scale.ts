/**
 * Robust scaling: median and interquartile range.
 *
 * @module
 */
import type { Matrix, Warning } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { column, medianSorted, percentileSorted } from "../base/stats.ts";

/** Options for {@linkcode robustScale}. */
export interface RobustScaleOptions {
  /** Percentiles whose difference is the scale. @default {[25, 75]} */
  quantileRange?: readonly [number, number];
}

/** A fitted robust scaler: `z = (x - center) / scale`. */
export interface RobustScaler {
  /** Median of every column. */
  readonly center: Float64Array;
  /** Difference of the two percentiles of every column; 1 where it is 0. */
  readonly scale: Float64Array;
  /** The columns, in order. */
  readonly columns: readonly string[];
  /** The percentiles used. */
  readonly quantileRange: readonly [number, number];
}

/** The result of {@linkcode robustScale}. */
export interface RobustScaleResult {
  /** The scaled data. */
  readonly matrix: Matrix;
  /** What was fitted, for {@linkcode applyScaler} and {@linkcode inverseScale}. */
  readonly scaler: RobustScaler;
  /** Columns whose interquartile range is 0, as typed facts (`column-no-spread`: `column`, `low`, `high`); `lib/text/` says them. */
  readonly warnings: readonly Warning[];
}

/**
 * Centre every column on its median and divide by its interquartile range (or the range
 * between the given percentiles, numpy's linear interpolation), so outliers weigh less than
 * with {@linkcode standardize}. Equal to scikit-learn's `RobustScaler(quantile_range=...)`:
 * a range of 0 becomes 1, with a warning.
 *
 * @param x The data, at least one row.
 * @param options See {@linkcode RobustScaleOptions}.
 * @returns The scaled matrix, the fitted scaler and warnings.
 * @throws {RangeError} If `x` has no rows or a non-finite value, or the range is not `0 <= lo < hi <= 100`.
 *
 * @example Median 0, interquartile range 1
 * ```ts
 * import { robustScale } from "./robust_scale.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const { matrix, scaler } = robustScale(matrixFromRows([[1], [2], [3], [4], [100]]));
 * assert.deepEqual([...scaler.center], [3]);
 * assert.deepEqual([...scaler.scale], [2]); // 4 - 2
 * assert.deepEqual([...matrix.data], [-1, -0.5, 0, 0.5, 48.5]);
 * ```
 */
export function robustScale(x: Matrix, options: RobustScaleOptions = {}): RobustScaleResult {
  const { quantileRange = [25, 75] } = options;
  checkMatrix(x, "scale robustly");
  const [lo, hi] = quantileRange;
  if (!(lo >= 0 && lo < hi && hi <= 100)) {
    throw new RangeError(
      `Cannot scale robustly with quantileRange [${lo}, ${hi}]: use two percentiles with 0 <= low < high <= 100`,
    );
  }
  const n = x.rows, d = x.cols;
  if (n === 0) throw new RangeError("Cannot scale robustly: the data has no rows; pass at least one row");
  const center = new Float64Array(d), scale = new Float64Array(d);
  const warnings: Warning[] = [];
  for (let t = 0; t < d; t++) {
    const sorted = column(x, t).sort();
    center[t] = medianSorted(sorted);
    const range = percentileSorted(sorted, hi) - percentileSorted(sorted, lo);
    if (range < 10 * Number.EPSILON) {
      scale[t] = 1;
      warnings.push({ code: "column-no-spread", column: x.columns[t]!, low: lo, high: hi });
    } else scale[t] = range;
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) out[i * d + t] = (x.data[i * d + t]! - center[t]!) / scale[t]!;
  }
  return {
    matrix: { data: out, rows: n, cols: d, columns: [...x.columns] },
    scaler: { center, scale, columns: [...x.columns], quantileRange: [lo, hi] },
    warnings,
  };
}
