/**
 * The words of lib/cluster (the parts outside k-means): how `suggestEps` found its eps.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { EpsSuggestion } from "../cluster/suggest_eps.ts";
import { fill, words } from "./mod.ts";

/**
 * How `suggestEps` found its eps, in words: the knee of the k-distance curve and the share of
 * rows that will be core rows, or the fallback when the curve has no clear knee.
 *
 * @param suggestion From `suggestEps`.
 * @param lang The reader's language.
 * @returns One sentence; eps is written with 4 significant digits.
 *
 * @example
 * ```ts
 * import { epsText } from "./cluster.ts";
 * import assert from "node:assert/strict";
 * const s = { eps: 0.123456, minSamples: 4, kDistances: new Float64Array(200), how: "knee", coreRows: 181 } as const;
 * assert.equal(
 *   epsText(s, "en"),
 *   "eps = 0.1235: the knee of the sorted distances to the 4th nearest neighbour (Kneedle); 91% of rows have a denser neighbourhood and will be core rows",
 * );
 * assert.match(epsText(s, "es"), /^eps = 0\.1235: el codo de las distancias ordenadas al 4º vecino/);
 * ```
 */
export function epsText(
  suggestion: Pick<EpsSuggestion, "eps" | "minSamples" | "kDistances" | "how" | "coreRows">,
  lang: Lang,
): string {
  const w = words(lang).cluster;
  return fill(suggestion.how === "knee" ? w.epsKnee : w.epsFallback, {
    eps: Number(suggestion.eps.toPrecision(4)),
    k: suggestion.minSamples,
    share: Math.round((100 * suggestion.coreRows) / suggestion.kDistances.length),
  }, lang);
}
