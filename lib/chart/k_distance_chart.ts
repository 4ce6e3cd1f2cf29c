/**
 * Sorted k-distance curve for choosing DBSCAN's eps.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, words } from "../text/mod.ts";
import { type BaseChartOptions, figure, formatTick, renderPlot } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** What {@linkcode kDistanceChart} draws (an `EpsSuggestion` from `suggestEps` fits as is). */
export interface KDistanceChartInput {
  /** Each point's distance to its k-th nearest neighbour, in any order (the chart sorts them). */
  readonly kDistances: ArrayLike<number>;
  /** The neighbour rank k (DBSCAN's minPts / scikit-learn's `min_samples`). */
  readonly minSamples: number;
  /** The suggested eps (the curve's knee), marked as a horizontal rule. */
  readonly eps?: number | null;
}

/** Options for {@linkcode kDistanceChart}. */
export interface KDistanceChartOptions extends BaseChartOptions {
  /** Most points drawn; above it an evenly spaced subset of the sorted curve is drawn. @default {2000} */
  maxPoints?: number;
}

/**
 * k-distance curve (Ester et al. 1996): the distance of every point to its k-th nearest neighbour,
 * sorted increasingly, with the suggested eps marked where the curve bends up. Long curves are drawn
 * through an evenly spaced subset of the sorted values (the shape is unchanged).
 *
 * @param input Distances, k, and the suggested eps.
 * @param options Size, language, title, most points drawn.
 * @returns The chart.
 * @throws {RangeError} If there is no finite distance.
 *
 * @example eps marked
 * ```ts
 * import { kDistanceChart } from "./k_distance_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = kDistanceChart({ kDistances: [0.1, 0.3, 0.2, 0.25, 2], minSamples: 4, eps: 0.3 });
 * assert.match(chart.html, /suggested eps = 0\.3/);
 * ```
 */
export function kDistanceChart(
  input: KDistanceChartInput,
  options: KDistanceChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 280, lang = "en", maxPoints = 2000 } = options;
  const sorted = Array.from(input.kDistances, Number).filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) {
    throw new RangeError(
      "Cannot draw the k-distance curve: there is no finite distance; compute the distances first",
    );
  }
  const n = sorted.length;
  const m = Math.min(n, Math.max(2, maxPoints));
  const points = Array.from({ length: m }, (_, j) => {
    const i = m === 1 ? 0 : Math.round((j * (n - 1)) / (m - 1));
    return { i: i + 1, d: sorted[i]! };
  });
  const eps = input.eps ?? null;
  const marks: Plot.Markish[] = [Plot.line(points, { x: "i", y: "d", stroke: "#4269d0", strokeWidth: 2 })];
  if (eps !== null) {
    const label = fill(words(lang).chart.eps, { eps: formatTick(eps, lang) }, lang);
    marks.push(
      Plot.ruleY([eps], { stroke: "#d62728", strokeDasharray: "4,3" }),
      Plot.text([eps], {
        x: 1,
        y: (d: number) => d,
        text: () => label,
        textAnchor: "start",
        dy: -8,
        fill: "#d62728",
        fontWeight: "bold",
      }),
    );
  }
  const plot = renderPlot({
    width,
    height,
    marginLeft: 60,
    x: { label: words(lang).chart.pointsSorted },
    y: { label: fill(words(lang).chart.kDistance, { k: input.minSamples }, lang), grid: true, zero: true },
    marks,
  }, lang);
  const title = options.title ?? words(lang).chart.kDistanceTitle;
  const subtitle = eps === null
    ? undefined
    : fill(words(lang).chart.eps, { eps: formatTick(eps, lang) }, lang);
  return makeChart(title, figure(title, subtitle, [plot]));
}
