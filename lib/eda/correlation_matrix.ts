/**
 * Pearson correlation between the columns of a matrix.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";

/** Correlations between columns, as `pandas.DataFrame.corr()` gives them. */
export interface CorrelationMatrix {
  /** Column names, in the matrix's order. */
  readonly columns: readonly string[];
  /** `values[i][j]` = correlation of columns i and j; `NaN` where a column is constant. */
  readonly values: readonly (readonly number[])[];
}

/**
 * Pearson correlation of every pair of columns (pandas' `DataFrame.corr()`, numpy's `corrcoef`).
 *
 * @param x The data; rows are observations.
 * @returns The columns and the symmetric correlation matrix (1 on the diagonal, NaN for constant columns).
 * @throws {RangeError} If `x` has fewer than 2 rows.
 *
 * @example Perfectly related and opposite columns
 * ```ts
 * import { correlationMatrix } from "./correlation_matrix.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const c = correlationMatrix(matrixFromRows([[1, 2, 3], [2, 4, 1], [3, 6, -1]], ["a", "b", "c"]));
 * assert.equal(c.values[0]![1], 1);
 * assert.equal(c.values[0]![2], -1);
 * ```
 */
export function correlationMatrix(x: Matrix): CorrelationMatrix {
  const { rows: n, cols: d, data } = x;
  if (n < 2) throw new RangeError(`Cannot compute correlations: ${n} row(s); at least 2 are needed`);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += data[i * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = data[i * d + j]! - mean[j]!;
    for (let a = 0; a < d; a++) {
      const ra = row[a]!;
      for (let b = a; b < d; b++) cov[a * d + b]! += ra * row[b]!;
    }
  }
  const values: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(NaN));
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      const denom = Math.sqrt(cov[a * d + a]! * cov[b * d + b]!);
      let r = denom > 0 ? cov[a * d + b]! / denom : NaN;
      if (r > 1) r = 1;
      if (r < -1) r = -1;
      if (a === b && denom > 0) r = 1;
      values[a]![b] = r;
      values[b]![a] = r;
    }
  }
  return { columns: [...x.columns], values };
}
