/**
 * RFM score thresholds as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RfmScores } from "../rfm/score_rfm.ts";
import { round } from "./_round.ts";

/**
 * RFM score thresholds as a table: one row per measure (`recency (days)`, `frequency`,
 * `monetary`), one column `cut 1`, `cut 2`, ... per cut between scores (monetary rounded to
 * 2 decimals).
 *
 * @param scores From `scoreRfm` (a whole `RfmScores` fits).
 * @returns Three rows, `bins - 1` cut columns.
 *
 * @example Three scores per axis
 * ```ts
 * import { thresholdsFrame } from "./thresholds_frame.ts";
 * import assert from "node:assert/strict";
 * const f = thresholdsFrame({ thresholds: { recency: [10, 40], frequency: [1, 3], monetary: [99.999, 250.5] } });
 * assert.deepEqual(f.columns, ["measure", "cut 1", "cut 2"]);
 * assert.deepEqual(f.getColumn("cut 1").toArray(), [10, 1, 100]);
 * ```
 */
export function thresholdsFrame(scores: Pick<RfmScores, "thresholds">): pl.DataFrame {
  const th = scores.thresholds;
  const columns: Record<string, unknown[]> = { measure: ["recency (days)", "frequency", "monetary"] };
  th.recency.forEach((_, i) => {
    columns[`cut ${i + 1}`] = [th.recency[i], th.frequency[i], round(th.monetary[i]!, 2)];
  });
  return pl.DataFrame(columns);
}
