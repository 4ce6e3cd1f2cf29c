/**
 * Reconcile the criteria of a k sweep into one suggested k, said in words.
 *
 * @module
 */
import type { KSweep } from "./sweep_k.ts";

/** A criterion that votes for a k. */
export type KCriterion = "elbow" | "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap";

/** The result of {@linkcode suggestK}: facts that `lib/text/choose_k.ts` says in words. */
export interface KSuggestion {
  /** The suggested number of clusters. */
  readonly k: number;
  /**
   * How k was reached: `agree` (every criterion that voted points to k), `majority` (k has the
   * most votes, others disagree), `none` (no criterion could vote; k is the sweep's first k).
   */
  readonly basis: "agree" | "majority" | "none";
  /**
   * How a tied vote was broken: `silhouette` (the tied k with the highest silhouette), `smallest`
   * (no silhouette: the smallest tied k), or `null` when the vote was not tied.
   */
  readonly tie: "silhouette" | "smallest" | null;
  /** The k each criterion points to (criteria with no answer are left out). */
  readonly votes: readonly { readonly criterion: KCriterion; readonly k: number }[];
  /** True when every criterion that voted points to the same k. */
  readonly agree: boolean;
}

/**
 * Suggest k from a sweep by a vote of the criteria: the elbow (Kneedle on inertia), the highest
 * mean silhouette, the highest Calinski-Harabasz index, the lowest Davies-Bouldin index and the
 * gap statistic's rule (Tibshirani et al. 2001). Criteria the sweep did not compute, or with no
 * answer (no elbow, a gap that keeps rising), do not vote. The k with most votes wins; a tie goes
 * to the tied k with the highest silhouette, else the smallest tied k. `suggestKText`
 * (`lib/text/choose_k.ts`) names every criterion's k and says plainly when they disagree.
 *
 * @param sweep The result of `sweepK`.
 * @returns The suggested k, how it was reached (`basis`, `tie`), each criterion's vote and whether
 *   all agree.
 * @throws {RangeError} If the sweep has no k values.
 *
 * @example Criteria that agree
 * ```ts
 * import { suggestK } from "./suggest_k.ts";
 * import { sweepK } from "./sweep_k.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const rows = [];
 * for (const [a, b] of [[0, 0], [10, 0], [0, 10]]) {
 *   for (let i = 0; i < 10; i++) rows.push([a! + (i % 5) * 0.2, b! + (i % 2) * 0.3]);
 * }
 * const s = suggestK(sweepK(matrixFromRows(rows), { kMax: 6, nInit: 3 }));
 * assert.equal(s.k, 3);
 * assert.equal(s.agree, true);
 * assert.equal(s.basis, "agree");
 * ```
 */
export function suggestK(sweep: KSweep): KSuggestion {
  const ks = sweep.ks;
  if (ks.length === 0) {
    throw new RangeError(`Cannot suggest k from an empty sweep: run sweepK with kMin <= kMax`);
  }
  const votes: { criterion: KCriterion; k: number }[] = [];
  if (sweep.knee !== null) votes.push({ criterion: "elbow", k: sweep.knee });
  const best = (values: readonly number[], better: (a: number, b: number) => boolean): number | null => {
    let bi = -1;
    for (let t = 0; t < ks.length; t++) {
      const v = values[t]!;
      if (Number.isFinite(v) && (bi < 0 || better(v, values[bi]!))) bi = t;
    }
    return bi < 0 ? null : ks[bi]!;
  };
  const sil = best(sweep.silhouette, (a, b) => a > b);
  if (sil !== null) votes.push({ criterion: "silhouette", k: sil });
  const chk = best(sweep.calinskiHarabasz, (a, b) => a > b);
  if (chk !== null) votes.push({ criterion: "calinskiHarabasz", k: chk });
  const dbk = best(sweep.daviesBouldin, (a, b) => a < b);
  if (dbk !== null) votes.push({ criterion: "daviesBouldin", k: dbk });
  if (sweep.gapK !== null) votes.push({ criterion: "gap", k: sweep.gapK });

  if (votes.length === 0) {
    const k = ks[0]!;
    return { k, basis: "none", tie: null, votes, agree: false };
  }
  const count = new Map<number, number>();
  for (const v of votes) count.set(v.k, (count.get(v.k) ?? 0) + 1);
  const top = Math.max(...count.values());
  const tied = [...count.keys()].filter((k) => count.get(k) === top).sort((a, b) => a - b);
  let k = tied[0]!;
  let tie: KSuggestion["tie"] = null;
  if (tied.length > 1) {
    const silOf = (kk: number) => sweep.silhouette[ks.indexOf(kk)]!;
    const withSil = tied.filter((kk) => Number.isFinite(silOf(kk)));
    if (withSil.length > 0) {
      k = withSil.reduce((a, b) => (silOf(b) > silOf(a) ? b : a));
      tie = "silhouette";
    } else tie = "smallest";
  }
  const agree = count.size === 1;
  return { k, basis: agree ? "agree" : "majority", tie, votes, agree };
}
