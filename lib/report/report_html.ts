/**
 * The report of an analysis as one self-contained HTML file.
 *
 * @module
 */
import { renderReport } from "./render_report.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { buildReport, type BuildReportOptions } from "./build_report.ts";

/**
 * The report as one self-contained HTML file.
 *
 * @param analysis From `analyzeRfm` or `analyzeFeatures`.
 * @param options See {@linkcode BuildReportOptions}.
 * @returns The HTML.
 *
 * @example Self-contained, with the run record embedded
 * ```ts
 * import { analyzeRfm, mapRoles, readTable, reportHtml } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { kMax: 3, nBoot: 2 });
 * const html = reportHtml(run);
 * assert.match(html, /<script type="application\/json" id="segmenta-run">/);
 * assert.doesNotMatch(html, /<script src=|<link /);
 * ```
 */
export function reportHtml(
  analysis: RfmAnalysis | FeatureAnalysis,
  options: BuildReportOptions = {},
): string {
  return renderReport(buildReport(analysis, options));
}
