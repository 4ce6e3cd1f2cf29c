/**
 * Two periods side by side (new, repeating and lapsed customers, the revenue bridge), computed by
 * DuckDB over `seg_clean`.
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  comparedPeriods,
  type ComparePeriodsOptions,
  type Period,
  type PeriodComparison,
  periodComparisonOf,
} from "../rfm/compare_periods.ts";
import { AMOUNT, double, inputStats, linesOf, tableName } from "./_rfm_sql.ts";
import { idColumns, readFrame } from "./_read_frame.ts";

/** Options for {@linkcode comparePeriodsSql}: those of `comparePeriods`, and the table's. */
export interface ComparePeriodsSqlOptions extends ComparePeriodsOptions {
  /**
   * Whether the cleaned table had an invoice role; only the input warnings depend on it (as in
   * `comparePeriods`). @default {whether any line has an invoice id}
   */
  hasInvoice?: boolean;
  /** The table of cleaned lines (the `seg_clean` contract). @default {"seg_clean"} */
  table?: string;
}

/**
 * The SQL twin of `comparePeriods`: the same {@linkcode PeriodComparison} (periods, counts by
 * status, revenue bridge, first purchase, per-customer table sorted by id, warnings and errors),
 * with the per-customer sums done by DuckDB over the cleaned lines of `seg_clean`. Two scans: one
 * finds the first and latest dates, one groups the lines before the later period's end by
 * customer; the bridge is added up in memory by the function `comparePeriods` uses.
 *
 * @param con A DuckDB connection holding the table.
 * @param options The split day, optionally the later period's end and the earlier one's start, the table.
 * @returns Counts by status, the revenue bridge and the per-customer table.
 * @throws {RangeError} If the table is empty, a date is invalid or a period is empty.
 *
 * @example The last 90 days against the 90 before
 * ```ts ignore
 * const c = await comparePeriodsSql(con, { split: new Date("2021-09-10"), end: new Date("2021-12-09") });
 * console.log(c.customers, c.revenue);
 * ```
 */
export async function comparePeriodsSql(
  con: DuckDBConnection,
  options: ComparePeriodsSqlOptions,
): Promise<PeriodComparison> {
  const { table = "seg_clean" } = options;
  const hasInvoice = options.hasInvoice ?? await anyInvoice(con, table);
  const stats = await inputStats(con, table, hasInvoice);
  const [earlier, later] = comparedPeriods(options, stats.latest);
  const t = "seg_t";
  const inside = (p: Period) =>
    `(${t} >= ${double(p.start.getTime())} AND ${t} < ${double(p.end.getTime())})`;
  const spend = (p: Period) => `fsum(CASE WHEN ${inside(p)} THEN ${AMOUNT} ELSE 0 END)`;
  const aggregates = await readFrame(
    con,
    `SELECT ${idColumns("seg_id")}, ${spend(earlier)}, ${spend(later)},
       CAST(bool_or(${inside(earlier)}) AS INTEGER),
       CAST(bool_or(${inside(later)}) AS INTEGER),
       CAST(bool_or(${t} < ${double(earlier.start.getTime())}) AS INTEGER)
     FROM ${linesOf(table)}
     WHERE ${t} < ${double(later.end.getTime())}
     GROUP BY seg_id
     HAVING bool_or(${inside(earlier)}) OR bool_or(${inside(later)})
     ORDER BY seg_id`,
    [
      { name: "customer", type: "id" },
      { name: "revenue_earlier", type: "f64" },
      { name: "revenue_later", type: "f64" },
      { name: "in_earlier", type: "bool" },
      { name: "in_later", type: "bool" },
      { name: "before", type: "bool" },
    ],
  );
  return periodComparisonOf(aggregates, {
    earlier,
    later,
    firstPurchase: new Date(stats.first!),
    warnings: stats.warnings,
  });
}

/** Whether any line of the table has an invoice id. */
async function anyInvoice(con: DuckDBConnection, table: string): Promise<boolean> {
  const reader = await con.runAndReadAll(
    `SELECT EXISTS (SELECT 1 FROM ${tableName(table)} WHERE seg_invoice IS NOT NULL)`,
  );
  return reader.getRows()[0]![0] === true;
}
