/**
 * Revenue and customers per country.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap } from "../base/types.ts";
import { checkRoleColumns, requireRole } from "../base/frame.ts";

/** One country of {@linkcode topCountries}. */
export interface CountryTotal {
  /** The country as written in the file. */
  readonly country: string;
  /** Sum of its amounts. */
  readonly revenue: number;
  /** Its share of the revenue of every row (with or without a country), 0..1. */
  readonly revenueShare: number;
  /** Distinct customers; `null` without a `customer` role. */
  readonly customers: number | null;
  /** Rows (invoice lines). */
  readonly orders: number;
}

/** Options for {@linkcode topCountries}. */
export interface TopCountriesOptions {
  /** How many countries at most. @default {10} */
  n?: number;
}

/**
 * The countries with the most revenue, largest first (ties by name), with their distinct
 * customers and rows. Rows without a country are left out of the list but count in the
 * total that `revenueShare` divides by; NaN and ±Infinity amounts are left out. One polars
 * group-by, like pandas' `df.groupby("country").agg(revenue=("amount", "sum"),
 * customers=("customer", "nunique")).nlargest(n, "revenue")`.
 *
 * @param table Transactions, best after {@linkcode cleanTransactions}.
 * @param roles `country` and `amount` are required; `customer` is used when given.
 * @param options See {@linkcode TopCountriesOptions}.
 * @returns Up to `n` countries.
 * @throws {TypeError} If a required role is missing or names a column not in the table.
 * @throws {RangeError} If `n` is not a whole number at least 0.
 *
 * @example Two countries
 * ```ts
 * import pl from "nodejs-polars";
 * import { topCountries } from "./top_countries.ts";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({ c: ["a", "b", "a", "c"], k: ["UK", "FR", "UK", "FR"], x: [10, 5, 20, 65] });
 * const top = topCountries(t, { customer: "c", country: "k", amount: "x" });
 * assert.deepEqual(top.map((r) => [r.country, r.revenue, r.revenueShare, r.customers, r.orders]), [
 *   ["FR", 70, 0.7, 2, 2], ["UK", 30, 0.3, 1, 2],
 * ]);
 * ```
 */
export function topCountries(
  table: pl.DataFrame,
  roles: RoleMap,
  options: TopCountriesOptions = {},
): CountryTotal[] {
  const { n = 10 } = options;
  const action = "total the countries";
  checkRoleColumns(table, roles, action);
  const country = requireRole(roles, "country", action);
  const amount = requireRole(roles, "amount", action);
  const customer = roles.customer;
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Cannot ${action} with n = ${n}: give a whole number at least 0`);
  }
  const a = pl.col("__amount");
  const base = table.select(
    pl.col(country).cast(pl.Utf8).alias("__country"),
    pl.col(amount).cast(pl.Float64).alias("__amount"),
    ...(customer === undefined ? [] : [pl.col(customer).alias("__customer")]),
  );
  const total = Number(base.select(a.filter(a.isFinite()).sum().alias("t")).toRecords()[0]?.["t"] ?? 0);
  const rows = base.filter(pl.col("__country").isNotNull()).groupBy("__country").agg(
    a.filter(a.isFinite()).sum().alias("revenue"),
    pl.col("__country").count().alias("orders"),
    ...(customer === undefined ? [] : [pl.col("__customer").dropNulls().nUnique().alias("customers")]),
  ).sort(["revenue", "__country"], [true, false]).head(n).toRecords();
  return countryTotals(
    rows.map((r) => ({
      country: String(r["__country"]),
      revenue: Number(r["revenue"] ?? 0),
      customers: customer === undefined ? null : Number(r["customers"]),
      orders: Number(r["orders"]),
    })),
    total,
  );
}

/**
 * The rows of {@linkcode topCountries} from the countries' totals, already sorted and cut,
 * and the revenue of every row: adds each `revenueShare` (`revenue / total`; NaN when the
 * total is 0). Shared with the SQL twin (`topCountriesSql` in lib/scan), so both divide alike.
 *
 * @param rows The countries, largest revenue first.
 * @param total Sum of the finite amounts of every row, with or without a country.
 * @returns The rows with their shares.
 */
export function countryTotals(
  rows: readonly Omit<CountryTotal, "revenueShare">[],
  total: number,
): CountryTotal[] {
  return rows.map((r) => ({
    country: r.country,
    revenue: r.revenue,
    revenueShare: total === 0 ? Number.NaN : r.revenue / total,
    customers: r.customers,
    orders: r.orders,
  }));
}
