/**
 * Expected purchases of each customer in a future period, under a fitted BG/NBD model.
 *
 * @module
 */
import { checkHistory, checkHorizon } from "./_bgnbd.ts";
import { oneMinus2F1Times } from "./_special.ts";
import type { BgNbdModel, PurchaseHistory } from "./types.ts";

/** Options for {@linkcode expectedPurchases}. */
export interface ExpectedPurchasesOptions {
  /** Length of the future period after the end of calibration, in the unit of the fit. */
  t: number;
}

/**
 * The expected number of purchases of each customer in the next `t` time units, given their
 * history: Fader, Hardie & Lee (2005, eq. 10), lifetimes'
 * `BetaGeoFitter.conditional_expected_number_of_purchases_up_to_time`:
 *
 * `(a + b + x - 1) / (a - 1) * [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t))]`
 * divided by `1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)`.
 *
 * Gauss' hypergeometric function is summed in log space, through Euler's transformation when
 * that converges faster (see `_special.ts`), so large frequencies neither overflow nor slow down.
 *
 * @param history Per customer `frequency`, `recency` and `T`, in the unit of the fit.
 * @param model A fitted BG/NBD model (`a` must not be 1).
 * @param options The horizon `t`.
 * @returns Expected purchases per customer.
 * @throws {TypeError} If the arrays are missing or of different lengths.
 * @throws {RangeError} If a customer's values are impossible or `t` is negative.
 *
 * @example Buyers who came back recently are expected to buy more
 * ```ts
 * import { expectedPurchases } from "./expected_purchases.ts";
 * import assert from "node:assert/strict";
 * const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
 * const e = expectedPurchases({ frequency: [5, 5, 0], recency: [36, 10, 0], T: [38, 38, 38] }, model, { t: 39 });
 * assert.ok(e[0]! > e[1]! && e[1]! > 0 && e[2]! > 0);
 * ```
 */
export function expectedPurchases(
  history: PurchaseHistory,
  model: Pick<BgNbdModel, "r" | "alpha" | "a" | "b">,
  options: ExpectedPurchasesOptions,
): Float64Array {
  const action = "compute expected purchases";
  const n = checkHistory(history, action);
  const { t } = options;
  checkHorizon(t, action);
  const { r, alpha, a, b } = model;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = history.frequency[i]!, tx = history.recency[i]!, T = history.T[i]!;
    if (t === 0) continue;
    const z = t / (alpha + T + t);
    const first = (a + b + x - 1) / (a - 1);
    const second = oneMinus2F1Times(
      r + x,
      b + x,
      a + b + x - 1,
      z,
      (r + x) * Math.log((alpha + T) / (alpha + t + T)),
    );
    const den = x > 0 ? 1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))) : 1;
    out[i] = (first * second) / den;
  }
  return out;
}
