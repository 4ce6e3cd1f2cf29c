/**
 * Report: the self-contained HTML report (with its dashboard) and the formula-safe segment CSV.
 *
 * @module
 */
export * from "./escape_html.ts";
export * from "./to_assignments_csv.ts";
export * from "./render_report.ts";
