/**
 * Private to lib/scan: calendar months of `seg_clean`'s `seg_t` (epoch milliseconds, naive UTC)
 * in DuckDB SQL, and reading a query's rows.
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * The first instant of the month of an epoch-milliseconds column, as a naive `TIMESTAMP`
 * (`epoch_ms` of a BIGINT is time-zone free, unlike `to_timestamp`). Like `monthStart` in
 * lib/base/month.ts: truncate on the big table, turn the few months into indices after grouping.
 */
export function monthStartSql(column: string): string {
  return `date_trunc('month', epoch_ms(CAST(floor(${column}) AS BIGINT)))`;
}

/** `year * 12 + month - 1` of a month-start `TIMESTAMP` expression (as `monthIndex` in lib/base/month.ts). */
export function monthIndexSql(month: string): string {
  return `CAST(year(${month}) * 12 + month(${month}) - 1 AS INTEGER)`;
}

/** The rows of a query as plain objects (BIGINT as `bigint`: read numbers with `Number`). */
export async function rowsOf(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}
