/**
 * Monthly cohort retention of a cleaned invoice table held in DuckDB (the streamed path).
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type CohortCell, type CohortTable, cohortTable } from "../cohorts/cohort_retention.ts";
import { monthIndexSql, monthStartSql, rowsOf } from "./_month_sql.ts";

/** Options for {@linkcode cohortRetentionSql}. */
export interface CohortRetentionSqlOptions {
  /** The `seg_clean` table to read, written into the SQL as is. @default {"seg_clean"} */
  table?: string;
}

/**
 * `cohortRetention` (lib/cohorts) over the DuckDB table `seg_clean`: a customer's cohort is the
 * calendar month (naive UTC) of their first row, and they count in period `p` of it if they have
 * a row `p` months later. Equals `cohortRetention(table, roles)` on the same rows, every number
 * bit for bit: SQL counts the cells, and {@linkcode cohortTable} (shared with `cohortRetention`)
 * fills the gaps, marks the months after the data's last as NaN and divides in TypeScript.
 *
 * One scan of the table to its distinct (customer, month) pairs, a window minimum per customer
 * and one hash aggregate by (cohort, month); only the non-empty cells come back (at most
 * months x months).
 *
 * @param con A DuckDB connection holding the table.
 * @param options See {@linkcode CohortRetentionSqlOptions}.
 * @returns Cohorts, periods, sizes, counts and retention shares; empty if the table has no row.
 *
 * @example The cohorts of a cleaned table in DuckDB
 * ```ts ignore
 * const cohorts = await cohortRetentionSql(con);
 * // deep-equal to cohortRetention(cleaned.table, roles)
 * ```
 */
export async function cohortRetentionSql(
  con: DuckDBConnection,
  options: CohortRetentionSqlOptions = {},
): Promise<CohortTable> {
  const { table = "seg_clean" } = options;
  const rows = await rowsOf(
    con,
    `WITH cm AS (
       SELECT seg_customer AS c, ${monthStartSql("seg_t")} AS m FROM ${table}
       WHERE seg_customer IS NOT NULL AND seg_t IS NOT NULL GROUP BY ALL
     ), ck AS (SELECT m, min(m) OVER (PARTITION BY c) AS k FROM cm)
     SELECT ${monthIndexSql("k")} AS cohort, ${monthIndexSql("m")} - ${monthIndexSql("k")} AS period,
       count(*) AS n
     FROM ck GROUP BY k, m`,
  );
  const cells: CohortCell[] = rows.map((r) => ({
    cohort: Number(r["cohort"]),
    period: Number(r["period"]),
    customers: Number(r["n"]),
  }));
  return cohortTable(cells);
}
