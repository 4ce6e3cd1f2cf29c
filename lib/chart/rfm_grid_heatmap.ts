/**
 * The R-by-F grid of RFM scores: counts and named segments.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, words } from "../text/mod.ts";
import { type BaseChartOptions, figure, renderPlot, SEGMENT_COLORS } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** One cell of the R-by-F grid. */
export interface RfmGridHeatmapCell {
  /** Recency score 1..5 (5 = most recent). */
  readonly r: number;
  /** Frequency score 1..5 (5 = most frequent). */
  readonly f: number;
  /** Customers in the cell. */
  readonly count: number;
  /** The named segment the cell belongs to. */
  readonly segment: string;
}

/**
 * R-by-F heatmap: recency score across, frequency score up, each cell coloured by its named segment
 * and labelled with the segment name and the number of customers in it. Cells not given stay blank.
 *
 * @param cells Up to 25 cells, one per (r, f).
 * @param options Size (default 640 x 420), language, title.
 * @returns The chart.
 * @throws {RangeError} If a score is not an integer from 1 to 5, or a cell repeats.
 *
 * @example Two cells
 * ```ts
 * import { rfmGridHeatmap } from "./rfm_grid_heatmap.ts";
 * import assert from "node:assert/strict";
 * const chart = rfmGridHeatmap([
 *   { r: 5, f: 5, count: 120, segment: "Champions" },
 *   { r: 1, f: 1, count: 300, segment: "Hibernating" },
 * ]);
 * assert.match(chart.html, /Champions/);
 * assert.match(chart.html, /300/);
 * ```
 */
export function rfmGridHeatmap(
  cells: readonly RfmGridHeatmapCell[],
  options: BaseChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 420, lang = "en" } = options;
  const seen = new Set<string>();
  for (const c of cells) {
    for (const [name, v] of [["r", c.r], ["f", c.f]] as const) {
      if (!Number.isInteger(v) || v < 1 || v > 5) {
        throw new RangeError(
          `Cannot draw the RFM grid: score ${name} = ${v} is not an integer from 1 to 5; pass 1..5 scores`,
        );
      }
    }
    const key = `${c.r},${c.f}`;
    if (seen.has(key)) {
      throw new RangeError(
        `Cannot draw the RFM grid: cell r = ${c.r}, f = ${c.f} appears twice; give each cell once`,
      );
    }
    seen.add(key);
  }
  const segments = [...new Set(cells.map((c) => c.segment))];
  const plot = renderPlot({
    width,
    height,
    marginLeft: 50,
    padding: 0.04,
    x: { label: words(lang).chart.recencyScore, domain: [1, 2, 3, 4, 5] },
    y: { label: words(lang).chart.frequencyScore, domain: [5, 4, 3, 2, 1] },
    color: { domain: segments, range: segments.map((_, i) => SEGMENT_COLORS[i % SEGMENT_COLORS.length]!) },
    marks: [
      Plot.cell(cells, { x: "r", y: "f", fill: "segment", fillOpacity: 0.85 }),
      Plot.text(cells, {
        x: "r",
        y: "f",
        text: (d: RfmGridHeatmapCell) => `${d.segment}\n${d.count.toLocaleString(lang)}`,
        fill: "black",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
        fontSize: 10,
        lineWidth: 9,
      }),
    ],
  }, lang);
  const total = cells.reduce((s, c) => s + c.count, 0);
  const title = options.title ?? words(lang).chart.rfmGridTitle;
  return makeChart(
    title,
    figure(title, fill(words(lang).chart.customersTotal, { n: total.toLocaleString(lang) }, lang), [plot]),
  );
}
