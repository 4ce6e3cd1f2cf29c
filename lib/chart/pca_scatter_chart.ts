/**
 * The customers on the first two principal components, coloured by segment.
 *
 * @module
 */
import type { Lang, SegmentProfile } from "../base/types.ts";
import type { PcaResult } from "../scale/pca.ts";
import { fill, words } from "../text/mod.ts";
import { type DisplayableChart, scatterChart } from "./mod.ts";
import { segmentNames } from "./segment_names.ts";

/** The parts of a `MatrixSegmentation` that {@linkcode pcaScatterChart} reads (a whole one fits). */
export interface PcaScatterChartInput {
  /** The fit whose labels colour the points. */
  readonly clustering: { readonly labels: Int32Array };
  /** Named profiles, for the legend. */
  readonly profiles: readonly Pick<SegmentProfile, "label" | "name">[];
  /** Principal components of the matrix. */
  readonly pca: Pick<PcaResult, "scores" | "explainedVarianceRatio">;
}

/** Options for {@linkcode pcaScatterChart}. */
export interface PcaScatterChartOptions {
  /** Language of the axis labels and legend. @default {"en"} */
  lang?: Lang;
  /** Width in pixels (the scatter chart's default otherwise). */
  width?: number;
}

/**
 * The customers on the first two principal components, coloured by segment, each axis labelled
 * with its share of the variance (the 2-D view of scikit-learn's "PCA of the iris data" example).
 *
 * @param segmentation From `segmentMatrix` (`analysis.segmentation`).
 * @param options Language and width.
 * @returns The chart; `null` when the data has a single component.
 *
 * @example Two segments on two components
 * ```ts
 * import { pcaScatterChart } from "./pca_scatter_chart.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const chart = pcaScatterChart({
 *   clustering: { labels: Int32Array.from([0, 0, 1]) },
 *   profiles: [{ label: 0, name: "Loyal" }, { label: 1, name: "Lost" }],
 *   pca: { scores: matrixFromRows([[1, 0], [1.2, 0.1], [-2, 0.3]]), explainedVarianceRatio: Float64Array.from([0.8, 0.2]) },
 * });
 * assert.match(chart!.html, /PC1 \(80% of variance\)/);
 * assert.match(chart!.html, /Loyal/);
 * ```
 */
export function pcaScatterChart(
  segmentation: PcaScatterChartInput,
  options: PcaScatterChartOptions = {},
): DisplayableChart | null {
  const { lang = "en", width } = options;
  const s = segmentation.pca.scores, ratio = segmentation.pca.explainedVarianceRatio;
  if (s.cols < 2) return null;
  const pct = (v: number) => (100 * v).toFixed(0);
  return scatterChart({
    x: Float64Array.from({ length: s.rows }, (_, i) => s.data[i * s.cols]!),
    y: Float64Array.from({ length: s.rows }, (_, i) => s.data[i * s.cols + 1]!),
    labels: segmentation.clustering.labels,
    names: segmentNames(segmentation.profiles),
    xLabel: fill(words(lang).chart.pc1, { v: pct(ratio[0]!) }, lang),
    yLabel: fill(words(lang).chart.pc2, { v: pct(ratio[1]!) }, lang),
  }, { lang, ...(width ? { width } : {}) });
}
