/**
 * The countries with the most revenue in a cleaned invoice table held in DuckDB (the streamed path).
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type CountryTotal, countryTotals } from "../eda/top_countries.ts";
import { rowsOf } from "./_month_sql.ts";

/** Options for {@linkcode topCountriesSql}. */
export interface TopCountriesSqlOptions {
  /** The `seg_clean` table to read, written into the SQL as is. @default {"seg_clean"} */
  table?: string;
  /** How many countries at most. @default {10} */
  n?: number;
}

/**
 * `topCountries` (lib/eda) over the DuckDB table `seg_clean`: per country (`seg_country`), the
 * finite amounts' sum, its share of the revenue of every row (with or without a country), the
 * distinct customers and the rows; the `n` largest by revenue, ties by name in byte order (as
 * polars sorts text). Equals `topCountries(table, roles, { n })` on the same rows: counts
 * exactly, revenue and shares to rounding (DuckDB sums in another order).
 *
 * One scan, one hash aggregate by country; only the `n` rows come back, and
 * {@linkcode countryTotals} divides as `topCountries` does. `seg_customer` is never NULL in
 * `seg_clean` (the streamed path needs a customer role), so `customers` is always a number.
 * Without a country role `seg_country` is all NULL and the result is empty, as `analyzeRfm`
 * reports no countries then.
 *
 * @param con A DuckDB connection holding the table.
 * @param options See {@linkcode TopCountriesSqlOptions}.
 * @returns Up to `n` countries, largest revenue first.
 * @throws {RangeError} If `n` is not a whole number at least 0.
 *
 * @example The ten countries of a cleaned table in DuckDB
 * ```ts ignore
 * const countries = roles.country ? await topCountriesSql(con, { n: 10 }) : [];
 * // deep-equal (revenue and shares to 1e-9) to topCountries(cleaned.table, roles, { n: 10 })
 * ```
 */
export async function topCountriesSql(
  con: DuckDBConnection,
  options: TopCountriesSqlOptions = {},
): Promise<CountryTotal[]> {
  const { table = "seg_clean", n = 10 } = options;
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Cannot total the countries with n = ${n}: give a whole number at least 0`);
  }
  const rows = await rowsOf(
    con,
    `WITH g AS (
       SELECT seg_country AS country,
         CAST(coalesce(sum(seg_amount) FILTER (WHERE isfinite(seg_amount)), 0) AS DOUBLE) AS revenue,
         count(DISTINCT seg_customer) AS customers, count(*) AS orders
       FROM ${table} GROUP BY seg_country
     )
     SELECT country, revenue, customers, orders, (SELECT sum(revenue) FROM g) AS total
     FROM g WHERE country IS NOT NULL
     ORDER BY revenue DESC, country ASC LIMIT ${n}`,
  );
  return countryTotals(
    rows.map((r) => ({
      country: String(r["country"]),
      revenue: Number(r["revenue"]),
      customers: Number(r["customers"]),
      orders: Number(r["orders"]),
    })),
    Number(rows[0]?.["total"] ?? 0),
  );
}
