/**
 * The default named RFM segments: the 10-segment R-by-F grid.
 *
 * @module
 */
import type { RfmRuleSet } from "./check_rule_set.ts";

/**
 * The 10-segment R-by-F grid, segmenta's default rule set. It names every cell of the 5 × 5
 * grid of recency score (5 = bought most recently) by frequency score (5 = buys most often)
 * exactly once; M is not used. In order:
 *
 * | segment | R | F |
 * |---|---|---|
 * | `hibernating` Hibernating | 1-2 | 1-2 |
 * | `at_risk` At Risk | 1-2 | 3-4 |
 * | `cant_lose` Can't Lose Them | 1-2 | 5 |
 * | `about_to_sleep` About to Sleep | 3 | 1-2 |
 * | `need_attention` Need Attention | 3 | 3 |
 * | `loyal` Loyal Customers | 3-4 | 4-5 |
 * | `promising` Promising | 4 | 1 |
 * | `new` New Customers | 5 | 1 |
 * | `potential_loyalist` Potential Loyalists | 4-5 | 2-3 |
 * | `champions` Champions | 5 | 4-5 |
 *
 * Names, one-line descriptions and one to three actions, in English, Spanish and Indonesian, are
 * in the text layer (`rfm.rfGrid` in `lib/text/`; `segmentWords` reads them). The grid is the one widely used in RFM tutorials (a regular-expression map over
 * the two score digits).
 *
 * @example Every cell once
 * ```ts
 * import { checkRuleSet, RF_GRID_SEGMENTS } from "./mod.ts";
 * import assert from "node:assert/strict";
 * assert.equal(RF_GRID_SEGMENTS.segments.length, 10);
 * assert.equal(checkRuleSet(RF_GRID_SEGMENTS).ok, true);
 * assert.equal(RF_GRID_SEGMENTS.segments.at(-1)?.key, "champions");
 * ```
 */
export const RF_GRID_SEGMENTS: RfmRuleSet = {
  name: "RF grid (10 segments)",
  axes: "RF",
  source: "The 10-segment recency-by-frequency grid common in RFM tutorials",
  textKey: "rfGrid",
  segments: [
    {
      key: "hibernating",
      cells: [{ r: [1, 2], f: [1, 2] }],
    },
    {
      key: "at_risk",
      cells: [{ r: [1, 2], f: [3, 4] }],
    },
    {
      key: "cant_lose",
      cells: [{ r: [1, 2], f: [5] }],
    },
    {
      key: "about_to_sleep",
      cells: [{ r: [3], f: [1, 2] }],
    },
    {
      key: "need_attention",
      cells: [{ r: [3], f: [3] }],
    },
    {
      key: "loyal",
      cells: [{ r: [3, 4], f: [4, 5] }],
    },
    {
      key: "promising",
      cells: [{ r: [4], f: [1] }],
    },
    {
      key: "new",
      cells: [{ r: [5], f: [1] }],
    },
    {
      key: "potential_loyalist",
      cells: [{ r: [4, 5], f: [2, 3] }],
    },
    {
      key: "champions",
      cells: [{ r: [5], f: [4, 5] }],
    },
  ],
};
