/**
 * Revenue, customers and invoices per calendar month.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap } from "../base/types.ts";
import { checkRoleColumns, isTemporalDtype, requireRole } from "../base/frame.ts";
import { monthIndex, monthLabel, monthStart } from "../base/month.ts";

/** One calendar month of {@linkcode monthlyTrend}. */
export interface MonthlyPoint {
  /** The month, `YYYY-MM` (naive UTC). */
  readonly month: string;
  /** Sum of the amounts (NaN and ±Infinity left out); 0 in a month without rows. */
  readonly revenue: number;
  /** Distinct customers with a row in the month. */
  readonly customers: number;
  /** Customers whose first row in the table falls in this month. */
  readonly newCustomers: number;
  /** Distinct invoices in the month; `null` without an `invoice` role. */
  readonly invoices: number | null;
  /** Rows (invoice lines) in the month. */
  readonly orders: number;
}

/**
 * Revenue and activity per calendar month, from the first month with a dated row to the
 * last, months without rows included (as zeros), so that a chart's time axis has no
 * hidden gaps. Rows without a date are left out; missing customer and invoice ids are not
 * counted. Months are taken from the naive UTC date, never the local time zone. Computed
 * by one polars group-by, like pandas'
 * `df.groupby(df.date.dt.to_period("M")).agg(revenue=("amount", "sum"), customers=("customer", "nunique"))`.
 *
 * @param table Transactions, best after {@linkcode cleanTransactions} (cancellations would lower the revenue).
 * @param roles `date`, `amount` and `customer` are required; `invoice` is used when given.
 * @returns One point per month, oldest first; empty if no row has a date.
 * @throws {TypeError} If a required role is missing, names a column not in the table, or the date column does not hold dates.
 *
 * @example Two months and a gap
 * ```ts
 * import pl from "nodejs-polars";
 * import { monthlyTrend } from "./monthly_trend.ts";
 * import assert from "node:assert/strict";
 * const day = 86_400_000;
 * const table = pl.DataFrame({
 *   c: ["a", "b", "a"],
 *   d: pl.Series("d", [0, 5 * day, 70 * day]).cast(pl.Datetime("ms")),
 *   x: [10, 5, 2],
 * });
 * const trend = monthlyTrend(table, { customer: "c", date: "d", amount: "x" });
 * assert.deepEqual(trend.map((p) => [p.month, p.revenue, p.customers, p.newCustomers]), [
 *   ["1970-01", 15, 2, 2], ["1970-02", 0, 0, 0], ["1970-03", 2, 1, 0],
 * ]);
 * ```
 */
export function monthlyTrend(table: pl.DataFrame, roles: RoleMap): MonthlyPoint[] {
  const action = "compute the monthly trend";
  checkRoleColumns(table, roles, action);
  const date = requireRole(roles, "date", action);
  const amount = requireRole(roles, "amount", action);
  const customer = requireRole(roles, "customer", action);
  const invoice = roles.invoice;
  if (!isTemporalDtype(table.getColumn(date).dtype)) {
    throw new TypeError(
      `Cannot ${action}: the date column "${date}" does not hold dates; read the file with readTable, which parses dates`,
    );
  }
  const m = "__month", first = "__first";
  const dated = table.filter(pl.col(date).isNotNull()).select(
    monthStart(date).alias(m),
    pl.col(amount).cast(pl.Float64).alias("__amount"),
    pl.col(customer).alias("__customer"),
    ...(invoice === undefined ? [] : [pl.col(invoice).alias("__invoice")]),
  );
  if (dated.height === 0) return [];
  const a = pl.col("__amount");
  const byMonth = dated.groupBy(m).agg(
    a.filter(a.isFinite()).sum().alias("revenue"),
    pl.col("__customer").dropNulls().nUnique().alias("customers"),
    pl.col(m).count().alias("orders"),
    ...(invoice === undefined ? [] : [pl.col("__invoice").dropNulls().nUnique().alias("invoices")]),
  ).withColumns(monthIndex(m).alias(m));
  const firsts = dated.filter(pl.col("__customer").isNotNull()).groupBy("__customer").agg(
    pl.col(m).min().alias(first),
  )
    .groupBy(first).agg(pl.col(first).count().alias("newCustomers")).withColumns(
      monthIndex(first).alias(first),
    );
  const totals = new Map<number, MonthTotals>();
  for (const r of byMonth.toRecords()) {
    totals.set(Number(r[m]), {
      revenue: Number(r["revenue"] ?? 0),
      customers: Number(r["customers"]),
      invoices: invoice === undefined ? 0 : Number(r["invoices"]),
      orders: Number(r["orders"]),
    });
  }
  const fresh = new Map<number, number>();
  for (const r of firsts.toRecords()) fresh.set(Number(r[first]), Number(r["newCustomers"]));
  return monthlyPoints(totals, fresh, invoice !== undefined);
}

/** The totals of one month with rows, keyed by month index in {@linkcode monthlyPoints}. */
export interface MonthTotals {
  /** Sum of the finite amounts. */
  readonly revenue: number;
  /** Distinct customers. */
  readonly customers: number;
  /** Distinct invoices (ignored without invoices). */
  readonly invoices: number;
  /** Rows. */
  readonly orders: number;
}

/**
 * The points of {@linkcode monthlyTrend} from its per-month totals, shared with the SQL twin
 * (`monthlyTrendSql` in lib/scan): one point per month from the first month with rows to the
 * last, months without rows as zeros, oldest first.
 *
 * @param totals Totals of the months with rows, by month index `year * 12 + month - 1`.
 * @param fresh New customers by month index of their first row.
 * @param hasInvoice Whether there is an invoice role (else `invoices` is `null`).
 * @returns One point per month; empty when `totals` is.
 */
export function monthlyPoints(
  totals: ReadonlyMap<number, MonthTotals>,
  fresh: ReadonlyMap<number, number>,
  hasInvoice: boolean,
): MonthlyPoint[] {
  if (totals.size === 0) return [];
  const months = [...totals.keys()];
  const lo = Math.min(...months), hi = Math.max(...months);
  const out: MonthlyPoint[] = [];
  for (let k = lo; k <= hi; k++) {
    const r = totals.get(k);
    out.push({
      month: monthLabel(k),
      revenue: r === undefined ? 0 : r.revenue,
      customers: r === undefined ? 0 : r.customers,
      newCustomers: fresh.get(k) ?? 0,
      invoices: !hasInvoice ? null : r === undefined ? 0 : r.invoices,
      orders: r === undefined ? 0 : r.orders,
    });
  }
  return out;
}
