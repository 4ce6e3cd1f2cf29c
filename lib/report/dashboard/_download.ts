// Private (dashboard, runs in the browser): the "Download CSV" button's file, with the same
// formula-safe field rule as `toAssignmentsCsv` (one shared `csvField`).
import { csvField } from "../_csv_field.ts";
import type { Cell } from "./_data.ts";

/**
 * The rows as comma-separated CSV: a header line, one line per row, CRLF after every line.
 *
 * @param columns The header.
 * @param rows The rows, as shown (filtered and sorted).
 * @returns The file's text.
 */
export function csvText(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map((c) => csvField(c, ",")).join(",")];
  for (const r of rows) lines.push(r.map((v) => csvField(v, ",")).join(","));
  return lines.join("\r\n") + "\r\n";
}

/**
 * Hand the text to the browser as a download named `fileName` (a hidden link to a blob URL,
 * clicked once and removed; the URL is revoked a second later).
 *
 * @param doc The page.
 * @param text The file's text (saved as UTF-8 CSV).
 * @param fileName The suggested file name.
 */
export function saveCsv(doc: Document, text: string, fileName: string): void {
  const blob = new Blob([text], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
