/**
 * The segment-assignment CSV for the CRM.
 *
 * @module
 */
import { toAssignmentsCsv } from "./to_assignments_csv.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { assignmentsTable } from "./assignments_table.ts";

/**
 * The segment CSV for the CRM: {@linkcode assignmentsTable} as formula-safe CSV.
 *
 * @param analysis From `analyzeRfm` or `analyzeFeatures`.
 * @returns CSV text (RFC 4180; text cells starting with `=`, `+`, `-`, `@` neutralised).
 *
 * @example The CRM file
 * ```ts
 * import { analyzeRfm, assignmentsCsv, mapRoles, readTable } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { kMax: 3, nBoot: 2 });
 * const csv = assignmentsCsv(run);
 * assert.match(csv, /^customer_id,recency_days,frequency,monetary,/);
 * ```
 */
export function assignmentsCsv(analysis: RfmAnalysis | FeatureAnalysis): string {
  const a = assignmentsTable(analysis);
  return toAssignmentsCsv(a.columns, a.rows);
}
