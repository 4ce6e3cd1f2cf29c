/**
 * The silhouette of every customer of a segmentation.
 *
 * @module
 */
import type { Lang, Matrix, SegmentProfile } from "../base/types.ts";
import { type DisplayableChart, silhouettePlot } from "./mod.ts";
import { silhouetteSamples } from "../validate/silhouette_samples.ts";
import { segmentNames } from "./segment_names.ts";

/** The parts of a `MatrixSegmentation` that {@linkcode silhouetteChart} reads (a whole one fits). */
export interface SilhouetteChartSegmentation {
  /** The fit whose labels are scored. */
  readonly clustering: { readonly labels: Int32Array };
  /** Named profiles, for the segment names. */
  readonly profiles: readonly Pick<SegmentProfile, "label" | "name">[];
}

/** Options for {@linkcode silhouetteChart}. */
export interface SilhouetteChartOptions {
  /** Language of the title and labels. @default {"en"} */
  lang?: Lang;
}

/**
 * The silhouette of every customer, sorted within segments (scikit-learn's
 * `silhouette_samples` drawn as in its "silhouette analysis" example). Exact and O(n²), so for up
 * to a few tens of thousands of rows.
 *
 * @param x The scaled matrix the segmentation was fitted on.
 * @param segmentation From `segmentMatrix` (`analysis.segmentation`).
 * @param options Language.
 * @returns The chart.
 * @throws {TypeError} If `x` does not have one row per label (from `silhouetteSamples`).
 *
 * @example Two tight segments
 * ```ts
 * import { silhouetteChart } from "./silhouette_chart.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [0.1], [5], [5.1]]);
 * const chart = silhouetteChart(x, { clustering: { labels: Int32Array.from([0, 0, 1, 1]) }, profiles: [{ label: 0, name: "Low" }, { label: 1, name: "High" }] });
 * assert.match(chart.html, /<svg/);
 * assert.match(chart.html, /High/);
 * ```
 */
export function silhouetteChart(
  x: Matrix,
  segmentation: SilhouetteChartSegmentation,
  options: SilhouetteChartOptions = {},
): DisplayableChart {
  const { lang = "en" } = options;
  return silhouettePlot({
    values: silhouetteSamples(x, segmentation.clustering.labels),
    labels: segmentation.clustering.labels,
    names: segmentNames(segmentation.profiles),
  }, { lang });
}
