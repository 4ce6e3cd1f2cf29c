/**
 * Each segment's mean of one column, as bars.
 *
 * @module
 */
import type { Lang, SegmentProfile } from "../base/types.ts";
import { fill, words } from "../text/mod.ts";
import { barChart, type DisplayableChart } from "../chart/mod.ts";

/** Options for {@linkcode segmentMeanChart}. */
export interface SegmentMeanChartOptions {
  /** The profiled column whose mean is drawn. */
  column: string;
  /** Language of the title. @default {"en"} */
  lang?: Lang;
}

/**
 * One bar per segment with its mean of `column` (from the profiles' `means`), in the profiles'
 * order, labelled with the segment name (or the label where a segment has no name yet).
 * Profiles without that column are left out.
 *
 * @param profiles From `profileSegments` / `nameSegments` / `rfmSegmentProfiles`.
 * @param options The column, and the language of the title.
 * @returns The chart.
 * @throws {RangeError} If no profile has a mean of `column` (the message lists the columns profiled).
 *
 * @example Mean income of two segments
 * ```ts
 * import { segmentMeanChart } from "./segment_mean_chart.ts";
 * import type { SegmentProfile } from "../base/types.ts";
 * import assert from "node:assert/strict";
 * const base = { description: "", actions: [], size: 1, share: 0.5, medians: {}, zScores: {}, distinctive: [] };
 * const profiles: SegmentProfile[] = [
 *   { ...base, label: 0, name: "Premium", means: { income: 12500 } },
 *   { ...base, label: 1, name: "Budget", means: { income: 8000 } },
 * ];
 * const chart = segmentMeanChart(profiles, { column: "income", lang: "es" });
 * assert.equal(chart.title, "Media de income por segmento");
 * assert.match(chart.html, />12\.500</); // Spanish digit groups
 * assert.throws(() => segmentMeanChart(profiles, { column: "age" }), /no segment has a mean of "age"/);
 * ```
 */
export function segmentMeanChart(
  profiles: readonly Pick<SegmentProfile, "label" | "name" | "means">[],
  options: SegmentMeanChartOptions,
): DisplayableChart {
  const { column, lang = "en" } = options;
  const bars = profiles
    .filter((p) => p.means[column] !== undefined)
    .map((p) => ({ label: p.name || String(p.label), value: p.means[column]! }));
  if (bars.length === 0) {
    const known = [...new Set(profiles.flatMap((p) => Object.keys(p.means)))];
    throw new RangeError(
      `Cannot draw the mean per segment: no segment has a mean of "${column}"; use one of the profiled columns ${
        known.map((c) => `"${c}"`).join(", ") || "(none)"
      }`,
    );
  }
  return barChart(bars, {
    lang,
    title: fill(words(lang).views.meanPerSegment, { column }, lang),
    valueLabel: column,
  });
}
