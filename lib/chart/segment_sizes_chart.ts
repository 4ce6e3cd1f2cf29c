/**
 * Segment sizes: customers and share.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, formatShare, formatTickValue, words } from "../text/mod.ts";
import type { SegmentProfile } from "../base/types.ts";
import {
  type BaseChartOptions,
  figure,
  labelMargin,
  renderPlot,
  SEGMENT_COLORS,
  truncate,
} from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/**
 * Horizontal bars of customers per segment, each labelled "1,234 (23.4%)", in the order given.
 *
 * @param segments Segment profiles (only `name`, `size`, `share` and `label` are read).
 * @param options Size (default: 30 px per segment), language, title.
 * @returns The chart.
 * @throws {RangeError} If there is no segment.
 *
 * @example Two segments
 * ```ts
 * import { segmentSizesChart } from "./segment_sizes_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = segmentSizesChart([{ name: "A", size: 30, share: 0.75 }, { name: "B", size: 10, share: 0.25 }]);
 * assert.match(chart.html, /30 \(75\.0%\)/);
 * ```
 */
export function segmentSizesChart(
  segments: readonly (Pick<SegmentProfile, "name" | "size" | "share"> & { readonly label?: number })[],
  options: BaseChartOptions = {},
): DisplayableChart {
  if (segments.length === 0) {
    throw new RangeError("Cannot draw segment sizes: there is no segment; profile the segments first");
  }
  const { lang = "en", width = 640, height = 50 + 30 * segments.length } = options;
  const names = segments.map((s) => s.name);
  let c = 0;
  const colors = segments.map((
    s,
  ) => (s.label === -1 ? "#9498a0" : SEGMENT_COLORS[c++ % SEGMENT_COLORS.length]!));
  const plot = renderPlot({
    width,
    height,
    marginLeft: labelMargin(names),
    marginRight: 110,
    x: { label: words(lang).chart.customers, grid: true },
    y: { domain: names, label: null, tickFormat: truncate },
    color: { domain: names, range: colors },
    marks: [
      Plot.barX(segments, { y: "name", x: "size", fill: "name" }),
      Plot.text(segments, {
        y: "name",
        x: "size",
        text: (d: { size: number; share: number }) =>
          `${formatTickValue(d.size, lang)} (${formatShare(d.share, lang)})`,
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  }, lang);
  const title = options.title ?? words(lang).chart.sizesTitle;
  const total = segments.reduce((s, d) => s + d.size, 0);
  return makeChart(
    title,
    figure(title, fill(words(lang).chart.customersTotal, { n: total.toLocaleString(lang) }, lang), [plot]),
  );
}
