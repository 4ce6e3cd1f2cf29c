/**
 * The default credit-risk rule set for {@linkcode ruleSegments}.
 *
 * @module
 */
import type { RiskRule, SegmentRules } from "./rule_segments.ts";

/** Options for {@linkcode riskRules}. */
export interface RiskRulesOptions {
  /** Column with the (average) payment delay. */
  delayColumn: string;
  /** Column with the number of active (running) credits. */
  creditsColumn: string;
  /** Column with income; without it there is no premium segment. */
  incomeColumn?: string;
  /** Delay from which a customer is at risk, in the delay column's units (months in the team's data). @default {2} */
  delayThreshold?: number;
  /** Active credits from which a customer is at risk. @default {2} */
  creditsThreshold?: number;
  /** Delay up to which a customer counts as disciplined. @default {delayThreshold / 2} */
  disciplinedDelay?: number;
  /** Unit of the delay column, for the descriptions; `"none"` when it is not known. @default {"months"} */
  delayUnit?: "months" | "days" | "none";
  /** Income quantile from which a customer not at risk is premium. @default {0.75} */
  incomeQuantile?: number;
}

/** The facts the text layer words a risk rule from (`profile.risk.<rule>` of lib/text). */
export interface RiskRuleFacts {
  /** Which of the four rules. */
  readonly rule: "at-risk" | "premium" | "disciplined" | "regular";
  /** Delay from which a customer is at risk, in `delayUnit` (the option `delayThreshold`). */
  readonly delayThreshold: number;
  /** Active credits from which a customer is at risk (the option `creditsThreshold`). */
  readonly creditsThreshold: number;
  /** Delay up to which a customer counts as disciplined, in `delayUnit` (the option `disciplinedDelay`). */
  readonly disciplinedDelay: number;
  /** Unit of the delay column; `"none"` when it is not known. */
  readonly delayUnit: "months" | "days" | "none";
  /** Income quantile from which a customer not at risk is premium (its threshold is the segmentation's `incomeThreshold`). */
  readonly incomeQuantile: number;
}

/**
 * Build the credit-risk rules the financing team uses, with the thresholds as parameters and
 * written into the descriptions. In order (first match wins):
 * 1. `at-risk`: delay >= `delayThreshold` or active credits >= `creditsThreshold`;
 * 2. `premium` (only with `incomeColumn`): income at or above its `incomeQuantile` quantile on the
 *    table being segmented (the top quartile by default), and not at risk;
 * 3. `disciplined`: delay <= `disciplinedDelay` and fewer than `creditsThreshold` active credits;
 * 4. `regular`: everyone else (the catch-all).
 *
 * Each rule carries its facts (`risk`: the thresholds, the delay unit); the text layer words
 * its name, description (with the thresholds, numbers written as each language reads them) and
 * actions in every language (`ruleSegmentationTexts` in lib/text). This is financing, so the
 * Indonesian names speak of *nasabah* (a bank's or lender's customers), not *pelanggan* (shoppers).
 *
 * @param options The columns and thresholds.
 * @returns Rules for {@linkcode ruleSegments}.
 * @throws {RangeError} If a threshold is not a finite number, `disciplinedDelay` is not below
 *   `delayThreshold`, or `incomeQuantile` is not strictly between 0 and 1.
 *
 * @example Risk segments of four customers
 * ```ts
 * import pl from "nodejs-polars";
 * import { riskRules } from "./risk_rules.ts";
 * import { ruleSegments } from "./rule_segments.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ delay: [0, 3, 1.5, 0], credits: [0, 1, 1, 1], income: [5, 4, 6, 9] });
 * const rules = riskRules({ delayColumn: "delay", creditsColumn: "credits", incomeColumn: "income" });
 * import { ruleSegmentationTexts } from "../text/mod.ts";
 * const result = ruleSegments(table, rules);
 * assert.deepEqual(result.segments.map((s) => s.key), ["at-risk", "premium", "disciplined", "regular"]);
 * assert.deepEqual([...result.labels], [2, 0, 3, 1]);
 * assert.equal(result.thresholds.incomeThreshold, 6.75);
 * assert.match(ruleSegmentationTexts(result, "id").segments[0].description, /2 bulan atau lebih/);
 * ```
 */
export function riskRules(options: RiskRulesOptions): SegmentRules {
  const {
    delayColumn,
    creditsColumn,
    incomeColumn,
    delayThreshold = 2,
    creditsThreshold = 2,
    incomeQuantile = 0.75,
    delayUnit = "months",
  } = options;
  const { disciplinedDelay = delayThreshold / 2 } = options;
  for (
    const [name, v] of [["delayThreshold", delayThreshold], ["creditsThreshold", creditsThreshold], [
      "disciplinedDelay",
      disciplinedDelay,
    ]] as const
  ) {
    if (!Number.isFinite(v)) {
      throw new RangeError(`Cannot build risk rules: ${name} "${v}" is not a finite number; give a number`);
    }
  }
  if (!(disciplinedDelay < delayThreshold)) {
    throw new RangeError(
      `Cannot build risk rules: disciplinedDelay "${disciplinedDelay}" is not below delayThreshold "${delayThreshold}"; make it smaller`,
    );
  }
  if (!(incomeQuantile > 0 && incomeQuantile < 1)) {
    throw new RangeError(
      `Cannot build risk rules: incomeQuantile "${incomeQuantile}" is not between 0 and 1; give for instance 0.75 for the top quartile`,
    );
  }
  const facts = { delayThreshold, creditsThreshold, disciplinedDelay, delayUnit, incomeQuantile };
  const atRisk: RiskRule = {
    key: "at-risk",
    risk: { rule: "at-risk", ...facts },
    when: {
      any: [{ column: delayColumn, op: ">=", value: delayThreshold }, {
        column: creditsColumn,
        op: ">=",
        value: creditsThreshold,
      }],
    },
  };
  const premium: RiskRule | null = incomeColumn === undefined ? null : {
    key: "premium",
    risk: { rule: "premium", ...facts },
    when: { column: incomeColumn, op: ">=", quantile: incomeQuantile, name: "incomeThreshold" },
  };
  const disciplined: RiskRule = {
    key: "disciplined",
    risk: { rule: "disciplined", ...facts },
    when: {
      all: [{ column: delayColumn, op: "<=", value: disciplinedDelay }, {
        column: creditsColumn,
        op: "<",
        value: creditsThreshold,
      }],
    },
  };
  const regular: RiskRule = { key: "regular", risk: { rule: "regular", ...facts }, when: null };
  return premium ? [atRisk, premium, disciplined, regular] : [atRisk, disciplined, regular];
}
