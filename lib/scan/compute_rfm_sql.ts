/**
 * Recency, frequency and monetary value per customer, computed by DuckDB over `seg_clean`.
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type RfmResult, rfmResultOf, rfmSnapshotMs } from "../rfm/compute_rfm.ts";
import { inputStats, rfmTableSql } from "./_rfm_sql.ts";

/** Options for {@linkcode computeRfmSql}. */
export interface ComputeRfmSqlOptions {
  /**
   * The date RFM is measured at; only lines dated strictly before it count.
   * @default {midnight (UTC) of the day after the latest line}
   */
  snapshot?: Date;
  /**
   * Whether the cleaned table had an invoice role: frequency then counts distinct invoice ids
   * (`seg_invoice`), else distinct purchase days (and says so in the warnings), as `computeRfm`.
   */
  hasInvoice: boolean;
  /** The table of cleaned lines (the `seg_clean` contract). @default {"seg_clean"} */
  table?: string;
}

/**
 * The SQL twin of `computeRfm`: the same {@linkcode RfmResult} (columns, dtypes, order by customer
 * id, snapshot rule, frequency basis, typed warnings and errors) computed by DuckDB over the
 * cleaned lines of `seg_clean`. Two scans: one counts the lines and finds the latest date, one
 * groups by customer; only the per-customer table comes back, read column by column.
 *
 * @param con A DuckDB connection holding the table.
 * @param options Whether there is an invoice role, the snapshot and the table.
 * @returns One row per customer, the snapshot, the customer count and warnings.
 * @throws {RangeError} If the snapshot is not a valid date, the table is empty, or no line is
 *   dated before the snapshot.
 *
 * @example RFM of a table of lines
 * ```ts ignore
 * const rfm = await computeRfmSql(con, { hasInvoice: true });
 * console.log(rfm.customers, rfm.snapshot.toISOString());
 * ```
 */
export async function computeRfmSql(
  con: DuckDBConnection,
  options: ComputeRfmSqlOptions,
): Promise<RfmResult> {
  const { snapshot, hasInvoice, table = "seg_clean" } = options;
  rfmSnapshotMs(snapshot, 0); // refuses an invalid snapshot before any scan
  const stats = await inputStats(con, table, hasInvoice, snapshot?.getTime());
  const snapshotMs = rfmSnapshotMs(snapshot, stats.latest);
  const grouped = await rfmTableSql(con, table, snapshotMs, hasInvoice);
  return rfmResultOf(grouped, {
    snapshotMs,
    rows: stats.rows,
    later: stats.later,
    invoices: hasInvoice,
    warnings: stats.warnings,
  });
}
