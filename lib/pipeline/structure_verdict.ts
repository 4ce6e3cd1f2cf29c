/**
 * One verdict on whether the segments are real: clusterability (Hopkins) and stability together.
 *
 * @module
 */
import type { Lang } from "../types.ts";
import { tr } from "../i18n.ts";
import type { HopkinsResult } from "../validate/hopkins.ts";
import type { StabilityResult } from "../validate/stability.ts";

/** The overall reading of a segmentation. */
export interface StructureVerdict {
  /** `good`: clustered and stable; `bad`: no structure and not stable, or unstable; `warn`: in between. */
  readonly level: "good" | "warn" | "bad";
  /** Machine-readable: `"clear"`, `"weak"` or `"none"`. */
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
 * Combine the Hopkins statistic and bootstrap stability into one verdict for the top of the report.
 *
 * | Hopkins verdict | stability | level |
 * |---|---|---|
 * | clustered | stable | good |
 * | clustered | fragile/unstable | warn |
 * | no clear structure / regular | stable | warn |
 * | no clear structure / regular | fragile/unstable | bad |
 * | any | unstable with mean ARI < 0.5 | bad |
 *
 * @param hopkins From `hopkins`.
 * @param stability From `stability`.
 * @param options `lang`, and the mean silhouette of the chosen split to mention.
 * @returns The verdict, its headline and details.
 *
 * @example Clustered and stable
 * ```ts
 * import { structureVerdict } from "./structure_verdict.ts";
 * import assert from "node:assert/strict";
 * const v = structureVerdict(
 *   { statistic: 0.9, verdict: "clustered", explanation: "x" } as never,
 *   { k: 3, nBoot: 20, verdict: "stable", ari: { mean: 0.95, min: 0.9, values: [] }, explanation: "y", perSegment: [] } as never,
 * );
 * assert.equal(v.level, "good");
 * ```
 */
export function structureVerdict(
  hopkins: HopkinsResult,
  stability: StabilityResult,
  options: { lang?: Lang; silhouette?: number } = {},
): StructureVerdict {
  const { lang = "en", silhouette } = options;
  const fmt = (v: number) => (lang === "en" ? v.toFixed(2) : v.toFixed(2).replace(".", ","));
  const values = {
    h: fmt(hopkins.statistic),
    k: stability.k,
    ari: fmt(stability.ari.mean),
    stab: T.stab[lang][stability.verdict],
  };
  const clustered = hopkins.verdict === "clustered";
  let level: StructureVerdict["level"], headline: string, structure: StructureVerdict["structure"];
  if (stability.verdict === "unstable" && stability.ari.mean < 0.5 && clustered) {
    level = "bad";
    structure = "weak";
    headline = tr(T.unstable, lang, values);
  } else if (clustered && stability.verdict === "stable") {
    level = "good";
    structure = "clear";
    headline = tr(T.clear, lang, values);
  } else if (clustered) {
    level = "warn";
    structure = "clear";
    headline = tr(T.clusteredFragile, lang, values);
  } else if (stability.verdict === "stable") {
    level = "warn";
    structure = "weak";
    headline = tr(T.weakStable, lang, values);
  } else {
    level = "bad";
    structure = "none";
    headline = tr(T.none, lang, values);
  }
  const details = [
    hopkins.explanation,
    tr(T.stabDetail, lang, { n: stability.nBoot, ari: values.ari, verdict: stability.explanation }),
    ...(silhouette === undefined || Number.isNaN(silhouette)
      ? []
      : [tr(T.silhouette, lang, { s: fmt(silhouette) })]),
  ];
  return { level, structure, headline, details };
}
