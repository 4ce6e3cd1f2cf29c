/**
 * The words of lib/choose_k: why `suggestK` chose its k.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { KSuggestion } from "../choose_k/suggest_k.ts";
import { fill, words } from "./mod.ts";

/**
 * Why `suggestK` chose its k, in words: which criteria agree, which point elsewhere (each
 * criterion's k), how a tie was broken, and a reminder to compare profiles when they disagree.
 *
 * @param suggestion From `suggestK`.
 * @param lang The reader's language.
 * @returns One to three sentences.
 *
 * @example Two criteria against one
 * ```ts
 * import { suggestKText } from "./choose_k.ts";
 * import assert from "node:assert/strict";
 * const s = {
 *   k: 3, basis: "majority", tie: null, agree: false,
 *   votes: [{ criterion: "elbow", k: 3 }, { criterion: "silhouette", k: 3 }, { criterion: "gap", k: 1 }],
 * } as const;
 * assert.equal(
 *   suggestKText(s, "en"),
 *   "k = 3: 2 of 3 criteria point to it (the elbow of the inertia curve, the highest silhouette). They disagree: the gap statistic: k = 1. Compare the segment profiles for these k before settling.",
 * );
 * assert.match(suggestKText(s, "es"), /^k = 3: 2 de 3 criterios lo señalan \(el codo de la curva de inercia, la silueta más alta\)\. No coinciden: el estadístico gap: k = 1\./);
 * ```
 */
export function suggestKText(suggestion: KSuggestion, lang: Lang): string {
  const w = words(lang).chooseK;
  const { k, votes } = suggestion;
  if (suggestion.basis === "none") return fill(w.none, { k }, lang);
  const list = votes.filter((v) => v.k === k).map((v) => w.criteria[v.criterion]).join(", ");
  if (suggestion.basis === "agree") return fill(w.agree, { k, n: votes.length, list }, lang);
  // "<criterion>: k = <k>" reads the same in every language.
  const others = votes.filter((v) => v.k !== k).map((v) => `${w.criteria[v.criterion]}: k = ${v.k}`).join(
    "; ",
  );
  const m = votes.filter((v) => v.k === k).length;
  const tie = suggestion.tie === "silhouette"
    ? fill(w.tie, { k }, lang)
    : suggestion.tie === "smallest"
    ? w.tieSmallest
    : "";
  return fill(w.majority, { k, m, n: votes.length, list, others }, lang) + tie + w.check;
}
