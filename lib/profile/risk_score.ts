/**
 * A per-customer credit-risk score from payment delay and active credits.
 *
 * @module
 */
import pl from "nodejs-polars";
import { requireColumns, requireNumeric } from "../base/columns.ts";
import { RISK_DEFAULTS } from "./risk_rules.ts";

/** Options for {@linkcode riskScore}. */
export interface RiskScoreOptions {
  /** Column with the (average) payment delay. */
  delayColumn: string;
  /** Column with the number of active (running) credits. */
  creditsColumn: string;
  /** Delay at which the delay part of the score is full (the at-risk threshold of `riskRules`). @default {21} */
  riskDelay?: number;
  /** Active credits at which the credits part is full (the cross-sell credits of `riskRules`). @default {2} */
  crossSellCredits?: number;
  /** Name of the file the table came from, for error messages. @default {"table"} */
  file?: string;
}

/**
 * Score every customer's credit risk from 0 (no delay) to 100, with delay as the driver and
 * active credits as the exposure that delay puts at stake:
 *
 * `risk_score = 100 × min(delay / riskDelay, 1) × (3 + min(credits / crossSellCredits, 1)) / 4`
 *
 * rounded to a whole number. A customer who pays on time scores 0 however many credits they run
 * (many credits paid on time are a disciplined customer, not a risk); a customer at the at-risk
 * delay scores 75 with no running credit and 100 with `crossSellCredits` or more. Negative values
 * count as 0; a missing delay or credit count gives `NaN`.
 *
 * @param table The customer table.
 * @param options The columns and the two thresholds (those of `riskRules`).
 * @returns One score per row, in [0, 100] (`NaN` where a value is missing).
 * @throws {RangeError} If a threshold is not a positive finite number.
 * @throws {InputError} If a column is missing; {TypeError} if it is not numeric.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { riskScore } from "./risk_score.ts";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({ delay: [0, 0, 21, 21, 10.5, 30], credits: [0, 3, 0, 2, 1, 5] });
 * assert.deepEqual([...riskScore(t, { delayColumn: "delay", creditsColumn: "credits" })], [0, 0, 75, 100, 44, 100]);
 * ```
 */
export function riskScore(table: pl.DataFrame, options: RiskScoreOptions): Float64Array {
  const {
    delayColumn,
    creditsColumn,
    riskDelay = RISK_DEFAULTS.riskDelay,
    crossSellCredits = RISK_DEFAULTS.crossSellCredits,
    file = "table",
  } = options;
  for (const [name, v] of [["riskDelay", riskDelay], ["crossSellCredits", crossSellCredits]] as const) {
    if (!(v > 0 && Number.isFinite(v))) {
      throw new RangeError(
        `Cannot score risk: ${name} "${v}" is not a positive number; give a positive threshold`,
      );
    }
  }
  requireColumns("score risk", [delayColumn, creditsColumn], table.columns, file);
  requireNumeric("score risk", [delayColumn, creditsColumn], (c) => table.getColumn(c).dtype);
  const values = (c: string) => table.getColumn(c).cast(pl.Float64).toArray() as (number | null)[];
  const delay = values(delayColumn), credits = values(creditsColumn);
  const clip = (v: number) => Math.min(Math.max(v, 0), 1);
  return Float64Array.from(delay, (d, i) => {
    const c = credits[i];
    if (d === null || c === null || c === undefined || Number.isNaN(d) || Number.isNaN(c)) return NaN;
    return Math.round(100 * clip(d / riskDelay) * (3 + clip(c / crossSellCredits)) / 4);
  });
}
