// Private: one CSV field, shared by toAssignmentsCsv and the dashboard script.

/**
 * One CSV field. The report's dashboard script (`dashboard/_download.ts`, bundled for the
 * browser) imports it too, so the download button and {@linkcode toAssignmentsCsv} apply the same
 * rule; keep it free of Deno and Node APIs.
 *
 * @param value The cell.
 * @param delimiter The field separator.
 * @returns The field, quoted where RFC 4180 needs it.
 */
export function csvField(value: unknown, delimiter: string): string {
  let text: string;
  if (value === null || value === undefined) {
    text = "";
  } else if (typeof value === "number") {
    text = Number.isFinite(value) ? String(value) : "";
  } else {
    text = String(value);
    // OWASP CSV injection: a text cell that a spreadsheet would read as a formula gets a leading '.
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  }
  if (text.includes(delimiter) || /["\r\n]/.test(text)) text = '"' + text.replace(/"/g, '""') + '"';
  return text;
}
