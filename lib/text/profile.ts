/**
 * The words of lib/profile: segment names, descriptions and actions from the facts of
 * `nameSegments`, the words of rule segments (`ruleSegments`, `riskRules`), and the summary table
 * business teams read, in English, Spanish or Indonesian.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { tr } from "../base/i18n.ts";
import { formatNumber } from "../base/format.ts";
import {
  type CitedFeature,
  gridNameKeys,
  type NameContrast,
  type NamedSegmentProfile,
  type NameLevel,
} from "../profile/name_segments.ts";
import type { Concept } from "../profile/detect_concepts.ts";
import type { RuleSegment, RuleSegmentation } from "../profile/rule_segments.ts";
import type { RiskRuleFacts } from "../profile/risk_rules.ts";
import { fill, type Words, words } from "./mod.ts";
import { columnLabel } from "./format.ts";

type ProfileWords = Words["profile"];
/** The words of one segment kind: a name (none for a descriptor), a description clause, actions by key. */
interface SegmentWords {
  readonly name?: string;
  readonly description: string;
  readonly actions: Readonly<Record<string, string>>;
}

/** Options of the segment texts: the names of the RFM grid segments their grid facts cite. */
export interface SegmentTextOptions {
  /** Name of each RFM grid segment key, in the reader's language (`ruleSetSegmentNames`). @default {{}} */
  gridNames?: Readonly<Record<string, string>>;
}

/** The words of a named profile's archetype. */
function segmentWords(profile: NamedSegmentProfile, lang: Lang): SegmentWords {
  if (profile.archetype === "grid") return words(lang).profile.grid;
  const w = words(lang).profile.segments;
  const own = w as unknown as Readonly<Record<string, SegmentWords>>;
  const byKind = w[profile.naming.kind] as Readonly<Record<string, SegmentWords>>;
  const found = ["outliers", "average", "descriptor"].includes(profile.archetype)
    ? own[profile.archetype]
    : byKind[profile.archetype];
  if (found === undefined) {
    throw new RangeError(
      `Cannot word segment ${profile.label} in "${lang}": archetype "${profile.archetype}" of kind "${profile.naming.kind}" has no text; add it to lib/text/`,
    );
  }
  return found;
}

function levelText(level: NameLevel, first: boolean, w: ProfileWords, lang: Lang): string {
  if (level.concept) {
    // A concept in words ("high spend"); the first one opens the name with a capital.
    const said = w.concepts[level.concept][level.high ? "high" : "low"];
    return first ? said.charAt(0).toLocaleUpperCase(lang) + said.slice(1) : said;
  }
  const t = first ? w.naming.levelFirst : w.naming.level;
  return fill(level.high ? t.high : t.low, { feature: columnLabel(level.feature, lang) }, lang);
}

function contrastText(c: NameContrast, w: ProfileWords, lang: Lang): string {
  const side = c.higher ? "higher" : "lower";
  if (c.concept !== null) return w.naming.conceptContrast[c.concept][side];
  return fill(w.naming.contrast[side], { feature: columnLabel(c.feature, lang) }, lang);
}

/**
 * A segment's name in a language: its archetype's name, or its columns for a segment no
 * archetype fits ("High PURCHASES, low TENURE"), with what tells it from another segment in
 * brackets ("Revolvers (low TENURE)", "Newcomers (more recent)") or a number ("Revolvers 2").
 *
 * @param profile A profile from `nameSegments`.
 * @param lang The reader's language.
 * @returns The name.
 * @throws {RangeError} If its archetype has no text (a bug: every archetype has words in every language).
 *
 * @example
 * ```ts
 * import { nameSegments } from "../profile/name_segments.ts";
 * import { segmentNameText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const base = { name: "", description: "", actions: [], size: 10, share: 0.5, medians: {} };
 * const [a] = nameSegments([
 *   { ...base, label: 0, means: { PURCHASES: 900, TENURE: 3 }, zScores: { PURCHASES: 1.1, TENURE: -0.9 },
 *     distinctive: [{ feature: "PURCHASES", z: 1.1 }, { feature: "TENURE", z: -0.9 }] },
 * ], { concepts: { PURCHASES: null, TENURE: null } });
 * assert.equal(segmentNameText(a, "en"), "High PURCHASES, low TENURE");
 * assert.equal(segmentNameText(a, "es"), "PURCHASES alto, TENURE bajo");
 * ```
 */
export function segmentNameText(
  profile: NamedSegmentProfile,
  lang: Lang,
  options: SegmentTextOptions = {},
): string {
  const w = words(lang).profile;
  const { levels, qualifier, grid } = profile.naming;
  const plain = levels.length
    ? levels.map((l, i) => levelText(l, i === 0, w, lang)).join(", ")
    : profile.archetype === "grid"
    ? gridNameText(grid, w, options, lang)
    : segmentWords(profile, lang).name!;
  const base = grid?.mix ? fill(w.grid.mix[grid.mix], { name: plain }, lang) : plain;
  if (qualifier === null) return base;
  if (qualifier.by === "number") return `${base} ${qualifier.n}`;
  const said = qualifier.by === "level"
    ? levelText(qualifier.level, false, w, lang)
    : qualifier.contrasts.map((c) => contrastText(c, w, lang)).join(", ");
  return `${base} (${said})`;
}

/** The name of a segment named from its grid segments: "Mostly X" (X half or more), else "Mix of X and Y". */
function gridNameText(
  grid: NamedSegmentProfile["naming"]["grid"],
  w: ProfileWords,
  options: SegmentTextOptions,
  lang: Lang,
): string {
  const counts = Object.fromEntries((grid?.counts ?? []).map((c) => [c.key, c.count]));
  const keys = grid && grid.counts.length ? gridNameKeys(counts) : [""];
  const [a, b] = keys.map((k) => gridName(k, options, lang));
  return b === undefined ? fill(w.grid.name, { segment: a! }, lang) : fill(w.grid.mixOf, { a: a!, b }, lang);
}

/** A grid segment's name: given, "Others" for the key `other`, else its key. */
function gridName(key: string, options: SegmentTextOptions, lang: Lang): string {
  return options.gridNames?.[key] ?? (key === "other" ? words(lang).rfm.others : key);
}

/** The grid segments of a list with their share of the segment ("Hibernating 50%"), in the language's numbers. */
function gridList(
  keys: readonly { key: string; count: number }[],
  total: number,
  options: SegmentTextOptions,
  lang: Lang,
): string {
  return keys.map((c) =>
    `${gridName(c.key, options, lang)} ${formatNumber(Math.round((100 * c.count) / total), lang)}%`
  )
    .join(", ");
}

function citedText(c: CitedFeature, w: ProfileWords, lang: Lang): string {
  const vs = Number.isFinite(c.overall) ? fill(w.evidence.vs, { overall: c.overall }, lang) : "";
  const template = {
    "near": w.evidence.near,
    "above": w.evidence.higher,
    "much-above": w.evidence.muchHigher,
    "below": w.evidence.lower,
    "much-below": w.evidence.muchLower,
  }[c.level];
  return fill(template, { feature: columnLabel(c.feature, lang), mean: c.mean, vs }, lang);
}

/**
 * A segment's one-sentence description in a language: its archetype's clause, then the features
 * it cites, each with the segment's mean and the overall mean ("Carry a high balance ...:
 * BALANCE much higher than average (mean 5,000 vs 2,650 overall).").
 *
 * @param profile A profile from `nameSegments`.
 * @param lang The reader's language.
 * @returns The sentence, ending with a period.
 * @throws {RangeError} If its archetype has no text.
 */
export function segmentDescriptionText(
  profile: NamedSegmentProfile,
  lang: Lang,
  options: SegmentTextOptions = {},
): string {
  const w = words(lang).profile;
  const clause = segmentWords(profile, lang).description;
  const parts = profile.naming.cited.map((c) => citedText(c, w, lang));
  const evidence = parts.length < 2
    ? parts[0] ?? ""
    : fill(w.evidence.and, { rest: parts.slice(0, -1).join(", "), last: parts.at(-1)! }, lang);
  const sentence = evidence ? `${clause}: ${evidence}.` : `${clause}.`;
  const grid = profile.naming.grid;
  if (grid === null || grid.counts.length === 0) return sentence;
  // The grid segments inside: those with 5% or more, at most four, largest first.
  const total = grid.counts.reduce((s, c) => s + c.count, 0);
  const shown = grid.counts.filter((c) => c.count / total >= 0.05).slice(0, 4);
  return sentence + fill(w.grid.inside, { list: gridList(shown, total, options, lang) }, lang);
}

/**
 * A segment's recommended actions in a language, most important first.
 *
 * @param profile A profile from `nameSegments`.
 * @param lang The reader's language.
 * @returns One sentence per action.
 * @throws {RangeError} If its archetype or an action has no text.
 */
export function segmentActionTexts(
  profile: NamedSegmentProfile,
  lang: Lang,
  options: SegmentTextOptions = {},
): string[] {
  const actions = segmentWords(profile, lang).actions;
  const grid = profile.naming.grid;
  const w = words(lang).profile.grid;
  // A segment named from its concepts takes the actions of the archetypes that speak of them.
  const borrowed = profile.archetype === "descriptor"
    ? Object.assign(
      {},
      ...Object.values(words(lang).profile.segments[profile.naming.kind]).map((a) => a.actions),
    ) as Readonly<Record<string, string>>
    : {};
  return profile.naming.actions.map((key) => {
    if ((key === "gridActive" || key === "gridLapsed") && grid !== null) {
      const total = grid.counts.reduce((s, c) => s + c.count, 0);
      const inside = grid.counts.filter((c) => grid.mixKeys.includes(c.key));
      return fill(w[key], { n: grid.mixCount, list: gridList(inside, total, options, lang) }, lang);
    }
    const text = actions[key] ?? borrowed[key];
    if (text === undefined) {
      throw new RangeError(
        `Cannot word action "${key}" of archetype "${profile.archetype}" in "${lang}": it has no text; add it to lib/text/`,
      );
    }
    return text;
  });
}

/**
 * Named profiles with their `name`, `description` and `actions` written in a language: what
 * the report, the CLI, the charts and the notebooks show.
 *
 * @param profiles Profiles from `nameSegments` (not changed).
 * @param lang The reader's language.
 * @returns New profiles, in the same order, with the words filled in.
 * @throws {RangeError} If an archetype or action has no text.
 *
 * @example A revolver segment in Spanish
 * ```ts
 * import { nameSegments } from "../profile/name_segments.ts";
 * import { namedSegmentTexts } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const base = { name: "", description: "", actions: [], size: 10, share: 0.5, medians: {} };
 * const [a] = namedSegmentTexts(nameSegments([
 *   { ...base, label: 0, means: { BALANCE: 5000, PRC_FULL_PAYMENT: 0.02 }, zScores: { BALANCE: 1.2, PRC_FULL_PAYMENT: -0.8 },
 *     distinctive: [{ feature: "BALANCE", z: 1.2 }, { feature: "PRC_FULL_PAYMENT", z: -0.8 }] },
 *   { ...base, label: 1, means: { BALANCE: 300, PRC_FULL_PAYMENT: 0.5 }, zScores: { BALANCE: -1.2, PRC_FULL_PAYMENT: 0.8 },
 *     distinctive: [{ feature: "BALANCE", z: -1.2 }, { feature: "PRC_FULL_PAYMENT", z: 0.8 }] },
 * ]), "es");
 * assert.equal(a.name, "Usuarios de crédito rotativo");
 * assert.match(a.description, /^Arrastran un saldo alto mes a mes en lugar de pagarlo: BALANCE muy por encima/);
 * assert.equal(a.actions[0], "Ofrecer un plan de cuotas o traspaso de saldo a menor tasa");
 * ```
 */
export function namedSegmentTexts(
  profiles: readonly NamedSegmentProfile[],
  lang: Lang,
  options: SegmentTextOptions = {},
): NamedSegmentProfile[] {
  return profiles.map((p) => ({
    ...p,
    name: segmentNameText(p, lang, options),
    description: segmentDescriptionText(p, lang, options),
    actions: segmentActionTexts(p, lang, options),
  }));
}

/** A rule segment with its words. */
export interface WordedRuleSegment extends RuleSegment {
  /** The segment's name in the chosen language (the rule's own, or the text layer's for a risk rule). */
  readonly name: string;
  /** One sentence saying who is in it, its `{name}` thresholds filled in. */
  readonly description: string;
  /** Recommended actions in the chosen language, most important first. */
  readonly actions: readonly string[];
}

/** A rule segmentation whose segments have their words. */
export interface WordedRuleSegmentation extends Omit<RuleSegmentation, "segments"> {
  /** One entry per rule, in rule order, each with its words. */
  readonly segments: readonly WordedRuleSegment[];
}

/** The words of a risk rule, its thresholds written for the language. */
function riskRuleTexts(
  facts: RiskRuleFacts,
  thresholds: Readonly<Record<string, number>>,
  premium: boolean,
  lang: Lang,
): { name: string; description: string; actions: string[] } {
  const w = words(lang).profile.risk;
  const rule = w[facts.rule];
  const ratio = facts.premiumIncomeRatio;
  const values = {
    delay: facts.riskDelay,
    credits: facts.crossSellCredits,
    disciplinedDelay: facts.disciplinedDelay,
    unit: facts.delayUnit === "none" ? "" : w.units[facts.delayUnit],
    ratio: ratio === null ? "" : fill(w.premiumRatio, { ratio }, lang),
    premium: premium ? w.regularNotPremium : "",
    incomeThreshold: facts.premiumIncome ?? thresholds.incomeThreshold ?? NaN,
  };
  return {
    name: rule.name,
    description: fill(rule.description, values, lang),
    actions: Object.values(rule.actions),
  };
}

/**
 * The words of every segment of a rule segmentation in a language: a risk rule's from the text
 * layer, with its thresholds; a rule's own otherwise, its `{name}` placeholders filled with the
 * thresholds resolved from quantiles (numbers written for the language).
 *
 * @param segmentation From `ruleSegments`.
 * @param lang The reader's language.
 * @returns The segmentation, its segments with `name`, `description` and `actions`.
 *
 * @example Risk segments in Indonesian
 * ```ts
 * import pl from "nodejs-polars";
 * import { riskRules } from "../profile/risk_rules.ts";
 * import { ruleSegments } from "../profile/rule_segments.ts";
 * import { ruleSegmentationTexts } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ delay: [0, 3, 1.5, 0], credits: [0, 1, 1, 1] });
 * const seg = ruleSegments(table, riskRules({ delayColumn: "delay", creditsColumn: "credits", riskDelay: 2, disciplinedDelay: 1 }));
 * const worded = ruleSegmentationTexts(seg, "id");
 * assert.equal(worded.segments[0].name, "Nasabah berisiko");
 * assert.match(worded.segments[0].description, /^Rata-rata keterlambatan 2 bulan atau lebih/);
 * ```
 */
export function ruleSegmentationTexts(segmentation: RuleSegmentation, lang: Lang): WordedRuleSegmentation {
  const values = Object.fromEntries(
    Object.entries(segmentation.thresholds).map(([k, v]) => [k, formatNumber(v, lang)]),
  );
  const premium = segmentation.segments.some((s) => "risk" in s.rule && s.rule.risk.rule === "premium");
  return {
    ...segmentation,
    segments: segmentation.segments.map((s) => {
      const rule = s.rule;
      const texts = "risk" in rule ? riskRuleTexts(rule.risk, segmentation.thresholds, premium, lang) : {
        name: tr(rule.names, lang, values),
        description: tr(rule.descriptions, lang, values),
        actions: rule.actions.map((a) => tr(a, lang, values)),
      };
      return { ...s, ...texts };
    }),
  };
}

/**
 * Which features segment names read by their meaning, and which by their column name, in one
 * sentence fragment (starting with a space) for the report's feature choice.
 *
 * @param concepts The concept of every feature (`null`: none), as `detectConcepts` returns.
 * @param lang The reader's language.
 * @returns The fragment; empty when there are no features.
 *
 * @example
 * ```ts
 * import { conceptsUsedText } from "./profile.ts";
 * import assert from "node:assert/strict";
 * const t = conceptsUsedText({ PURCHASES: "purchases", ONEOFF_PURCHASES: "purchases", X: null }, "en");
 * assert.equal(t, " Segment names read the features by their meaning: spend (PURCHASES, ONEOFF_PURCHASES). Features without a known meaning are named by their column: X.");
 * ```
 */
export function conceptsUsedText(concepts: Readonly<Record<string, Concept | null>>, lang: Lang): string {
  const w = words(lang).profile;
  const by = new Map<Concept, string[]>();
  const none: string[] = [];
  for (const [column, c] of Object.entries(concepts)) {
    if (c === null) none.push(column);
    else by.set(c, [...(by.get(c) ?? []), column]);
  }
  const list = [...by].map(([c, cols]) => `${w.concepts[c].noun} (${cols.join(", ")})`).join("; ");
  return (by.size ? fill(w.conceptsUsed, { list }, lang) : "") +
    (none.length ? fill(w.conceptsNone, { list: none.join(", ") }, lang) : "");
}
