/**
 * The expected value of a customer's future purchases, under a fitted Gamma-Gamma model.
 *
 * @module
 */
import { checkSpend } from "./_gamma_gamma.ts";
import type { GammaGammaModel, SpendHistory } from "./types.ts";

/**
 * The expected value of each customer's future purchases given their repeat purchases
 * (Fader & Hardie 2013, eq. 5), lifetimes' `GammaGammaFitter.conditional_expected_average_profit`:
 * a weighted mean of the population's mean `p gamma / (q - 1)` and the customer's own mean
 * `monetaryValue`, with weight `p x / (p x + q - 1)` on the customer's own. One-time buyers get
 * the population's mean.
 *
 * @param history Per customer `frequency` and `monetaryValue`.
 * @param model A fitted Gamma-Gamma model.
 * @returns The expected value of a purchase, per customer, in money.
 * @throws {TypeError} If the arrays are missing or of different lengths.
 * @throws {RangeError} If a value is impossible, or `q <= 1` (the population mean does not exist).
 *
 * @example Shrinks a customer's own mean towards the population's
 * ```ts
 * import { conditionalExpectedAverageProfit } from "./conditional_expected_average_profit.ts";
 * import assert from "node:assert/strict";
 * const model = { p: 6.25, q: 3.74, gamma: 15.44 };
 * const v = conditionalExpectedAverageProfit({ frequency: [0, 1, 20], monetaryValue: [0, 100, 100] }, model);
 * const population = (6.25 * 15.44) / 2.74;
 * assert.ok(Math.abs(v[0]! - population) < 1e-12);
 * assert.ok(population < v[1]! && v[1]! < v[2]! && v[2]! < 100);
 * ```
 */
export function conditionalExpectedAverageProfit(
  history: SpendHistory,
  model: Pick<GammaGammaModel, "p" | "q" | "gamma">,
): Float64Array {
  const action = "compute the expected average profit";
  const n = checkSpend(history, action);
  const { p, q, gamma } = model;
  if (!(q > 1)) {
    throw new RangeError(
      `Cannot ${action} with q = ${q}: the population mean p gamma / (q - 1) needs q > 1; refit the Gamma-Gamma model`,
    );
  }
  const population = (p * gamma) / (q - 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = history.frequency[i]!;
    const w = (p * x) / (p * x + q - 1);
    out[i] = x > 0 ? (1 - w) * population + w * history.monetaryValue[i]! : population;
  }
  return out;
}
