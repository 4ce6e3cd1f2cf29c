/**
 * Words of the cleaning step's errors.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { CancellationRuleError } from "../clean/cancellation_rule_error.ts";
import { fill, words } from "./mod.ts";

/**
 * A refused cancellation rule in words, with the fix for the surface the reader is on: the CLI's
 * flags (`--no-cancel-prefix`, `--cancel-prefix`), the library's options (`dropCancellations`,
 * `cancellationPrefix`), or, when scoring with a saved model (whose rules cannot change), training a
 * new model with those flags, or in the web app (`"app"`) its cancellation controls, by their labels. In
 * English for the library it is the error's own message.
 *
 * @param error From `cleanTransactions` (or a run that cleans invoice lines).
 * @param lang The reader's language.
 * @param surface Where the reader can change the rule: `"cli"`, `"library"`, `"score"` (the CLI's `score`) or `"app"`.
 * @returns The message.
 *
 * @example
 * ```ts
 * import { CancellationRuleError } from "../clean/cancellation_rule_error.ts";
 * import { cancellationRuleText } from "./clean.ts";
 * import assert from "node:assert/strict";
 * const e = new CancellationRuleError("cancellation-share", {
 *   file: "ventas.csv", column: "Factura", prefix: "C", invoices: 10, cancelled: 10, share: 1,
 *   rows: 12, positive: 12, positiveShare: 1, signed: ["Cantidad"], examples: ["CF-500000"],
 * }, [2]);
 * assert.equal(cancellationRuleText(e, "en", "library"), e.message);
 * assert.match(cancellationRuleText(e, "es", "cli"), /eliminaría el 100,0 % de las facturas.*--no-cancel-prefix/);
 * ```
 */
export function cancellationRuleText(
  error: CancellationRuleError,
  lang: Lang,
  surface: "cli" | "library" | "score" | "app",
): string {
  const t = words(lang).clean.cancellation;
  const app = words(lang).app;
  const fix = surface === "app"
    ? fill(app.fixCancellation, { control: app.cancelPrefix, off: app.cancelOff }, lang)
    : t[surface];
  return fill(t[error.code], { ...error.facts, fix }, lang);
}
