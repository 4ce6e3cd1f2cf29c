/**
 * Reconcile the criteria of a k sweep into one suggested k, said in words.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { tr, type Translations } from "../base/i18n.ts";
import type { KSweep } from "./sweep_k.ts";

/** A criterion that votes for a k. */
export type KCriterion = "elbow" | "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap";

/** Options for {@linkcode suggestK}. */
export interface SuggestKOptions {
  /** Language of `reason`. @default {"en"} */
  lang?: Lang;
}

/** The result of {@linkcode suggestK}. */
export interface KSuggestion {
  /** The suggested number of clusters. */
  readonly k: number;
  /** Why, in plain words, saying which criteria agree and which do not. */
  readonly reason: string;
  /** The k each criterion points to (criteria with no answer are left out). */
  readonly votes: readonly { readonly criterion: KCriterion; readonly k: number }[];
  /** True when every criterion that voted points to the same k. */
  readonly agree: boolean;
}

const NAMES: Record<KCriterion, Translations> = {
  elbow: {
    en: "the elbow of the inertia curve",
    es: "el codo de la curva de inercia",
    id: "siku kurva inersia",
  },
  silhouette: { en: "the highest silhouette", es: "la silueta más alta", id: "siluet tertinggi" },
  calinskiHarabasz: {
    en: "the highest Calinski-Harabasz index",
    es: "el índice de Calinski-Harabasz más alto",
    id: "indeks Calinski-Harabasz tertinggi",
  },
  daviesBouldin: {
    en: "the lowest Davies-Bouldin index",
    es: "el índice de Davies-Bouldin más bajo",
    id: "indeks Davies-Bouldin terendah",
  },
  gap: { en: "the gap statistic", es: "el estadístico gap", id: "statistik gap" },
};

const TEXT = {
  agree: {
    en: "k = {k}: all {n} criteria agree ({list}).",
    es: "k = {k}: los {n} criterios coinciden ({list}).",
    id: "k = {k}: semua {n} kriteria sepakat ({list}).",
  },
  majority: {
    en: "k = {k}: {m} of {n} criteria point to it ({list}). They disagree: {others}.",
    es: "k = {k}: {m} de {n} criterios lo señalan ({list}). No coinciden: {others}.",
    id: "k = {k}: {m} dari {n} kriteria menunjuk ke sini ({list}). Mereka tidak sepakat: {others}.",
  },
  tie: {
    en: " The vote is tied; among the tied values, k = {k} has the highest silhouette.",
    es: " Hay empate; entre los valores empatados, k = {k} tiene la silueta más alta.",
    id: " Suara seimbang; di antara nilai yang seimbang, k = {k} memiliki siluet tertinggi.",
  },
  tieSmallest: {
    en: " The vote is tied; the smallest of the tied values is taken, as the simpler segmentation.",
    es: " Hay empate; se toma el menor de los valores empatados, la segmentación más simple.",
    id: " Suara seimbang; nilai terkecil yang diambil, sebagai segmentasi yang lebih sederhana.",
  },
  check: {
    en: " Compare the segment profiles for these k before settling.",
    es: " Compare los perfiles de los segmentos para estos k antes de decidir.",
    id: " Bandingkan profil segmen untuk nilai k ini sebelum memutuskan.",
  },
  none: {
    en:
      "k = {k}: no criterion could vote (too few k values or clusters in the sweep); choose k from the segment profiles.",
    es:
      "k = {k}: ningún criterio pudo votar (muy pocos valores de k o grupos en el barrido); elija k según los perfiles de los segmentos.",
    id:
      "k = {k}: tidak ada kriteria yang dapat memilih (terlalu sedikit nilai k atau klaster); pilih k dari profil segmen.",
  },
  pointsTo: { en: "{name}: k = {k}", es: "{name}: k = {k}", id: "{name}: k = {k}" },
} as const;

/**
 * Suggest k from a sweep by a vote of the criteria: the elbow (Kneedle on inertia), the highest
 * mean silhouette, the highest Calinski-Harabasz index, the lowest Davies-Bouldin index and the
 * gap statistic's rule (Tibshirani et al. 2001). Criteria the sweep did not compute, or with no
 * answer (no elbow, a gap that keeps rising), do not vote. The k with most votes wins; a tie goes
 * to the tied k with the highest silhouette, else the smallest tied k. The reason names every
 * criterion's k and says plainly when they disagree.
 *
 * @param sweep The result of `sweepK`.
 * @param options `lang` of the reason.
 * @returns The suggested k, the reason, each criterion's vote and whether all agree.
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
 * assert.match(s.reason, /^k = 3: all 5 criteria agree/);
 * ```
 */
export function suggestK(sweep: KSweep, options: SuggestKOptions = {}): KSuggestion {
  const { lang = "en" } = options;
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
    return { k, reason: tr(TEXT.none, lang, { k }), votes, agree: false };
  }
  const count = new Map<number, number>();
  for (const v of votes) count.set(v.k, (count.get(v.k) ?? 0) + 1);
  const top = Math.max(...count.values());
  const tied = [...count.keys()].filter((k) => count.get(k) === top).sort((a, b) => a - b);
  let k = tied[0]!;
  let tieNote = "";
  if (tied.length > 1) {
    const silOf = (kk: number) => sweep.silhouette[ks.indexOf(kk)]!;
    const withSil = tied.filter((kk) => Number.isFinite(silOf(kk)));
    if (withSil.length > 0) {
      k = withSil.reduce((a, b) => (silOf(b) > silOf(a) ? b : a));
      tieNote = tr(TEXT.tie, lang, { k });
    } else tieNote = tr(TEXT.tieSmallest, lang);
  }
  const say = (v: { criterion: KCriterion; k: number }) =>
    tr(TEXT.pointsTo, lang, { name: tr(NAMES[v.criterion], lang), k: v.k });
  const agree = count.size === 1;
  const list = votes.filter((v) => v.k === k).map((v) => tr(NAMES[v.criterion], lang)).join(", ");
  let reason: string;
  if (agree) reason = tr(TEXT.agree, lang, { k, n: votes.length, list });
  else {
    const others = votes.filter((v) => v.k !== k).map(say).join("; ");
    reason = tr(TEXT.majority, lang, { k, m: count.get(k)!, n: votes.length, list, others }) + tieNote +
      tr(TEXT.check, lang);
  }
  return { k, reason, votes, agree };
}
