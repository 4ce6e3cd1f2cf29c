/**
 * One verdict on whether the segments are real: clusterability (Hopkins) and stability together.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { tr } from "../base/i18n.ts";
import type { HopkinsResult } from "./hopkins.ts";
import type { StabilityResult } from "./stability.ts";

/** The overall reading of a segmentation. */
export interface StructureVerdict {
  /** `good`: clear structure and stable; `bad`: no groups and not stable, or unstable; `warn`: in between. */
  readonly level: "good" | "warn" | "bad";
  /**
   * `clear`: not uniform (Hopkins) and the gap statistic prefers 2 or more groups; `weak`: not
   * uniform but no separate groups (a continuum: the gap statistic prefers one); `none`: about as
   * grouped as uniform random data.
   */
  readonly structure: "clear" | "weak" | "none";
  /** One sentence for the top of the report. */
  readonly headline: string;
  /** The facts behind it, one per bullet. */
  readonly details: readonly string[];
}

const T = {
  clear: {
    en:
      "Clear, stable segments: the data has cluster structure (Hopkins {h}) and the {k} segments hold up under resampling",
    es:
      "Segmentos claros y estables: los datos tienen estructura de grupos (Hopkins {h}) y los {k} segmentos resisten el remuestreo",
    id:
      "Segmen jelas dan stabil: data memiliki struktur kelompok (Hopkins {h}) dan {k} segmen bertahan saat pengambilan ulang sampel",
  },
  weakStable: {
    en:
      "Usable segments, read with care: cluster structure is weak (Hopkins {h}) but the {k} segments are reproducible",
    es:
      "Segmentos utilizables, con cautela: la estructura de grupos es débil (Hopkins {h}) pero los {k} segmentos son reproducibles",
    id:
      "Segmen dapat dipakai dengan hati-hati: struktur kelompok lemah (Hopkins {h}) tetapi {k} segmen dapat direproduksi",
  },
  clusteredFragile: {
    en:
      "The data is clustered (Hopkins {h}) but some of the {k} segments are fragile: check k and the unstable segments",
    es:
      "Los datos tienen grupos (Hopkins {h}) pero algunos de los {k} segmentos son frágiles: revise k y los segmentos inestables",
    id:
      "Data berkelompok (Hopkins {h}) tetapi beberapa dari {k} segmen rapuh: periksa k dan segmen yang tidak stabil",
  },
  none: {
    en:
      "No natural grouping: the data shows no clear cluster structure (Hopkins {h}) and a {k}-segment split is {stab}; treat segments as a convenient partition, or use business rules",
    es:
      "No hay agrupación natural: los datos no muestran estructura de grupos clara (Hopkins {h}) y una división en {k} segmentos es {stab}; trate los segmentos como una partición de conveniencia o use reglas de negocio",
    id:
      "Tidak ada pengelompokan alami: data tidak menunjukkan struktur kelompok yang jelas (Hopkins {h}) dan pembagian {k} segmen {stab}; perlakukan segmen sebagai pembagian praktis, atau gunakan aturan bisnis",
  },
  continuumStable: {
    en:
      "Usable segments, read with care: the data is not uniform (Hopkins {h}) but shows no separate groups (the gap statistic prefers one), so the {k} segments cut a continuum; they are reproducible",
    es:
      "Segmentos utilizables, con cautela: los datos no son uniformes (Hopkins {h}) pero no muestran grupos separados (el estadístico gap prefiere uno), así que los {k} segmentos dividen un continuo; son reproducibles",
    id:
      "Segmen dapat dipakai dengan hati-hati: data tidak seragam (Hopkins {h}) tetapi tidak menunjukkan kelompok terpisah (statistik gap memilih satu), sehingga {k} segmen memotong sebuah kontinum; segmen ini dapat direproduksi",
  },
  continuumUnstable: {
    en:
      "No separate groups: the data is not uniform (Hopkins {h}) but the gap statistic prefers one group, and a {k}-segment split is {stab}; treat segments as a convenient partition, or use business rules",
    es:
      "No hay grupos separados: los datos no son uniformes (Hopkins {h}) pero el estadístico gap prefiere un solo grupo, y una división en {k} segmentos es {stab}; trate los segmentos como una partición de conveniencia o use reglas de negocio",
    id:
      "Tidak ada kelompok terpisah: data tidak seragam (Hopkins {h}) tetapi statistik gap memilih satu kelompok, dan pembagian {k} segmen {stab}; perlakukan segmen sebagai pembagian praktis, atau gunakan aturan bisnis",
  },
  gap: {
    en: "Gap statistic (Tibshirani et al.): {g}",
    es: "Estadístico gap (Tibshirani et al.): {g}",
    id: "Statistik gap (Tibshirani dkk.): {g}",
  },
  gapOne: {
    en: "one group fits as well as any split, so the segments are a partition of a continuum",
    es: "un solo grupo se ajusta tan bien como cualquier división, así que los segmentos dividen un continuo",
    id:
      "satu kelompok sama cocoknya dengan pembagian mana pun, jadi segmen adalah potongan dari sebuah kontinum",
  },
  gapMany: {
    en: "k = {k} separate groups fit better than one",
    es: "k = {k} grupos separados se ajustan mejor que uno",
    id: "k = {k} kelompok terpisah lebih cocok daripada satu",
  },
  unstable: {
    en:
      "Unstable segments: a {k}-segment split changes from one resample to the next (mean ARI {ari}); do not act on these segments as they are",
    es:
      "Segmentos inestables: una división en {k} segmentos cambia de un remuestreo a otro (ARI medio {ari}); no actúe sobre estos segmentos tal como están",
    id:
      "Segmen tidak stabil: pembagian {k} segmen berubah dari satu sampel ulang ke sampel lain (ARI rata-rata {ari}); jangan bertindak atas segmen ini apa adanya",
  },
  stab: {
    en: { stable: "stable", fragile: "fragile", unstable: "unstable" },
    es: { stable: "estable", fragile: "frágil", unstable: "inestable" },
    id: { stable: "stabil", fragile: "rapuh", unstable: "tidak stabil" },
  },
  stabDetail: {
    en: "Stability over {n} bootstrap resamples: mean ARI {ari}; {verdict}",
    es: "Estabilidad en {n} remuestreos bootstrap: ARI medio {ari}; {verdict}",
    id: "Stabilitas pada {n} sampel ulang bootstrap: ARI rata-rata {ari}; {verdict}",
  },
  silhouette: {
    en: "Mean silhouette {s} (1 = well separated, 0 = overlapping)",
    es: "Silueta media {s} (1 = bien separados, 0 = solapados)",
    id: "Rata-rata silhouette {s} (1 = terpisah baik, 0 = tumpang tindih)",
  },
} as const;

/**
 * Combine clusterability and bootstrap stability into one verdict for the top of the report.
 *
 * The Hopkins statistic only says whether the data is more grouped than uniform random points
 * in its bounding box: any skewed or single-blob data scores near 1. So "clear structure" also
 * needs the gap statistic to prefer 2 or more groups (`gapK`); a high Hopkins with `gapK = 1` is a
 * continuum (`weak`).
 *
 * | structure | stability | level |
 * |---|---|---|
 * | clear (Hopkins clustered, gap k >= 2) | stable | good |
 * | clear | fragile/unstable | warn (bad if unstable with mean ARI < 0.5) |
 * | weak (Hopkins clustered, gap k = 1) | stable | warn |
 * | weak | fragile/unstable | bad |
 * | none (Hopkins not clustered) | stable | warn |
 * | none | fragile/unstable | bad |
 *
 * @param hopkins From `hopkins`.
 * @param stability From `stability`.
 * @param options `lang`, the gap statistic's k (`null`/absent: not computed, Hopkins alone
 *   decides), and the mean silhouette of the chosen split to mention.
 * @returns The verdict, its headline and details.
 *
 * @example A single blob is not "clear structure"
 * ```ts
 * import { structureVerdict } from "./structure_verdict.ts";
 * import assert from "node:assert/strict";
 * const hop = { statistic: 0.97, verdict: "clustered", explanation: "x" } as never;
 * const stab = { k: 3, nBoot: 20, verdict: "stable", ari: { mean: 0.95, min: 0.9, values: [] }, explanation: "y", perSegment: [] } as never;
 * assert.equal(structureVerdict(hop, stab, { gapK: 1 }).structure, "weak");
 * assert.equal(structureVerdict(hop, stab, { gapK: 3 }).level, "good");
 * ```
 */
export function structureVerdict(
  hopkins: HopkinsResult,
  stability: StabilityResult,
  options: { lang?: Lang; silhouette?: number; gapK?: number | null } = {},
): StructureVerdict {
  const { lang = "en", silhouette, gapK = null } = options;
  const fmt = (v: number) => (lang === "en" ? v.toFixed(2) : v.toFixed(2).replace(".", ","));
  const values = {
    h: fmt(hopkins.statistic),
    k: stability.k,
    ari: fmt(stability.ari.mean),
    stab: T.stab[lang][stability.verdict],
  };
  const clustered = hopkins.verdict === "clustered";
  const structure: StructureVerdict["structure"] = !clustered
    ? "none"
    : gapK !== null && gapK < 2
    ? "weak"
    : "clear";
  const stable = stability.verdict === "stable";
  let level: StructureVerdict["level"], headline: string;
  if (structure === "clear") {
    if (stable) {
      level = "good";
      headline = tr(T.clear, lang, values);
    } else if (stability.verdict === "unstable" && stability.ari.mean < 0.5) {
      level = "bad";
      headline = tr(T.unstable, lang, values);
    } else {
      level = "warn";
      headline = tr(T.clusteredFragile, lang, values);
    }
  } else if (structure === "weak") {
    level = stable ? "warn" : "bad";
    headline = tr(stable ? T.continuumStable : T.continuumUnstable, lang, values);
  } else {
    level = stable ? "warn" : "bad";
    headline = tr(stable ? T.weakStable : T.none, lang, values);
  }
  const details = [
    hopkins.explanation,
    ...(gapK === null
      ? []
      : [tr(T.gap, lang, { g: gapK < 2 ? tr(T.gapOne, lang) : tr(T.gapMany, lang, { k: gapK }) })]),
    tr(T.stabDetail, lang, { n: stability.nBoot, ari: values.ari, verdict: stability.explanation }),
    ...(silhouette === undefined || Number.isNaN(silhouette)
      ? []
      : [tr(T.silhouette, lang, { s: fmt(silhouette) })]),
  ];
  return { level, structure, headline, details };
}
