/** Private: the scans of `seg_clean` behind the SQL twins of the RFM analyses. */
import type pl from "nodejs-polars";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Warning } from "../base/types.ts";
import { idColumns, readFrame } from "./_read_frame.ts";

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** `table` as a quoted SQL identifier (`schema.table` allowed). */
export function tableName(table: string): string {
  return table.split(".").map((p) => `"${p.replaceAll('"', '""')}"`).join(".");
}

/** A number as a DOUBLE literal (finite numbers only: the callers check dates first). */
export function double(x: number): string {
  return `CAST(${x} AS DOUBLE)`;
}

/**
 * Text compared byte by byte, as polars compares Utf8, whatever the connection's
 * `default_collation` (which would otherwise also merge ids in GROUP BY and DISTINCT).
 */
export const BINARY = 'COLLATE "binary"';

/** The lines of `table` with the customer id as `seg_id`, compared byte by byte ({@linkcode BINARY}). */
export function linesOf(table: string): string {
  return `(SELECT seg_customer ${BINARY} AS seg_id, seg_invoice, seg_t, seg_amount FROM ${tableName(table)})`;
}

/** The line's amount as the in-memory step sums it: a missing or NaN amount counts 0. */
export const AMOUNT = "COALESCE(CASE WHEN isnan(seg_amount) THEN 0 ELSE seg_amount END, 0)";

/** What one scan of the lines tells before the group-by. */
export interface InputStats {
  /** Lines. */
  readonly rows: number;
  /** The latest and earliest line's time, epoch ms (`null` without lines). */
  readonly latest: number | null;
  readonly first: number | null;
  /** Lines dated on or after `laterThan` (0 without it). */
  readonly later: number;
  /** The input step's warnings, as `rfmInput` (lib/rfm) gives them for the same rows. */
  readonly warnings: Warning[];
}

/**
 * Count the lines, their first and latest time, the lines on or after `laterThan`, and the input
 * warnings of the in-memory step: amounts missing (`rfm-rows-without-amount`), invoice ids missing
 * (`rfm-rows-without-invoice`), frequency by days without an invoice role (`rfm-frequency-by-days`).
 * `seg_clean` holds no line without a customer or a date (its contract), so the in-memory
 * `rfm-rows-without-customer-or-date` cannot arise.
 */
export async function inputStats(
  con: DuckDBConnection,
  table: string,
  hasInvoice: boolean,
  laterThan?: number,
): Promise<InputStats> {
  const later = laterThan === undefined ? "0" : `count(*) FILTER (WHERE seg_t >= ${double(laterThan)})`;
  const reader = await con.runAndReadAll(
    `SELECT CAST(count(*) AS DOUBLE), max(seg_t), min(seg_t), CAST(${later} AS DOUBLE),
       CAST(count(*) FILTER (WHERE seg_amount IS NULL OR isnan(seg_amount)) AS DOUBLE),
       CAST(count(*) - count(seg_invoice) AS DOUBLE)
     FROM ${tableName(table)}`,
  );
  const [rows, latest, first, laterRows, noAmount, noInvoice] = reader.getRows()[0]!.map((v) =>
    v === null ? null : Number(v)
  );
  const warnings: Warning[] = [];
  if (noAmount! > 0) warnings.push({ code: "rfm-rows-without-amount", rows: noAmount! });
  if (hasInvoice && noInvoice! > 0) warnings.push({ code: "rfm-rows-without-invoice", rows: noInvoice! });
  if (!hasInvoice) warnings.push({ code: "rfm-frequency-by-days" });
  return { rows: rows!, latest: latest ?? null, first: first ?? null, later: laterRows!, warnings };
}

/**
 * The RFM table of the lines dated before `snapshotMs`, exactly as `computeRfm`'s group-by
 * (lib/rfm/_rfm_core.ts) makes it: recency `floor((snapshot - last) / day)`, frequency distinct
 * invoice ids (a missing id counts as one, as polars' `nUnique` counts null) or distinct UTC days,
 * monetary the sum of amounts, first and last purchase; sorted by customer id byte by byte (as polars
 * sorts Utf8; {@linkcode BINARY} whatever the connection's collation). One scan; the result is read in columns.
 */
export function rfmTableSql(
  con: DuckDBConnection,
  table: string,
  snapshotMs: number,
  hasInvoice: boolean,
): Promise<pl.DataFrame> {
  const frequency = hasInvoice
    ? `count(DISTINCT seg_invoice ${BINARY}) + max(CASE WHEN seg_invoice IS NULL THEN 1 ELSE 0 END)`
    : `count(DISTINCT floor(seg_t / ${DAY_MS}))`;
  return readFrame(
    con,
    `SELECT ${idColumns("seg_id")},
       CAST(floor((${double(snapshotMs)} - max(seg_t)) / ${DAY_MS}) AS INTEGER),
       CAST(${frequency} AS INTEGER),
       fsum(${AMOUNT}),
       min(seg_t),
       max(seg_t)
     FROM ${linesOf(table)}
     WHERE seg_t < ${double(snapshotMs)}
     GROUP BY seg_id
     ORDER BY seg_id`,
    [
      { name: "customer", type: "id" },
      { name: "recency", type: "i32" },
      { name: "frequency", type: "i32" },
      { name: "monetary", type: "f64" },
      { name: "first_purchase", type: "datetime" },
      { name: "last_purchase", type: "datetime" },
    ],
  );
}
