/**
 * The probability that a customer is still alive, under a fitted BG/NBD model.
 *
 * @module
 */
import type { Warning } from "../base/types.ts";
import { checkHistory } from "./_bgnbd.ts";
import type { BgNbdModel, PurchaseHistory } from "./types.ts";

/** P(alive) per customer, from {@linkcode pAlive}. */
export interface PAliveResult {
  /** P(alive) at the end of the calibration period, per customer, in `(0, 1]`. */
  readonly pAlive: Float64Array;
  /**
   * `clv-one-time-buyers-alive` (`customers`, `share`): customers without a repeat purchase get
   * P(alive) = 1, an artefact of the model (dropout happens only right after a repeat purchase),
   * not evidence that they are active; read their expected purchases instead.
   */
  readonly warnings: readonly Warning[];
}

/**
 * The probability that each customer is still alive at the end of the calibration period,
 * given their history: Fader, Hardie & Lee (2005, eq. 13), lifetimes'
 * `BetaGeoFitter.conditional_probability_alive`:
 * `1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x))`, computed in log space.
 * Customers with frequency 0 get exactly 1 (see the warning).
 *
 * @param history Per customer `frequency`, `recency` and `T`, in the unit of the fit.
 * @param model A fitted BG/NBD model.
 * @returns P(alive) per customer and the one-time-buyer warning.
 * @throws {TypeError} If the arrays are missing or of different lengths.
 * @throws {RangeError} If a customer's values are impossible.
 *
 * @example A customer who stopped buying long ago is probably gone
 * ```ts
 * import { pAlive } from "./p_alive.ts";
 * import assert from "node:assert/strict";
 * const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
 * const { pAlive: p, warnings } = pAlive({ frequency: [2, 2, 0], recency: [30, 5, 0], T: [38, 38, 38] }, model);
 * assert.ok(p[0]! > 0.7 && p[1]! < 0.2);
 * assert.equal(p[2], 1);
 * assert.deepEqual(warnings, [{ code: "clv-one-time-buyers-alive", customers: 1, share: 1 / 3 }]);
 * ```
 */
export function pAlive(
  history: PurchaseHistory,
  model: Pick<BgNbdModel, "r" | "alpha" | "a" | "b">,
): PAliveResult {
  const n = checkHistory(history, "compute P(alive)");
  const { r, alpha, a, b } = model;
  const out = new Float64Array(n);
  let once = 0;
  for (let i = 0; i < n; i++) {
    const x = history.frequency[i]!;
    if (x === 0) {
      out[i] = 1;
      once++;
      continue;
    }
    const logDiv = (r + x) * Math.log((alpha + history.T[i]!) / (alpha + history.recency[i]!)) +
      Math.log(a / (b + x - 1));
    out[i] = 1 / (1 + Math.exp(logDiv));
  }
  const warnings: Warning[] = once > 0
    ? [{ code: "clv-one-time-buyers-alive", customers: once, share: once / n }]
    : [];
  return { pAlive: out, warnings };
}
