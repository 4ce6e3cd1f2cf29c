/**
 * The RFM case end to end on a file too large for memory: DuckDB reads, cleans and aggregates
 * the invoice lines; the per-customer and per-month results finish as in memory.
 *
 * @module
 */
import {
  type AnalyzeRfmOptions,
  finishRfm,
  type RfmAnalysis,
  type RfmLineResults,
  rfmWindows,
  valueOptions,
} from "../run/analyze_rfm.ts";
import { RF_GRID_SEGMENTS } from "../rfm/rf_grid_segments.ts";
import { scanInvoices, type ScanInvoicesOptions, type ScannedInvoices } from "./scan_invoices.ts";
import { computeRfmSql } from "./compute_rfm_sql.ts";
import { segmentMovementSql } from "./segment_movement_sql.ts";
import { comparePeriodsSql } from "./compare_periods_sql.ts";
import { monthlyTrendSql } from "./monthly_trend_sql.ts";
import { topCountriesSql } from "./top_countries_sql.ts";
import { cohortRetentionSql } from "./cohort_retention_sql.ts";
import { customerValueSql } from "./customer_value_sql.ts";

/** Options for {@linkcode analyzeRfmScanned}: the RFM run's, and how DuckDB reads the file. */
export interface AnalyzeRfmScannedOptions extends AnalyzeRfmOptions {
  /** How to read the file and run DuckDB (head size, memory limit, spill folder, threads, roles). */
  scan?: Omit<ScanInvoicesOptions, "clean" | "snapshot">;
}

/**
 * Run the RFM analysis on a large invoice CSV without holding its lines in memory: `scanInvoices`
 * reads and cleans them in DuckDB, the SQL twins compute what `analyzeRfm` computes from lines
 * (monthly trend, countries, cohorts, RFM, segment movement, the compared periods, customer
 * value), and `finishRfm` does the rest (scores, named segments, k-means on a stratified sample
 * above its size, validation, names), as in memory. Each twin equals its in-memory function on
 * the same lines (tests/scan/), so the result is the in-memory run's on the same file, except:
 * the column profiles (`eda.columns`, not shown for invoice files) are not computed, the
 * ledger's examples have no row numbers, and the loader's notes count the head's rows (a note
 * `streamed-head` says how many).
 *
 * @param path The CSV file of invoice lines.
 * @param options See {@linkcode AnalyzeRfmScannedOptions}.
 * @returns The analysis, as `analyzeRfm` returns it.
 *
 * @example
 * ```ts ignore
 * const run = await analyzeRfmScanned("invoices.csv", { seed: 42 });
 * console.log(run.segmentation.profiles.map((p) => p.name));
 * ```
 */
export async function analyzeRfmScanned(
  path: string,
  options: AnalyzeRfmScannedOptions = {},
): Promise<RfmAnalysis> {
  const scanned = await scanInvoices(path, {
    ...options.scan,
    ...(options.clean ? { clean: options.clean } : {}),
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  let lines: RfmLineResults;
  try {
    lines = await scannedLines(scanned, options);
  } finally {
    await scanned.close();
  }
  return finishRfm(lines, options);
}

/**
 * What `analyzeRfm` computes from the lines, computed by the SQL twins over lines already read
 * into DuckDB by `scanInvoices`; `finishRfm` makes the analysis of it (close DuckDB first: its
 * memory is then free for the per-customer steps).
 *
 * @param scanned From `scanInvoices` (left open: the caller closes it).
 * @param options As `analyzeRfm`'s.
 * @returns The line-level results.
 */
export async function scannedLines(
  scanned: ScannedInvoices,
  options: AnalyzeRfmOptions = {},
): Promise<RfmLineResults> {
  const { con, hasInvoice, cleaned } = scanned;
  const { ruleSet = RF_GRID_SEGMENTS, movementDays = 90 } = options;
  const step = (name: string) => options.onProgress?.({ step: name, done: 0, total: 1 });
  step("monthly trend");
  const monthly = await monthlyTrendSql(con, { hasInvoice });
  const countries = cleaned.roles.country ? await topCountriesSql(con, { n: 10 }) : [];
  step("cohorts");
  const cohorts = await cohortRetentionSql(con);
  step("recency, frequency, monetary");
  const rfm = await computeRfmSql(con, {
    hasInvoice,
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
  });
  const windows = rfmWindows(rfm, monthly, movementDays, options.compareFrom);
  const movement = windows.movementFrom === null || windows.movementFrom === "skipped"
    ? windows.movementFrom
    : await segmentMovementSql(con, {
      from: windows.movementFrom,
      to: rfm.snapshot,
      ruleSet,
      hasInvoice,
      rfmAtTo: rfm,
    });
  const periods = windows.split === null
    ? null
    : await comparePeriodsSql(con, { split: windows.split, end: windows.end, hasInvoice });
  step("customer value");
  const value = options.value === false ? null : await customerValueSql(con, valueOptions(options));
  return {
    loaded: scanned.loaded,
    mapping: scanned.mapping,
    cleaned,
    eda: { columns: [], monthly, countries },
    cohorts,
    rfm,
    movement,
    periods,
    value,
  };
}
