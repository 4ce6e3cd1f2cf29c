/**
 * A generic labelled bar chart (e.g. mean income per segment).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { words } from "../text/mod.ts";
import {
  type BaseChartOptions,
  figure,
  formatTick,
  labelMargin,
  renderPlot,
  SEGMENT_COLORS,
  truncate,
} from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** One bar of {@linkcode barChart}. */
export interface BarChartDatum {
  /** The category, e.g. a segment name. */
  readonly label: string;
  /** The bar's length. */
  readonly value: number;
}

/** Options for {@linkcode barChart}. */
export interface BarChartOptions extends BaseChartOptions {
  /** Label of the value axis, e.g. `"Mean monthly income"`. @default {"Value"} */
  valueLabel?: string;
  /** Subtitle under the title. */
  subtitle?: string;
  /** One colour per bar (segment colours) or a single colour. @default {"segments"} */
  color?: "segments" | string;
}

/**
 * Horizontal bars, one per category in the order given, each labelled with its value
 * (3 significant digits).
 *
 * @param data The bars.
 * @param options Value axis label, subtitle, colour, size (default: 30 px per bar), language, title.
 * @returns The chart.
 * @throws {RangeError} If there is no bar.
 *
 * @example Mean income per segment
 * ```ts
 * import { barChart } from "./bar_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = barChart([{ label: "A", value: 12500 }, { label: "B", value: 8000 }], {
 *   title: "Mean income per segment",
 *   valueLabel: "Income",
 * });
 * assert.equal(chart.title, "Mean income per segment");
 * assert.match(chart.html, />12,500</);
 * ```
 */
export function barChart(data: readonly BarChartDatum[], options: BarChartOptions = {}): DisplayableChart {
  if (data.length === 0) {
    throw new RangeError("Cannot draw the bar chart: there is no bar; pass at least one value");
  }
  const { lang = "en", width = 640, height = 50 + 30 * data.length, color = "segments" } = options;
  const labels = data.map((d) => d.label);
  const range = color === "segments"
    ? labels.map((_, i) => SEGMENT_COLORS[i % SEGMENT_COLORS.length]!)
    : labels.map(() => color);
  const plot = renderPlot({
    width,
    height,
    marginLeft: labelMargin(labels),
    marginRight: 70,
    x: { label: options.valueLabel ?? words(lang).chart.value, grid: true },
    y: { domain: labels, label: null, tickFormat: truncate },
    color: { domain: labels, range },
    marks: [
      Plot.barX(data, { y: "label", x: "value", fill: "label" }),
      Plot.text(data, {
        y: "label",
        x: "value",
        text: (d: BarChartDatum) => formatTick(d.value, lang),
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  }, lang);
  const title = options.title ?? options.valueLabel ?? words(lang).chart.value;
  return makeChart(title, figure(title, options.subtitle, [plot]));
}
