/**
 * The cleaning ledger as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang, Ledger } from "../base/types.ts";
import { examplesText, ledgerText } from "../text/mod.ts";

/**
 * The cleaning ledger as a table, one row per entry, so a notebook cell that ends with it shows
 * every removed, imputed or excluded group of rows. Columns: `step`, `action`, `rows`, `column`
 * (empty text where the entry has none), `what` (the reason in words, in `lang`) and `examples`
 * (joined by `"; "`).
 *
 * @param ledger Ledger entries, from `cleanTable` or an analysis.
 * @param options `lang`, the language of `what`. @default {"en"}
 * @returns One row per entry, in the ledger's order.
 *
 * @example One removed group
 * ```ts
 * import { ledgerFrame } from "./ledger_frame.ts";
 * import assert from "node:assert/strict";
 * const entry = {
 *   step: "clean", reason: "duplicate", facts: {}, action: "removed" as const, rows: 3,
 *   examples: [{ row: 7, first: 2 }, { row: 9, first: 2 }],
 * };
 * const f = ledgerFrame([entry]);
 * assert.deepEqual(f.columns, ["step", "action", "rows", "column", "what", "examples"]);
 * assert.deepEqual(f.getColumn("rows").toArray(), [3]);
 * assert.deepEqual(f.getColumn("examples").toArray(), ["row 7 = row 2; row 9 = row 2"]);
 * assert.deepEqual(ledgerFrame([entry], { lang: "es" }).getColumn("examples").toArray(), ["fila 7 = fila 2; fila 9 = fila 2"]);
 * assert.match(String(ledgerFrame([entry], { lang: "es" }).getColumn("what").toArray()[0]), /^Duplicados exactos/);
 * ```
 */
export function ledgerFrame(ledger: Ledger, options: { lang?: Lang } = {}): pl.DataFrame {
  const { lang = "en" } = options;
  return pl.DataFrame({
    step: ledger.map((e) => e.step),
    action: ledger.map((e) => e.action),
    rows: ledger.map((e) => e.rows),
    column: ledger.map((e) => e.column ?? ""),
    what: ledger.map((e) => ledgerText(e, lang)),
    examples: ledger.map((e) => examplesText(e, lang)),
  });
}
