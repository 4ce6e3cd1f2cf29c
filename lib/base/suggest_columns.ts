/**
 * Closest column names, for "did you mean ...?" messages.
 *
 * @module
 */
import { nameDistance } from "./names.ts";

/**
 * The names in `present` closest to `wanted`, best first: distance is the Levenshtein
 * distance between the names lower-cased, without accents, spaces or punctuation, divided by
 * the longer length; a name contained in the other counts as close. Names farther than 0.5
 * are left out, so an empty array means "nothing is close". Ties keep the order of `present`.
 *
 * @param wanted The name the user typed.
 * @param present The column names of the file.
 * @param n How many names at most. @default {3}
 * @returns Up to `n` names of `present`.
 * @throws {RangeError} When `n` is not a non-negative integer.
 *
 * @example Did you mean?
 * ```ts
 * import { suggestColumns } from "./suggest_columns.ts";
 * import assert from "node:assert/strict";
 * const cols = ["CUST_ID", "BALANCE", "MINIMUM_PAYMENTS", "PAYMENTS"];
 * assert.deepEqual(suggestColumns("minimum payment", cols), ["MINIMUM_PAYMENTS"]);
 * assert.deepEqual(suggestColumns("payment", cols), ["PAYMENTS", "MINIMUM_PAYMENTS"]);
 * assert.deepEqual(suggestColumns("zzz", cols), []);
 * ```
 */
export function suggestColumns(wanted: string, present: readonly string[], n = 3): string[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Cannot suggest columns with n = ${n}: n must be a non-negative integer`);
  }
  return present
    .map((name, i) => ({ name, i, d: nameDistance(wanted, name) }))
    .filter((x) => x.d <= 0.5)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.name);
}
