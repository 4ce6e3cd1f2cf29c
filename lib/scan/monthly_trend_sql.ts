/**
 * The monthly trend of a cleaned invoice table held in DuckDB (the streamed path).
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type MonthlyPoint, monthlyPoints, type MonthTotals } from "../eda/monthly_trend.ts";
import { monthIndexSql, rowsOf } from "./_month_sql.ts";

/** Options for {@linkcode monthlyTrendSql}. */
export interface MonthlyTrendSqlOptions {
  /** The `seg_clean` table to read, written into the SQL as is. @default {"seg_clean"} */
  table?: string;
  /**
   * Whether the table has an invoice role (`invoices` counted) or not (`invoices: null`), as
   * `roles.invoice !== undefined` for `monthlyTrend`. @default {true when any `seg_invoice` is not NULL}
   */
  hasInvoice?: boolean;
}

/**
 * `monthlyTrend` (lib/eda) over the DuckDB table `seg_clean` (one row per cleaned invoice line:
 * `seg_customer`, `seg_invoice`, `seg_t` in epoch ms, `seg_amount`, `seg_country`): revenue (the
 * finite amounts' sum), distinct customers, new customers (by the month of their first row),
 * distinct invoices and rows per calendar month of the naive UTC date, from the first month to
 * the last with the months between as zeros, oldest first. Equals `monthlyTrend(table, roles)`
 * on the same rows: counts exactly, revenue to rounding (DuckDB sums in another order).
 *
 * Two scans of the table, each one hash aggregate: per month (the distinct counts), and per
 * customer (the first date); only the months come back, and {@linkcode monthlyPoints} fills the
 * gaps as `monthlyTrend` does.
 *
 * Without an invoice role `seg_invoice` is all NULL, and so it is where an invoice column holds
 * no id at all: by default `invoices` is `null` when no row has an invoice id. Pass `hasInvoice`
 * (`roles.invoice !== undefined`) to tell the two apart exactly as `monthlyTrend` does.
 *
 * @param con A DuckDB connection holding the table.
 * @param options See {@linkcode MonthlyTrendSqlOptions}.
 * @returns One point per month, oldest first; empty if the table has no row.
 *
 * @example The months of a cleaned table in DuckDB
 * ```ts ignore
 * const points = await monthlyTrendSql(con, { hasInvoice: roles.invoice !== undefined });
 * // deep-equal (revenue to 1e-9) to monthlyTrend(cleaned.table, roles)
 * ```
 */
export async function monthlyTrendSql(
  con: DuckDBConnection,
  options: MonthlyTrendSqlOptions = {},
): Promise<MonthlyPoint[]> {
  const { table = "seg_clean", hasInvoice } = options;
  const months = await rowsOf(
    con,
    `SELECT m AS month,
       CAST(coalesce(sum(seg_amount) FILTER (WHERE isfinite(seg_amount)), 0) AS DOUBLE) AS revenue,
       count(DISTINCT seg_customer) AS customers, count(DISTINCT seg_invoice) AS invoices,
       count(seg_invoice) AS invoice_lines, count(*) AS orders
     FROM (SELECT ${monthIndexSql("seg_t")} AS m, seg_customer, seg_invoice, seg_amount
           FROM ${table} WHERE seg_t IS NOT NULL)
     GROUP BY m`,
  );
  if (months.length === 0) return [];
  const firsts = await rowsOf(
    con,
    `SELECT m AS month, count(*) AS n
     FROM (SELECT ${monthIndexSql("min(seg_t)")} AS m FROM ${table}
           WHERE seg_t IS NOT NULL AND seg_customer IS NOT NULL GROUP BY seg_customer)
     GROUP BY m`,
  );
  const totals = new Map<number, MonthTotals>();
  let invoiceLines = 0;
  for (const r of months) {
    totals.set(Number(r["month"]), {
      revenue: Number(r["revenue"]),
      customers: Number(r["customers"]),
      invoices: Number(r["invoices"]),
      orders: Number(r["orders"]),
    });
    invoiceLines += Number(r["invoice_lines"]);
  }
  const fresh = new Map(firsts.map((r) => [Number(r["month"]), Number(r["n"])]));
  return monthlyPoints(totals, fresh, hasInvoice ?? invoiceLines > 0);
}
