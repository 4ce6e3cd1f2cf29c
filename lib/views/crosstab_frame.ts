/**
 * A cross-tabulation as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Crosstab } from "../profile/crosstab.ts";

/**
 * A cross-tabulation as a table (pandas' `pd.crosstab` look): the row labels in the first column,
 * then one column of counts per column label.
 *
 * @param table From `crosstab`.
 * @param rowHeader Header of the first column. @default {"segment"}
 * @returns One row per row label.
 *
 * @example Segments by country
 * ```ts
 * import { crosstabFrame } from "./crosstab_frame.ts";
 * import assert from "node:assert/strict";
 * const f = crosstabFrame({ rows: ["A", "B"], cols: ["UK", "FR"], counts: [[3, 1], [0, 2]] }, "segment");
 * assert.deepEqual(f.columns, ["segment", "UK", "FR"]);
 * assert.deepEqual(f.getColumn("FR").toArray(), [1, 2]);
 * ```
 */
export function crosstabFrame(
  table: Pick<Crosstab, "rows" | "cols" | "counts">,
  rowHeader = "segment",
): pl.DataFrame {
  const columns: Record<string, unknown[]> = { [rowHeader]: [...table.rows] };
  table.cols.forEach((c, j) => (columns[c] = table.counts.map((r) => r[j]!)));
  return pl.DataFrame(columns);
}
