/**
 * The per-customer segment table as a formula-safe CSV file.
 *
 * @module
 */
import { csvField } from "./_csv_field.ts";

/** Options for {@linkcode toAssignmentsCsv}. */
export interface ToAssignmentsCsvOptions {
  /** Field separator. `;` suits spreadsheets in decimal-comma locales. @default {","} */
  delimiter?: "," | ";" | "\t";
}

/** A cell of the assignments table: text, a number, or empty (`null`). */
export type AssignmentsCsvCell = string | number | null;

/**
 * Write the per-customer table (one row per customer: id, features, segment) as CSV.
 *
 * - RFC 4180: fields holding the delimiter, a quote, CR or LF are quoted, quotes doubled, and
 *   records end with CRLF (the last one too).
 * - Formula neutralisation (OWASP "CSV injection"): a text cell, header included, that starts with
 *   `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows the text instead of
 *   running it; the value stays readable. Numbers (`-3.5` as a number) are written as numbers.
 * - `null` and non-finite numbers (`NaN`, `Infinity`) are written as empty fields.
 *
 * pandas' `DataFrame.to_csv` writes the same quoting but does not neutralise formulas.
 *
 * @param columns The header.
 * @param rows The records, each with `columns.length` cells.
 * @param options Field separator.
 * @returns The CSV text.
 * @throws {TypeError} If a row does not have one cell per column.
 *
 * @example Quotes, formulas and numbers
 * ```ts
 * import { toAssignmentsCsv } from "./to_assignments_csv.ts";
 * import assert from "node:assert/strict";
 * const csv = toAssignmentsCsv(["id", "note", "score"], [["=HYPERLINK(\"x\")", 'say "hi", ok', -3.5]]);
 * assert.equal(csv, 'id,note,score\r\n"\'=HYPERLINK(""x"")","say ""hi"", ok",-3.5\r\n');
 * ```
 */
export function toAssignmentsCsv(
  columns: readonly string[],
  rows: readonly (readonly AssignmentsCsvCell[])[],
  options: ToAssignmentsCsvOptions = {},
): string {
  const { delimiter = "," } = options;
  const lines = [columns.map((c) => csvField(c, delimiter)).join(delimiter)];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length !== columns.length) {
      throw new TypeError(
        `Cannot write CSV row ${
          i + 1
        }: it has ${row.length} cells but there are ${columns.length} columns; give one cell per column`,
      );
    }
    lines.push(row.map((v) => csvField(v, delimiter)).join(delimiter));
  }
  return lines.join("\r\n") + "\r\n";
}
