/**
 * Frequency, recency, age and mean repeat value per customer from transactions, with a
 * calibration / holdout split: the input of the BG/NBD and Gamma-Gamma models.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { RoleMap, Warning } from "../base/types.ts";
import type { TimeUnit, Transactions } from "./types.ts";
import { DAY_MS, UNIT_DAYS } from "./_units.ts";
import { asTransactions, checkDay, type TransactionRows, transactionRows } from "./_transactions.ts";

/** Options for {@linkcode summaryFromTransactions}. */
export interface SummaryFromTransactionsOptions {
  /** For a DataFrame: the columns of the customer, the date and (optional) the amount. @default {{ customer: "customer", date: "date" }} */
  roles?: RoleMap;
  /** Unit of recency, T and the holdout duration. @default {"weeks"} */
  unit?: TimeUnit;
  /**
   * Last day of the calibration period (its UTC day; purchases on it count in calibration).
   * @default {the middle day of the observed period: first day + floor((last day - first day) / 2), so the holdout is as long as the calibration (Fader, Hardie & Lee 2005 fit 39 weeks and predict the next 39)}
   */
  calibrationEnd?: Date;
  /** Last day of the observation period (purchases after it are left out). @default {the latest day in the data} */
  observationEnd?: Date;
}

/** Per customer, from {@linkcode summaryFromTransactions}; entry `i` of every array is `customers[i]`. */
export interface CustomerSummary {
  /** Customer ids as text, sorted (numerically when every id is a number). */
  readonly customers: readonly string[];
  /** Repeat purchase days in the calibration period: distinct purchase days minus one. */
  readonly frequency: Float64Array;
  /** Time from the first to the last purchase day in the calibration period. */
  readonly recency: Float64Array;
  /** Time from the first purchase day to `calibrationEnd`. */
  readonly T: Float64Array;
  /** Mean value of the repeat purchase days (a day's value is the sum of its transactions); `0` without repeats or amounts. */
  readonly monetaryValue: Float64Array;
  /** Purchase days in the holdout period (after `calibrationEnd`, up to `observationEnd`). */
  readonly frequencyHoldout: Float64Array;
  /** Mean value of the holdout purchase days; `0` without any. */
  readonly monetaryValueHoldout: Float64Array;
  /** The first purchase day (epoch milliseconds of its UTC midnight). */
  readonly firstPurchase: Float64Array;
  /** Length of the holdout period. */
  readonly durationHoldout: number;
  /** The unit of the times. */
  readonly unit: TimeUnit;
  /** The first day in the data (UTC midnight). */
  readonly start: Date;
  /** The calibration period's last day (UTC midnight). */
  readonly calibrationEnd: Date;
  /** The observation period's last day (UTC midnight). */
  readonly observationEnd: Date;
  /** Whether amounts were given (else `monetaryValue` is all 0). */
  readonly hasAmount: boolean;
  /**
   * Typed facts: `clv-rows-skipped` (`rows` without a customer, date or amount),
   * `clv-customers-after-calibration` (`customers` whose first purchase is after the calibration
   * period, left out as lifetimes does), `clv-rows-after-observation` (`rows` left out).
   */
  readonly warnings: readonly Warning[];
}

/**
 * Summarise transactions per customer for the BG/NBD and Gamma-Gamma models, as lifetimes'
 * `calibration_and_holdout_data` (and `summary_data_from_transaction_data`) with daily
 * purchases: transactions of one customer on one UTC calendar day are one purchase (their values
 * add up), so `frequency` counts repeat purchase *days*, the convention of Fader, Hardie & Lee
 * (2005) on the CDNOW data. In the chosen unit:
 *
 * - `frequency`: distinct purchase days up to `calibrationEnd`, minus one;
 * - `recency`: last purchase day minus first purchase day;
 * - `T`: `calibrationEnd` minus the first purchase day;
 * - `monetaryValue`: mean value of the repeat purchase days (the first day left out, lifetimes'
 *   convention for the Gamma-Gamma model), `0` for one-time buyers;
 * - holdout: purchase days after `calibrationEnd` up to `observationEnd`, their mean value, and
 *   the holdout's length `durationHoldout`.
 *
 * Days are UTC calendar days, so the result does not depend on the machine's time zone.
 * Customers whose first purchase is after the calibration period are left out (with a warning).
 *
 * @param transactions Parallel arrays `{ customer, date, amount? }`, or a nodejs-polars DataFrame with the columns named by `roles`.
 * @param options Column roles, unit, calibration and observation ends.
 * @returns One entry per customer, sorted by id, plus the periods used and warnings.
 * @throws {TypeError} If a column or array is missing or arrays differ in length.
 * @throws {RangeError} If a date is not a date, an end is invalid or out of order, or no transaction is left.
 *
 * @example Repeat purchase days, recency and age in days
 * ```ts
 * import { summaryFromTransactions } from "./summary_from_transactions.ts";
 * import assert from "node:assert/strict";
 * const s = summaryFromTransactions({
 *   customer: ["a", "a", "a", "b", "a"],
 *   date: ["2024-01-01", "2024-01-01", "2024-01-05", "2024-01-03", "2024-01-20"],
 *   amount: [10, 5, 20, 7, 30],
 * }, { unit: "days", calibrationEnd: new Date("2024-01-10") });
 * assert.deepEqual(s.customers, ["a", "b"]);
 * assert.deepEqual([...s.frequency], [1, 0]); // a: 1 and 5 January; the second row of the 1st is the same day
 * assert.deepEqual([...s.recency], [4, 0]);
 * assert.deepEqual([...s.T], [9, 7]);
 * assert.deepEqual([...s.monetaryValue], [20, 0]);
 * assert.deepEqual([...s.frequencyHoldout], [1, 0]);
 * assert.equal(s.durationHoldout, 10);
 * ```
 */
export function summaryFromTransactions(
  transactions: Transactions | pl.DataFrame,
  options: SummaryFromTransactionsOptions = {},
): CustomerSummary {
  const { roles = { customer: "customer", date: "date" }, unit = "weeks", calibrationEnd, observationEnd } =
    options;
  checkTimeUnit(unit);
  const data = asTransactions(transactions, roles, ACTION);
  const n = data.customer.length;
  const calEndOpt = checkDay(calibrationEnd, "calibrationEnd", ACTION);
  const obsEndOpt = checkDay(observationEnd, "observationEnd", ACTION);
  const rows = transactionRows(data, ACTION);
  const { calEnd, obsEnd } = periodEnds(calEndOpt, obsEndOpt, rows.minDay, rows.maxDay);
  const { kept, afterObs } = dropAfterObservation(rows, n, obsEnd);
  const order = customerDayOrder(rows, n, kept);
  const totals = walkCustomers(rows, order, calEnd, obsEnd);
  return summaryFromDayTotals({ ...totals, rowsSkipped: rows.skipped, rowsAfterObservation: afterObs }, {
    unit,
  });
}

/**
 * Each customer's purchase days, split at the calibration end and totalled: what
 * {@linkcode summaryFromDayTotals} needs of the transactions (days are UTC day numbers, days since
 * 1970-01-01). {@linkcode summaryFromTransactions} makes it from the lines in memory; a SQL twin
 * can make it with one aggregation.
 */
export interface CustomerDayTotals {
  /** Customer ids as text, in any order: those whose first purchase day is on or before `calibrationEnd`. */
  readonly customers: readonly string[];
  /** Whether every customer id of the data (those left out too) is a number: ids then sort as numbers. */
  readonly allNumeric: boolean;
  /** The first purchase day. */
  readonly firstDay: Float64Array;
  /** Distinct purchase days on or before `calibrationEnd`. */
  readonly calibrationDays: Float64Array;
  /** The last purchase day on or before `calibrationEnd`. */
  readonly lastCalibrationDay: Float64Array;
  /** The amount of the calibration purchase days after the first (a day's amount is the sum of its lines); `0` without amounts. */
  readonly calibrationRepeatAmount: Float64Array;
  /** Distinct purchase days after `calibrationEnd`, up to `observationEnd`. */
  readonly holdoutDays: Float64Array;
  /** The amount of those holdout days; `0` without amounts. */
  readonly holdoutAmount: Float64Array;
  /** The first day in the data. */
  readonly minDay: number;
  /** The calibration period's last day. */
  readonly calibrationEnd: number;
  /** The observation period's last day. */
  readonly observationEnd: number;
  /** Whether the transactions have amounts. */
  readonly hasAmount: boolean;
  /** Rows without a customer, date or amount. */
  readonly rowsSkipped: number;
  /** Rows dated after `observationEnd`. */
  readonly rowsAfterObservation: number;
  /** Customers whose first purchase is after `calibrationEnd` (or who bought only after `observationEnd`). */
  readonly customersAfterCalibration: number;
}

/** Options for {@linkcode summaryFromDayTotals}. */
export interface SummaryFromDayTotalsOptions {
  /** Unit of recency, T and the holdout duration. @default {"weeks"} */
  unit?: TimeUnit;
}

/**
 * The customer summary of {@linkcode summaryFromTransactions} from each customer's purchase-day
 * totals: the part that needs no transaction line, shared by the in-memory path and the SQL
 * twin. Customers are sorted by id (numerically when every id is a number); when `customers`
 * already come in that order they are not sorted again.
 *
 * @param totals Per-customer totals and the periods; see {@linkcode CustomerDayTotals}.
 * @param options The time unit.
 * @returns The summary, as {@linkcode summaryFromTransactions} returns it.
 * @throws {RangeError} If the unit is unknown or no customer bought in the calibration period.
 *
 * @example One customer with two purchase days
 * ```ts
 * import { summaryFromDayTotals } from "./summary_from_transactions.ts";
 * import assert from "node:assert/strict";
 * const day = Date.UTC(2024, 0, 1) / 86_400_000;
 * const s = summaryFromDayTotals({
 *   customers: ["a"], allNumeric: false, firstDay: Float64Array.of(day),
 *   calibrationDays: Float64Array.of(2), lastCalibrationDay: Float64Array.of(day + 14),
 *   calibrationRepeatAmount: Float64Array.of(30), holdoutDays: Float64Array.of(0),
 *   holdoutAmount: Float64Array.of(0), minDay: day, calibrationEnd: day + 21, observationEnd: day + 21,
 *   hasAmount: true, rowsSkipped: 0, rowsAfterObservation: 0, customersAfterCalibration: 0,
 * }, { unit: "weeks" });
 * assert.deepEqual([...s.frequency, ...s.recency, ...s.T, ...s.monetaryValue], [1, 2, 3, 30]);
 * ```
 */
export function summaryFromDayTotals(
  totals: CustomerDayTotals,
  options: SummaryFromDayTotalsOptions = {},
): CustomerSummary {
  const { unit = "weeks" } = options;
  checkTimeUnit(unit);
  const unitDays = UNIT_DAYS[unit];
  const { customers, minDay, calibrationEnd: calEnd, observationEnd: obsEnd } = totals;
  const idx = sortedCustomers(customers, totals.allNumeric);
  const nc = idx.length;
  const frequency = new Float64Array(nc), recency = new Float64Array(nc), T = new Float64Array(nc);
  const monetaryValue = new Float64Array(nc), frequencyHoldout = new Float64Array(nc);
  const monetaryValueHoldout = new Float64Array(nc), firstPurchase = new Float64Array(nc);
  for (let i = 0; i < nc; i++) {
    const c = idx[i]!;
    const f = totals.firstDay[c]!, days = totals.calibrationDays[c]!, holdDays = totals.holdoutDays[c]!;
    frequency[i] = days - 1;
    recency[i] = (totals.lastCalibrationDay[c]! - f) / unitDays;
    T[i] = (calEnd - f) / unitDays;
    monetaryValue[i] = days > 1 ? totals.calibrationRepeatAmount[c]! / (days - 1) : 0;
    frequencyHoldout[i] = holdDays;
    monetaryValueHoldout[i] = holdDays > 0 ? totals.holdoutAmount[c]! / holdDays : 0;
    firstPurchase[i] = f * DAY_MS;
  }
  const warnings: Warning[] = [];
  if (totals.rowsSkipped > 0) warnings.push({ code: "clv-rows-skipped", rows: totals.rowsSkipped });
  if (totals.rowsAfterObservation > 0) {
    warnings.push({ code: "clv-rows-after-observation", rows: totals.rowsAfterObservation });
  }
  if (totals.customersAfterCalibration > 0) {
    warnings.push({ code: "clv-customers-after-calibration", customers: totals.customersAfterCalibration });
  }
  return {
    customers: nc === customers.length && isIdentity(idx) ? customers : idx.map((c) => customers[c]!),
    frequency,
    recency,
    T,
    monetaryValue,
    frequencyHoldout,
    monetaryValueHoldout,
    firstPurchase,
    durationHoldout: (obsEnd - calEnd) / unitDays,
    unit,
    start: new Date(minDay * DAY_MS),
    calibrationEnd: new Date(calEnd * DAY_MS),
    observationEnd: new Date(obsEnd * DAY_MS),
    hasAmount: totals.hasAmount,
    warnings,
  };
}

/** Options for {@linkcode calibrationPeriod}. */
export interface CalibrationPeriodOptions {
  /** As {@linkcode SummaryFromTransactionsOptions.calibrationEnd}. */
  calibrationEnd?: Date;
  /** As {@linkcode SummaryFromTransactionsOptions.observationEnd}. @default {the last day} */
  observationEnd?: Date;
}

/**
 * The calibration and observation ends (UTC day numbers) that {@linkcode summaryFromTransactions}
 * uses for data from day `firstDay` to day `lastDay`: by default the middle day and the last day.
 *
 * @param firstDay The first day in the data (days since 1970-01-01, UTC).
 * @param lastDay The last day in the data.
 * @param options The ends asked for, if any.
 * @returns The calibration end and the observation end as day numbers.
 * @throws {RangeError} If an end is not a valid date or the calibration end is after the observation end.
 *
 * @example The default split of 11 days: 5 of calibration after the first
 * ```ts
 * import { calibrationPeriod } from "./summary_from_transactions.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(calibrationPeriod(100, 110), { calibrationEnd: 105, observationEnd: 110 });
 * ```
 */
export function calibrationPeriod(
  firstDay: number,
  lastDay: number,
  options: CalibrationPeriodOptions = {},
): { calibrationEnd: number; observationEnd: number } {
  const calEndOpt = checkDay(options.calibrationEnd, "calibrationEnd", ACTION);
  const obsEndOpt = checkDay(options.observationEnd, "observationEnd", ACTION);
  const { calEnd, obsEnd } = periodEnds(calEndOpt, obsEndOpt, firstDay, lastDay);
  return { calibrationEnd: calEnd, observationEnd: obsEnd };
}

const ACTION = "summarise transactions per customer";

/**
 * A `RangeError` unless `unit` is a time unit, as {@linkcode summaryFromTransactions} checks it.
 *
 * @param unit The unit to check.
 * @throws {RangeError} If `unit` is not "days", "weeks" or "months".
 */
export function checkTimeUnit(unit: TimeUnit): void {
  if (!(unit in UNIT_DAYS)) {
    throw new RangeError(`Cannot ${ACTION} in unit "${unit}": use "days", "weeks" or "months"`);
  }
}

/** Whether `idx` is 0, 1, 2, ... */
function isIdentity(idx: readonly number[]): boolean {
  for (let i = 0; i < idx.length; i++) if (idx[i] !== i) return false;
  return true;
}

/** The calibration and observation ends as day numbers (defaults: the middle day, the latest day); a `RangeError` if out of order. */
function periodEnds(
  calEndOpt: number | undefined,
  obsEndOpt: number | undefined,
  minDay: number,
  maxDay: number,
): { calEnd: number; obsEnd: number } {
  const obsEnd = obsEndOpt ?? maxDay;
  const calEnd = calEndOpt ?? minDay + Math.floor((obsEnd - minDay) / 2);
  if (calEnd > obsEnd) {
    throw new RangeError(
      `Cannot ${ACTION}: calibrationEnd ${
        new Date(calEnd * DAY_MS).toISOString().slice(0, 10)
      } is after observationEnd ${
        new Date(obsEnd * DAY_MS).toISOString().slice(0, 10)
      }; pick a calibration end on or before the observation end`,
    );
  }
  return { calEnd, obsEnd };
}

/** Unmark (in `rows.keep`) the rows dated after the observation end; count the rows kept and those left out. */
function dropAfterObservation(
  rows: TransactionRows,
  n: number,
  obsEnd: number,
): { kept: number; afterObs: number } {
  const { keep, rowDay } = rows;
  let kept = 0, afterObs = 0;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    if (rowDay[i]! > obsEnd) {
      keep[i] = 0;
      afterObs++;
    } else kept++;
  }
  return { kept, afterObs };
}

/** The indices of the kept rows in (customer, day, row) order. */
function customerDayOrder(rows: TransactionRows, n: number, kept: number): Uint32Array {
  const { keep, rowCust, rowDay } = rows;
  const order = new Uint32Array(kept);
  for (let i = 0, j = 0; i < n; i++) if (keep[i]) order[j++] = i;
  order.sort((p, q) => (rowCust[p]! - rowCust[q]!) || (rowDay[p]! - rowDay[q]!) || (p - q));
  return order;
}

/**
 * Walk each customer's purchase days in order and total them: calibration days, last calibration
 * day and repeat amount, holdout days and amount; keep the customers who bought in the calibration
 * period, in order of first appearance.
 */
function walkCustomers(
  rows: TransactionRows,
  order: Uint32Array,
  calEnd: number,
  obsEnd: number,
): Omit<CustomerDayTotals, "rowsSkipped" | "rowsAfterObservation"> {
  const { rowCust, rowDay, rowAmt, idList } = rows;
  const kept = order.length;
  const nc = idList.length;
  const first = new Float64Array(nc).fill(Number.NaN), calDays = new Float64Array(nc);
  const lastCal = new Float64Array(nc), repeat = new Float64Array(nc);
  const holdDays = new Float64Array(nc), holdSum = new Float64Array(nc);
  for (let j = 0; j < kept;) {
    const c = rowCust[order[j]!]!;
    const f = rowDay[order[j]!]!;
    let days = 0, last = f, repeatSum = 0, hDays = 0, hSum = 0;
    while (j < kept && rowCust[order[j]!] === c) {
      const day = rowDay[order[j]!]!;
      let daySum = 0;
      while (j < kept && rowCust[order[j]!] === c && rowDay[order[j]!] === day) {
        daySum += rowAmt[order[j++]!]!;
      }
      if (day <= calEnd) {
        if (days > 0) repeatSum += daySum;
        days++;
        last = day;
      } else {
        hDays++;
        hSum += daySum;
      }
    }
    first[c] = f;
    calDays[c] = days;
    lastCal[c] = last;
    repeat[c] = repeatSum;
    holdDays[c] = hDays;
    holdSum[c] = hSum;
  }
  const present: number[] = [];
  for (let c = 0; c < nc; c++) if (first[c]! <= calEnd) present.push(c); // NaN: only rows after the observation end
  const pick = (a: Float64Array) => Float64Array.from(present, (c) => a[c]!);
  return {
    customers: present.map((c) => idList[c]!),
    allNumeric: rows.allNumeric,
    firstDay: pick(first),
    calibrationDays: pick(calDays),
    lastCalibrationDay: pick(lastCal),
    calibrationRepeatAmount: pick(repeat),
    holdoutDays: pick(holdDays),
    holdoutAmount: pick(holdSum),
    minDay: rows.minDay,
    calibrationEnd: calEnd,
    observationEnd: obsEnd,
    hasAmount: rows.hasAmount,
    customersAfterCalibration: nc - present.length,
  };
}

/**
 * The indices of `ids` sorted by id (numerically when every id is a number, ties by text); a
 * `RangeError` if there is none. Ids already in that order (as SQL can return them) are not sorted again.
 */
function sortedCustomers(ids: readonly string[], allNumeric: boolean): number[] {
  if (ids.length === 0) {
    throw new RangeError(
      `Cannot ${ACTION}: no customer bought in the calibration period; pick a later calibrationEnd`,
    );
  }
  const num = allNumeric ? Float64Array.from(ids, Number) : null;
  const cmp = num
    ? (p: number, q: number) => (num[p]! - num[q]!) || (ids[p]! < ids[q]! ? -1 : 1)
    : (p: number, q: number) => (ids[p]! < ids[q]! ? -1 : ids[p]! > ids[q]! ? 1 : 0);
  const idx = Array.from(ids, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < idx.length && sorted; i++) sorted = cmp(i - 1, i) < 0;
  if (!sorted) idx.sort(cmp);
  return idx;
}
