/**
 * Named RFM segments as data, and the check that a rule set covers every score cell once.
 *
 * @module
 */
import type { Translations } from "../base/i18n.ts";
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
  /**
   * The segment's name in every language, for rule sets of your own; the built-in rule sets keep
   * their words in `lib/text/` (see {@linkcode RfmRuleSet.textKey}). Default: the key.
   */
  readonly names?: Translations;
  /** One line saying who these customers are (rule sets of your own). */
  readonly descriptions?: Translations;
  /** One to three recommended actions, most important first (rule sets of your own). */
  readonly actions?: readonly Translations[];
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
  /**
   * Where the words of a built-in rule set live in `lib/text/`: `rfm.<textKey>.<segment key>`
   * holds each segment's name, description and actions in every language.
   */
  readonly textKey?: "rfGrid" | "rfm11";
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
}

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
 * @returns Gaps, overlaps and unreachable segments; `ok` when there are none (`ruleSetCheckText` in
 *   `lib/text/rfm.ts` says the findings in one sentence).
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
 * const check = checkRuleSet({
 *   name: "tiny", axes: "RF",
 *   segments: [
 *     { key: "low", cells: [{ r: [1] }] },
 *     { key: "lost", cells: [{ r: [1], f: [1] }] },
 *   ],
 * }, 2);
 * assert.deepEqual(check.gaps, ["21", "22"]);
 * assert.deepEqual(check.unreachable, ["lost"]);
 * ```
 */
export function checkRuleSet(ruleSet: RfmRuleSet, bins = 5): RuleSetCheck {
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
  return { ok, cells: cells.length, gaps, overlaps, unreachable };
}
