/**
 * Two-dimensional scatter of customers coloured by segment (PCA scores or any two features).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, words } from "../text/mod.ts";
import { checkSameLength, figure, renderPlot } from "./_render.ts";
import type { BaseChartOptions } from "./_render.ts";
import { type ChartSegmentNames, distinctLabels, segmentColors, segmentName } from "./_segments.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** What {@linkcode scatterChart} draws. */
export interface ScatterChartInput {
  /** Horizontal coordinate per customer. */
  readonly x: ArrayLike<number>;
  /** Vertical coordinate per customer. */
  readonly y: ArrayLike<number>;
  /** Segment label per customer (`-1` = outliers). */
  readonly labels: ArrayLike<number>;
  /** Segment names by label; labels without a name show as their number. */
  readonly names?: ChartSegmentNames;
  /** Axis label for x, e.g. `"PC1 (41% of variance)"` or a column name. */
  readonly xLabel?: string;
  /** Axis label for y. */
  readonly yLabel?: string;
}

/** Options for {@linkcode scatterChart}. */
export interface ScatterChartOptions extends BaseChartOptions {
  /** Most points drawn; above it an evenly spaced, deterministic subset is drawn and the chart says so. @default {5000} */
  maxPoints?: number;
}

/**
 * Row indices of a deterministic sample of `m` rows that keeps each label's share: quotas by largest
 * remainder, and within a label evenly spaced members in row order.
 */
function thinBySegment(labels: ArrayLike<number>, order: readonly number[], m: number): number[] {
  const n = labels.length;
  const members = order.map(() => [] as number[]);
  for (let i = 0; i < n; i++) members[order.indexOf(Number(labels[i]))]!.push(i);
  if (m >= n) return Array.from({ length: n }, (_, i) => i);
  const exact = members.map((g) => (g.length * m) / n);
  const quota = exact.map(Math.floor);
  let left = m - quota.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, g) => ({ g, r: e - Math.floor(e) })).sort((a, b) =>
    b.r - a.r || a.g - b.g
  );
  for (const { g } of byRemainder) {
    if (left-- <= 0) break;
    quota[g]!++;
  }
  const picked: number[] = [];
  members.forEach((g, gi) => {
    const q = quota[gi]!;
    for (let j = 0; j < q; j++) picked.push(g[Math.floor((j * g.length) / q)]!);
  });
  return picked.sort((a, b) => a - b);
}

/**
 * Scatter plot of customers coloured by segment, with a legend. Above `maxPoints` points the chart
 * draws a deterministic sample: each segment keeps its share of the points (largest-remainder
 * quotas) and within a segment the points are evenly spaced in row order and says so under the plot. Non-finite points are left out.
 *
 * @param input Coordinates, labels, names, axis labels.
 * @param options Size (default 640 x 420), language, title, most points drawn.
 * @returns The chart.
 * @throws {TypeError} If `x`, `y` and `labels` differ in length.
 *
 * @example Two segments
 * ```ts
 * import { scatterChart } from "./scatter_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = scatterChart({ x: [0, 1, 5, 6], y: [0, 1, 5, 6], labels: [0, 0, 1, 1], names: ["Low", "High"] });
 * assert.match(chart.html, /Low/);
 * assert.equal(chart.html.match(/<circle/g)?.length, 4);
 * ```
 */
export function scatterChart(input: ScatterChartInput, options: ScatterChartOptions = {}): DisplayableChart {
  const { width = 640, height = 420, lang = "en", maxPoints = 5000 } = options;
  checkSameLength("draw the scatter chart", input.x, input.y, ["x", "y"]);
  checkSameLength("draw the scatter chart", input.x, input.labels, ["x", "labels"]);
  const n = input.x.length;
  const m = Math.min(n, Math.max(1, maxPoints));
  const order = distinctLabels(input.labels);
  const names = order.map((l) => segmentName(l, input.names, words(lang).chart.outliers));
  const points: { x: number; y: number; s: string }[] = [];
  for (const i of thinBySegment(input.labels, order, m)) {
    const x = Number(input.x[i]), y = Number(input.y[i]);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      points.push({ x, y, s: names[order.indexOf(Number(input.labels[i]))]! });
    }
  }
  const plot = renderPlot({
    width,
    height,
    marginLeft: 55,
    x: { label: input.xLabel ?? "x", grid: true, nice: true, inset: 6 },
    y: { label: input.yLabel ?? "y", grid: true, nice: true, inset: 6 },
    color: { domain: names, range: segmentColors(order), legend: true, label: words(lang).chart.segment },
    marks: [Plot.dot(points, { x: "x", y: "y", fill: "s", r: 2.5, fillOpacity: 0.7 })],
  }, lang);
  const notes = m < n
    ? [fill(words(lang).chart.downsampled, { m: m.toLocaleString(lang), n: n.toLocaleString(lang) }, lang)]
    : [];
  const title = options.title ?? words(lang).chart.scatterTitle;
  return makeChart(title, figure(title, undefined, [plot], notes));
}
