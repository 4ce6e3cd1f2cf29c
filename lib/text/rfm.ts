/**
 * The words of lib/rfm: segment names, descriptions and actions of the rule sets, the tie rule of
 * the scores, the rule-set check in one sentence, and the names of segment moves.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang, SegmentProfile, Warning } from "../base/types.ts";
import type { RfmRuleSet, RuleSetCheck } from "../rfm/check_rule_set.ts";
import type { RfmScores } from "../rfm/score_rfm.ts";
import type { SegmentMovement, SegmentTransition } from "../rfm/segment_movement.ts";
import { fill, warningText, words } from "./mod.ts";

/** A segment of a rule set in words. */
export interface SegmentWords {
  /** Its name, e.g. `"Champions"`. */
  readonly name: string;
  /** Who these customers are, one line (`""` when the rule set gives none). */
  readonly description: string;
  /** Recommended actions, most important first. */
  readonly actions: readonly string[];
}

/** The key `segmentRfm` gives cells no segment claims (only with `{ strict: false }`). */
const OTHER = "other";
/** The `from` key `segmentMovement` gives customers who had not bought yet. */
const NEW = "(new)";

/**
 * A segment's name, description and actions in a language. Built-in rule sets (with a `textKey`)
 * take them from `lib/text/`; rule sets of your own from their `names`, `descriptions` and
 * `actions` (default: the key, no description, no action). `"other"` is "Others" and `"(new)"`
 * the customers who had not bought yet.
 *
 * @param ruleSet The rule set the key belongs to.
 * @param key A segment key, as `segmentRfm` writes it in `segment`.
 * @param lang The reader's language.
 * @returns The name, the description and the actions.
 *
 * @example
 * ```ts
 * import { segmentWords } from "./rfm.ts";
 * import { RF_GRID_SEGMENTS } from "../rfm/rf_grid_segments.ts";
 * import assert from "node:assert/strict";
 * assert.equal(segmentWords(RF_GRID_SEGMENTS, "champions", "en").name, "Champions");
 * assert.equal(segmentWords(RF_GRID_SEGMENTS, "champions", "es").name, "Campeones");
 * assert.equal(segmentWords(RF_GRID_SEGMENTS, "other", "id").name, "Lainnya");
 * ```
 */
export function segmentWords(ruleSet: RfmRuleSet, key: string, lang: Lang): SegmentWords {
  const w = words(lang).rfm;
  if (ruleSet.textKey !== undefined) {
    const all: Readonly<Record<string, SegmentWords>> = w[ruleSet.textKey];
    const found = Object.hasOwn(all, key) ? all[key] : undefined;
    if (found) return { name: found.name, description: found.description, actions: [...found.actions] };
  }
  const rule = ruleSet.segments.find((s) => s.key === key);
  if (rule === undefined) {
    if (key === OTHER) return { name: w.others, description: "", actions: [] };
    if (key === NEW) return { name: w.newCustomers, description: "", actions: [] };
    return { name: key, description: "", actions: [] };
  }
  return {
    name: rule.names?.[lang] ?? key,
    description: rule.descriptions?.[lang] ?? "",
    actions: rule.actions?.map((a) => a[lang]) ?? [],
  };
}

/**
 * The names of a rule set's segments, in its order.
 *
 * @param ruleSet The rule set.
 * @param lang The reader's language.
 * @returns One name per segment.
 */
export function ruleSetSegmentNames(ruleSet: RfmRuleSet, lang: Lang): string[] {
  return ruleSet.segments.map((s) => segmentWords(ruleSet, s.key, lang).name);
}

/**
 * The customers table of `segmentRfm` with a `segment_name` column (Utf8): each customer's
 * segment name in `lang`, next to the `segment` key.
 *
 * @param customers A table with the `segment` column of `segmentRfm`.
 * @param ruleSet The rule set that made the keys.
 * @param lang The reader's language.
 * @returns The same table plus `segment_name`.
 * @throws {RangeError} If there is no `segment` column.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { withSegmentNames } from "./rfm.ts";
 * import { RF_GRID_SEGMENTS } from "../rfm/rf_grid_segments.ts";
 * import assert from "node:assert/strict";
 * const t = withSegmentNames(pl.DataFrame({ segment: ["champions", "at_risk"] }), RF_GRID_SEGMENTS, "es");
 * assert.deepEqual(t.getColumn("segment_name").toArray(), ["Campeones", "En riesgo"]);
 * ```
 */
export function withSegmentNames(customers: pl.DataFrame, ruleSet: RfmRuleSet, lang: Lang): pl.DataFrame {
  if (!customers.columns.includes("segment")) {
    throw new RangeError(
      `Cannot name the RFM segments: there is no column "segment"; pass the customers table of segmentRfm`,
    );
  }
  const names = new Map<string, string>();
  const keys = customers.getColumn("segment").toArray() as (string | null)[];
  const column = keys.map((k) => {
    if (k === null) return null;
    if (!names.has(k)) names.set(k, segmentWords(ruleSet, k, lang).name);
    return names.get(k)!;
  });
  return customers.withColumns(pl.Series("segment_name", column, pl.Utf8));
}

/**
 * RFM segment profiles (from `rfmSegmentProfiles`, named by their keys) with each segment's
 * name, description and actions in `lang`. The `-1` group (customers of no segment of the rule
 * set) is left as it is.
 *
 * @param profiles From `rfmSegmentProfiles`, with the same rule set.
 * @param ruleSet The rule set that named the segments.
 * @param lang The reader's language.
 * @returns The profiles with words.
 */
export function rfmProfilesText(
  profiles: readonly SegmentProfile[],
  ruleSet: RfmRuleSet,
  lang: Lang,
): SegmentProfile[] {
  return profiles.map((p) => {
    const rule = ruleSet.segments[p.label];
    if (!rule) return p;
    const w = segmentWords(ruleSet, rule.key, lang);
    return { ...p, name: w.name, description: w.description, actions: w.actions };
  });
}

/**
 * The tie rule of RFM scores in words: how cuts are taken and how equal values are scored.
 *
 * @param scores From `scoreRfm` (only `bins` is read).
 * @param lang The reader's language.
 * @returns A short paragraph citing the quantiles (`1/5, 2/5, ...`).
 *
 * @example
 * ```ts
 * import { tieRuleText } from "./rfm.ts";
 * import assert from "node:assert/strict";
 * assert.match(tieRuleText({ bins: 5 }, "en"), /^Cuts are the 1\/5, 2\/5, \.\.\. quantiles of the customers' values/);
 * assert.match(tieRuleText({ bins: 3 }, "es"), /^Los cortes son los cuantiles 1\/3, 2\/3 de los valores/);
 * ```
 */
export function tieRuleText(scores: Pick<RfmScores, "bins">, lang: Lang): string {
  const { bins } = scores;
  const quantiles = `${
    Array.from({ length: Math.min(bins - 1, 2) }, (_, j) => `${j + 1}/${bins}`).join(", ")
  }${bins > 3 ? ", ..." : ""}`;
  return fill(words(lang).rfm.tieRule, { quantiles }, lang);
}

/**
 * What `checkRuleSet` found, in one sentence for messages, the notebook and the report. English
 * names segments by key; Spanish and Indonesian by their name in that language.
 *
 * @param check From `checkRuleSet(ruleSet, bins)`.
 * @param ruleSet The rule set checked.
 * @param lang The reader's language.
 * @returns The sentence.
 *
 * @example
 * ```ts
 * import { ruleSetCheckText } from "./rfm.ts";
 * import { checkRuleSet, RF_GRID_SEGMENTS } from "../rfm/mod.ts";
 * import assert from "node:assert/strict";
 * const check = checkRuleSet(RF_GRID_SEGMENTS);
 * assert.equal(ruleSetCheckText(check, RF_GRID_SEGMENTS, "en"), 'Rule set "RF grid (10 segments)" covers all 25 R-by-F cells exactly once');
 * assert.match(ruleSetCheckText(check, RF_GRID_SEGMENTS, "es"), /cubre las 25 celdas R×F exactamente una vez$/);
 * ```
 */
export function ruleSetCheckText(check: RuleSetCheck, ruleSet: RfmRuleSet, lang: Lang): string {
  const w = words(lang).rfm.check;
  const { gaps, overlaps, unreachable } = check;
  const name = (k: string) => (lang === "en" ? k : segmentWords(ruleSet, k, lang).name);
  const values = { name: ruleSet.name, cells: check.cells, grid: w.grid[ruleSet.axes] };
  if (check.ok) return fill(w.ok, values, lang);
  const eg = (list: string) => fill(w.eg, { list }, lang);
  const findings = [
    fill(gaps.length === 1 ? w.gaps1 : w.gaps, { n: gaps.length }, lang) +
    (gaps.length ? eg(gaps.slice(0, 3).map((c) => `"${c}"`).join(", ")) : ""),
    fill(overlaps.length === 1 ? w.overlaps1 : w.overlaps, { n: overlaps.length }, lang) +
    (overlaps.length ? eg(`"${overlaps[0]!.cell}": ${overlaps[0]!.segments.map(name).join(", ")}`) : ""),
    unreachable.length
      ? fill(w.unreachable, { list: unreachable.map((k) => `"${name(k)}"`).join(", ") }, lang)
      : w.noneUnreachable,
  ].join("; ");
  return fill(w.notOk, { ...values, findings }, lang);
}

/** A move between segments with both names in words. */
export interface NamedSegmentTransition extends SegmentTransition {
  /** `from` as a name. */
  readonly fromName: string;
  /** `to` as a name. */
  readonly toName: string;
}

/** A segment movement whose moves carry both segments' names in words. */
export type NamedSegmentMovement = Omit<SegmentMovement, "transitions"> & {
  /** The moves, largest first, with `fromName` and `toName`. */
  readonly transitions: readonly NamedSegmentTransition[];
};

/**
 * A segment movement with the segments' names in `lang` on every move (`"(new)"` for customers
 * who had not bought yet), for `movementFrame` and the report.
 *
 * @param movement From `segmentMovement`.
 * @param ruleSet The rule set it used.
 * @param lang The reader's language.
 * @returns The same movement; its transitions, in the same order, have `fromName` and `toName`.
 *
 * @example
 * ```ts
 * import { nameMovement } from "./rfm.ts";
 * import { RF_GRID_SEGMENTS } from "../rfm/rf_grid_segments.ts";
 * import assert from "node:assert/strict";
 * const m = { transitions: [{ from: "(new)", to: "champions", customers: 3 }] } as never;
 * const t = nameMovement(m, RF_GRID_SEGMENTS, "es").transitions[0]!;
 * assert.deepEqual([t.fromName, t.toName], ["(nuevo)", "Campeones"]);
 * ```
 */
export function nameMovement(
  movement: SegmentMovement,
  ruleSet: RfmRuleSet,
  lang: Lang,
): NamedSegmentMovement {
  return {
    ...movement,
    transitions: movement.transitions.map((t) => ({
      ...t,
      fromName: segmentWords(ruleSet, t.from, lang).name,
      toName: segmentWords(ruleSet, t.to, lang).name,
    })),
  };
}

/**
 * A warning of `segmentMovement` in words: those raised at one of its snapshots (they carry the
 * snapshot's date in `at`) say so first.
 *
 * @param warning From `segmentMovement(...).warnings`.
 * @param lang The reader's language.
 * @returns The sentence.
 */
export function movementWarningText(warning: Warning, lang: Lang): string {
  const text = warningText(warning, lang);
  return warning.at === undefined ? text : fill(words(lang).rfm.atSnapshot, { at: warning.at, text }, lang);
}
