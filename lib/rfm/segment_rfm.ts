/**
 * Named segments from RFM scores.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang } from "../base/types.ts";
import type { Translations } from "../base/i18n.ts";
import { checkRuleSet, type RfmPattern, type RfmRuleSet } from "./check_rule_set.ts";
import { RF_GRID_SEGMENTS } from "./rf_grid_segments.ts";
import type { RfmScores } from "./score_rfm.ts";

/** Options for {@linkcode segmentRfm}. */
export interface SegmentRfmOptions {
  /** Language of `segment_name`. @default {"en"} */
  lang?: Lang;
  /**
   * Refuse a rule set that is not an exact partition of the score cells (`true`), or use it
   * anyway (`false`): the first segment listed wins where segments overlap, and cells no
   * segment claims get the key `"other"` ("Others").
   * @default {true}
   */
  strict?: boolean;
}

/** The name of the segment for cells no segment claims (only with `{ strict: false }`). */
const OTHERS: Translations = { en: "Others", es: "Otros", id: "Lainnya" };

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
 * @param options Language of the names, and whether to refuse imperfect rule sets.
 * @returns The scores table plus `segment` (the key, Utf8) and `segment_name` (in `lang`).
 * @throws {RangeError} If `strict` and the rule set is not an exact partition (the message gives the check's summary).
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
 * const named = segmentRfm(scoreRfm(rfm), undefined, { lang: "es" });
 * assert.deepEqual(named.getColumn("segment").toArray(), ["champions", "loyal", "need_attention", "hibernating", "hibernating"]);
 * assert.equal(named.getColumn("segment_name").toArray()[0], "Campeones");
 * ```
 */
export function segmentRfm(
  scores: RfmScores,
  ruleSet: RfmRuleSet = RF_GRID_SEGMENTS,
  options: SegmentRfmOptions = {},
): pl.DataFrame {
  const { lang = "en", strict = true } = options;
  const check = checkRuleSet(ruleSet, scores.bins);
  if (strict && !check.ok) {
    throw new RangeError(
      `Cannot segment RFM scores with rule set "${ruleSet.name}": ${check.summary}; fix the rule set or pass { strict: false } to let the first listed segment win and file uncovered cells under "other"`,
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
  const chain = (values: string[], other: string | null): pl.Expr => {
    let w: any = pl.when(cond[0]!).then(pl.lit(values[0]!));
    for (let i = 1; i < segments.length; i++) w = w.when(cond[i]!).then(pl.lit(values[i]!));
    return w.otherwise(pl.lit(other).cast(pl.Utf8));
  };
  return scores.table.withColumns(
    chain(segments.map((s) => s.key), "other").alias("segment"),
    chain(segments.map((s) => s.names[lang]), OTHERS[lang]).alias("segment_name"),
  );
}
