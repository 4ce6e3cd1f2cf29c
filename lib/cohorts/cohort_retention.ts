/**
 * Monthly cohort retention: first-purchase month by months since.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap } from "../base/types.ts";
import { checkRoleColumns, isTemporalDtype, requireRole } from "../base/frame.ts";
import { monthIndex, monthLabel, monthStart } from "../base/month.ts";

/** The result of {@linkcode cohortRetention}: rows are cohorts, columns are months since the first purchase. */
export interface CohortTable {
  /** First-purchase month of each cohort, `YYYY-MM`, oldest first; months in which nobody bought for the first time are left out. */
  readonly cohorts: string[];
  /** Months since the first purchase: 0, 1, ..., up to the oldest cohort's last observed month. */
  readonly periods: number[];
  /** Customers of the cohort in each cohort (row). */
  readonly sizes: number[];
  /**
   * `counts[c][p]`: customers of cohort `c` who bought in month `p` after their first. 0 when
   * none did; NaN where that month is after the last month of the data (not observed yet).
   */
  readonly counts: number[][];
  /** `counts[c][p] / sizes[c]`: period 0 is 1; NaN where not observed. */
  readonly retention: number[][];
}

/**
 * The monthly cohort retention matrix. A customer's cohort is the calendar month of their
 * first dated row; they count in period `p` of that cohort if they have a row `p` calendar
 * months later (a customer can return after a gap). Months come from the naive UTC date.
 * Rows without a customer or a date are left out. Cells after the data's last month are
 * NaN, not 0: nobody could have bought there yet. Two polars group-bys and a join, like
 * the usual pandas recipe
 * `df.groupby(["cohort", "period"]).customer.nunique().unstack()`.
 *
 * @param table Transactions, best after {@linkcode cleanTransactions}.
 * @param roles `customer` and `date` are required.
 * @returns Cohorts, periods, sizes, counts and retention shares.
 * @throws {TypeError} If a required role is missing, names a column not in the table, or the date column does not hold dates.
 *
 * @example Two cohorts over three months
 * ```ts
 * import pl from "nodejs-polars";
 * import { cohortRetention } from "./cohort_retention.ts";
 * import assert from "node:assert/strict";
 * const day = 86_400_000;
 * const t = pl.DataFrame({
 *   c: ["a", "b", "a", "c", "a", "c"],
 *   d: pl.Series("d", [1, 2, 35, 40, 65, 66].map((x) => x * day)).cast(pl.Datetime("ms")),
 * });
 * const r = cohortRetention(t, { customer: "c", date: "d" });
 * assert.deepEqual(r.cohorts, ["1970-01", "1970-02"]);
 * assert.deepEqual(r.counts, [[2, 1, 1], [1, 1, NaN]]);
 * assert.deepEqual(r.retention, [[1, 0.5, 0.5], [1, 1, NaN]]);
 * ```
 */
export function cohortRetention(table: pl.DataFrame, roles: RoleMap): CohortTable {
  const action = "compute cohort retention";
  checkRoleColumns(table, roles, action);
  const customer = requireRole(roles, "customer", action);
  const date = requireRole(roles, "date", action);
  if (!isTemporalDtype(table.getColumn(date).dtype)) {
    throw new TypeError(
      `Cannot ${action}: the date column "${date}" does not hold dates; read the file with readTable, which parses dates`,
    );
  }
  const c = "__customer", m = "__month", k = "__cohort", p = "__period";
  const dated = table.filter(pl.col(customer).isNotNull().and(pl.col(date).isNotNull()))
    .select(pl.col(customer).alias(c), monthStart(date).alias(m));
  if (dated.height === 0) return { cohorts: [], periods: [], sizes: [], counts: [], retention: [] };
  // Month starts on the big table; calendar indices only on the few (cohort, month) cells.
  const cells = dated.withColumns(pl.col(m).min().over(c).alias(k))
    .groupBy([k, m]).agg(pl.col(c).nUnique().alias("n"))
    .select(monthIndex(k).alias(k), monthIndex(m).sub(monthIndex(k)).alias(p), pl.col("n"))
    .toRecords();
  return cohortTable(
    cells.map((r) => ({ cohort: Number(r[k]), period: Number(r[p]), customers: Number(r["n"]) })),
  );
}

/** One non-empty cell of the cohort matrix, as {@linkcode cohortTable} takes it. */
export interface CohortCell {
  /** The cohort's month index, `year * 12 + month - 1`. */
  readonly cohort: number;
  /** Months since the cohort's month, 0 or more. */
  readonly period: number;
  /** Distinct customers of the cohort with a row in that month (at least 1). */
  readonly customers: number;
}

/**
 * The {@linkcode CohortTable} of {@linkcode cohortRetention} from its non-empty cells, in any
 * order; shared with the SQL twin (`cohortRetentionSql` in lib/scan), so both fill the gaps,
 * mark the unobserved cells NaN and divide alike (bit-identical retention).
 *
 * @param cells Every (cohort, period) cell with at least one customer.
 * @returns The table; empty when there are no cells.
 */
export function cohortTable(cells: readonly CohortCell[]): CohortTable {
  if (cells.length === 0) return { cohorts: [], periods: [], sizes: [], counts: [], retention: [] };
  let last = -Infinity;
  for (const r of cells) last = Math.max(last, r.cohort + r.period);
  const cohortIndex = [...new Set(cells.map((r) => r.cohort))].sort((a, b) => a - b);
  const span = last - cohortIndex[0]! + 1;
  const periods = Array.from({ length: span }, (_, i) => i);
  const row = new Map(cohortIndex.map((x, i) => [x, i]));
  const counts = cohortIndex.map((x) => periods.map((q) => (x + q <= last ? 0 : Number.NaN)));
  for (const r of cells) counts[row.get(r.cohort)!]![r.period] = r.customers;
  const sizes = counts.map((r) => r[0]!);
  const retention = counts.map((r, i) => r.map((n) => n / sizes[i]!));
  return { cohorts: cohortIndex.map(monthLabel), periods, sizes, counts, retention };
}
