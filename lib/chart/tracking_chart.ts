/**
 * The BG/NBD tracking chart: cumulative repeat purchases, actual against predicted.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, words } from "../text/mod.ts";
import { type BaseChartOptions, checkSameLength, figure, renderPlot, toNumbers } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** What {@linkcode trackingChart} draws (a `CumulativeTransactions` from `expectedCumulativeTransactions` fits as is). */
export interface TrackingChartInput {
  /** Period ends, in units since the first purchase in the data. */
  readonly times: ArrayLike<number>;
  /** Actual cumulative repeat purchases at each time. */
  readonly actual: ArrayLike<number>;
  /** Predicted cumulative repeat purchases at each time. */
  readonly predicted: ArrayLike<number>;
  /** The time unit of `times`. */
  readonly unit: "days" | "weeks" | "months";
}

/** Options for {@linkcode trackingChart}. */
export interface TrackingChartOptions extends BaseChartOptions {
  /** End of the calibration period, in the units of `times`, marked by a dashed rule. */
  calibrationEnd?: number;
}

/**
 * Cumulative repeat purchases over time, actual (solid) against the BG/NBD's prediction (dashed),
 * with the end of the calibration period marked: lifetimes' `plot_cumulative_transactions`.
 *
 * @param input Times, actual and predicted cumulative purchases, the unit.
 * @param options Size, language, title, calibration end.
 * @returns The chart.
 * @throws {TypeError} If the arrays differ in length.
 *
 * @example Two lines
 * ```ts
 * import { trackingChart } from "./tracking_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = trackingChart(
 *   { times: [1, 2, 3], actual: [1, 3, 4], predicted: [1.2, 2.5, 4.1], unit: "weeks" },
 *   { calibrationEnd: 2 },
 * );
 * assert.equal(chart.title, "Cumulative repeat purchases: actual and predicted");
 * assert.match(chart.html, /calibration end/);
 * ```
 */
export function trackingChart(
  input: TrackingChartInput,
  options: TrackingChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 300, lang = "en", calibrationEnd } = options;
  checkSameLength("draw the tracking chart", input.times, input.actual, ["times", "actual"]);
  checkSameLength("draw the tracking chart", input.times, input.predicted, ["times", "predicted"]);
  const w = words(lang).clv;
  const times = toNumbers(input.times),
    actual = toNumbers(input.actual),
    predicted = toNumbers(input.predicted);
  const rows = times.flatMap((t, i) => [
    { t, v: actual[i]!, series: w.actual },
    { t, v: predicted[i]!, series: w.predicted },
  ]);
  const marks: Plot.Markish[] = [
    Plot.ruleY([0]),
    Plot.line(rows.filter((r) => r.series === w.actual), {
      x: "t",
      y: "v",
      stroke: "series",
      strokeWidth: 2,
    }),
    Plot.line(rows.filter((r) => r.series === w.predicted), {
      x: "t",
      y: "v",
      stroke: "series",
      strokeWidth: 2,
      strokeDasharray: "6,4",
    }),
  ];
  if (calibrationEnd !== undefined) {
    marks.push(
      Plot.ruleX([calibrationEnd], { stroke: "#777", strokeDasharray: "3,3" }),
      Plot.text([calibrationEnd], {
        x: (d: number) => d,
        frameAnchor: "top",
        dx: 4,
        textAnchor: "start",
        text: () => w.calibrationEnd,
      }),
    );
  }
  const plot = renderPlot({
    width,
    height,
    marginLeft: 65,
    x: { label: fill(w.trackingX, { unit: w.units[input.unit] }, lang), grid: true },
    y: { label: w.trackingY, grid: true, zero: true },
    color: { domain: [w.actual, w.predicted], range: ["#4269d0", "#ff725c"], legend: true },
    marks,
  }, lang);
  const title = options.title ?? w.trackingTitle;
  return makeChart(title, figure(title, undefined, [plot]));
}
