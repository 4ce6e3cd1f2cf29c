/**
 * Expected repeat purchases of a new customer over time, under a fitted BG/NBD model.
 *
 * @module
 */
import { checkHorizon } from "./_bgnbd.ts";
import { oneMinus2F1Times } from "./_special.ts";
import type { BgNbdModel } from "./types.ts";

/**
 * The expected number of repeat purchases of a randomly chosen customer in the `t` time units
 * after their first purchase: Fader, Hardie & Lee (2005, eq. 9), lifetimes'
 * `BetaGeoFitter.expected_number_of_purchases_up_to_time`:
 * `(a + b - 1) / (a - 1) * [1 - (alpha / (alpha + t))^r 2F1(r, b; a + b - 1; t / (alpha + t))]`.
 * Summed over customers at their ages (time since each first purchase) it gives the model's
 * cumulative repeat purchases, the curve that tracks the actual ones through a holdout period.
 *
 * @param model A fitted BG/NBD model (`a` must not be 1).
 * @param t Times since the first purchase, in the unit of the fit.
 * @returns The expected repeat purchases at every time.
 * @throws {RangeError} If a time is negative or not finite.
 *
 * @example Starts at 0 and grows
 * ```ts
 * import { expectedPurchasesUnconditional } from "./expected_purchases_unconditional.ts";
 * import assert from "node:assert/strict";
 * const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
 * const e = expectedPurchasesUnconditional(model, [0, 39, 78]);
 * assert.equal(e[0], 0);
 * assert.ok(e[1]! > 0 && e[2]! > e[1]!);
 * ```
 */
export function expectedPurchasesUnconditional(
  model: Pick<BgNbdModel, "r" | "alpha" | "a" | "b">,
  t: ArrayLike<number>,
): Float64Array {
  const { r, alpha, a, b } = model;
  const out = new Float64Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const ti = t[i]!;
    checkHorizon(ti, "compute expected purchases");
    if (ti === 0) continue;
    out[i] = ((a + b - 1) / (a - 1)) *
      oneMinus2F1Times(r, b, a + b - 1, ti / (alpha + ti), r * Math.log(alpha / (alpha + ti)));
  }
  return out;
}
