/**
 * Private to lib/scan: calendar months of `seg_clean`'s `seg_t` (epoch milliseconds, naive UTC)
 * in DuckDB SQL, and reading a query's rows.
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";

/** `1970 * 12`: the month index of January 1970. */
const EPOCH_MONTH = 23_640;

/**
 * The month index `year * 12 + month - 1` (as `monthIndex` in lib/base/month.ts) of an
 * epoch-milliseconds expression, naive UTC: `epoch_ms` of a BIGINT is a time-zone-free
 * `TIMESTAMP` (unlike `to_timestamp`), and `date_diff('month', ...)` counts the month boundaries
 * crossed since 1970-01 (negative before), the cheapest of the month expressions measured
 * (about half the time of `year() * 12 + month()` on the same timestamps).
 */
export function monthIndexSql(epochMs: string): string {
  return `(${EPOCH_MONTH} + date_diff('month', TIMESTAMP '1970-01-01', epoch_ms(CAST(floor(${epochMs}) AS BIGINT))))`;
}

/** The rows of a query as plain objects (BIGINT as `bigint`: read numbers with `Number`). */
export async function rowsOf(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}
