/**
 * The cancellation check of the in-memory cleaning, on counts a database returned.
 *
 * @module
 */
import { CancellationRuleError, cancellationShares } from "../clean/cancellation_rule_error.ts";

/** The counts of `rfmQuery(...).cancellation.counts` (one row), and its example invoice ids. */
export interface CancellationCounts {
  /** Distinct invoice ids. */
  readonly invoices: number;
  /** Distinct invoice ids starting with the prefix. */
  readonly cancelled: number;
  /** Lines whose invoice id starts with the prefix. */
  readonly rows: number;
  /** Of those, lines whose quantity and amount are all above 0. */
  readonly positive: number;
  /** Up to 5 invoice ids the rule would remove. */
  readonly examples: readonly string[];
}

/** Where the counts came from, for the message. */
export interface CancellationContext {
  /** The table (or file) the counts are of. */
  readonly file: string;
  /** The invoice column. */
  readonly column: string;
  /** The cancellation prefix of the model. */
  readonly prefix: string;
  /** The columns whose sign was tested (quantity, amount). */
  readonly signed: readonly string[];
}

/**
 * The refusal `cleanTransactions` gives, from the counts of a database: a rule that would remove
 * more than `MAX_CANCELLED_SHARE` (lib/clean) of the invoices (`cancellation-share`), or whose
 * lines are mostly positive sales (more than `MAX_POSITIVE_SHARE`, `cancellation-positive`).
 *
 * @param counts The counts of the cancellation query.
 * @param context The table, invoice column, prefix and signed columns.
 * @returns The error to throw, or `null` when the rule is plausible.
 *
 * @example
 * ```ts
 * import { cancellationRefusal } from "./cancellation_refusal.ts";
 * import assert from "node:assert/strict";
 * const context = { file: "invoices", column: "invoice", prefix: "C", signed: ["qty"] };
 * const ok = { invoices: 10, cancelled: 2, rows: 3, positive: 0, examples: ["C1", "C2"] };
 * assert.equal(cancellationRefusal(ok, context), null);
 * const bad = { invoices: 10, cancelled: 8, rows: 9, positive: 9, examples: ["CF-1"] };
 * assert.equal(cancellationRefusal(bad, context)?.code, "cancellation-share");
 * ```
 */
export function cancellationRefusal(
  counts: CancellationCounts,
  context: CancellationContext,
): CancellationRuleError | null {
  const { invoices, cancelled, rows, positive, examples } = counts;
  const { share, positiveShare, code } = cancellationShares(counts);
  if (code === null) return null;
  return new CancellationRuleError(code, {
    ...context,
    invoices,
    cancelled,
    share,
    rows,
    positive,
    positiveShare,
    examples: [...examples],
  }, []);
}
