/**
 * Per-customer silhouettes, sorted within segments.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, words } from "../text/mod.ts";
import {
  type BaseChartOptions,
  checkSameLength,
  figure,
  formatTick,
  labelMargin,
  renderPlot,
  truncate,
} from "./_render.ts";
import { type ChartSegmentNames, distinctLabels, segmentColors, segmentName } from "./_segments.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** What {@linkcode silhouettePlot} draws, e.g. from `silhouetteSamples`. */
export interface SilhouettePlotInput {
  /** Silhouette coefficient per customer, in [-1, 1]. */
  readonly values: ArrayLike<number>;
  /** Segment label per customer. */
  readonly labels: ArrayLike<number>;
  /** Segment names by label. */
  readonly names?: ChartSegmentNames;
}

/** Options for {@linkcode silhouettePlot}. */
export interface SilhouettePlotOptions extends BaseChartOptions {
  /** Most points drawn per chart; longer segments are drawn through evenly spaced sorted values. @default {2000} */
  maxPoints?: number;
}

/**
 * Silhouette plot (Rousseeuw 1987; scikit-learn's "silhouette analysis" example): per segment, the
 * customers' silhouettes sorted from high to low as a filled band, segments stacked, with the mean
 * silhouette as a dashed rule. Wide bands reaching left of 0 are customers closer to another segment.
 *
 * @param input Silhouettes, labels, names.
 * @param options Size (default 640 x 420), language, title, most points drawn.
 * @returns The chart.
 * @throws {TypeError} If `values` and `labels` differ in length.
 *
 * @example Two segments
 * ```ts
 * import { silhouettePlot } from "./silhouette_plot.ts";
 * import assert from "node:assert/strict";
 * const chart = silhouettePlot({ values: [0.5, 0.7, 0.6, -0.1], labels: [0, 0, 1, 1], names: ["A", "B"] });
 * assert.match(chart.html, /mean silhouette 0\.425/);
 * ```
 */
export function silhouettePlot(
  input: SilhouettePlotInput,
  options: SilhouettePlotOptions = {},
): DisplayableChart {
  const { width = 640, height = 420, lang = "en", maxPoints = 2000 } = options;
  checkSameLength("draw the silhouette plot", input.values, input.labels, ["values", "labels"]);
  const order = distinctLabels(input.labels).filter((l) => l !== -1);
  const names = order.map((l) => segmentName(l, input.names, words(lang).chart.outliers));
  const groups = order.map(() => [] as number[]);
  let sum = 0, count = 0;
  for (let i = 0; i < input.values.length; i++) {
    const l = Number(input.labels[i]), v = Number(input.values[i]);
    if (l === -1 || !Number.isFinite(v)) continue;
    groups[order.indexOf(l)]!.push(v);
    sum += v;
    count++;
  }
  const mean = count > 0 ? sum / count : NaN;
  const scale = Math.min(1, maxPoints / Math.max(1, count));
  const band: { y: number; v: number; s: string }[] = [];
  const centers: { y: number; s: string }[] = [];
  let y = 0;
  groups.forEach((g, gi) => {
    g.sort((a, b) => b - a);
    const m = Math.max(2, Math.round(g.length * scale));
    const start = y;
    for (let j = 0; j < Math.min(m, g.length); j++) {
      const i = g.length === 1 ? 0 : Math.round((j * (g.length - 1)) / (Math.min(m, g.length) - 1 || 1));
      band.push({ y: start + (i * Math.min(m, g.length)) / g.length, v: g[i]!, s: names[gi]! });
    }
    const h = Math.min(m, g.length);
    centers.push({ y: start + h / 2, s: names[gi]! });
    y = start + h + Math.max(4, Math.round(count * scale * 0.03));
  });
  const marks: Plot.Markish[] = [
    Plot.areaX(band, { y: "y", x1: 0, x2: "v", fill: "s", z: "s", curve: "step" }),
    Plot.ruleX([0]),
    Plot.text(centers, {
      y: "y",
      x: 0,
      text: (d: { s: string }) => truncate(d.s),
      textAnchor: "end",
      dx: -4,
      fontSize: 10,
    }),
  ];
  if (Number.isFinite(mean)) {
    marks.push(Plot.ruleX([mean], { stroke: "#d62728", strokeDasharray: "4,3" }));
  }
  const plot = renderPlot({
    width,
    height,
    marginLeft: labelMargin(names, 60),
    x: {
      label: words(lang).chart.silhouetteValue,
      domain: [Math.min(-0.1, ...band.map((d) => d.v)), 1],
      grid: true,
    },
    y: { axis: null, reverse: true },
    color: { domain: names, range: segmentColors(order) },
    marks,
  }, lang);
  const title = options.title ?? words(lang).chart.silhouettePlotTitle;
  return makeChart(
    title,
    figure(title, fill(words(lang).chart.meanSilhouette, { s: formatTick(mean, lang) }, lang), [plot]),
  );
}
