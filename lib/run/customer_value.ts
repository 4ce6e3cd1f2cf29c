/**
 * The customer-value part of the RFM run (issue 19): from the cleaned invoice lines, each
 * customer's repeat purchases in a calibration period, the BG/NBD model (P(alive), expected
 * purchases), the Gamma-Gamma model of spend, the lifetime value over a horizon, and the holdout
 * check of the BG/NBD fit. Facts only: the words are in lib/text.
 *
 * @module
 */
import type { RoleMap, Warning } from "../base/types.ts";
import type pl from "nodejs-polars";
import { type CustomerSummary, summaryFromTransactions } from "../clv/summary_from_transactions.ts";
import { fitBgNbd } from "../clv/fit_bg_nbd.ts";
import { fitGammaGamma } from "../clv/fit_gamma_gamma.ts";
import { pAlive } from "../clv/p_alive.ts";
import { expectedPurchases } from "../clv/expected_purchases.ts";
import { customerLifetimeValue } from "../clv/customer_lifetime_value.ts";
import {
  type CumulativeTransactions,
  cumulativeTransactionsFromCounts,
  type DailyPurchaseCounts,
  dailyPurchaseCounts,
} from "../clv/expected_cumulative_transactions.ts";
import type { BgNbdModel, GammaGammaModel, TimeUnit } from "../clv/types.ts";

/** Options for {@linkcode customerValue}. */
export interface CustomerValueOptions {
  /**
   * Last day of the calibration period (its UTC day). The models are fitted on the purchases up
   * to it, P(alive), expected purchases and CLV are as of that day, and the purchases after it are
   * the holdout the fit is checked on. Set it to the last day of the data to score customers as of
   * now (no holdout check).
   * @default {the middle day of the observed period, so the holdout is as long as the calibration}
   */
  calibrationEnd?: Date;
  /** Time unit of recency, T and the BG/NBD's `alpha`. @default {"weeks"} */
  timeUnit?: TimeUnit;
  /** Horizon of expected purchases and CLV, in months. @default {12} */
  horizonMonths?: number;
  /** Monthly discount rate of the CLV. @default {0.01} */
  discountRate?: number;
  /** Fewest customers who bought on two different days for the BG/NBD fit to run. @default {10} */
  minRepeatCustomers?: number;
}

/** Holdout purchases of the customers with one number of calibration repeat purchases. */
export interface HoldoutByFrequency {
  /** Repeat purchases in the calibration period; the last group holds this many or more. */
  readonly frequency: number;
  /** Whether this is the open last group (`frequency` or more). */
  readonly orMore: boolean;
  /** Customers in the group (alive in the calibration period, with that many repeats). */
  readonly customers: number;
  /** Mean actual purchase days in the holdout. */
  readonly actual: number;
  /** Mean purchases the BG/NBD predicts over the holdout. */
  readonly predicted: number;
}

/** What {@linkcode customerValue} found. */
export interface CustomerValue {
  /** The unit of recency, T and the BG/NBD rates: days, weeks or months. */
  readonly timeUnit: TimeUnit;
  /** Months ahead over which expected purchases and CLV are summed. */
  readonly horizonMonths: number;
  /** Monthly discount rate of the CLV's cash flows (0.01 = 1% a month). */
  readonly discountRate: number;
  /** The horizon in the time unit. */
  readonly horizon: number;
  /** Per customer in the calibration period: frequency, recency, T, spend, holdout. */
  readonly summary: CustomerSummary;
  /** The BG/NBD fit, or `null` when it could not run (see `warnings`). */
  readonly bgnbd: BgNbdModel | null;
  /** The Gamma-Gamma fit, or `null` without amounts or too few repeat customers (see `warnings`). */
  readonly gammaGamma: GammaGammaModel | null;
  /** Per customer of `summary.customers` (as of `calibrationEnd`); `null` without a BG/NBD fit. */
  readonly pAlive: Float64Array | null;
  /** Expected purchases over the horizon, per customer; `null` without a BG/NBD fit. */
  readonly expectedPurchases: Float64Array | null;
  /** Discounted value over the horizon, in money, per customer; `null` without both fits. */
  readonly clv: Float64Array | null;
  /** Cumulative actual and predicted repeat purchases per period; `null` without a BG/NBD fit. */
  readonly tracking: CumulativeTransactions | null;
  /** Holdout purchases by calibration frequency (0..6, 7 or more); empty without a holdout or a fit. */
  readonly holdout: readonly HoldoutByFrequency[];
  /**
   * Typed facts: the summary's, the fits', `clv-one-time-buyers-alive` once, and
   * `clv-too-few-repeat-customers` (`repeat`, `customers`, `needed`: no model was fitted),
   * `clv-spend-no-amount` and `clv-spend-too-few-repeat-customers` (`repeat`): no Gamma-Gamma, no CLV,
   * `clv-spend-mean-undefined` (`q`: the Gamma-Gamma mean needs q > 1; no CLV).
   */
  readonly warnings: readonly Warning[];
}

/** Days in a time unit (as lib/clv counts them: a month is 365.25 / 12 days). */
const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7, months: 365.25 / 12 };

/** Open last group of the holdout table (lifetimes' `plot_calibration_purchases_vs_holdout_purchases`, n = 7). */
const HOLDOUT_GROUPS = 7;

/**
 * The customer-value part of an RFM run: `summaryFromTransactions`, `fitBgNbd`, `pAlive`,
 * `expectedPurchases` over the horizon, `fitGammaGamma` on the repeat customers when there are
 * amounts, `customerLifetimeValue`, and the holdout check (`expectedCumulativeTransactions`, and
 * holdout purchases by calibration frequency). A model that cannot run is a typed warning, not an
 * error. lifetimes' `summary_data_from_transaction_data`, `BetaGeoFitter`, `GammaGammaFitter`.
 *
 * @param table Cleaned invoice lines.
 * @param roles Their customer, date and (optional) amount columns.
 * @param options See {@linkcode CustomerValueOptions}.
 * @returns The fits, the per-customer values and the holdout check; see {@linkcode CustomerValue}.
 * @throws {RangeError} If an option is out of range or no customer bought in the calibration period.
 *
 * @example Two customers buying on several days
 * ```ts
 * import pl from "nodejs-polars";
 * import { customerValue } from "./customer_value.ts";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({
 *   customer: ["a", "a", "a", "b"],
 *   date: ["2021-01-01", "2021-01-20", "2021-03-01", "2021-01-05"],
 *   amount: [10, 20, 30, 5],
 * });
 * const v = customerValue(t, { customer: "customer", date: "date", amount: "amount" });
 * assert.deepEqual(v.summary.customers, ["a", "b"]);
 * assert.equal(v.bgnbd, null);
 * assert.equal(v.warnings.at(-1)?.code, "clv-too-few-repeat-customers");
 * ```
 */
export function customerValue(
  table: pl.DataFrame,
  roles: RoleMap,
  options: CustomerValueOptions = {},
): CustomerValue {
  const { calibrationEnd, timeUnit = "weeks" } = options;
  checkCustomerValueOptions(options);
  const who: RoleMap = {
    customer: roles.customer!,
    date: roles.date!,
    ...(roles.amount !== undefined ? { amount: roles.amount } : {}),
  };
  const summary = summaryFromTransactions(table, {
    roles: who,
    unit: timeUnit,
    ...(calibrationEnd ? { calibrationEnd } : {}),
  });
  const counts = () =>
    dailyPurchaseCounts(table, {
      roles: { customer: who.customer!, date: who.date! },
      observationEnd: summary.observationEnd,
    });
  return customerValueFrom(summary, counts, options);
}

/**
 * The customer value of {@linkcode customerValue} from the per-customer summary and the purchase
 * days counted per day: the part that needs no invoice line, shared by the in-memory path and the
 * SQL twin (lib/scan). `counts` is called only when the BG/NBD fit runs (for its tracking curve).
 *
 * @param summary The calibration/holdout summary ({@linkcode summaryFromTransactions} or its SQL twin), in `options.timeUnit`.
 * @param counts The purchase days per day up to `summary.observationEnd`, or a function giving them.
 * @param options As {@linkcode customerValue}'s; `calibrationEnd` is the summary's.
 * @returns See {@linkcode CustomerValue}.
 * @throws {RangeError} If an option is out of range.
 *
 * @example Too few repeat customers: no model, a warning
 * ```ts
 * import { customerValueFrom } from "./customer_value.ts";
 * import { summaryFromTransactions } from "../clv/summary_from_transactions.ts";
 * import assert from "node:assert/strict";
 * const summary = summaryFromTransactions({ customer: ["a", "a"], date: ["2021-01-01", "2021-01-09"] });
 * const v = customerValueFrom(summary, () => { throw new Error("not needed"); });
 * assert.equal(v.warnings.at(-1)?.code, "clv-too-few-repeat-customers");
 * ```
 */
export function customerValueFrom(
  summary: CustomerSummary,
  counts: DailyPurchaseCounts | (() => DailyPurchaseCounts),
  options: CustomerValueOptions = {},
): CustomerValue {
  const { timeUnit = "weeks", horizonMonths = 12, discountRate = 0.01, minRepeatCustomers = 10 } = options;
  checkCustomerValueOptions(options);
  const horizon = (horizonMonths * UNIT_DAYS.months) / UNIT_DAYS[timeUnit];
  const warnings: Warning[] = [...summary.warnings];
  const base = {
    timeUnit,
    horizonMonths,
    discountRate,
    horizon,
    summary,
  };
  const n = summary.customers.length;
  let repeat = 0;
  for (let i = 0; i < n; i++) if (summary.frequency[i]! > 0) repeat++;
  if (repeat < minRepeatCustomers) {
    warnings.push({ code: "clv-too-few-repeat-customers", repeat, customers: n, needed: minRepeatCustomers });
    return {
      ...base,
      bgnbd: null,
      gammaGamma: null,
      pAlive: null,
      expectedPurchases: null,
      clv: null,
      tracking: null,
      holdout: [],
      warnings,
    };
  }
  const bgnbd = fitBgNbd(summary);
  warnings.push(...bgnbd.warnings);
  const alive = pAlive(summary, bgnbd);
  warnings.push(...alive.warnings);
  const expected = expectedPurchases(summary, bgnbd, { t: horizon });
  let gammaGamma: GammaGammaModel | null = null;
  let clv: Float64Array | null = null;
  if (!summary.hasAmount) {
    warnings.push({ code: "clv-spend-no-amount" });
  } else if (repeat < 2) {
    warnings.push({ code: "clv-spend-too-few-repeat-customers", repeat });
  } else {
    gammaGamma = fitGammaGamma(summary);
    warnings.push(...gammaGamma.warnings);
    if (gammaGamma.q <= 1) {
      warnings.push({ code: "clv-spend-mean-undefined", q: gammaGamma.q });
    } else {
      clv = customerLifetimeValue(summary, { bgNbd: bgnbd, gammaGamma }, {
        months: horizonMonths,
        discountRate,
        unit: timeUnit,
      }).clv; // its one-time-buyers warning is pAlive's, said once
    }
  }
  const tracking = cumulativeTransactionsFromCounts(typeof counts === "function" ? counts() : counts, bgnbd, {
    unit: timeUnit,
  });
  return {
    ...base,
    bgnbd,
    gammaGamma,
    pAlive: alive.pAlive,
    expectedPurchases: expected,
    clv,
    tracking,
    holdout: summary.durationHoldout > 0 ? holdoutByFrequency(summary, bgnbd) : [],
    warnings,
  };
}

/**
 * A `RangeError` unless the horizon is a whole number of months >= 1 and the discount rate is
 * above -1: the checks of {@linkcode customerValue}, run before any line is read.
 *
 * @param options The options to check.
 * @throws {RangeError} If an option is out of range.
 */
export function checkCustomerValueOptions(options: CustomerValueOptions): void {
  const { horizonMonths = 12, discountRate = 0.01 } = options;
  if (!(Number.isInteger(horizonMonths) && horizonMonths >= 1)) {
    throw new RangeError(
      `Cannot compute customer value over ${horizonMonths} months: use a whole number of months >= 1`,
    );
  }
  if (!(Number.isFinite(discountRate) && discountRate > -1)) {
    throw new RangeError(
      `Cannot compute customer value with discountRate "${discountRate}": use a monthly rate above -1, e.g. 0.01`,
    );
  }
}

/** Mean actual and predicted holdout purchases per calibration frequency 0..6 and 7 or more. */
function holdoutByFrequency(summary: CustomerSummary, model: BgNbdModel): HoldoutByFrequency[] {
  const predicted = expectedPurchases(summary, model, { t: summary.durationHoldout });
  const count = new Float64Array(HOLDOUT_GROUPS + 1);
  const actual = new Float64Array(HOLDOUT_GROUPS + 1), pred = new Float64Array(HOLDOUT_GROUPS + 1);
  for (let i = 0; i < summary.customers.length; i++) {
    const g = Math.min(HOLDOUT_GROUPS, summary.frequency[i]!);
    count[g]!++;
    actual[g]! += summary.frequencyHoldout[i]!;
    pred[g]! += predicted[i]!;
  }
  const out: HoldoutByFrequency[] = [];
  for (let g = 0; g <= HOLDOUT_GROUPS; g++) {
    if (count[g] === 0) continue;
    out.push({
      frequency: g,
      orMore: g === HOLDOUT_GROUPS,
      customers: count[g]!,
      actual: actual[g]! / count[g]!,
      predicted: pred[g]! / count[g]!,
    });
  }
  return out;
}
