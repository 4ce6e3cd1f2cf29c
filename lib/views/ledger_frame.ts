/**
 * The cleaning ledger as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Ledger } from "../base/types.ts";

/**
 * The cleaning ledger as a table, one row per entry, so a notebook cell that ends with it shows
 * every removed, imputed or excluded group of rows. Columns: `step`, `action`, `rows`, `column`
 * (empty text where the entry has none), `what` (the description) and `examples` (joined by `"; "`).
 *
 * @param ledger Ledger entries, from `cleanTable` or an analysis.
 * @returns One row per entry, in the ledger's order.
 *
 * @example One removed group
 * ```ts
 * import { ledgerFrame } from "./ledger_frame.ts";
 * import assert from "node:assert/strict";
 * const f = ledgerFrame([{ step: "clean", reason: "duplicate", description: "Exact duplicates", action: "removed", rows: 3, examples: ["row 7", "row 9"] }]);
 * assert.deepEqual(f.columns, ["step", "action", "rows", "column", "what", "examples"]);
 * assert.deepEqual(f.getColumn("rows").toArray(), [3]);
 * assert.deepEqual(f.getColumn("examples").toArray(), ["row 7; row 9"]);
 * ```
 */
export function ledgerFrame(ledger: Ledger): pl.DataFrame {
  return pl.DataFrame({
    step: ledger.map((e) => e.step),
    action: ledger.map((e) => e.action),
    rows: ledger.map((e) => e.rows),
    column: ledger.map((e) => e.column ?? ""),
    what: ledger.map((e) => e.description),
    examples: ledger.map((e) => e.examples.join("; ")),
  });
}
