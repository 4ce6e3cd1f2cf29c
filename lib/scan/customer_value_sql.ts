/**
 * The customer-value part of the RFM run over the cleaned invoice lines in DuckDB (`seg_clean`):
 * the SQL twin of {@linkcode customerValue}. Two scans of the lines (their first and last day; then
 * each customer's purchase days, totalled per customer and counted per day) bring back only
 * per-customer arrays and per-day counts; the models are the in-memory path's own
 * ({@linkcode customerValueFrom}).
 *
 * @module
 */
import type { DuckDBConnection, DuckDBDataChunk } from "@duckdb/node-api";
import { checkCustomerValueOptions, type CustomerValue, customerValueFrom } from "../run/customer_value.ts";
import type { CustomerValueOptions } from "../run/customer_value.ts";
import {
  calibrationPeriod,
  checkTimeUnit,
  type CustomerDayTotals,
  summaryFromDayTotals,
} from "../clv/summary_from_transactions.ts";
import type { DailyPurchaseCounts } from "../clv/expected_cumulative_transactions.ts";

/** Options for {@linkcode customerValueSql}: where the lines are, and {@linkcode CustomerValueOptions}. */
export interface CustomerValueSqlOptions extends CustomerValueOptions {
  /** The table (or view) of cleaned invoice lines, with the `seg_clean` columns. @default {"seg_clean"} */
  table?: string;
  /**
   * Whether `seg_amount` holds the lines' amounts (the cleaned table has an amount role); without,
   * no Gamma-Gamma fit and no CLV, as {@linkcode customerValue} without an amount role.
   * @default {true}
   */
  amount?: boolean;
}

/** One day in milliseconds. */
const DAY_MS = 86_400_000;

/** An id of a customer whose ids all are numbers (lib/clv's test, in RE2). */
const NUMERIC_ID = String.raw`-?[0-9]+(\.[0-9]+)?`;

/**
 * The customer value of the cleaned invoice lines in DuckDB: what
 * `customerValue(cleaned.table, roles, options)` returns for the same lines (the summary's arrays
 * in the same customer order, the fits, P(alive), CLV, tracking curve, holdout check and
 * warnings). Counts, days, ids, the BG/NBD fit, P(alive) and the tracking curve are exactly the
 * same; amounts are summed in another order (the repeat days' amount is the calibration days'
 * less the first day's), so the mean values agree to rounding (about 1e-15 relative on the
 * reference files) and what depends on them to about 1e-9 (the Gamma-Gamma's standard errors,
 * from a numerical Hessian, to about 1e-5). The table has the `seg_clean` columns (`seg_customer`, `seg_t` in epoch
 * milliseconds, `seg_amount`); the calibration end defaults to the middle day of the observed
 * period, as in memory. DuckDB does the work on the lines: one scan for the first and last day,
 * one aggregation of each customer's purchase days into a temporary table (dropped before
 * returning) of one row per customer and per day; only the customers who bought in the
 * calibration period come back, as columns.
 *
 * @param con An open DuckDB connection holding the table.
 * @param options The table, whether it has amounts, and {@linkcode CustomerValueOptions}.
 * @returns See {@linkcode CustomerValue}.
 * @throws {RangeError} If an option is out of range, the table has no line, or no customer bought in the calibration period.
 *
 * @example Three customers in an in-memory DuckDB: too few repeat buyers for a model
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { customerValueSql } from "./customer_value_sql.ts";
 * import assert from "node:assert/strict";
 * const db = await DuckDBInstance.create(":memory:");
 * const con = await db.connect();
 * await con.run(`CREATE TABLE seg_clean AS SELECT * FROM (VALUES
 *   ('a', epoch_ms(DATE '2021-01-01')::DOUBLE, 10.0), ('a', epoch_ms(DATE '2021-02-01')::DOUBLE, 5.0),
 *   ('b', epoch_ms(DATE '2021-01-05')::DOUBLE, 7.0)) t(seg_customer, seg_t, seg_amount)`);
 * const v = await customerValueSql(con, { timeUnit: "days" });
 * assert.deepEqual(v.summary.customers, ["a", "b"]);
 * assert.equal(v.warnings.at(-1)?.code, "clv-too-few-repeat-customers");
 * con.closeSync();
 * db.closeSync();
 * ```
 */
export async function customerValueSql(
  con: DuckDBConnection,
  options: CustomerValueSqlOptions = {},
): Promise<CustomerValue> {
  const { table = "seg_clean", amount = true, calibrationEnd, timeUnit = "weeks", ...rest } = options;
  checkCustomerValueOptions(options);
  checkTimeUnit(timeUnit);
  const from = tableName(table);
  const span = await firstValues(
    con,
    `SELECT min(seg_t) FILTER (WHERE seg_customer <> ''), max(seg_t) FILTER (WHERE seg_customer <> ''),
       count(*) FILTER (WHERE seg_customer = '') FROM ${from}`,
  );
  if (span[0] === null) {
    throw new RangeError(
      `Cannot summarise transactions per customer: no transaction has a customer and a date; check the columns`,
    );
  }
  const minDay = Math.floor(Number(span[0]) / DAY_MS), maxDay = Math.floor(Number(span[1]) / DAY_MS);
  const period = calibrationPeriod(minDay, maxDay, calibrationEnd ? { calibrationEnd } : {});
  const temp = "seg_customer_value_days";
  await con.run(purchaseDaysSql(from, temp, period, minDay, amount));
  try {
    const totals = await customerTotals(con, temp, period, minDay, amount, Number(span[2]));
    const summary = summaryFromDayTotals(totals, { unit: timeUnit });
    const counts = await dailyCounts(con, temp, minDay, period.observationEnd);
    return customerValueFrom(summary, counts, { ...rest, timeUnit });
  } finally {
    await con.run(`DROP TABLE IF EXISTS ${temp}`);
  }
}

/** The table name as SQL: a plain (dotted) name as it is, anything else quoted. */
function tableName(table: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(table)
    ? table
    : `"${table.replaceAll('"', '""')}"`;
}

/**
 * The statement making the temporary table of one row per customer (`g = 0`: first day, calibration
 * days, last calibration day, calibration amounts, holdout days and amount, whether the id is a
 * number) and one per day (`g = 1`: the customers buying that day), from the lines' purchase days.
 */
function purchaseDaysSql(
  from: string,
  temp: string,
  period: { calibrationEnd: number; observationEnd: number },
  minDay: number,
  amount: boolean,
): string {
  const cal = period.calibrationEnd - minDay, obs = period.observationEnd - minDay;
  // d: days since the first day (small integers, exact in DOUBLE)
  return `CREATE OR REPLACE TEMP TABLE ${temp} AS
WITH days AS (
  SELECT seg_customer AS c, floor(seg_t / ${DAY_MS}) - ${minDay} AS d, ${
    amount ? "sum(seg_amount)" : "0::DOUBLE"
  } AS s
  FROM ${from}
  WHERE seg_customer <> '' AND floor(seg_t / ${DAY_MS}) - ${minDay} <= ${obs}
  GROUP BY 1, 2
)
SELECT GROUPING(c)::UTINYINT AS g, c, d::INTEGER AS d, count(*)::INTEGER AS n, min(d)::INTEGER AS first,
  count(*) FILTER (WHERE d <= ${cal})::INTEGER AS cal_days,
  max(d) FILTER (WHERE d <= ${cal})::INTEGER AS last_cal,
  -- the calibration days' amount less the first day's (exactly 0 with one calibration day)
  CASE WHEN count(*) FILTER (WHERE d <= ${cal}) > 1
    THEN sum(s) FILTER (WHERE d <= ${cal}) - arg_min(s, d) ELSE 0 END AS repeat_sum,
  count(*) FILTER (WHERE d > ${cal})::INTEGER AS hold_days,
  coalesce(sum(s) FILTER (WHERE d > ${cal}), 0) AS hold_sum,
  regexp_full_match(c, '${NUMERIC_ID}') AS numeric_id
FROM days
GROUP BY GROUPING SETS ((c), (d))`;
}

/** The customers who bought in the calibration period, sorted as lib/clv sorts them, with their totals. */
async function customerTotals(
  con: DuckDBConnection,
  temp: string,
  period: { calibrationEnd: number; observationEnd: number },
  minDay: number,
  amount: boolean,
  rowsSkipped: number,
): Promise<CustomerDayTotals> {
  const cal = period.calibrationEnd - minDay;
  const head = await firstValues(
    con,
    `SELECT count(*) FILTER (WHERE first <= ${cal}), count(*) FILTER (WHERE first > ${cal}),
       coalesce(bool_and(numeric_id), true) FROM ${temp} WHERE g = 0`,
  );
  const n = Number(head[0]), allNumeric = head[2] === true;
  const customers: string[] = new Array(n);
  const cols = Array.from({ length: 6 }, () => new Float64Array(n));
  const result = await con.stream(
    `SELECT c, (first + ${minDay})::DOUBLE, cal_days::DOUBLE, (last_cal + ${minDay})::DOUBLE, repeat_sum,
       hold_days::DOUBLE, hold_sum
     FROM ${temp} WHERE g = 0 AND first <= ${cal}
     ORDER BY ${allNumeric ? "CAST(c AS DOUBLE), c" : "c"}`,
  );
  let at = 0;
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    readChunk(chunk, at, customers, cols);
    at += chunk.rowCount;
  }
  const [firstDay, calibrationDays, lastCalibrationDay, calibrationRepeatAmount, holdoutDays, holdoutAmount] =
    cols as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  return {
    customers,
    allNumeric,
    firstDay,
    calibrationDays,
    lastCalibrationDay,
    calibrationRepeatAmount,
    holdoutDays,
    holdoutAmount,
    minDay,
    calibrationEnd: period.calibrationEnd,
    observationEnd: period.observationEnd,
    hasAmount: amount,
    rowsSkipped,
    rowsAfterObservation: 0, // the observation end is the last day
    customersAfterCalibration: Number(head[1]),
  };
}

/** Copy a chunk's id column and number columns into `customers` and `cols` from row `at`. */
function readChunk(chunk: DuckDBDataChunk, at: number, customers: string[], cols: Float64Array[]): void {
  const rows = chunk.rowCount;
  const ids = chunk.getColumnVector(0);
  for (let i = 0; i < rows; i++) customers[at + i] = ids.getItem(i) as string;
  for (let k = 0; k < cols.length; k++) {
    const v = chunk.getColumnVector(k + 1), out = cols[k]!;
    for (let i = 0; i < rows; i++) out[at + i] = Number(v.getItem(i));
  }
}

/** Repeat purchase days and first purchases per day, from the per-day and per-customer rows. */
async function dailyCounts(
  con: DuckDBConnection,
  temp: string,
  minDay: number,
  observationEnd: number,
): Promise<DailyPurchaseCounts> {
  const days = Math.max(0, observationEnd - minDay + 1);
  const repeats = new Float64Array(days), firsts = new Float64Array(days);
  const reader = await con.runAndReadAll(
    `SELECT d, sum(n) - sum(f), sum(f) FROM (
       SELECT d, n, 0 AS f FROM ${temp} WHERE g = 1
       UNION ALL SELECT first, 0, count(*) FROM ${temp} WHERE g = 0 GROUP BY first
     ) GROUP BY d`,
  );
  const [d, r, f] = reader.getColumnsJS() as unknown as [number[], bigint[], bigint[]];
  for (let i = 0; i < d.length; i++) {
    repeats[d[i]!] = Number(r[i]);
    firsts[d[i]!] = Number(f[i]);
  }
  return { firstDay: minDay, lastDay: observationEnd, repeats, firsts };
}

/** The first row of a query's result, as DuckDB values. */
async function firstValues(con: DuckDBConnection, sql: string): Promise<unknown[]> {
  const reader = await con.runAndReadAll(sql);
  return reader.getRows()[0] ?? [];
}
