/**
 * The share of variance along each principal component, as bars.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { PcaResult } from "../scale/pca.ts";
import { tr } from "../base/i18n.ts";
import { barChart, type DisplayableChart } from "../chart/mod.ts";

/** Options for {@linkcode explainedVarianceChart}. */
export interface ExplainedVarianceChartOptions {
  /** Language of the title and labels. @default {"en"} */
  lang?: Lang;
}

const TEXT = {
  title: {
    en: "Explained variance ratio per principal component",
    es: "Proporción de varianza explicada por componente principal",
    id: "Rasio varians yang dijelaskan per komponen utama",
  },
  value: { en: "share of variance", es: "proporción de la varianza", id: "porsi varians" },
  component: { en: "PC{i}", es: "CP{i}", id: "KU{i}" },
} as const;

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
 * assert.match(chart.html, />0\.75</);
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
    Array.from(ratio, (value, i) => ({ label: tr(TEXT.component, lang, { i: String(i + 1) }), value })),
    { lang, title: tr(TEXT.title, lang), valueLabel: tr(TEXT.value, lang), color: "#4e79a7" },
  );
}
