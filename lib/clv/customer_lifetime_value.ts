/**
 * Customer lifetime value: discounted expected spend over a horizon, from a BG/NBD and a
 * Gamma-Gamma model.
 *
 * @module
 */
import type { Warning } from "../base/types.ts";
import { conditionalExpectedAverageProfit } from "./conditional_expected_average_profit.ts";
import { expectedPurchases } from "./expected_purchases.ts";
import { UNIT_DAYS } from "./_units.ts";
import type { BgNbdModel, GammaGammaModel, PurchaseHistory, SpendHistory, TimeUnit } from "./types.ts";

/** The two fitted models {@linkcode customerLifetimeValue} combines. */
export interface ClvModels {
  /** Purchases over time. */
  readonly bgNbd: Pick<BgNbdModel, "r" | "alpha" | "a" | "b"> & { readonly unit?: TimeUnit | null };
  /** Value per purchase. */
  readonly gammaGamma: Pick<GammaGammaModel, "p" | "q" | "gamma">;
}

/** Options for {@linkcode customerLifetimeValue}. */
export interface CustomerLifetimeValueOptions {
  /** Horizon in months (of 30.4375 days). @default {12} */
  months?: number;
  /** Discount rate per month. @default {0.01} */
  discountRate?: number;
  /** The time unit of the history and the BG/NBD fit. @default {the history's or the model's `unit`} */
  unit?: TimeUnit;
}

/** CLV per customer, from {@linkcode customerLifetimeValue}. */
export interface CustomerLifetimeValue {
  /** Discounted expected spend over the horizon, per customer, in money. */
  readonly clv: Float64Array;
  /** Expected purchases over the whole horizon (undiscounted), per customer. */
  readonly expectedPurchases: Float64Array;
  /** Expected value of a purchase (Gamma-Gamma), per customer. */
  readonly expectedAverageProfit: Float64Array;
  /** Horizon in months. */
  readonly months: number;
  /** Discount rate per month. */
  readonly discountRate: number;
  /** The time unit used. */
  readonly unit: TimeUnit;
  /** `clv-one-time-buyers-alive` (`customers`, `share`): their value rests on the model's P(alive) = 1 for them. */
  readonly warnings: readonly Warning[];
}

/**
 * The lifetime value of each customer over the next `months` months: the expected purchases of
 * every month (BG/NBD, conditional on the customer's history) times the expected value of a
 * purchase (Gamma-Gamma), discounted at `discountRate` per month and summed, as lifetimes'
 * `GammaGammaFitter.customer_lifetime_value`:
 * `sum_{i=1..months} profit * (E[X(i m)] - E[X((i - 1) m)]) / (1 + discountRate)^i`, with `m`
 * the length of a month in the unit of the fit (4.348 weeks, 30.4375 days; lifetimes rounds them
 * to 4.345 and 30).
 *
 * @param history Per customer `frequency`, `recency`, `T` and `monetaryValue`, e.g. from `summaryFromTransactions`.
 * @param models The fitted BG/NBD and Gamma-Gamma models.
 * @param options Horizon, discount rate and time unit.
 * @returns CLV, expected purchases and expected purchase value per customer.
 * @throws {TypeError} If the arrays are missing or differ in length, or the time unit is unknown.
 * @throws {RangeError} If the horizon or the discount rate is out of range, or a value is impossible.
 *
 * @example No discount: CLV is expected purchases times expected value
 * ```ts
 * import { customerLifetimeValue } from "./customer_lifetime_value.ts";
 * import assert from "node:assert/strict";
 * const history = { frequency: [3], recency: [30], T: [38], monetaryValue: [40], unit: "weeks" as const };
 * const models = { bgNbd: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } };
 * const v = customerLifetimeValue(history, models, { months: 12, discountRate: 0 });
 * const diff = v.clv[0]! - v.expectedPurchases[0]! * v.expectedAverageProfit[0]!;
 * assert.ok(Math.abs(diff) < 1e-9);
 * ```
 */
export function customerLifetimeValue(
  history: PurchaseHistory & SpendHistory,
  models: ClvModels,
  options: CustomerLifetimeValueOptions = {},
): CustomerLifetimeValue {
  const action = "compute customer lifetime value";
  const { months = 12, discountRate = 0.01, unit = history.unit ?? models.bgNbd.unit ?? undefined } = options;
  if (!(Number.isInteger(months) && months >= 1)) {
    throw new RangeError(`Cannot ${action} over ${months} months: use a whole number of months >= 1`);
  }
  if (!(discountRate > -1 && Number.isFinite(discountRate))) {
    throw new RangeError(
      `Cannot ${action} with discountRate "${discountRate}": use a monthly rate above -1, e.g. 0.01`,
    );
  }
  if (unit === undefined || !(unit in UNIT_DAYS)) {
    throw new TypeError(
      `Cannot ${action}: the time unit of recency and T is "${unit}"; pass { unit: "days" | "weeks" | "months" }`,
    );
  }
  const profit = conditionalExpectedAverageProfit(history, models.gammaGamma);
  const n = profit.length;
  const month = UNIT_DAYS.months / UNIT_DAYS[unit];
  const clv = new Float64Array(n);
  let previous = expectedPurchases(history, models.bgNbd, { t: 0 });
  for (let i = 1; i <= months; i++) {
    const now = expectedPurchases(history, models.bgNbd, { t: i * month });
    const factor = (1 + discountRate) ** i;
    for (let k = 0; k < n; k++) clv[k] = clv[k]! + (profit[k]! * (now[k]! - previous[k]!)) / factor;
    previous = now;
  }
  let once = 0;
  for (let k = 0; k < n; k++) if (history.frequency[k] === 0) once++;
  const warnings: Warning[] = once > 0
    ? [{ code: "clv-one-time-buyers-alive", customers: once, share: once / n }]
    : [];
  return {
    clv,
    expectedPurchases: previous,
    expectedAverageProfit: profit,
    months,
    discountRate,
    unit,
    warnings,
  };
}
