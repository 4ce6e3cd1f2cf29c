/**
 * Cohort retention heatmap.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { words } from "../text/mod.ts";
import { type BaseChartOptions, figure, renderPlot } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** What {@linkcode cohortHeatmap} draws, e.g. from the cohort step. */
export interface CohortHeatmapInput {
  /** Cohort labels (first-purchase months), oldest first. */
  readonly cohorts: readonly string[];
  /** Per cohort, the share 0..1 still buying 0, 1, 2, ... months later; `null`/`NaN` for not yet observed. */
  readonly retention: readonly (readonly (number | null)[])[];
}

/**
 * Cohort retention heatmap: first-purchase month down, months since across, cell colour and label
 * the share of the cohort active that month (sequential blues on 0..1). Missing cells are left blank.
 *
 * @param input Cohorts and their retention rows.
 * @param options Width, height (default: 22 px per cohort), language, title.
 * @returns The chart.
 * @throws {TypeError} If the number of retention rows is not the number of cohorts.
 *
 * @example Two cohorts
 * ```ts
 * import { cohortHeatmap } from "./cohort_heatmap.ts";
 * import assert from "node:assert/strict";
 * const chart = cohortHeatmap({ cohorts: ["2011-01", "2011-02"], retention: [[1, 0.25], [1, null]] });
 * assert.match(chart.html, /25%/);
 * ```
 */
export function cohortHeatmap(input: CohortHeatmapInput, options: BaseChartOptions = {}): DisplayableChart {
  const { cohorts, retention } = input;
  if (cohorts.length !== retention.length) {
    throw new TypeError(
      `Cannot draw the cohort heatmap: there are ${cohorts.length} cohorts but ${retention.length} retention rows; give one row per cohort`,
    );
  }
  const { lang = "en", width = 640, height = 60 + 22 * cohorts.length } = options;
  const cells: { cohort: string; period: number; value: number }[] = [];
  let periods = 0;
  retention.forEach((row, i) => {
    periods = Math.max(periods, row.length);
    row.forEach((v, p) => {
      if (v !== null && Number.isFinite(v)) cells.push({ cohort: cohorts[i]!, period: p, value: v });
    });
  });
  const plot = renderPlot({
    width,
    height,
    marginLeft: 75,
    padding: 0.03,
    x: {
      label: words(lang).chart.monthsSince,
      axis: "top",
      domain: Array.from({ length: periods }, (_, p) => p),
    },
    y: { label: words(lang).chart.cohort, domain: [...cohorts] },
    color: { type: "linear", scheme: "blues", domain: [0, 1] },
    marks: [
      Plot.cell(cells, { x: "period", y: "cohort", fill: "value" }),
      Plot.text(cells, {
        x: "period",
        y: "cohort",
        text: (d: { value: number }) => `${Math.round(d.value * 100)}%`,
        fill: (d: { value: number }) => (d.value > 0.55 ? "white" : "black"),
        fontSize: 9,
      }),
    ],
  }, lang);
  const title = options.title ?? words(lang).chart.cohortTitle;
  return makeChart(title, figure(title, undefined, [plot]));
}
