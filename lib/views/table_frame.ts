/**
 * Any header-and-rows table as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import { round } from "./_round.ts";

/** A table as a header and rows, one cell per column (e.g. `segmentSummary`). */
export interface TableFrameInput {
  /** The headers. */
  readonly columns: readonly string[];
  /** The rows, one cell per header. */
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * Any `{ columns, rows }` table (segment summaries, cross-tabs) as a polars table, numbers
 * rounded to 3 decimals and missing cells as `null`.
 *
 * @param table Header and rows, one cell per column.
 * @returns The same table as a DataFrame.
 *
 * @example Numbers are rounded
 * ```ts
 * import { tableFrame } from "./table_frame.ts";
 * import assert from "node:assert/strict";
 * const f = tableFrame({ columns: ["a", "b"], rows: [["x", 1.23456], ["y", 2]] });
 * assert.deepEqual(f.getColumn("b").toArray(), [1.235, 2]);
 * assert.deepEqual(f.getColumn("a").toArray(), ["x", "y"]);
 * ```
 */
export function tableFrame(table: TableFrameInput): pl.DataFrame {
  const columns: Record<string, unknown[]> = {};
  table.columns.forEach((c, j) => {
    columns[c] = table.rows.map((r) => (typeof r[j] === "number" ? round(r[j] as number, 3) : r[j] ?? null));
  });
  return pl.DataFrame(columns);
}
