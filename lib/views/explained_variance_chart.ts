/**
 * The share of variance along each principal component, as bars.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { PcaResult } from "../scale/pca.ts";
import { fill, words } from "../text/mod.ts";
import { barChart, type DisplayableChart } from "../chart/mod.ts";

/** Options for {@linkcode explainedVarianceChart}. */
export interface ExplainedVarianceChartOptions {
  /** Language of the title and labels. @default {"en"} */
  lang?: Lang;
}

/**
 * One bar per principal component with its share of the total variance (scikit-learn's
 * `PCA.explained_variance_ratio_`), PC1 first, to see how many components carry the data.
 *
 * @param p From `pca` (only `explainedVarianceRatio` is read).
 * @param options Language of the title and labels (`PC1`, `CP1`, `KU1`, ...).
 * @returns The chart.
 * @throws {RangeError} If `p` has no component.
 *
 * @example Two components, in Spanish
 * ```ts
 * import { explainedVarianceChart } from "./explained_variance_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = explainedVarianceChart({ explainedVarianceRatio: Float64Array.from([0.75, 0.25]) }, { lang: "es" });
 * assert.equal(chart.title, "Proporción de varianza explicada por componente principal");
 * assert.match(chart.html, />CP2</);
 * assert.match(chart.html, />0,75</); // the Spanish decimal comma
 * ```
 */
export function explainedVarianceChart(
  p: Pick<PcaResult, "explainedVarianceRatio">,
  options: ExplainedVarianceChartOptions = {},
): DisplayableChart {
  const { lang = "en" } = options;
  const ratio = p.explainedVarianceRatio;
  if (ratio.length === 0) {
    throw new RangeError(
      "Cannot draw the explained variance: the PCA has no component; run pca on a matrix with at least one row and one column",
    );
  }
  return barChart(
    Array.from(
      ratio,
      (value, i) => ({ label: fill(words(lang).views.component, { i: i + 1 }, lang), value }),
    ),
    {
      lang,
      title: words(lang).views.explainedTitle,
      valueLabel: words(lang).views.explainedValue,
      color: "#4e79a7",
    },
  );
}
