/**
 * Named segments from RFM scores.
 *
 * @module
 */
import pl from "nodejs-polars";
import { checkRuleSet, type RfmPattern, type RfmRuleSet } from "./check_rule_set.ts";
import { RF_GRID_SEGMENTS } from "./rf_grid_segments.ts";
import type { RfmScores } from "./score_rfm.ts";

/** Options for {@linkcode segmentRfm}. */
export interface SegmentRfmOptions {
  /**
   * Refuse a rule set that is not an exact partition of the score cells (`true`), or use it
   * anyway (`false`): the first segment listed wins where segments overlap, and cells no
   * segment claims get the key `"other"`.
   * @default {true}
   */
  strict?: boolean;
}

function patternExpr(p: RfmPattern): pl.Expr {
  let e: pl.Expr = pl.lit(true);
  if (p.r) e = e.and(pl.col("r_score").isIn([...p.r]));
  if (p.f) e = e.and(pl.col("f_score").isIn([...p.f]));
  if (p.m) e = e.and(pl.col("m_score").isIn([...p.m]));
  return e;
}

/**
 * Name every customer's segment from their scores with a rule set kept as data.
 *
 * The rule set is checked first ({@linkcode checkRuleSet}, with the scores' `bins`): by default
 * one that leaves cells uncovered or claims a cell twice is refused with an error that says what
 * the check found, so no customer silently lands in "Others" or in whichever overlapping segment
 * happens to come first. Pass `{ strict: false }` to use such a rule set anyway (first listed
 * segment wins; uncovered cells get `"other"`).
 *
 * @param scores Scores from `scoreRfm`.
 * @param ruleSet The named segments. @default {RF_GRID_SEGMENTS}
 * @param options Whether to refuse imperfect rule sets.
 * @returns The scores table plus `segment` (the key, Utf8); `withSegmentNames` (`lib/text/rfm.ts`)
 *   adds the names in a language.
 * @throws {RangeError} If `strict` and the rule set is not an exact partition (the message gives the check's findings).
 * @throws {TypeError} If the rule set is malformed, or needs `m_score` and the table has none.
 *
 * @example The default grid
 * ```ts
 * import pl from "nodejs-polars";
 * import { scoreRfm, segmentRfm } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const rfm = pl.DataFrame({
 *   customer: ["a", "b", "c", "d", "e"],
 *   recency: [1, 10, 20, 30, 40],
 *   frequency: [9, 5, 3, 2, 1],
 *   monetary: [500, 200, 100, 50, 10],
 * });
 * const named = segmentRfm(scoreRfm(rfm));
 * assert.deepEqual(named.getColumn("segment").toArray(), ["champions", "loyal", "need_attention", "hibernating", "hibernating"]);
 * ```
 */
export function segmentRfm(
  scores: RfmScores,
  ruleSet: RfmRuleSet = RF_GRID_SEGMENTS,
  options: SegmentRfmOptions = {},
): pl.DataFrame {
  const { strict = true } = options;
  const check = checkRuleSet(ruleSet, scores.bins);
  if (strict && !check.ok) {
    const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
    throw new RangeError(
      `Cannot segment RFM scores with rule set "${ruleSet.name}": it is not an exact partition of the ${check.cells} score cells (${check.gaps.length} in no segment, ${check.overlaps.length} in several${
        check.unreachable.length ? `; unreachable: ${quoted(check.unreachable)}` : ""
      }); fix the rule set or pass { strict: false } to let the first listed segment win and file uncovered cells under "other"`,
    );
  }
  const needed = ruleSet.axes === "RFM" ? ["r_score", "f_score", "m_score"] : ["r_score", "f_score"];
  for (const c of needed) {
    if (!scores.table.columns.includes(c)) {
      throw new TypeError(
        `Cannot segment RFM scores with rule set "${ruleSet.name}": the table has no "${c}" column; pass the result of scoreRfm`,
      );
    }
  }
  const segments = ruleSet.segments.filter((s) => s.cells.length > 0);
  const cond = segments.map((s) => s.cells.map(patternExpr).reduce((a, b) => a.or(b)));
  let w: any = pl.when(cond[0]!).then(pl.lit(segments[0]!.key));
  for (let i = 1; i < segments.length; i++) w = w.when(cond[i]!).then(pl.lit(segments[i]!.key));
  return scores.table.withColumns((w.otherwise(pl.lit("other").cast(pl.Utf8)) as pl.Expr).alias("segment"));
}
