/**
 * Report: the self-contained HTML report (with its dashboard) and the formula-safe segment CSV.
 *
 * @module
 */
export * from "../base/escape_html.ts";
export * from "./to_assignments_csv.ts";
export * from "./render_report.ts";
export * from "./run_record.ts";
export * from "./build_report.ts";
export * from "./assignments_table.ts";
export * from "./assignments_csv.ts";
export * from "./report_html.ts";
export * from "./output_name.ts";
