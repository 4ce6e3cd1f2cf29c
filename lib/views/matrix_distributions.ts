/**
 * The columns of a numeric matrix as histograms: what a transform did to the features.
 *
 * @module
 */
import type { Lang, Matrix } from "../base/types.ts";
import { distributionCharts } from "../chart/distribution_chart.ts";
import type { DisplayableChart } from "../chart/make_chart.ts";

/**
 * One histogram per column of a matrix (e.g. the log-transformed, standardized features k-means
 * clusters), titled with the column name and its skew.
 *
 * @param x The matrix (`run.transform.scaled.matrix`, `run.transform.matrix`).
 * @param options `lang` of the titles.
 * @returns One chart holding every histogram.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrixDistributions } from "./matrix_distributions.ts";
 * const x = { data: Float64Array.of(0, 1, 1, 2, 2, 5), rows: 3, cols: 2, columns: ["a", "b"] };
 * assert.equal(matrixDistributions(x).html.match(/<svg/g)?.length, 2);
 * ```
 */
export function matrixDistributions(x: Matrix, options: { lang?: Lang } = {}): DisplayableChart {
  const columns: Record<string, Float64Array> = {};
  x.columns.forEach((name, j) => {
    const col = new Float64Array(x.rows);
    for (let i = 0; i < x.rows; i++) col[i] = x.data[i * x.cols + j]!;
    columns[name] = col;
  });
  return distributionCharts(columns, { lang: options.lang ?? "en" });
}
