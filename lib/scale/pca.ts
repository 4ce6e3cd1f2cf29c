/**
 * Principal component analysis.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { symmetricEigen } from "./_eigen.ts";

/** Options for {@linkcode pca}. */
export interface PcaOptions {
  /** Components to keep, 1 to min(rows, cols). @default {min(rows, cols)} */
  nComponents?: number;
}

/** A fitted PCA, from {@linkcode pca}. */
export interface PcaResult {
  /** Loadings: `nComponents` rows (PC1 first) by the data's columns; each row has unit length. */
  readonly components: Matrix;
  /** Variance along each component (ddof = 1), largest first. */
  readonly explainedVariance: Float64Array;
  /** Share of the total variance along each component. */
  readonly explainedVarianceRatio: Float64Array;
  /** Mean of every input column (removed before projecting). */
  readonly mean: Float64Array;
  /** The rows projected on the components, columns `"PC1"`, `"PC2"`, ... */
  readonly scores: Matrix;
  /** The input's columns, in order. */
  readonly columns: readonly string[];
}

/**
 * Principal components of the rows of `x`: the eigenvectors of the covariance matrix (ddof = 1),
 * found by cyclic Jacobi rotations on the d × d covariance (exact to rounding, suited to the
 * tens of columns segmentation uses). Equal to scikit-learn's `PCA(n_components, svd_solver="full")`
 * in `explained_variance_`, `explained_variance_ratio_`, `mean_`, and in `components_` and
 * `transform(x)` up to the sign of each component. Sign convention (deterministic): the entry of
 * largest absolute value in each component (loading row) is positive, as scikit-learn >= 1.5
 * does (`svd_flip(u_based_decision=False)`); ties go to the first such column.
 *
 * @param x The data, at least 2 rows.
 * @param options See {@linkcode PcaOptions}.
 * @returns Loadings, explained variance, the mean and the projected rows.
 * @throws {RangeError} If `x` has fewer than 2 rows or a non-finite value, or `nComponents` is out of range.
 *
 * @example Points on a line have one component
 * ```ts
 * import { pca } from "./pca.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const p = pca(matrixFromRows([[0, 0], [1, 1], [2, 2]]));
 * assert.ok(Math.abs(p.explainedVarianceRatio[0]! - 1) < 1e-12);
 * assert.ok(Math.abs(p.components.data[0]! - Math.SQRT1_2) < 1e-12);
 * assert.deepEqual(p.scores.columns, ["PC1", "PC2"]);
 * ```
 */
export function pca(x: Matrix, options: PcaOptions = {}): PcaResult {
  checkMatrix(x, "run PCA");
  const n = x.rows, d = x.cols;
  const limit = Math.min(n, d);
  const { nComponents = limit } = options;
  if (n < 2) {
    throw new RangeError(`Cannot run PCA on ${n} row${n === 1 ? "" : "s"}: it needs at least 2 rows`);
  }
  if (!Number.isInteger(nComponents) || nComponents < 1 || nComponents > limit) {
    throw new RangeError(
      `Cannot run PCA with nComponents = ${nComponents}: use an integer from 1 to ${limit}, the smaller of rows and columns`,
    );
  }
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) mean[t]! += x.data[i * d + t]!;
  for (let t = 0; t < d; t++) mean[t]! /= n;
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) row[t] = x.data[i * d + t]! - mean[t]!;
    for (let a = 0; a < d; a++) {
      const ra = row[a]!;
      for (let b = a; b < d; b++) cov[a * d + b]! += ra * row[b]!;
    }
  }
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      cov[a * d + b]! /= n - 1;
      cov[b * d + a] = cov[a * d + b]!;
    }
  }
  let total = 0;
  for (let a = 0; a < d; a++) total += cov[a * d + a]!;
  const { values, vectors } = symmetricEigen(cov, d);
  const components = new Float64Array(nComponents * d);
  const explainedVariance = new Float64Array(nComponents);
  const explainedVarianceRatio = new Float64Array(nComponents);
  for (let c = 0; c < nComponents; c++) {
    const v = Math.max(0, values[c]!);
    explainedVariance[c] = v;
    explainedVarianceRatio[c] = total === 0 ? 0 : v / total;
    let arg = 0;
    for (let t = 1; t < d; t++) if (Math.abs(vectors[c * d + t]!) > Math.abs(vectors[c * d + arg]!)) arg = t;
    const sign = vectors[c * d + arg]! < 0 ? -1 : 1;
    for (let t = 0; t < d; t++) components[c * d + t] = sign * vectors[c * d + t]!;
  }
  const names = Array.from({ length: nComponents }, (_, c) => `PC${c + 1}`);
  const componentsMatrix: Matrix = { data: components, rows: nComponents, cols: d, columns: [...x.columns] };
  return {
    components: componentsMatrix,
    explainedVariance,
    explainedVarianceRatio,
    mean,
    scores: project(x, mean, components, nComponents, names),
    columns: [...x.columns],
  };
}

/** `(x - mean) · componentsᵀ`, shared with transformPca. */
export function project(
  x: Matrix,
  mean: Float64Array,
  components: Float64Array,
  nComponents: number,
  names: readonly string[],
): Matrix {
  const n = x.rows, d = x.cols;
  const out = new Float64Array(n * nComponents);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) row[t] = x.data[i * d + t]! - mean[t]!;
    for (let c = 0; c < nComponents; c++) {
      let s = 0;
      for (let t = 0; t < d; t++) s += row[t]! * components[c * d + t]!;
      out[i * nComponents + c] = s;
    }
  }
  return { data: out, rows: n, cols: nComponents, columns: [...names] };
}
