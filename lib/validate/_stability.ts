/**
 * Private: verdict, readings, warnings and explanation shared by the stability checks.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { tr, type Translations } from "../base/i18n.ts";
import {
  JACCARD_DISSOLVED,
  JACCARD_STABLE,
  type SegmentStability,
  type StabilityResult,
  type StabilityVerdict,
} from "./stability.ts";

const TEXT: Record<StabilityVerdict, Translations> = {
  stable: {
    en:
      "Stable: over {nBoot} bootstrap resamples every segment was found again (mean Jaccard >= 0.75, lowest {minJ}; mean adjusted Rand index {ari}).",
    es:
      "Estable: en {nBoot} remuestreos bootstrap todos los segmentos se volvieron a encontrar (Jaccard medio >= 0,75, el menor {minJ}; índice de Rand ajustado medio {ari}).",
    id:
      "Stabil: dalam {nBoot} sampel ulang bootstrap setiap segmen ditemukan kembali (rata-rata Jaccard >= 0,75, terendah {minJ}; rata-rata indeks Rand tersesuaikan {ari}).",
  },
  fragile: {
    en:
      "Fragile: over {nBoot} bootstrap resamples some segments changed noticeably (lowest mean Jaccard {minJ}, below 0.75; mean adjusted Rand index {ari}). Treat their boundaries as approximate.",
    es:
      "Frágil: en {nBoot} remuestreos bootstrap algunos segmentos cambiaron notablemente (Jaccard medio más bajo {minJ}, menor que 0,75; índice de Rand ajustado medio {ari}). Tome sus fronteras como aproximadas.",
    id:
      "Rapuh: dalam {nBoot} sampel ulang bootstrap beberapa segmen berubah cukup besar (rata-rata Jaccard terendah {minJ}, di bawah 0,75; rata-rata indeks Rand tersesuaikan {ari}). Anggap batas segmennya hanya perkiraan.",
  },
  unstable: {
    en:
      "Unstable: over {nBoot} bootstrap resamples at least one segment dissolved (lowest mean Jaccard {minJ}, below 0.6; mean adjusted Rand index {ari}). The split depends on which customers happen to be in the data; do not act on it as if the groups were real.",
    es:
      "Inestable: en {nBoot} remuestreos bootstrap al menos un segmento se disolvió (Jaccard medio más bajo {minJ}, menor que 0,6; índice de Rand ajustado medio {ari}). La división depende de qué clientes haya en los datos; no actúe como si los grupos fueran reales.",
    id:
      "Tidak stabil: dalam {nBoot} sampel ulang bootstrap setidaknya satu segmen larut (rata-rata Jaccard terendah {minJ}, di bawah 0,6; rata-rata indeks Rand tersesuaikan {ari}). Pembagian ini bergantung pada pelanggan mana yang kebetulan ada di data; jangan bertindak seolah-olah kelompok itu nyata.",
  },
};

/**
 * Turn per-segment Jaccard sums (over `count[a]` resamples each) and ARI values into a
 * {@linkcode StabilityResult}.
 */
export function summarizeStability(
  labels: readonly number[],
  size: Int32Array,
  jaccardSum: Float64Array,
  count: Int32Array,
  jaccardMin: Float64Array,
  ariValues: readonly number[],
  settings: { k: number; nBoot: number; seed: number; lang: Lang },
): StabilityResult {
  const { k, nBoot, seed, lang } = settings;
  const warnings: string[] = [];
  if (nBoot < 10) {
    warnings.push(`Only ${nBoot} resamples: the stability figures are rough; use nBoot = 20 or more`);
  }
  const perSegment: SegmentStability[] = [];
  labels.forEach((label, a) => {
    const jaccard = count[a]! > 0 ? jaccardSum[a]! / count[a]! : 0;
    const reading = jaccard > 0.85
      ? "highly stable"
      : jaccard >= JACCARD_STABLE
      ? "stable"
      : jaccard >= JACCARD_DISSOLVED
      ? "patterns"
      : "dissolved";
    if (size[a] === 0) warnings.push(`Segment ${label} is empty in the segmentation checked`);
    else if (reading === "dissolved") {
      warnings.push(
        `Segment ${label} is unstable: mean Jaccard ${
          jaccard.toFixed(2)
        } < ${JACCARD_DISSOLVED} over ${nBoot} resamples; it dissolves when the data changes slightly, do not target it as a real group`,
      );
    } else if (reading === "patterns") {
      warnings.push(
        `Segment ${label} is fragile: mean Jaccard ${
          jaccard.toFixed(2)
        } is between ${JACCARD_DISSOLVED} and ${JACCARD_STABLE}; its boundary moves between resamples`,
      );
    }
    const min = jaccardMin[a]! === Infinity ? 0 : jaccardMin[a]!;
    perSegment.push({ label, jaccard, minJaccard: min, size: size[a]!, reading });
  });
  const lowest = Math.min(...perSegment.map((p) => p.jaccard));
  const verdict: StabilityVerdict = lowest >= JACCARD_STABLE
    ? "stable"
    : lowest < JACCARD_DISSOLVED
    ? "unstable"
    : "fragile";
  const mean = ariValues.reduce((s, v) => s + v, 0) / ariValues.length;
  const fmt = (v: number) => (lang === "en" ? v.toFixed(2) : v.toFixed(2).replace(".", ","));
  const explanation = tr(TEXT[verdict], lang, { nBoot, minJ: fmt(lowest), ari: fmt(mean) });
  return {
    k,
    nBoot,
    seed,
    ari: { mean, min: Math.min(...ariValues), values: ariValues },
    perSegment,
    verdict,
    explanation,
    warnings,
  };
}
