/**
 * The cleaning ledger as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang, Ledger } from "../base/types.ts";
import { examplesText, ledgerText, words } from "../text/mod.ts";

/**
 * The cleaning ledger as a table, one row per entry, so a notebook cell that ends with it shows
 * every removed, imputed or excluded group of rows. Columns, headed in `lang` as in the report's
 * ledger: the step, the action (in words), the rows, the column (empty text where the entry has
 * none), the reason in words and the examples (joined by `"; "`).
 *
 * @param ledger Ledger entries, from `cleanTable` or an analysis.
 * @param options `lang`, the language of the headers, actions, reasons and examples. @default {"en"}
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
 * assert.deepEqual(f.columns, ["Step", "Action", "Rows", "Column", "Reason", "Examples"]);
 * assert.deepEqual(f.getColumn("Rows").toArray(), [3]);
 * assert.deepEqual(f.getColumn("Examples").toArray(), ["row 7 = row 2; row 9 = row 2"]);
 * const es = ledgerFrame([entry], { lang: "es" });
 * assert.deepEqual(es.getColumn("Ejemplos").toArray(), ["fila 7 = fila 2; fila 9 = fila 2"]);
 * assert.match(String(es.getColumn("Motivo").toArray()[0]), /^Duplicados exactos/);
 * ```
 */
export function ledgerFrame(ledger: Ledger, options: { lang?: Lang } = {}): pl.DataFrame {
  const { lang = "en" } = options;
  const r = words(lang).report.render;
  return pl.DataFrame({
    [r.step]: pl.Series(r.step, ledger.map((e) => e.step), pl.Utf8),
    [r.action]: pl.Series(r.action, ledger.map((e) => r.ledgerAction[e.action]), pl.Utf8),
    [r.rows]: pl.Series(r.rows, ledger.map((e) => e.rows), pl.Int64),
    [r.column]: pl.Series(r.column, ledger.map((e) => e.column ?? ""), pl.Utf8),
    [r.reason]: pl.Series(r.reason, ledger.map((e) => ledgerText(e, lang)), pl.Utf8),
    [r.examples]: pl.Series(r.examples, ledger.map((e) => examplesText(e, lang)), pl.Utf8),
  });
}
