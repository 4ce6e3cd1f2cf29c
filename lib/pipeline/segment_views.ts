/**
 * Charts of a segmentation shared by the notebooks and the report.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { Lang, Matrix, SegmentProfile } from "../types.ts";
import { tr } from "../i18n.ts";
import { type DisplayableChart, scatterChart, silhouettePlot } from "../chart/mod.ts";
import { silhouetteSamples } from "../validate/silhouette_samples.ts";
import type { MatrixSegmentation } from "./segment_matrix.ts";

const AXIS = {
  x: { en: "PC1 ({v}% of variance)", es: "CP1 ({v}% de la varianza)", id: "KU1 ({v}% varians)" },
  y: { en: "PC2 ({v}% of variance)", es: "CP2 ({v}% de la varianza)", id: "KU2 ({v}% varians)" },
} as const;

/**
 * Segment names by label, for chart legends.
 *
 * @param profiles Named profiles.
 * @returns `{ label: name }`.
 *
 * @example
 * ```ts
 * import { segmentNames } from "./segment_views.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(segmentNames([{ label: 0, name: "Loyal" } as never]), { 0: "Loyal" });
 * ```
 */
export function segmentNames(
  profiles: readonly Pick<SegmentProfile, "label" | "name">[],
): Record<number, string> {
  return Object.fromEntries(profiles.map((p) => [p.label, p.name]));
}

/**
 * The customers on the first two principal components, coloured by segment.
 *
 * @param segmentation From `segmentMatrix` (`analysis.segmentation`).
 * @param options Language and chart size.
 * @returns The chart; `null` when the data has a single feature.
 */
export function pcaScatterChart(
  segmentation: MatrixSegmentation,
  options: { lang?: Lang; width?: number } = {},
): DisplayableChart | null {
  const { lang = "en" } = options;
  const s = segmentation.pca.scores, ratio = segmentation.pca.explainedVarianceRatio;
  if (s.cols < 2) return null;
  const pct = (v: number) => (100 * v).toFixed(0);
  return scatterChart({
    x: Float64Array.from({ length: s.rows }, (_, i) => s.data[i * s.cols]!),
    y: Float64Array.from({ length: s.rows }, (_, i) => s.data[i * s.cols + 1]!),
    labels: segmentation.clustering.labels,
    names: segmentNames(segmentation.profiles),
    xLabel: tr(AXIS.x, lang, { v: pct(ratio[0]!) }),
    yLabel: tr(AXIS.y, lang, { v: pct(ratio[1]!) }),
  }, { lang, ...(options.width ? { width: options.width } : {}) });
}

/**
 * Any two columns of the customer table, coloured by segment.
 *
 * @param customers A table with the two columns, row-aligned with `segmentation`'s labels.
 * @param x Column on the horizontal axis.
 * @param y Column on the vertical axis.
 * @param segmentation The segmentation whose labels colour the points.
 * @param options Language.
 * @returns The chart.
 * @throws {RangeError} If a column is missing.
 */
export function featureScatterChart(
  customers: pl.DataFrame,
  x: string,
  y: string,
  segmentation: MatrixSegmentation,
  options: { lang?: Lang } = {},
): DisplayableChart {
  for (const c of [x, y]) {
    if (!customers.columns.includes(c)) {
      throw new RangeError(
        `Cannot draw "${x}" against "${y}": there is no column "${c}"; use one of ${
          customers.columns.map((n) => `"${n}"`).join(", ")
        }`,
      );
    }
  }
  return scatterChart({
    x: customers.getColumn(x).toArray() as number[],
    y: customers.getColumn(y).toArray() as number[],
    labels: segmentation.clustering.labels,
    names: segmentNames(segmentation.profiles),
    xLabel: x,
    yLabel: y,
  }, { lang: options.lang ?? "en" });
}

/**
 * The silhouette of every customer, sorted within segments (exact; O(n²), so for up to a few
 * tens of thousands of rows).
 *
 * @param x The scaled matrix the segmentation was fitted on.
 * @param segmentation From `segmentMatrix`.
 * @param options Language.
 * @returns The chart.
 */
export function silhouetteChart(
  x: Matrix,
  segmentation: MatrixSegmentation,
  options: { lang?: Lang } = {},
): DisplayableChart {
  return silhouettePlot({
    values: silhouetteSamples(x, segmentation.clustering.labels),
    labels: segmentation.clustering.labels,
    names: segmentNames(segmentation.profiles),
  }, { lang: options.lang ?? "en" });
}
