/**
 * How customers moved between named RFM segments from one snapshot to another, with both RFM
 * tables computed by DuckDB over `seg_clean`.
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  checkMovementDates,
  type SegmentMovement,
  segmentMovementOf,
  type SegmentMovementOptions,
} from "../rfm/segment_movement.ts";
import type { RfmResult } from "../rfm/compute_rfm.ts";
import { inputStats, rfmTableSql } from "./_rfm_sql.ts";

/** Options for {@linkcode segmentMovementSql}: those of `segmentMovement`, and the table's. */
export interface SegmentMovementSqlOptions extends SegmentMovementOptions {
  /** Whether the cleaned table had an invoice role (frequency counts invoices, else days). */
  hasInvoice: boolean;
  /** The table of cleaned lines (the `seg_clean` contract). @default {"seg_clean"} */
  table?: string;
  /**
   * The RFM at `to` when it is already computed (`computeRfmSql` on the same table with the same
   * `hasInvoice` and snapshot `to`): its table is used instead of a second scan for it.
   */
  rfmAtTo?: RfmResult;
}

/**
 * The SQL twin of `segmentMovement`: the same {@linkcode SegmentMovement} (transitions, matrix,
 * customer counts, warnings and errors). DuckDB computes the RFM table at each snapshot over the
 * cleaned lines of `seg_clean` (the group-by of `computeRfmSql`); scoring, naming and counting
 * the moves is the in-memory function `segmentMovement` uses. Three scans: one for the input
 * warnings, one per snapshot; two when the RFM at `to` is passed (`rfmAtTo`).
 *
 * @param con A DuckDB connection holding the table.
 * @param options The two snapshots, rule set, bins, invoice role and table.
 * @returns The transitions, largest first, and the full from × to matrix.
 * @throws {RangeError} If `from` is not before `to`, a date is invalid, no line is dated before `to`,
 *   or `rfmAtTo` is at another snapshot.
 * @throws {TypeError} As `segmentRfm` for a bad rule set.
 *
 * @example The last quarter's moves
 * ```ts ignore
 * const move = await segmentMovementSql(con, { from: new Date("2021-09-10"), to: new Date("2021-12-09"), hasInvoice: true });
 * console.log(move.transitions.slice(0, 3));
 * ```
 */
export async function segmentMovementSql(
  con: DuckDBConnection,
  options: SegmentMovementSqlOptions,
): Promise<SegmentMovement> {
  const { from, to, hasInvoice, table = "seg_clean", rfmAtTo, ...movement } = options;
  checkMovementDates(from, to);
  if (rfmAtTo !== undefined && rfmAtTo.snapshot.getTime() !== to.getTime()) {
    throw new RangeError(
      `Cannot compute segment movement: the RFM passed as rfmAtTo is at ${rfmAtTo.snapshot.toISOString()}, not at "to" (${to.toISOString()}); pass the RFM at "to" or leave rfmAtTo out`,
    );
  }
  const { warnings } = await inputStats(con, table, hasInvoice);
  const later = rfmAtTo?.table ?? await rfmTableSql(con, table, to.getTime(), hasInvoice);
  // Without a line before "to" there is none before "from" either: segmentMovementOf refuses it.
  const earlier = later.height === 0 ? later : await rfmTableSql(con, table, from.getTime(), hasInvoice);
  return segmentMovementOf({ from: earlier, to: later }, { ...movement, from, to, warnings });
}
