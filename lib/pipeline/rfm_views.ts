/**
 * Views of the named RFM segments shared by the notebook and the report.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { Lang, SegmentProfile } from "../types.ts";
import type { RfmRuleSet } from "../rfm/check_rule_set.ts";
import { profileSegments } from "../profile/profile_segments.ts";

/** One cell of the R-by-F grid: how many customers, and which named segment it belongs to. */
export interface RfGridCell {
  readonly r: number;
  readonly f: number;
  readonly count: number;
  readonly segment: string;
}

/**
 * Count customers per (R, F) score cell, with the cell's segment name, for `rfmGridHeatmap`.
 *
 * @param customers From `segmentRfm`: columns `r_score`, `f_score`, `segment_name`.
 * @returns The occupied cells.
 *
 * @example
 * ```ts
 * import { rfGridCells } from "./rfm_views.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({ r_score: [5, 5, 1], f_score: [5, 5, 1], segment_name: ["Champions", "Champions", "Hibernating"] });
 * assert.deepEqual(rfGridCells(t).find((c) => c.r === 5), { r: 5, f: 5, count: 2, segment: "Champions" });
 * ```
 */
export function rfGridCells(customers: pl.DataFrame): RfGridCell[] {
  const rs = customers.getColumn("r_score").toArray() as number[];
  const fs = customers.getColumn("f_score").toArray() as number[];
  const seg = customers.getColumn("segment_name").toArray() as string[];
  const cells = new Map<string, RfGridCell>();
  for (let i = 0; i < rs.length; i++) {
    const key = `${rs[i]}${fs[i]}`;
    const c = cells.get(key);
    cells.set(key, { r: rs[i]!, f: fs[i]!, count: (c?.count ?? 0) + 1, segment: c?.segment ?? seg[i]! });
  }
  return [...cells.values()].sort((a, b) => a.r - b.r || a.f - b.f);
}

/**
 * Profiles of the named RFM segments (size, share of customers and revenue, mean and median R, F,
 * M), with the rule set's description and actions in `lang`, in the rule set's order.
 *
 * @param customers From `segmentRfm`: columns `recency`, `frequency`, `monetary`, `segment`.
 * @param ruleSet The rule set that named them.
 * @param lang Language of names, descriptions and actions.
 * @returns One profile per segment that has customers.
 */
export function rfmSegmentProfiles(
  customers: pl.DataFrame,
  ruleSet: RfmRuleSet,
  lang: Lang,
): SegmentProfile[] {
  const keys = ruleSet.segments.map((x) => x.key);
  const labels = Int32Array.from(
    customers.getColumn("segment").toArray() as string[],
    (k) => keys.indexOf(k),
  );
  return profileSegments(customers, labels, {
    features: ["recency", "frequency", "monetary"],
    valueColumn: "monetary",
    names: Object.fromEntries(ruleSet.segments.map((x, i) => [i, x.names[lang]])),
  }).map((p) => {
    const rule = ruleSet.segments[p.label];
    return rule
      ? { ...p, description: rule.descriptions[lang], actions: rule.actions.map((x) => x[lang]) }
      : p;
  });
}
