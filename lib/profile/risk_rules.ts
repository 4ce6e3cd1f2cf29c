/**
 * The default credit-risk rule set for {@linkcode ruleSegments}, as the vehicle-financing team
 * reads its customers: payment delay is the risk signal; many credits paid on time mark an
 * active, disciplined customer; high income marks premium potential.
 *
 * @module
 */
import type { RiskRule, SegmentRules } from "./rule_segments.ts";

/**
 * The documented defaults of the risk rules' business parameters, in the units of the data's
 * columns. They are the financing team's cut-offs for its own delay column (0 to 29 on its file):
 * a delay of 21 or more is default risk, 7 or less is paying on time, and 2 or more running
 * credits paid on time is the loyal cross-sell group; premium is an income of at least 1.25 times
 * the median income. Set your own policy's values through the options (CLI: `--delay-threshold`,
 * `--disciplined-delay`, `--cross-sell-credits`, `--premium-income`).
 */
export const RISK_DEFAULTS = {
  riskDelay: 21,
  disciplinedDelay: 7,
  crossSellCredits: 2,
  premiumIncomeRatio: 1.25,
} as const;

/** Options for {@linkcode riskRules}. */
export interface RiskRulesOptions {
  /** Column with the (average) payment delay. */
  delayColumn: string;
  /** Column with the number of active (running) credits. */
  creditsColumn: string;
  /** Column with income; without it there is no premium segment. */
  incomeColumn?: string;
  /** Delay from which a customer is at risk, in the delay column's units. @default {21} */
  riskDelay?: number;
  /** Delay up to which a customer pays on time, in the delay column's units. @default {7} */
  disciplinedDelay?: number;
  /** Active credits from which a customer who pays on time is in the disciplined (cross-sell) group. @default {2} */
  crossSellCredits?: number;
  /** Income from which a customer not at risk is premium, in the income column's units. @default {premiumIncomeRatio × the median income of the table} */
  premiumIncome?: number;
  /** Premium income as a multiple of the table's median income, used when `premiumIncome` is not given. @default {1.25} */
  premiumIncomeRatio?: number;
  /** Unit of the delay column, for the descriptions; `"none"` when it is not known. @default {"months"} */
  delayUnit?: "months" | "days" | "none";
}

/** The facts the text layer words a risk rule from (`profile.risk.<rule>` of lib/text), and the risk score reads. */
export interface RiskRuleFacts {
  /** Which of the four rules. */
  readonly rule: "at-risk" | "premium" | "disciplined" | "regular";
  /** The delay column. */
  readonly delayColumn: string;
  /** The active-credits column. */
  readonly creditsColumn: string;
  /** Delay from which a customer is at risk, in `delayUnit` (the option `riskDelay`). */
  readonly riskDelay: number;
  /** Delay up to which a customer pays on time, in `delayUnit` (the option `disciplinedDelay`). */
  readonly disciplinedDelay: number;
  /** Active credits from which an on-time payer is in the disciplined group (the option `crossSellCredits`). */
  readonly crossSellCredits: number;
  /** Unit of the delay column; `"none"` when it is not known. */
  readonly delayUnit: "months" | "days" | "none";
  /**
   * The premium income's multiple of the median income, or `null` where the option
   * `premiumIncome` fixed it; the threshold itself is the segmentation's `incomeThreshold`.
   */
  readonly premiumIncomeRatio: number | null;
  /** The premium income the option `premiumIncome` fixed, or `null` where it is a multiple of the median. */
  readonly premiumIncome: number | null;
}

function checkFinite(name: string, v: number): void {
  if (!Number.isFinite(v)) {
    throw new RangeError(`Cannot build risk rules: ${name} "${v}" is not a finite number; give a number`);
  }
}

/**
 * Build the credit-risk rules of the financing team, its thresholds as named business parameters
 * ({@linkcode RISK_DEFAULTS}, never quantiles of the delay) written into the descriptions. In
 * order (first match wins):
 * 1. `at-risk`: average delay >= `riskDelay`: high delay is the default-risk signal;
 * 2. `disciplined`: delay <= `disciplinedDelay` with `crossSellCredits` or more active credits:
 *    active, disciplined customers, the cross-sell group;
 * 3. `premium` (only with `incomeColumn`): income >= `premiumIncome` (by default
 *    `premiumIncomeRatio` × the median income of the table being segmented), not at risk;
 * 4. `regular`: everyone else (the catch-all).
 *
 * Each rule carries its facts (`risk`: the columns, thresholds and delay unit); the text layer
 * words its name, description and actions in every language (`ruleSegmentationTexts` in
 * lib/text). Indonesian names speak of *nasabah* (a lender's customers), not *pelanggan*.
 *
 * @param options The columns and thresholds.
 * @returns Rules for {@linkcode ruleSegments}.
 * @throws {RangeError} If a threshold is not a finite number, `disciplinedDelay` is not below
 *   `riskDelay`, or `premiumIncomeRatio` is not positive.
 *
 * @example Risk segments of five customers
 * ```ts
 * import pl from "nodejs-polars";
 * import { riskRules } from "./risk_rules.ts";
 * import { ruleSegments } from "./rule_segments.ts";
 * import { ruleSegmentationTexts } from "../text/mod.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ delay: [25, 3, 3, 10, 12], credits: [0, 3, 0, 1, 1], income: [5, 4, 6, 9, 4] });
 * const rules = riskRules({ delayColumn: "delay", creditsColumn: "credits", incomeColumn: "income" });
 * const result = ruleSegments(table, rules);
 * assert.deepEqual(result.segments.map((s) => s.key), ["at-risk", "disciplined", "premium", "regular"]);
 * assert.deepEqual([...result.labels], [0, 1, 3, 2, 3]);
 * assert.equal(result.thresholds.incomeThreshold, 6.25); // 1.25 × the median income 5
 * assert.match(ruleSegmentationTexts(result, "id").segments[0].description, /21 bulan atau lebih/);
 * ```
 */
export function riskRules(options: RiskRulesOptions): SegmentRules {
  const {
    delayColumn,
    creditsColumn,
    incomeColumn,
    riskDelay = RISK_DEFAULTS.riskDelay,
    disciplinedDelay = RISK_DEFAULTS.disciplinedDelay,
    crossSellCredits = RISK_DEFAULTS.crossSellCredits,
    premiumIncome,
    premiumIncomeRatio = RISK_DEFAULTS.premiumIncomeRatio,
    delayUnit = "months",
  } = options;
  checkFinite("riskDelay", riskDelay);
  checkFinite("disciplinedDelay", disciplinedDelay);
  checkFinite("crossSellCredits", crossSellCredits);
  if (premiumIncome !== undefined) checkFinite("premiumIncome", premiumIncome);
  if (!(disciplinedDelay < riskDelay)) {
    throw new RangeError(
      `Cannot build risk rules: disciplinedDelay "${disciplinedDelay}" is not below riskDelay "${riskDelay}"; make it smaller`,
    );
  }
  if (!(premiumIncomeRatio > 0 && Number.isFinite(premiumIncomeRatio))) {
    throw new RangeError(
      `Cannot build risk rules: premiumIncomeRatio "${premiumIncomeRatio}" is not a positive number; give for instance 1.25 (premium from 1.25 times the median income)`,
    );
  }
  const facts = {
    delayColumn,
    creditsColumn,
    riskDelay,
    disciplinedDelay,
    crossSellCredits,
    delayUnit,
    premiumIncomeRatio: premiumIncome === undefined ? premiumIncomeRatio : null,
    premiumIncome: premiumIncome ?? null,
  };
  const atRisk: RiskRule = {
    key: "at-risk",
    risk: { rule: "at-risk", ...facts },
    when: { column: delayColumn, op: ">=", value: riskDelay },
  };
  const disciplined: RiskRule = {
    key: "disciplined",
    risk: { rule: "disciplined", ...facts },
    when: {
      all: [{ column: delayColumn, op: "<=", value: disciplinedDelay }, {
        column: creditsColumn,
        op: ">=",
        value: crossSellCredits,
      }],
    },
  };
  const premium: RiskRule | null = incomeColumn === undefined ? null : {
    key: "premium",
    risk: { rule: "premium", ...facts },
    when: premiumIncome === undefined
      ? { column: incomeColumn, op: ">=", quantile: 0.5, times: premiumIncomeRatio, name: "incomeThreshold" }
      : { column: incomeColumn, op: ">=", value: premiumIncome },
  };
  const regular: RiskRule = { key: "regular", risk: { rule: "regular", ...facts }, when: null };
  return premium ? [atRisk, disciplined, premium, regular] : [atRisk, disciplined, regular];
}
