/**
 * A widely published 11-segment RFM rule set, kept to show what {@linkcode checkRuleSet} finds.
 *
 * @module
 */
import type { RfmRuleSet } from "./check_rule_set.ts";

/**
 * The 11-segment R/F/M table popularised by Putler's RFM guide and reproduced in many
 * tutorials, as it is commonly quoted (score ranges per axis, listed in this order):
 *
 * | segment | R | F | M |
 * |---|---|---|---|
 * | Champions | 4-5 | 4-5 | 4-5 |
 * | Loyal Customers | 2-5 | 3-5 | 3-5 |
 * | Potential Loyalist | 3-5 | 1-3 | 1-3 |
 * | Recent Customers | 4-5 | 1 | 1 |
 * | Promising | 3-4 | 1 | 1 |
 * | Customers Needing Attention | 2-3 | 2-3 | 2-3 |
 * | About To Sleep | 2-3 | 1-2 | 1-2 |
 * | At Risk | 1-2 | 2-5 | 2-5 |
 * | Can't Lose Them | 1 | 4-5 | 4-5 |
 * | Hibernating | 1-2 | 1-2 | 1-2 |
 * | Lost | 1-2 | 1-2 | 1-2 |
 *
 * It is **not** a partition: its ranges overlap (every Champion is also Loyal), leave many of
 * the 125 cells to no segment (implementations file them under "Others"), and with
 * first-match-wins four segments can never be reached (Recent Customers and Promising fall
 * inside Potential Loyalist, Can't Lose Them inside At Risk, Lost is Hibernating again).
 * `segmentRfm` refuses it unless asked with `{ strict: false }`. Use it to compare, not as a
 * default.
 *
 * @example The check finds its problems
 * ```ts
 * import { checkRuleSet, RFM_11_SEGMENTS } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const check = checkRuleSet(RFM_11_SEGMENTS);
 * assert.equal(check.ok, false);
 * assert.ok(check.unreachable.includes("lost"));
 * ```
 */
export const RFM_11_SEGMENTS: RfmRuleSet = {
  name: "Published 11-segment RFM table",
  axes: "RFM",
  source: "Putler's RFM segment table as reproduced in many RFM tutorials",
  textKey: "rfm11",
  segments: [
    {
      key: "champions",
      cells: [{ r: [4, 5], f: [4, 5], m: [4, 5] }],
    },
    {
      key: "loyal",
      cells: [{ r: [2, 3, 4, 5], f: [3, 4, 5], m: [3, 4, 5] }],
    },
    {
      key: "potential_loyalist",
      cells: [{ r: [3, 4, 5], f: [1, 2, 3], m: [1, 2, 3] }],
    },
    {
      key: "recent",
      cells: [{ r: [4, 5], f: [1], m: [1] }],
    },
    {
      key: "promising",
      cells: [{ r: [3, 4], f: [1], m: [1] }],
    },
    {
      key: "need_attention",
      cells: [{ r: [2, 3], f: [2, 3], m: [2, 3] }],
    },
    {
      key: "about_to_sleep",
      cells: [{ r: [2, 3], f: [1, 2], m: [1, 2] }],
    },
    {
      key: "at_risk",
      cells: [{ r: [1, 2], f: [2, 3, 4, 5], m: [2, 3, 4, 5] }],
    },
    {
      key: "cant_lose",
      cells: [{ r: [1], f: [4, 5], m: [4, 5] }],
    },
    {
      key: "hibernating",
      cells: [{ r: [1, 2], f: [1, 2], m: [1, 2] }],
    },
    {
      key: "lost",
      cells: [{ r: [1, 2], f: [1, 2], m: [1, 2] }],
    },
  ],
};
