/**
 * What sets each segment apart: z-score bars per feature with means in original units.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { words } from "../text/mod.ts";
import type { SegmentProfile } from "../base/types.ts";
import { type BaseChartOptions, figure, formatTick, labelMargin, renderPlot, truncate } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** Options for {@linkcode segmentProfileChart}. */
export interface SegmentProfileChartOptions extends BaseChartOptions {
  /** Features to show, in order. @default {the keys of the first segment's zScores} */
  features?: readonly string[];
}

/**
 * Segment profiles as small multiples: for each segment (one row of panels), a bar per feature of its
 * z-score (red above average, blue below) labelled with the segment mean in the data's own units.
 *
 * @param segments Segment profiles (only `name`, `means` and `zScores` are read).
 * @param options Features, width, height (default: 18 px per feature per segment), language, title.
 * @returns The chart.
 * @throws {RangeError} If there is no segment.
 *
 * @example One segment
 * ```ts
 * import { segmentProfileChart } from "./segment_profile_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = segmentProfileChart([{ name: "Loyal", means: { frequency: 12.5 }, zScores: { frequency: 1.4 } }]);
 * assert.match(chart.html, /Loyal/);
 * assert.match(chart.html, /12\.5/);
 * ```
 */
export function segmentProfileChart(
  segments: readonly Pick<SegmentProfile, "name" | "means" | "zScores">[],
  options: SegmentProfileChartOptions = {},
): DisplayableChart {
  if (segments.length === 0) {
    throw new RangeError("Cannot draw segment profiles: there is no segment; profile the segments first");
  }
  const features = [...(options.features ?? Object.keys(segments[0]!.zScores))];
  const { lang = "en", width = 640, height = 40 + segments.length * (features.length * 18 + 24) } = options;
  const rows = segments.flatMap((s) =>
    features.map((f) => ({ segment: s.name, feature: f, z: s.zScores[f] ?? NaN, mean: s.means[f] ?? NaN }))
  ).filter((d) => Number.isFinite(d.z));
  const max = Math.max(1, ...rows.map((d) => Math.abs(d.z)));
  const plot = renderPlot({
    width,
    height,
    marginLeft: labelMargin(features, 60),
    marginRight: labelMargin(segments.map((s) => s.name), 60) + 50,
    x: { domain: [-max * 1.15, max * 1.15], label: "z", grid: true },
    y: { domain: features, label: null, tickFormat: truncate },
    fy: { domain: [...new Set(segments.map((s) => s.name))], label: null, tickFormat: truncate },
    marks: [
      Plot.barX(rows, {
        fy: "segment",
        y: "feature",
        x: "z",
        fill: (d: { z: number }) => (d.z >= 0 ? "#d6604d" : "#4393c3"),
      }),
      Plot.ruleX([0]),
      ...[true, false].map((positive) =>
        Plot.text(rows.filter((d) => (d.z >= 0) === positive), {
          fy: "segment",
          y: "feature",
          x: "z",
          text: (d: { mean: number }) => formatTick(d.mean, lang),
          textAnchor: positive ? "start" : "end",
          dx: positive ? 4 : -4,
          fontSize: 9,
        })
      ),
    ],
  }, lang);
  const title = options.title ?? words(lang).chart.profileTitle;
  return makeChart(title, figure(title, words(lang).chart.profileNote, [plot]));
}
