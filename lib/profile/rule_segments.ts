/**
 * Business-rule segments: an ordered list of named rules on column thresholds, for when
 * clusters are not real (or as a baseline to compare them with).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Clustering, Warning } from "../base/types.ts";
import type { Translations } from "../base/i18n.ts";
import { requireColumns, requireNumeric } from "../base/columns.ts";
import type { RiskRuleFacts } from "./risk_rules.ts";

/** A comparison of one column with a fixed number. */
export interface ValueComparison {
  /** The numeric column compared. */
  readonly column: string;
  /** How `column` is compared with `value`: `column op value`. */
  readonly op: ">" | ">=" | "<" | "<=" | "==";
  /** The fixed threshold, in the column's units. */
  readonly value: number;
}

/**
 * A comparison of one column with one of its own quantiles (linear interpolation, numpy's
 * default), or a multiple of it, resolved on the table being segmented. The resolved threshold fills the
 * `{name}` placeholder (default: the column name) of the rule's names and descriptions.
 */
export interface QuantileComparison {
  /** The numeric column compared, and whose quantile is the threshold. */
  readonly column: string;
  /** How `column` is compared with its quantile: `column op quantile(column)`. */
  readonly op: ">" | ">=" | "<" | "<=";
  /** In [0, 1]: 0.75 is the third quartile. */
  readonly quantile: number;
  /** The threshold is this multiple of the quantile (1.25 × the median). @default {1} */
  readonly times?: number;
  /** Placeholder the resolved threshold fills. @default {column} */
  readonly name?: string;
}

/** `min <= column <= max` (both ends included). */
export interface BetweenComparison {
  /** The numeric column compared. */
  readonly column: string;
  /** Marks the range comparison. */
  readonly op: "between";
  /** Lower end, included, in the column's units. */
  readonly min: number;
  /** Upper end, included, in the column's units. */
  readonly max: number;
}

/**
 * When a rule applies: a comparison, or all / any of several conditions, or the negation of one.
 * A comparison on a missing (null) cell is false, so such rows fall through to later rules.
 */
export type RuleCondition =
  | ValueComparison
  | QuantileComparison
  | BetweenComparison
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition };

/** What every rule has: a key and the condition that puts a customer in it. */
export interface RuleBase {
  /** Stable machine-readable key, unique in the list: `"at-risk"`. */
  readonly key: string;
  /** The condition; `null` only for the final catch-all rule, which takes every row left. */
  readonly when: RuleCondition | null;
}

/** A rule with its own words: what you write for your own rules. */
export interface WordedRule extends RuleBase {
  /** Name in every language. */
  readonly names: Translations;
  /** One sentence per language; `{name}` placeholders of quantile conditions are filled in. */
  readonly descriptions: Translations;
  /** Recommended actions, most important first. */
  readonly actions: readonly Translations[];
}

/** A rule of {@linkcode riskRules}: the text layer words it from these facts. */
export interface RiskRule extends RuleBase {
  /** Which risk rule, its thresholds and the delay unit, for the text layer to word. */
  readonly risk: RiskRuleFacts;
}

/** One named segment and the condition that puts a customer in it. */
export type SegmentRule = WordedRule | RiskRule;

/** Ordered rules, first match wins; the last one must be the catch-all (`when: null`). */
export type SegmentRules = readonly SegmentRule[];

/**
 * One rule segment of a {@linkcode RuleSegmentation}. Its words come from its rule: the rule's
 * own, or the text layer's for a risk rule (`ruleSegmentationTexts(segmentation, lang)` in lib/text).
 */
export interface RuleSegment {
  /** Its label in `labels` (the rule's position in the list). */
  readonly label: number;
  /** The key of its rule (`rule.key`), e.g. `"at-risk"`. */
  readonly key: string;
  /** Customers in it. */
  readonly size: number;
  /** The rule that made it. */
  readonly rule: SegmentRule;
}

/** The result of {@linkcode ruleSegments}: a Clustering whose labels are rule positions. */
export interface RuleSegmentation extends Clustering {
  /** Marks a rule segmentation (labels from rules, not from a clustering). */
  readonly algorithm: "rules";
  /** Always `null`: rules have no centres. */
  readonly centroids: null;
  /** Always `null`: rules are deterministic. */
  readonly seed: null;
  /** One entry per rule, in rule order (empty ones included, with a warning). */
  readonly segments: readonly RuleSegment[];
  /** Thresholds resolved from quantiles on this table, by placeholder name. */
  readonly thresholds: Readonly<Record<string, number>>;
}

/** Options for {@linkcode ruleSegments}. */
export interface RuleSegmentsOptions {
  /** Name of the file the table came from, for error messages. @default {"table"} */
  file?: string;
}

function isComparison(c: RuleCondition): c is ValueComparison | QuantileComparison | BetweenComparison {
  return "column" in c;
}

function columnsOf(c: RuleCondition, out: Set<string>): Set<string> {
  if (isComparison(c)) out.add(c.column);
  else if ("all" in c) c.all.forEach((x) => columnsOf(x, out));
  else if ("any" in c) c.any.forEach((x) => columnsOf(x, out));
  else columnsOf(c.not, out);
  return out;
}

function compare(column: string, op: string, v: number): pl.Expr {
  const x = pl.col(column).cast(pl.Float64);
  switch (op) {
    case ">":
      return x.gt(v);
    case ">=":
      return x.gtEq(v);
    case "<":
      return x.lt(v);
    case "<=":
      return x.ltEq(v);
    case "==":
      return x.eq(v);
  }
  throw new RangeError(
    `Cannot segment by rules: operator "${op}" on column "${column}" is unknown; use ">", ">=", "<", "<=", "==" or "between"`,
  );
}

/**
 * Put every row in exactly one business-rule segment: rules are tried in order, the first whose
 * condition holds wins, and rows no rule takes go to the final catch-all rule. Conditions compare
 * columns with numbers (`>`, `>=`, `<`, `<=`, `==`, `between` inclusive) or with a quantile of
 * the column on this table, and combine with `all` / `any` / `not`. The work is one polars
 * `when/then` expression, so large tables are fast. A rule that takes no row gives a warning.
 *
 * @param table The customer table.
 * @param rules The rules, ending with a catch-all (`when: null`); see {@linkcode riskRules}.
 * @param options The file name for error messages.
 * @returns Labels (the rule's position) per row, and per rule its key, size and rule (for the text
 *   layer to word), and the thresholds resolved from quantiles.
 * @throws {RangeError} If the list is empty, does not end with exactly one catch-all, repeats a key, or has a bad threshold.
 * @throws {InputError} If a condition names a column the table lacks (the message lists the closest names).
 * @throws {TypeError} If a condition's column is not numeric.
 *
 * @example Two rules and a catch-all
 * ```ts
 * import pl from "nodejs-polars";
 * import { ruleSegments } from "./rule_segments.ts";
 * import assert from "node:assert/strict";
 * const t = (s: string) => ({ en: s, es: s, id: s });
 * const table = pl.DataFrame({ delay: [0, 3, 1, 5], credits: [0, 1, 3, 0] });
 * const result = ruleSegments(table, [
 *   { key: "risk", names: t("Risk"), descriptions: t("delay >= 3 or credits >= 3"), actions: [],
 *     when: { any: [{ column: "delay", op: ">=", value: 3 }, { column: "credits", op: ">=", value: 3 }] } },
 *   { key: "good", names: t("Good"), descriptions: t("no delay"), actions: [], when: { column: "delay", op: "==", value: 0 } },
 *   { key: "rest", names: t("Rest"), descriptions: t("others"), actions: [], when: null },
 * ]);
 * assert.deepEqual([...result.labels], [1, 0, 0, 0]);
 * assert.deepEqual(result.segments.map((s) => s.size), [3, 1, 0]);
 * assert.equal(result.warnings.length, 1);
 * ```
 */
export function ruleSegments(
  table: pl.DataFrame,
  rules: SegmentRules,
  options: RuleSegmentsOptions = {},
): RuleSegmentation {
  const { file = "table" } = options;
  checkRules(rules);
  const columns = new Set<string>();
  for (const rule of rules) if (rule.when) columnsOf(rule.when, columns);
  requireColumns("segment by rules", [...columns], table.columns, file);
  requireNumeric("segment by rules", columns, (c) => table.getColumn(c).dtype);

  const thresholds: Record<string, number> = {};
  const labels = ruleLabels(table, rules, (c) => conditionExpr(table, c, thresholds));
  const sizes = new Array<number>(rules.length).fill(0);
  for (const l of labels) sizes[l]!++;
  const warnings: Warning[] = [];
  const segments = rules.map((rule, label): RuleSegment => {
    if (sizes[label] === 0) warnings.push({ code: "rule-took-no-customer", rule: rule.key });
    return { label, key: rule.key, size: sizes[label]!, rule };
  });
  return {
    algorithm: "rules",
    labels,
    k: rules.length,
    centroids: null,
    inertia: NaN,
    seed: null,
    warnings,
    segments,
    thresholds,
  };
}

/** Check that the keys are unique and that exactly the last rule is the catch-all. */
function checkRules(rules: SegmentRules): void {
  if (rules.length === 0) {
    throw new RangeError(
      `Cannot segment by rules: the rule list is empty; give at least a catch-all rule with "when: null"`,
    );
  }
  const keys = new Set<string>();
  rules.forEach((rule, i) => {
    if (keys.has(rule.key)) {
      throw new RangeError(
        `Cannot segment by rules: key "${rule.key}" is used twice; give every rule its own key`,
      );
    }
    keys.add(rule.key);
    const last = i === rules.length - 1;
    if (rule.when === null && !last) {
      throw new RangeError(
        `Cannot segment by rules: rule "${rule.key}" is a catch-all but rules after it ("${
          rules[i + 1]!.key
        }") could never match; put the catch-all last`,
      );
    }
    if (rule.when !== null && last) {
      throw new RangeError(
        `Cannot segment by rules: the last rule "${rule.key}" has a condition, so some rows might match none; end the list with a catch-all rule whose "when" is null`,
      );
    }
  });
}

/**
 * The polars expression of a condition on `table`; a quantile comparison resolves its threshold
 * on the table and records it in `thresholds` under its placeholder name.
 */
function conditionExpr(table: pl.DataFrame, c: RuleCondition, thresholds: Record<string, number>): pl.Expr {
  const toExpr = (x: RuleCondition) => conditionExpr(table, x, thresholds);
  if ("all" in c || "any" in c) {
    const parts = ("all" in c ? c.all : c.any).map(toExpr);
    if (parts.length === 0) {
      throw new RangeError(
        `Cannot segment by rules: an "all" or "any" condition is empty; give it at least one condition`,
      );
    }
    return parts.reduce((a, b) => ("all" in c ? a.and(b) : a.or(b)));
  }
  if ("not" in c) return toExpr(c.not).not();
  if (c.op === "between") {
    if (!(c.min <= c.max)) {
      throw new RangeError(
        `Cannot segment by rules: "between" on column "${c.column}" has min "${c.min}" above max "${c.max}"; swap them`,
      );
    }
    return compare(c.column, ">=", c.min).and(compare(c.column, "<=", c.max));
  }
  if ("quantile" in c) {
    if (!(c.quantile >= 0 && c.quantile <= 1)) {
      throw new RangeError(
        `Cannot segment by rules: quantile "${c.quantile}" of column "${c.column}" is outside 0..1; give a quantile from 0 to 1`,
      );
    }
    const q = table.getColumn(c.column).cast(pl.Float64).quantile(c.quantile, "linear") as number | null;
    const v = (q ?? NaN) * (c.times ?? 1);
    thresholds[c.name ?? c.column] = v;
    return compare(c.column, c.op, v);
  }
  if (!Number.isFinite(c.value)) {
    throw new RangeError(
      `Cannot segment by rules: threshold "${c.value}" on column "${c.column}" is not a finite number; give a number`,
    );
  }
  return compare(c.column, c.op, c.value);
}

/** Each row's label: the position of the first rule whose condition holds, else the catch-all's. */
function ruleLabels(
  table: pl.DataFrame,
  rules: SegmentRules,
  toExpr: (c: RuleCondition) => pl.Expr,
): Int32Array {
  const last = rules.length - 1;
  if (last === 0) return new Int32Array(table.height);
  let chain = pl.when(toExpr(rules[0]!.when!)).then(pl.lit(0));
  for (let i = 1; i < last; i++) chain = chain.when(toExpr(rules[i]!.when!)).then(pl.lit(i));
  const out = table.select(chain.otherwise(pl.lit(last)).cast(pl.Int32).alias("rule")).getColumn("rule");
  return Int32Array.from(out.toArray() as number[]);
}
