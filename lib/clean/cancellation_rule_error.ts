/**
 * The error of a cancellation rule that would remove what are not cancellations.
 *
 * @module
 */
import { InputError } from "../base/errors.ts";

/**
 * Most of the invoices a cancellation rule may remove. Above it the prefix almost certainly matches
 * ordinary invoice numbers (`CF-500000`): cancelled orders are a minority of a shop's invoices (the
 * retail reference file has 14.8%, and return rates of even the most returned goods stay below
 * half), and a rule that removed the majority would leave a few survivors to segment without a word.
 */
export const MAX_CANCELLED_SHARE = 0.5;

/**
 * Most of the rows matched by a cancellation rule that may have a positive quantity or amount. A
 * cancellation reverses a sale, so its lines carry negative quantities and amounts (all 3,841 in the
 * retail reference file do); when more than half of the matched lines are ordinary positive sales,
 * the prefix matches purchases.
 */
export const MAX_POSITIVE_SHARE = 0.5;

/** Why a cancellation rule was refused. */
export type CancellationRuleProblem =
  /** It would remove more than {@linkcode MAX_CANCELLED_SHARE} of the invoices. */
  | "cancellation-share"
  /** More than {@linkcode MAX_POSITIVE_SHARE} of the lines it matches are positive sales. */
  | "cancellation-positive";

/**
 * Whether a cancellation rule is plausible, from its counts: the share of invoices it removes and
 * the share of the lines it matches that are positive sales, and the problem when one is above
 * its limit (the share first). The in-memory cleaning and the SQL check (`cancellationRefusal`)
 * both decide with it.
 *
 * @param counts Distinct invoices, of them those the rule matches, the rows it matches and of them the positive ones.
 * @returns The two shares (0 when there is nothing to divide) and the problem, or `null`.
 *
 * @example
 * ```ts
 * import { cancellationShares } from "./cancellation_rule_error.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(cancellationShares({ invoices: 10, cancelled: 6, rows: 6, positive: 0 }), {
 *   share: 0.6, positiveShare: 0, code: "cancellation-share",
 * });
 * assert.equal(cancellationShares({ invoices: 10, cancelled: 1, rows: 3, positive: 1 }).code, null);
 * ```
 */
export function cancellationShares(
  counts: {
    readonly invoices: number;
    readonly cancelled: number;
    readonly rows: number;
    readonly positive: number;
  },
): { share: number; positiveShare: number; code: CancellationRuleProblem | null } {
  const { invoices, cancelled, rows, positive } = counts;
  const share = invoices === 0 ? 0 : cancelled / invoices;
  const positiveShare = rows === 0 ? 0 : positive / rows;
  const code = share > MAX_CANCELLED_SHARE
    ? "cancellation-share"
    : positiveShare > MAX_POSITIVE_SHARE
    ? "cancellation-positive"
    : null;
  return { share, positiveShare, code };
}

/** The facts of a {@linkcode CancellationRuleError}, for the text layer and for programs. */
export interface CancellationRuleFacts {
  /** The file (or `"table"`). */
  readonly file: string;
  /** The invoice column. */
  readonly column: string;
  /** The prefix the rule tested. */
  readonly prefix: string;
  /** Distinct invoice ids in the column. */
  readonly invoices: number;
  /** Distinct invoice ids that start with the prefix. */
  readonly cancelled: number;
  /** `cancelled / invoices`. */
  readonly share: number;
  /** Rows whose invoice id starts with the prefix. */
  readonly rows: number;
  /** Of those, rows whose quantity and amount are all above 0. */
  readonly positive: number;
  /** `positive / rows` (0 when there is no quantity or amount to tell). */
  readonly positiveShare: number;
  /** The columns whose sign was tested (quantity, amount). */
  readonly signed: readonly string[];
  /** Up to 5 invoice ids the rule would remove, in row order. */
  readonly examples: readonly string[];
}

/**
 * A cancellation rule (invoice ids starting with a prefix, `C` by default) that would remove an
 * implausible share of the invoices, or lines that do not look like cancellations. The message
 * is for library users (it names the options `cancellationPrefix` and `dropCancellations`);
 * `lib/text`'s `cancellationRuleText` says it in any language for the CLI (its flags) or the
 * library. `at` names the file, the invoice column and the first rows concerned.
 *
 * @example
 * ```ts
 * import { CancellationRuleError } from "./cancellation_rule_error.ts";
 * import assert from "node:assert/strict";
 * const e = new CancellationRuleError("cancellation-share", {
 *   file: "sales.csv", column: "invoice", prefix: "C", invoices: 4, cancelled: 4, share: 1,
 *   rows: 4, positive: 4, positiveShare: 1, signed: ["qty"], examples: ["CF-1", "CF-2"],
 * }, [2, 3]);
 * assert.ok(e instanceof SyntaxError);
 * assert.match(e.message, /would remove 100\.0% of the invoices/);
 * ```
 */
export class CancellationRuleError extends InputError {
  /** What is wrong with the rule. */
  readonly code: CancellationRuleProblem;
  /** The counts and examples the message cites. */
  readonly facts: CancellationRuleFacts;
  /**
   * Make the error from what is wrong and its facts; the message is written from them.
   *
   * @param code What is wrong.
   * @param facts The counts and examples.
   * @param rows Spreadsheet rows of the first invoices concerned.
   */
  constructor(code: CancellationRuleProblem, facts: CancellationRuleFacts, rows: readonly number[]) {
    super(libraryMessage(code, facts), {
      file: facts.file,
      column: facts.column,
      ...(rows.length > 0 ? { row: rows[0]!, rows } : {}),
    });
    this.name = "CancellationRuleError";
    this.code = code;
    this.facts = facts;
  }
}

/** The English message with the library's options (the text layer has the same words in every language). */
function libraryMessage(code: CancellationRuleProblem, f: CancellationRuleFacts): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const examples = f.examples.map((e) => JSON.stringify(e)).join(", ");
  const what = code === "cancellation-share"
    ? `the cancellation rule would remove ${
      pct(f.share)
    }% of the invoices (${f.cancelled} of ${f.invoices}): every invoice id in "${f.column}" that starts with "${f.prefix}" counts as a cancellation (e.g. ${examples}), and cancellations are never most of a shop's invoices`
    : `${f.positive} of the ${f.rows} lines whose invoice id in "${f.column}" starts with "${f.prefix}" (${
      pct(f.positiveShare)
    }%) have positive values in ${
      f.signed.map((c) => `"${c}"`).join(", ")
    } (e.g. ${examples}), but a cancellation has negative quantities and amounts`;
  return `Cannot clean "${f.file}": ${what}; if these are not cancellations, set the cleaning option { dropCancellations: false }, or give the prefix your cancellations really have with { cancellationPrefix: "..." }`;
}
