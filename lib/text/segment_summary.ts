/**
 * The per-segment summary table business teams read, with headers in the reader's language.
 *
 * @module
 */
import type { Lang, SegmentProfile } from "../base/types.ts";
import { fill, words } from "./mod.ts";
import { columnLabel } from "./format.ts";

/** Names and texts that replace a profile's own, by label (e.g. `RuleSegmentation.segments`). */
export interface SegmentTexts {
  /** The segment's label, matched with `SegmentProfile.label`. */
  readonly label: number;
  /** The segment's name, shown instead of the profile's. */
  readonly name: string;
  /** One sentence describing the segment, shown instead of the profile's. */
  readonly description: string;
  /** Recommended actions, most important first. */
  readonly actions: readonly string[];
}

/** Options for {@linkcode segmentSummary}. */
export interface SegmentSummaryOptions {
  /** Language of the headers. */
  lang: Lang;
  /** Features whose means to show, in this order. @default {every feature of the profiles} */
  columns?: readonly string[];
  /** Names, descriptions and actions to use instead of the profiles' own, matched by label. @default {[]} */
  segments?: readonly SegmentTexts[];
}

/** The result of {@linkcode segmentSummary}: a table with headers in the chosen language. */
export interface SegmentSummary {
  /** Headers: segment, customers, one mean per feature, interpretation, recommendation. */
  readonly columns: string[];
  /** One row per profile, in profile order; means are raw numbers (format them when showing). */
  readonly rows: (string | number)[][];
}

/**
 * Summarise segments the way the financing team is used to: segment name, number of customers,
 * the mean of each chosen feature (income, active credits, delay, ...), the interpretation (the
 * description) and the recommendation (the actions, joined with "; "). Generic over columns.
 *
 * @param profiles Named profiles from {@linkcode nameSegments} (or unnamed: "Segment 2").
 * @param options Language, features to show, and texts to use instead of the profiles' own.
 * @returns Header names and one row per segment.
 * @throws {RangeError} If a requested column is not a feature of the profiles.
 *
 * @example Two segments, Indonesian headers
 * ```ts
 * import { segmentSummary } from "./segment_summary.ts";
 * import assert from "node:assert/strict";
 * const p = { share: 0.5, medians: {}, zScores: {}, distinctive: [] };
 * const s = segmentSummary([
 *   { ...p, label: 0, name: "Nasabah disiplin", description: "Tepat waktu.", actions: ["Program loyalitas", "Top-up"], size: 3, means: { gaji: 10, telat: 0 } },
 *   { ...p, label: 1, name: "", description: "", actions: [], size: 1, means: { gaji: 4, telat: 5 } },
 * ], { lang: "id", columns: ["gaji"] });
 * assert.deepEqual(s.columns, ["Segmen", "Jumlah pelanggan", "Rata-rata gaji", "Interpretasi", "Rekomendasi"]);
 * assert.deepEqual(s.rows[0], ["Nasabah disiplin", 3, 10, "Tepat waktu.", "Program loyalitas; Top-up"]);
 * assert.equal(s.rows[1][0], "Segmen 1");
 * ```
 */
export function segmentSummary(
  profiles: readonly SegmentProfile[],
  options: SegmentSummaryOptions,
): SegmentSummary {
  const { lang, segments = [] } = options;
  const features = [...new Set(profiles.flatMap((p) => Object.keys(p.means)))];
  const columns = options.columns ?? features;
  for (const c of columns) {
    if (!features.includes(c)) {
      throw new RangeError(
        `Cannot summarise segments: column "${c}" is not a profiled feature; use one of ${
          features.map((f) => `"${f}"`).join(", ")
        }`,
      );
    }
  }
  const w = words(lang).profile.summary;
  const texts = new Map(segments.map((s) => [s.label, s]));
  return {
    columns: [
      w.segment,
      w.customers,
      ...columns.map((c) => fill(w.mean, { c: columnLabel(c, lang) }, lang)),
      w.interpretation,
      w.recommendation,
    ],
    rows: profiles.map((p) => {
      const t = texts.get(p.label) ?? p;
      return [
        t.name || fill(w.unnamed, { label: p.label }, lang),
        p.size,
        ...columns.map((c) => p.means[c] ?? NaN),
        t.description,
        t.actions.join("; "),
      ];
    }),
  };
}
