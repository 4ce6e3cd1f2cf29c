/**
 * Elbow curve (inertia by k) and mean silhouette by k.
 *
 * @module
 */
import { fill, words } from "../text/mod.ts";
import { bestK, checkKs, kLinePlot } from "./_k_line.ts";
import { type BaseChartOptions, figure } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** What {@linkcode elbowChart} draws: inertia per k and the knee (a `KSweep` from `sweepK` fits as is). */
export interface ElbowChartInput {
  /** The k values, increasing. */
  readonly ks: readonly number[];
  /** Inertia (within-cluster sum of squares) per k. */
  readonly inertia: readonly number[];
  /** The knee Kneedle found; `null` or absent when there is none. */
  readonly knee?: number | null;
}

/** What {@linkcode silhouetteByKChart} draws (a `KSweep` from `sweepK` fits as is). */
export interface SilhouetteByKChartInput {
  /** The k values, increasing. */
  readonly ks: readonly number[];
  /** Mean silhouette per k; `NaN` where undefined (k = 1). */
  readonly silhouette: readonly number[];
  /** The k to mark. @default {the k of the highest silhouette} */
  readonly chosen?: number | null;
}

/**
 * Elbow curve: inertia against k with the knee marked (red ring and dashed rule) and annotated
 * ("knee at k = 4"). Same reading as scikit-learn's elbow plots with Kneedle's knee (Satopää et al. 2011).
 *
 * @param input ks, inertias and the knee.
 * @param options Size, language, title.
 * @returns The chart.
 * @throws {TypeError} If `ks` and `inertias` differ in length.
 *
 * @example Knee at 3
 * ```ts
 * import { elbowChart } from "./elbow_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = elbowChart({ ks: [1, 2, 3, 4, 5], inertia: [100, 50, 20, 17, 15], knee: 3 });
 * assert.match(chart.html, /knee at k = 3/);
 * assert.equal(chart.title, "Elbow: inertia by number of segments");
 * ```
 */
export function elbowChart(input: ElbowChartInput, options: BaseChartOptions = {}): DisplayableChart {
  const { width = 640, height = 300, lang = "en" } = options;
  checkKs("the elbow chart", input.ks, input.inertia, "inertia");
  const knee = input.knee ?? null;
  const title = options.title ?? words(lang).chart.elbowTitle;
  const plot = kLinePlot({
    ks: input.ks,
    values: input.inertia,
    xLabel: words(lang).chart.k,
    lang,
    yLabel: words(lang).chart.inertia,
    chosen: knee,
    chosenLabel: knee === null ? undefined : fill(words(lang).chart.knee, { k: knee }, lang),
    width,
    height,
  });
  const subtitle = knee === null ? words(lang).chart.noKnee : fill(words(lang).chart.knee, { k: knee }, lang);
  return makeChart(title, figure(title, subtitle, [plot]));
}

/**
 * Mean silhouette against k (k = 1 left out: the silhouette is undefined there), with a chosen k marked.
 * scikit-learn: `silhouette_score` per k.
 *
 * @param input ks, mean silhouettes, and the k to mark.
 * @param options Size, language, title.
 * @returns The chart.
 * @throws {TypeError} If `ks` and `silhouettes` differ in length.
 *
 * @example Best at k = 2
 * ```ts
 * import { silhouetteByKChart } from "./elbow_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = silhouetteByKChart({ ks: [1, 2, 3], silhouette: [NaN, 0.61, 0.4], chosen: 2 }, { lang: "id" });
 * assert.match(chart.html, /k terpilih = 2/);
 * ```
 */
export function silhouetteByKChart(
  input: SilhouetteByKChartInput,
  options: BaseChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 260, lang = "en" } = options;
  checkKs("the silhouette chart", input.ks, input.silhouette, "silhouette");
  const chosen = input.chosen === undefined ? bestK(input.ks, input.silhouette, 1) : input.chosen;
  const title = options.title ?? words(lang).chart.silhouetteTitle;
  const plot = kLinePlot({
    ks: input.ks,
    values: input.silhouette,
    xLabel: words(lang).chart.k,
    lang,
    yLabel: words(lang).chart.silhouette,
    chosen,
    chosenLabel: chosen === null ? undefined : fill(words(lang).chart.chosen, { k: chosen }, lang),
    width,
    height,
    color: "#3ca951",
  });
  return makeChart(title, figure(title, undefined, [plot]));
}
