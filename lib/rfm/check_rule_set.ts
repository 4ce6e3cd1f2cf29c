/**
 * Named RFM segments as data, and the check that a rule set covers every score cell once.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { tr, type Translations } from "../base/i18n.ts";
import { matches, ruleSetCells } from "./_cells.ts";

/**
 * One rectangle of score cells: a customer matches when each listed axis has one of the listed
 * scores. An axis left out matches every score. `{ r: [1, 2], f: [1, 2] }` is the four cells
 * r1f1, r1f2, r2f1, r2f2.
 */
export interface RfmPattern {
  /** Recency scores that match (5 = most recent). */
  readonly r?: readonly number[];
  /** Frequency scores that match (5 = most frequent). */
  readonly f?: readonly number[];
  /** Monetary scores that match (5 = most money); only in `"RFM"` rule sets. */
  readonly m?: readonly number[];
}

/** One named segment of a rule set: the cells it claims, and what analysts read about it. */
export interface RfmSegmentRule {
  /** Stable machine key, e.g. `"champions"`; what `segmentRfm` writes in `"segment"`. */
  readonly key: string;
  /** The cells the segment claims: the union of these patterns. */
  readonly cells: readonly RfmPattern[];
  /** The segment's name in every language. */
  readonly names: Translations;
  /** One line saying who these customers are. */
  readonly descriptions: Translations;
  /** One to three recommended actions, most important first. */
  readonly actions: readonly Translations[];
}

/**
 * A set of named RFM segments, kept as data. Segments are listed in an explicit order: where
 * cells are claimed by several segments, the first listed wins.
 */
export interface RfmRuleSet {
  /** Name of the rule set, for messages and the report. */
  readonly name: string;
  /** `"RF"`: cells are (r, f) pairs and M is ignored; `"RFM"`: cells are (r, f, m) triples. */
  readonly axes: "RF" | "RFM";
  /** Where the rule set comes from, in words. */
  readonly source?: string;
  /** The segments, in the order that decides overlaps (first match wins). */
  readonly segments: readonly RfmSegmentRule[];
}

/** A score cell claimed by more than one segment. */
export interface RuleSetOverlap {
  /** The cell, written as its score digits: `"45"` (r4 f5) or `"455"` (r4 f5 m5). */
  readonly cell: string;
  /** Keys of the segments that claim it, in rule-set order; the first one wins. */
  readonly segments: readonly string[];
}

/** What {@linkcode checkRuleSet} found. */
export interface RuleSetCheck {
  /** `true` when every cell is covered exactly once (which implies no unreachable segment). */
  readonly ok: boolean;
  /** Number of cells checked: bins² for `"RF"`, bins³ for `"RFM"`. */
  readonly cells: number;
  /** Cells no segment claims, as score digits (`"113"`), in ascending order. */
  readonly gaps: readonly string[];
  /** Cells several segments claim, in ascending order. */
  readonly overlaps: readonly RuleSetOverlap[];
  /** Keys of segments whose every cell an earlier segment already claims: they never match. */
  readonly unreachable: readonly string[];
  /** The findings in one sentence in the language asked for, for messages, the notebook and the report. */
  readonly summary: string;
}

/** Options for {@linkcode checkRuleSet}. */
export interface CheckRuleSetOptions {
  /**
   * Language of `summary`. English names segments by `key`; Spanish and Indonesian by their
   * name in that language. @default {"en"}
   */
  lang?: Lang;
}

const t = (en: string, es: string, id: string): Translations => ({ en, es, id });

const SUMMARY = {
  grid: { RF: t("R-by-F", "R×F", "R×F"), RFM: t("R-by-F-by-M", "R×F×M", "R×F×M") },
  ok: t(
    'Rule set "{name}" covers all {cells} {grid} cells exactly once',
    'El conjunto de reglas "{name}" cubre las {cells} celdas {grid} exactamente una vez',
    'Set aturan "{name}" mencakup seluruh {cells} sel {grid} tepat satu kali',
  ),
  notOk: t(
    'Rule set "{name}" is not an exact partition of the {cells} {grid} cells: {findings}',
    'El conjunto de reglas "{name}" no reparte exactamente las {cells} celdas {grid}: {findings}',
    'Set aturan "{name}" tidak membagi {cells} sel {grid} secara tepat: {findings}',
  ),
  gaps1: t(
    "{n} cell is in no segment",
    "{n} celda no está en ningún segmento",
    "{n} sel tidak masuk segmen mana pun",
  ),
  gaps: t(
    "{n} cells are in no segment",
    "{n} celdas no están en ningún segmento",
    "{n} sel tidak masuk segmen mana pun",
  ),
  overlaps1: t(
    "{n} cell is in several segments",
    "{n} celda está en varios segmentos",
    "{n} sel masuk beberapa segmen",
  ),
  overlaps: t(
    "{n} cells are in several segments",
    "{n} celdas están en varios segmentos",
    "{n} sel masuk beberapa segmen",
  ),
  eg: t(" (e.g. {list})", " (p. ej. {list})", " (mis. {list})"),
  unreachable: t(
    "unreachable in this order: {list}",
    "segmentos que nunca se asignan con este orden: {list}",
    "tidak pernah tercapai dengan urutan ini: {list}",
  ),
  noneUnreachable: t(
    "no segment is unreachable",
    "todos los segmentos pueden asignarse",
    "semua segmen dapat tercapai",
  ),
};

/** Throw if the rule set is malformed (not a coverage problem: those are reported). */
function validate(ruleSet: RfmRuleSet, bins: number): void {
  const what = `Cannot check RFM rule set "${ruleSet?.name}"`;
  if (!Number.isInteger(bins) || bins < 2 || bins > 9) {
    throw new RangeError(`${what} with bins = ${bins}: bins must be an integer from 2 to 9`);
  }
  if (ruleSet?.axes !== "RF" && ruleSet?.axes !== "RFM") {
    throw new TypeError(`${what}: axes is "${ruleSet?.axes}"; use "RF" or "RFM"`);
  }
  if (!Array.isArray(ruleSet.segments) || ruleSet.segments.length === 0) {
    throw new TypeError(`${what}: it has no segments; list at least one in "segments"`);
  }
  const keys = new Set<string>();
  for (const s of ruleSet.segments) {
    if (typeof s.key !== "string" || s.key === "" || keys.has(s.key)) {
      throw new TypeError(
        `${what}: segment key "${s.key}" is empty or repeated; give every segment its own key`,
      );
    }
    keys.add(s.key);
    if (!Array.isArray(s.cells)) {
      throw new TypeError(
        `${what}: segment "${s.key}" has no "cells" list; give it patterns like { r: [1, 2] }`,
      );
    }
    for (const p of s.cells) {
      for (const axis of ["r", "f", "m"] as const) {
        const scores = p[axis];
        if (scores === undefined) continue;
        if (axis === "m" && ruleSet.axes === "RF") {
          throw new TypeError(
            `${what}: segment "${s.key}" uses M in an "RF" rule set; set axes to "RFM" or drop "m"`,
          );
        }
        for (const v of scores) {
          if (!Number.isInteger(v) || v < 1 || v > bins) {
            throw new RangeError(
              `${what} with ${bins} bins: segment "${s.key}" uses ${axis} score "${v}"; scores run from 1 to ${bins}`,
            );
          }
        }
      }
    }
  }
}

/**
 * Check that a rule set is an exact partition of the score cells: every cell claimed by exactly
 * one segment, and no segment unreachable. Published rule sets often overlap (a customer fits
 * several segments, and only the order decides) and leave gaps (cells that end up as "Others").
 * The check reports both, and which segments can never match because earlier segments take all
 * their cells.
 *
 * There is no scikit-learn equivalent; this is a plain coverage count over the bins² (RF) or
 * bins³ (RFM) cells.
 *
 * @param ruleSet The rule set, e.g. {@linkcode RF_GRID_SEGMENTS}.
 * @param bins Scores per axis. @default {5}
 * @param options `lang`, the language of `summary`.
 * @returns Gaps, overlaps, unreachable segments and a one-line summary; `ok` when there are none.
 * @throws {RangeError} If `bins` is not an integer from 2 to 9, or a pattern uses a score outside 1..bins.
 * @throws {TypeError} If the rule set is malformed: bad `axes`, no segments, repeated keys, M in an RF set.
 *
 * @example The default grid is an exact partition
 * ```ts
 * import { checkRuleSet, RF_GRID_SEGMENTS } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const check = checkRuleSet(RF_GRID_SEGMENTS);
 * assert.equal(check.ok, true);
 * assert.equal(check.cells, 25);
 * ```
 *
 * @example A rule set with a gap and an unreachable segment
 * ```ts
 * import { checkRuleSet } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const t = { en: "x", es: "x", id: "x" };
 * const check = checkRuleSet({
 *   name: "tiny", axes: "RF",
 *   segments: [
 *     { key: "low", cells: [{ r: [1] }], names: t, descriptions: t, actions: [] },
 *     { key: "lost", cells: [{ r: [1], f: [1] }], names: t, descriptions: t, actions: [] },
 *   ],
 * }, 2);
 * assert.deepEqual(check.gaps, ["21", "22"]);
 * assert.deepEqual(check.unreachable, ["lost"]);
 * ```
 *
 * @example The summary in Spanish
 * ```ts
 * import { checkRuleSet, RF_GRID_SEGMENTS } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const check = checkRuleSet(RF_GRID_SEGMENTS, 5, { lang: "es" });
 * assert.match(check.summary, /cubre las 25 celdas R×F exactamente una vez$/);
 * ```
 */
export function checkRuleSet(ruleSet: RfmRuleSet, bins = 5, options: CheckRuleSetOptions = {}): RuleSetCheck {
  const { lang = "en" } = options;
  validate(ruleSet, bins);
  const cells = ruleSetCells(ruleSet.axes, bins);
  const gaps: string[] = [];
  const overlaps: RuleSetOverlap[] = [];
  const winners = new Set<string>();
  for (const cell of cells) {
    const claim = ruleSet.segments.filter((s) => s.cells.some((p) => matches(p, cell))).map((s) => s.key);
    if (claim.length === 0) gaps.push(cell);
    else winners.add(claim[0]!);
    if (claim.length > 1) overlaps.push({ cell, segments: claim });
  }
  const unreachable = ruleSet.segments.map((s) => s.key).filter((k) => !winners.has(k));
  const ok = gaps.length === 0 && overlaps.length === 0;
  const names = new Map(ruleSet.segments.map((s) => [s.key, lang === "en" ? s.key : s.names[lang] ?? s.key]));
  const quoted = (keys: readonly string[]) => keys.map((k) => `"${names.get(k)}"`).join(", ");
  const values = { name: ruleSet.name, cells: cells.length, grid: tr(SUMMARY.grid[ruleSet.axes], lang) };
  const eg = (list: string) => tr(SUMMARY.eg, lang, { list });
  const summary = ok ? tr(SUMMARY.ok, lang, values) : tr(SUMMARY.notOk, lang, {
    ...values,
    findings: [
      tr(gaps.length === 1 ? SUMMARY.gaps1 : SUMMARY.gaps, lang, { n: gaps.length }) +
      (gaps.length ? eg(gaps.slice(0, 3).map((c) => `"${c}"`).join(", ")) : ""),
      tr(overlaps.length === 1 ? SUMMARY.overlaps1 : SUMMARY.overlaps, lang, { n: overlaps.length }) +
      (overlaps.length
        ? eg(
          `"${overlaps[0]!.cell}": ${
            lang === "en"
              ? overlaps[0]!.segments.join(", ")
              : overlaps[0]!.segments.map((k) => names.get(k)).join(", ")
          }`,
        )
        : ""),
      unreachable.length
        ? tr(SUMMARY.unreachable, lang, { list: quoted(unreachable) })
        : tr(SUMMARY.noneUnreachable, lang),
    ].join("; "),
  });
  return { ok, cells: cells.length, gaps, overlaps, unreachable, summary };
}
