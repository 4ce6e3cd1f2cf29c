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

/**
 * {@linkcode assignmentsCsv} in pieces of `rowsPerChunk` customers (the header first): joined,
 * they are the same text, but no piece holds more than a chunk's rows, so a table of millions of
 * customers is written without one string of gigabytes (JavaScript strings stop near 1 GB).
 *
 * @param analysis From `analyzeRfm` or `analyzeFeatures`.
 * @param rowsPerChunk Customers per piece. @default {100000}
 * @returns The CSV text in pieces.
 *
 * @example The pieces join to the CSV
 * ```ts
 * import { analyzeRfm, assignmentsCsv, assignmentsCsvChunks, mapRoles, readTable } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { kMax: 3, nBoot: 2 });
 * assert.equal([...assignmentsCsvChunks(run, 7)].join(""), assignmentsCsv(run));
 * ```
 */
export function* assignmentsCsvChunks(
  analysis: RfmAnalysis | FeatureAnalysis,
  rowsPerChunk = 100_000,
): Generator<string> {
  const n = analysis.customers.height;
  const head = assignmentsTable(analysis, { slice: { offset: 0, length: 0 } });
  yield toAssignmentsCsv(head.columns, []);
  for (let offset = 0; offset < n; offset += rowsPerChunk) {
    const t = assignmentsTable(analysis, { slice: { offset, length: rowsPerChunk } });
    // toAssignmentsCsv writes the header first: the piece is what follows it.
    const text = toAssignmentsCsv(t.columns, t.rows);
    yield text.slice(text.indexOf("\r\n") + 2);
  }
}
