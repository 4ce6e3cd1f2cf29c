/**
 * Notebook readings: the prose under a notebook step, generated from the step's numbers in the
 * reader's language, as markdown a notebook shows formatted (see `show`).
 *
 * @module
 */
import type { Chart, Lang, SegmentProfile } from "../base/types.ts";
import type { CorrelationMatrix } from "../eda/correlation_matrix.ts";
import type { ReportInput } from "../report/render_report.ts";
import { fill, words } from "../text/mod.ts";
import { tableFrame } from "./table_frame.ts";
import { type Markdown, markdown } from "./show.ts";
import type pl from "nodejs-polars";

/**
 * Sentences already in the reader's language (notes, warnings, reasons) as one markdown reading:
 * a paragraph for one sentence, a bullet list for several, nothing for none.
 *
 * @param sentences Generated sentences; empty strings and repeats (of each other or of the lead)
 *   are skipped.
 * @param options `lead`: a sentence shown in bold above the list (e.g. a verdict's headline).
 * @returns The reading.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reading } from "./readings.ts";
 * assert.equal(String(reading(["One."])), "One.");
 * assert.equal(String(reading(["A.", "B."], { lead: "Lead." })), "**Lead.**\n\n- A.\n- B.");
 * ```
 */
export function reading(sentences: readonly string[], options: { lead?: string } = {}): Markdown {
  const lines = [...new Set(sentences.map((s) => s.trim()))].filter((s) =>
    s !== "" && s !== options.lead?.trim()
  );
  const lead = options.lead?.trim() ? [`**${options.lead.trim()}**`] : [];
  const body = lines.length === 1 && lead.length === 0 ? lines : lines.map((l) => `- ${l}`);
  return markdown([...lead, body.join("\n")].filter((p) => p !== "").join("\n\n"));
}

/** |r| from which a correlation reads as moderate, strong and very strong. */
const STRENGTH: readonly [number, "moderate" | "strong" | "veryStrong"][] = [
  [0.7, "veryStrong"],
  [0.5, "strong"],
  [0.3, "moderate"],
];

/**
 * The strength word of a correlation: |r| < 0.3 weak, < 0.5 moderate, < 0.7 strong, else very
 * strong (the usual rule of thumb for Pearson's r).
 *
 * @param r A correlation.
 * @returns The key of `words(lang).views.corrStrength`.
 */
export function correlationStrength(r: number): "weak" | "moderate" | "strong" | "veryStrong" {
  const a = Math.abs(r);
  for (const [from, key] of STRENGTH) if (a >= from) return key;
  return "weak";
}

/** Options for {@linkcode correlationReading}. */
export interface CorrelationReadingOptions {
  /** Language of the reading. @default {"en"} */
  lang?: Lang;
  /** Most pairs named. @default {3} */
  maxPairs?: number;
}

/**
 * What a correlation matrix says, in words: the pairs with at least a moderate correlation
 * (strongest first, each with its r and strength word), or that none is more than weak.
 *
 * @param corr From `correlationMatrix`.
 * @param options Language and most pairs named.
 * @returns The reading.
 *
 * @example r = 0.40 reads as moderate, not strong
 * ```ts
 * import assert from "node:assert/strict";
 * import { correlationReading } from "./readings.ts";
 * const corr = { columns: ["a", "b"], values: [[1, 0.4], [0.4, 1]] };
 * assert.equal(String(correlationReading(corr)), "a and b are moderately correlated (r = 0.40).");
 * ```
 */
export function correlationReading(
  corr: CorrelationMatrix,
  options: CorrelationReadingOptions = {},
): Markdown {
  const { lang = "en", maxPairs = 3 } = options;
  const w = words(lang).views;
  const pairs: { a: string; b: string; r: number }[] = [];
  corr.columns.forEach((a, i) => {
    for (let j = i + 1; j < corr.columns.length; j++) {
      const r = corr.values[i]![j]!;
      if (Number.isFinite(r)) pairs.push({ a, b: corr.columns[j]!, r });
    }
  });
  pairs.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));
  const named = pairs.filter((p) => correlationStrength(p.r) !== "weak").slice(0, maxPairs);
  if (named.length === 0) {
    return pairs.length === 0 ? markdown("") : markdown(fill(w.corrWeakest, pairs[0]!, lang));
  }
  const lines = named.map((p) =>
    fill(w.corrPair, { ...p, strength: w.corrStrength[correlationStrength(p.r)] }, lang)
  );
  if (named.some((p) => Math.abs(p.r) >= 0.5)) lines.push(w.corrWeight);
  return reading(lines);
}

/**
 * The segments in one reading: each segment's name, size, share and first recommended action.
 *
 * @param profiles Named segment profiles (`segmentation.profiles`, rule profiles).
 * @param options `lang` of the counts and words (the names and actions are already in it).
 * @returns A bullet list, largest segment first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { segmentsReading } from "./readings.ts";
 * const p = { label: 0, name: "Loyal", description: "", actions: ["Thank them."], size: 30, share: 0.3, means: {}, medians: {}, zScores: {}, distinctive: [] };
 * assert.equal(String(segmentsReading([p])), "**Loyal**: 30 customers (30%). Thank them.");
 * ```
 */
export function segmentsReading(
  profiles: readonly SegmentProfile[],
  options: { lang?: Lang } = {},
): Markdown {
  const { lang = "en" } = options;
  const w = words(lang).views;
  const lines = [...profiles].sort((a, b) => b.size - a.size).map((p) =>
    fill(w.segmentLine, { name: p.name, size: p.size, share: p.share, action: p.actions[0] ?? "" }, lang)
      .trim()
  );
  return reading(lines);
}

/** Options for {@linkcode sectionView}. */
export interface SectionViewOptions {
  /** Show the section's charts. @default {true} */
  charts?: boolean;
  /** Show the section's tables (as polars tables). @default {true} */
  tables?: boolean;
}

/**
 * One part of the report (built once by `buildReport` from the run) for a notebook cell: its
 * paragraphs as a markdown reading, then its charts and tables, the same words and numbers the
 * HTML report shows.
 *
 * @param report From `buildReport(run)`.
 * @param id The section's id: `data`, `eda`, `cohorts`, `rfm`, `movement`, `choose-k`,
 *   `validation`, `segments`, `value`, `transform`...
 * @param options Which parts to show.
 * @returns The reading (when the section has paragraphs), charts and tables, in that order, for `show`.
 * @throws {RangeError} If the report has no such section (the message lists those it has).
 */
export function sectionView(
  report: ReportInput,
  id: string,
  options: SectionViewOptions = {},
): (Markdown | Chart | pl.DataFrame)[] {
  const { charts = true, tables = true } = options;
  const sections = report.sections ?? [];
  const section = sections.find((s) => s.id === id);
  if (!section) {
    throw new RangeError(
      fill(
        words(report.lang).views.noSection,
        { id, ids: sections.map((s) => s.id).join(", ") },
        report.lang,
      ),
    );
  }
  const paragraphs = section.paragraphs ?? [];
  return [
    ...(paragraphs.length > 0 ? [reading(paragraphs)] : []),
    ...(charts ? section.charts ?? [] : []),
    ...(tables ? (section.tables ?? []).map((t) => tableFrame(t)) : []),
  ];
}

/**
 * Where the notebook wrote the report and the segments CSV, in the reader's language.
 *
 * @param files The paths written.
 * @param options `lang` of the sentence.
 * @returns The reading.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exportedReading } from "./readings.ts";
 * assert.match(String(exportedReading({ html: "r.html", csv: "s.csv" }, { lang: "es" })), /informe .* `r.html`/);
 * ```
 */
export function exportedReading(
  files: { html: string; csv: string },
  options: { lang?: Lang } = {},
): Markdown {
  const { lang = "en" } = options;
  return markdown(
    fill(words(lang).views.exported, { html: `\`${files.html}\``, csv: `\`${files.csv}\`` }, lang),
  );
}
