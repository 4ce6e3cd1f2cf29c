/**
 * Project rows on fitted principal components.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkColumns } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { type PcaResult, project } from "./pca.ts";

/**
 * Project rows on the components of a fitted {@linkcode pca} (e.g. centroids, to draw them on
 * the PCA scatter). scikit-learn: `pca.transform(x)`.
 *
 * @param x Rows with the PCA's input columns, in the same order.
 * @param fitted The fitted PCA.
 * @returns The projections, columns `"PC1"`, `"PC2"`, ...
 * @throws {TypeError} If the columns differ from the PCA's.
 * @throws {RangeError} If `x` has a non-finite value.
 *
 * @example The fitted rows project to their scores
 * ```ts
 * import { pca } from "./pca.ts";
 * import { transformPca } from "./transform_pca.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0, 1], [2, 2], [4, 6]]);
 * const p = pca(x, { nComponents: 1 });
 * assert.deepEqual([...transformPca(x, p).data], [...p.scores.data]);
 * ```
 */
export function transformPca(x: Matrix, fitted: PcaResult): Matrix {
  checkMatrix(x, "project on the principal components");
  checkColumns(x, fitted.columns, "project on the principal components");
  return project(x, fitted.mean, fitted.components.data, fitted.components.rows, fitted.scores.columns);
}
