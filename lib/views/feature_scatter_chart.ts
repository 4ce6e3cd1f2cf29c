/**
 * Two columns of the customer table against each other, coloured by segment.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { Lang, SegmentProfile } from "../base/types.ts";
import { type DisplayableChart, scatterChart } from "../chart/mod.ts";
import { segmentNames } from "../chart/segment_names.ts";

/** The parts of a `MatrixSegmentation` that {@linkcode featureScatterChart} reads (a whole one fits). */
export interface FeatureScatterChartSegmentation {
  /** The fit whose labels colour the points. */
  readonly clustering: { readonly labels: Int32Array };
  /** Named profiles, for the legend. */
  readonly profiles: readonly Pick<SegmentProfile, "label" | "name">[];
}

/** Options for {@linkcode featureScatterChart}. */
export interface FeatureScatterChartOptions {
  /** Column on the horizontal axis. */
  x: string;
  /** Column on the vertical axis. */
  y: string;
  /** Language of the legend. @default {"en"} */
  lang?: Lang;
}

/**
 * Any two columns of the customer table, one point per customer, coloured by segment.
 *
 * @param customers A table with the two columns, row-aligned with `segmentation`'s labels.
 * @param segmentation The segmentation whose labels colour the points (`analysis.segmentation`).
 * @param options The columns `x` and `y`, and the language.
 * @returns The chart.
 * @throws {RangeError} If `x` or `y` is not a column of `customers`.
 *
 * @example Spend against visits
 * ```ts
 * import { featureScatterChart } from "./feature_scatter_chart.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const customers = pl.DataFrame({ spend: [10, 12, 90], visits: [1, 2, 9] });
 * const segmentation = { clustering: { labels: Int32Array.from([0, 0, 1]) }, profiles: [{ label: 0, name: "Light" }, { label: 1, name: "Heavy" }] };
 * const chart = featureScatterChart(customers, segmentation, { x: "spend", y: "visits" });
 * assert.match(chart.html, /Heavy/);
 * assert.throws(() => featureScatterChart(customers, segmentation, { x: "spend", y: "age" }), /no column "age"/);
 * ```
 */
export function featureScatterChart(
  customers: pl.DataFrame,
  segmentation: FeatureScatterChartSegmentation,
  options: FeatureScatterChartOptions,
): DisplayableChart {
  const { x, y, lang = "en" } = options;
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
  }, { lang });
}
