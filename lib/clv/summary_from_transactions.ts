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
  const action = "summarise transactions per customer";
  const { roles = { customer: "customer", date: "date" }, unit = "weeks", calibrationEnd, observationEnd } =
    options;
  if (!(unit in UNIT_DAYS)) {
    throw new RangeError(`Cannot ${action} in unit "${unit}": use "days", "weeks" or "months"`);
  }
  const unitDays = UNIT_DAYS[unit];
  const data = asTransactions(transactions, roles, action);
  const n = data.customer.length;
  const calEndOpt = checkDay(calibrationEnd, "calibrationEnd", action);
  const obsEndOpt = checkDay(observationEnd, "observationEnd", action);
  const rows = transactionRows(data, action);
  const { idList, skipped, minDay, hasAmount } = rows;
  const { calEnd, obsEnd } = periodEnds(calEndOpt, obsEndOpt, minDay, rows.maxDay, action);
  const { kept, afterObs } = dropAfterObservation(rows, n, obsEnd);
  const order = customerDayOrder(rows, n, kept);
  const per = walkCustomers(rows, order, calEnd, unitDays);
  const idx = sortedCustomers(per.present, idList, rows.allNumeric, action);
  const pick = (a: Float64Array) => Float64Array.from(idx, (c) => a[c]!);
  const warnings: Warning[] = [];
  if (skipped > 0) warnings.push({ code: "clv-rows-skipped", rows: skipped });
  if (afterObs > 0) warnings.push({ code: "clv-rows-after-observation", rows: afterObs });
  if (idx.length < idList.length) {
    warnings.push({ code: "clv-customers-after-calibration", customers: idList.length - idx.length });
  }
  return {
    customers: idx.map((c) => idList[c]!),
    frequency: pick(per.freq),
    recency: pick(per.rec),
    T: pick(per.age),
    monetaryValue: pick(per.mon),
    frequencyHoldout: pick(per.freqH),
    monetaryValueHoldout: pick(per.monH),
    firstPurchase: pick(per.first),
    durationHoldout: (obsEnd - calEnd) / unitDays,
    unit,
    start: new Date(minDay * DAY_MS),
    calibrationEnd: new Date(calEnd * DAY_MS),
    observationEnd: new Date(obsEnd * DAY_MS),
    hasAmount,
    warnings,
  };
}

/** The calibration and observation ends as day numbers (defaults: the middle day, the latest day); a `RangeError` if out of order. */
function periodEnds(
  calEndOpt: number | undefined,
  obsEndOpt: number | undefined,
  minDay: number,
  maxDay: number,
  action: string,
): { calEnd: number; obsEnd: number } {
  const obsEnd = obsEndOpt ?? maxDay;
  const calEnd = calEndOpt ?? minDay + Math.floor((obsEnd - minDay) / 2);
  if (calEnd > obsEnd) {
    throw new RangeError(
      `Cannot ${action}: calibrationEnd ${
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

/** Per-customer values, indexed by customer id index, from {@linkcode walkCustomers}. */
interface PerCustomer {
  readonly freq: Float64Array;
  readonly rec: Float64Array;
  readonly age: Float64Array;
  readonly mon: Float64Array;
  readonly freqH: Float64Array;
  readonly monH: Float64Array;
  readonly first: Float64Array;
  /** 1 for customers whose first purchase is in the calibration period. */
  readonly present: Uint8Array;
}

/** Walk each customer's purchase days in order: calibration frequency, recency, age and value, holdout days and value. */
function walkCustomers(
  rows: TransactionRows,
  order: Uint32Array,
  calEnd: number,
  unitDays: number,
): PerCustomer {
  const { rowCust, rowDay, rowAmt } = rows;
  const kept = order.length;
  const nc = rows.idList.length;
  const freq = new Float64Array(nc), rec = new Float64Array(nc), age = new Float64Array(nc);
  const mon = new Float64Array(nc), freqH = new Float64Array(nc), monH = new Float64Array(nc);
  const first = new Float64Array(nc).fill(Number.NaN);
  const present = new Uint8Array(nc);
  for (let j = 0; j < kept;) {
    const c = rowCust[order[j]!]!;
    const f = rowDay[order[j]!]!;
    let days = 0, last = f, repeatSum = 0, holdDays = 0, holdSum = 0;
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
        holdDays++;
        holdSum += daySum;
      }
    }
    if (f > calEnd) continue;
    present[c] = 1;
    freq[c] = days - 1;
    rec[c] = (last - f) / unitDays;
    age[c] = (calEnd - f) / unitDays;
    mon[c] = days > 1 ? repeatSum / (days - 1) : 0;
    freqH[c] = holdDays;
    monH[c] = holdDays > 0 ? holdSum / holdDays : 0;
    first[c] = f * DAY_MS;
  }
  return { freq, rec, age, mon, freqH, monH, first, present };
}

/** The present customers' indices sorted by id (numerically when every id is a number); a `RangeError` if none. */
function sortedCustomers(
  present: Uint8Array,
  idList: readonly string[],
  allNumeric: boolean,
  action: string,
): number[] {
  const idx: number[] = [];
  for (let c = 0; c < idList.length; c++) if (present[c]) idx.push(c);
  if (idx.length === 0) {
    throw new RangeError(
      `Cannot ${action}: no customer bought in the calibration period; pick a later calibrationEnd`,
    );
  }
  idx.sort(
    allNumeric
      ? (p, q) => (Number(idList[p]) - Number(idList[q])) || (idList[p]! < idList[q]! ? -1 : 1)
      : (p, q) => (idList[p]! < idList[q]! ? -1 : idList[p]! > idList[q]! ? 1 : 0),
  );
  return idx;
}
