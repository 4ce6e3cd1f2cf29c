/**
 * Actual and expected cumulative repeat purchases over time: the tracking curve that checks a
 * BG/NBD fit against the holdout period.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { RoleMap } from "../base/types.ts";
import { expectedPurchasesUnconditional } from "./expected_purchases_unconditional.ts";
import type { BgNbdModel, TimeUnit, Transactions } from "./types.ts";
import { DAY_MS, UNIT_DAYS } from "./_units.ts";
import { asTransactions, checkDay, transactionRows } from "./_transactions.ts";

/** Options for {@linkcode expectedCumulativeTransactions}. */
export interface ExpectedCumulativeTransactionsOptions {
  /** For a DataFrame: the columns of the customer and the date. @default {{ customer: "customer", date: "date" }} */
  roles?: RoleMap;
  /** The time unit of the model's fit; the curve has one point per unit. @default {the model's `unit`} */
  unit?: TimeUnit;
  /** Last day counted. @default {the latest day in the data} */
  observationEnd?: Date;
}

/** The tracking curve, from {@linkcode expectedCumulativeTransactions}. */
export interface CumulativeTransactions {
  /** Period ends, in units since `start`: `1, 2, ..., periods`. */
  readonly times: Float64Array;
  /** Actual repeat purchase days before each period end, cumulated over all customers. */
  readonly actual: Float64Array;
  /** The model's expected repeat purchases by each period end, summed over customers from their first purchase. */
  readonly predicted: Float64Array;
  /** The first day in the data (UTC midnight); time 0. */
  readonly start: Date;
  /** The unit of `times`. */
  readonly unit: TimeUnit;
}

/**
 * Actual and expected cumulative repeat purchases, period by period from the first day in the
 * data (Fader, Hardie & Lee 2005, Figure 2; lifetimes' `expected_cumulative_transactions`). A
 * customer's repeat purchases are their purchase days after the first; the model's curve is
 * `sum_i E[X(t - s_i)]` over customers who had joined by `t`, with `s_i` the first purchase and
 * `E[X(.)]` {@linkcode expectedPurchasesUnconditional}, computed once per distinct first day.
 * Read it against the calibration end: a good fit tracks the actual curve through the holdout.
 *
 * @param transactions Parallel arrays `{ customer, date }` or a DataFrame with the columns named by `roles` (all of them, calibration and holdout).
 * @param model A BG/NBD model fitted in `unit` (from the calibration period).
 * @param options Roles, unit, observation end.
 * @returns Period ends, actual and predicted cumulative repeat purchases.
 * @throws {TypeError} If a column or array is missing, arrays differ in length, or the unit is unknown.
 * @throws {RangeError} If a date is not a date or `observationEnd` is invalid.
 *
 * @example One customer, two purchases a week apart
 * ```ts
 * import { expectedCumulativeTransactions } from "./expected_cumulative_transactions.ts";
 * import assert from "node:assert/strict";
 * const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259, unit: "weeks" as const };
 * const curve = expectedCumulativeTransactions({ customer: ["a", "a"], date: ["2024-01-01", "2024-01-08"] }, model);
 * assert.deepEqual([...curve.times], [1, 2]);
 * assert.deepEqual([...curve.actual], [0, 1]);
 * assert.ok(curve.predicted[0]! > 0 && curve.predicted[1]! > curve.predicted[0]!);
 * ```
 */
export function expectedCumulativeTransactions(
  transactions: Transactions | pl.DataFrame,
  model: Pick<BgNbdModel, "r" | "alpha" | "a" | "b"> & { readonly unit?: TimeUnit | null },
  options: ExpectedCumulativeTransactionsOptions = {},
): CumulativeTransactions {
  const action = "compute the cumulative transactions";
  const { roles = { customer: "customer", date: "date" }, unit = model.unit ?? undefined, observationEnd } =
    options;
  if (unit === undefined || !(unit in UNIT_DAYS)) {
    throw new TypeError(
      `Cannot ${action}: the time unit of the model is "${unit}"; pass { unit: "days" | "weeks" | "months" }`,
    );
  }
  const counts = dailyPurchaseCounts(transactions, { roles, ...(observationEnd ? { observationEnd } : {}) });
  return cumulativeTransactionsFromCounts(counts, model, { unit });
}

/**
 * Purchase days counted per day: what {@linkcode cumulativeTransactionsFromCounts} needs of the
 * transactions. Days are UTC day numbers (days since 1970-01-01); entry `i` of each array is day
 * `firstDay + i`, up to `lastDay`.
 */
export interface DailyPurchaseCounts {
  /** The first day in the data: time 0 of the curve. */
  readonly firstDay: number;
  /** The last day counted (the observation end). */
  readonly lastDay: number;
  /** Repeat purchase days on each day: customers buying that day who had bought on an earlier day. */
  readonly repeats: Float64Array;
  /** Customers whose first purchase day it is. */
  readonly firsts: Float64Array;
}

/** Options for {@linkcode cumulativeTransactionsFromCounts}. */
export interface CumulativeTransactionsFromCountsOptions {
  /** The time unit of the model's fit. @default {the model's `unit`} */
  unit?: TimeUnit;
}

/**
 * The tracking curve of {@linkcode expectedCumulativeTransactions} from purchase days counted per
 * day: the part that needs no transaction line, shared by the in-memory path and the SQL twin.
 *
 * @param counts Repeat purchase days and first purchases per day; see {@linkcode DailyPurchaseCounts}.
 * @param model A BG/NBD model fitted in `unit`.
 * @param options The unit.
 * @returns Period ends, actual and predicted cumulative repeat purchases.
 * @throws {TypeError} If the unit is unknown.
 *
 * @example One customer, two purchases a week apart
 * ```ts
 * import { cumulativeTransactionsFromCounts } from "./expected_cumulative_transactions.ts";
 * import assert from "node:assert/strict";
 * const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259, unit: "weeks" as const };
 * const repeats = new Float64Array(8), firsts = new Float64Array(8);
 * firsts[0] = 1;
 * repeats[7] = 1;
 * const curve = cumulativeTransactionsFromCounts({ firstDay: 19723, lastDay: 19730, repeats, firsts }, model);
 * assert.deepEqual([...curve.actual], [0, 1]);
 * ```
 */
export function cumulativeTransactionsFromCounts(
  counts: DailyPurchaseCounts,
  model: Pick<BgNbdModel, "r" | "alpha" | "a" | "b"> & { readonly unit?: TimeUnit | null },
  options: CumulativeTransactionsFromCountsOptions = {},
): CumulativeTransactions {
  const { unit = model.unit ?? undefined } = options;
  if (unit === undefined || !(unit in UNIT_DAYS)) {
    throw new TypeError(
      `Cannot compute the cumulative transactions: the time unit of the model is "${unit}"; pass { unit: "days" | "weeks" | "months" }`,
    );
  }
  const { firstDay: minDay, lastDay: obsEnd, repeats, firsts } = counts;
  const unitDays = UNIT_DAYS[unit];
  const periods = Math.max(1, Math.ceil((obsEnd - minDay + 1) / unitDays));
  const perPeriod = new Float64Array(periods + 1);
  const bornDays: number[] = [], born: number[] = [];
  for (let day = 0; day < repeats.length; day++) {
    if (repeats[day]! > 0) perPeriod[Math.min(periods, Math.floor(day / unitDays) + 1)]! += repeats[day]!;
    if (firsts[day]! > 0) {
      bornDays.push(day);
      born.push(firsts[day]!);
    }
  }
  const times = Float64Array.from({ length: periods }, (_, i) => i + 1);
  const actual = new Float64Array(periods), predicted = new Float64Array(periods);
  let cum = 0;
  for (let w = 1; w <= periods; w++) {
    cum += perPeriod[w]!;
    actual[w - 1] = cum;
    const ages = bornDays.map((d) => Math.max(0, w - d / unitDays));
    const e = expectedPurchasesUnconditional(model, ages);
    let s = 0;
    for (let k = 0; k < bornDays.length; k++) s += born[k]! * e[k]!;
    predicted[w - 1] = s;
  }
  return { times, actual, predicted, start: new Date(minDay * DAY_MS), unit };
}

/** Options for {@linkcode dailyPurchaseCounts}. */
export interface DailyPurchaseCountsOptions {
  /** For a DataFrame: the columns of the customer and the date. @default {{ customer: "customer", date: "date" }} */
  roles?: RoleMap;
  /** Last day counted. @default {the latest day in the data} */
  observationEnd?: Date;
}

/**
 * Repeat purchase days and first purchases per day, from the transactions up to
 * `observationEnd`: the line-reading part of {@linkcode expectedCumulativeTransactions}.
 *
 * @param transactions Parallel arrays `{ customer, date }` or a DataFrame with the columns named by `roles`.
 * @param options Roles, observation end.
 * @returns The counts per day; see {@linkcode DailyPurchaseCounts}.
 * @throws {TypeError} If a column or array is missing or arrays differ in length.
 * @throws {RangeError} If a date is not a date or `observationEnd` is invalid.
 *
 * @example Two customers, one buying again two days later
 * ```ts
 * import { dailyPurchaseCounts } from "./expected_cumulative_transactions.ts";
 * import assert from "node:assert/strict";
 * const c = dailyPurchaseCounts({ customer: ["a", "b", "a"], date: ["2024-01-01", "2024-01-02", "2024-01-03"] });
 * assert.deepEqual([...c.firsts], [1, 1, 0]);
 * assert.deepEqual([...c.repeats], [0, 0, 1]);
 * ```
 */
export function dailyPurchaseCounts(
  transactions: Transactions | pl.DataFrame,
  options: DailyPurchaseCountsOptions = {},
): DailyPurchaseCounts {
  const action = "compute the cumulative transactions";
  const { roles = { customer: "customer", date: "date" }, observationEnd } = options;
  const { amount: _amount, ...who } = roles; // amounts play no part here
  const data = asTransactions(transactions, who, action);
  const { idList, rowCust, rowDay, keep, minDay, maxDay } = transactionRows({
    customer: data.customer,
    date: data.date,
  }, action);
  if (idList.length === 0) {
    throw new RangeError(`Cannot ${action}: no transaction has a customer and a date; check the columns`);
  }
  const obsEnd = checkDay(observationEnd, "observationEnd", action) ?? maxDay;
  // distinct purchase days per customer (sorted keys), and first days
  const keys: number[] = [];
  for (let i = 0; i < rowCust.length; i++) {
    if (keep[i] && rowDay[i]! <= obsEnd) keys.push(rowCust[i]! * 1e6 + (rowDay[i]! - minDay));
  }
  const sorted = Float64Array.from(keys).sort();
  const days = Math.max(0, obsEnd - minDay + 1);
  const repeats = new Float64Array(days), firsts = new Float64Array(days);
  let last = -1;
  for (let j = 0; j < sorted.length; j++) {
    const key = sorted[j]!;
    if (j > 0 && key === sorted[j - 1]) continue; // the same customer's same day
    const c = Math.floor(key / 1e6), day = key - c * 1e6;
    if (c !== last) firsts[day]!++;
    else repeats[day]!++;
    last = c;
  }
  return { firstDay: minDay, lastDay: obsEnd, repeats, firsts };
}
