/**
 * The words of lib/validate: the Hopkins and stability readings, and the structure verdict, said
 * from the numbers the computations return.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { HopkinsResult, HopkinsVerdict } from "../validate/hopkins.ts";
import type { StabilityReading, StabilityResult } from "../validate/stability.ts";
import type { StructureVerdict } from "../validate/structure_verdict.ts";
import { fill, words } from "./mod.ts";

const HOPKINS_KEYS: Readonly<Record<HopkinsVerdict, "clustered" | "noClearStructure" | "regular">> = {
  "clustered": "clustered",
  "no clear structure": "noClearStructure",
  "regular": "regular",
};

/**
 * What a Hopkins statistic says about the data, in words.
 *
 * @param hopkins The statistic and its verdict, from `hopkins`.
 * @param lang The reader's language.
 * @returns One or two sentences citing the statistic (2 decimals) and the thresholds.
 *
 * @example
 * ```ts
 * import { hopkinsText } from "./validate.ts";
 * import assert from "node:assert/strict";
 * const h = { statistic: 0.912, verdict: "clustered" } as const;
 * assert.match(hopkinsText(h, "en"), /^Hopkins statistic 0\.91 \(>= 0\.75\): the data is clearly clustered/);
 * assert.match(hopkinsText(h, "es"), /^Estadístico de Hopkins 0,91 \(>= 0,75\)/);
 * ```
 */
export function hopkinsText(hopkins: Pick<HopkinsResult, "statistic" | "verdict">, lang: Lang): string {
  return fill(words(lang).validate.hopkins[HOPKINS_KEYS[hopkins.verdict]], { h: hopkins.statistic }, lang);
}

/**
 * The verdict of a bootstrap stability check in words: the resamples, the lowest mean Jaccard of
 * a segment and the mean adjusted Rand index.
 *
 * @param stability From `stability` or `stabilityOfFit`.
 * @param lang The reader's language.
 * @returns One or two sentences.
 *
 * @example
 * ```ts
 * import { stabilityText } from "./validate.ts";
 * import assert from "node:assert/strict";
 * const s = { verdict: "stable", nBoot: 20, ari: { mean: 0.93 }, perSegment: [{ jaccard: 0.9 }, { jaccard: 0.8 }] } as never;
 * assert.match(stabilityText(s, "en"), /^Stable: over 20 bootstrap resamples .* lowest 0\.80; mean adjusted Rand index 0\.93\)\.$/);
 * assert.match(stabilityText(s, "es"), /^Estable: en 20 remuestreos .* el menor 0,80;/);
 * ```
 */
export function stabilityText(
  stability: Pick<StabilityResult, "verdict" | "nBoot" | "ari" | "perSegment">,
  lang: Lang,
): string {
  const lowest = Math.min(...stability.perSegment.map((p) => p.jaccard));
  return fill(words(lang).validate.stability[stability.verdict], {
    nBoot: stability.nBoot,
    minJ: lowest,
    ari: stability.ari.mean,
  }, lang);
}

/**
 * The words for a segment's stability reading (Hennig 2007), for tables and reports;
 * `SegmentStability.reading` itself stays a fixed English key.
 *
 * @param reading The key from `SegmentStability.reading`.
 * @param lang The language wanted. @default {"en"}
 * @returns The label, lower case, e.g. `"muy estable"`.
 * @throws {RangeError} If `reading` is not one of the four keys.
 *
 * @example A reading in Indonesian
 * ```ts
 * import { stabilityReadingLabel } from "./validate.ts";
 * import assert from "node:assert/strict";
 * assert.equal(stabilityReadingLabel("highly stable", "id"), "sangat stabil");
 * assert.equal(stabilityReadingLabel("patterns"), "patterns, but doubtful");
 * ```
 */
export function stabilityReadingLabel(reading: StabilityReading, lang: Lang = "en"): string {
  const labels: Readonly<Record<string, string>> = words(lang).validate.readings;
  if (!Object.hasOwn(labels, reading)) {
    throw new RangeError(
      `Cannot label stability reading "${reading}": use "highly stable", "stable", "patterns" or "dissolved"`,
    );
  }
  return labels[reading]!;
}

const HEADLINE_KEYS = {
  "clear": "clear",
  "unstable": "unstable",
  "clustered-fragile": "clusteredFragile",
  "continuum-stable": "continuumStable",
  "continuum-unstable": "continuumUnstable",
  "weak-stable": "weakStable",
  "none": "none",
} as const satisfies Record<StructureVerdict["finding"], string>;

/**
 * The one-sentence headline of a structure verdict, for the top of the report.
 *
 * @param verdict From `structureVerdict`.
 * @param lang The reader's language.
 * @returns The headline, citing Hopkins, k and (when unstable) the mean ARI.
 *
 * @example
 * ```ts
 * import { verdictHeadline } from "./validate.ts";
 * import assert from "node:assert/strict";
 * const v = { finding: "clear", hopkins: { statistic: 0.9 }, stability: { k: 3, verdict: "stable", ari: { mean: 0.95 } } } as never;
 * assert.equal(verdictHeadline(v, "en"), "Clear, stable segments: the data has cluster structure (Hopkins 0.90) and the 3 segments hold up under resampling");
 * assert.match(verdictHeadline(v, "es"), /^Segmentos claros y estables: .* \(Hopkins 0,90\)/);
 * ```
 */
export function verdictHeadline(
  verdict: Pick<StructureVerdict, "finding" | "hopkins" | "stability">,
  lang: Lang,
): string {
  const w = words(lang).validate.verdict;
  return fill(w[HEADLINE_KEYS[verdict.finding]], {
    h: verdict.hopkins.statistic,
    k: verdict.stability.k,
    ari: verdict.stability.ari.mean,
    stab: w.stab[verdict.stability.verdict],
  }, lang);
}

/**
 * The facts behind a structure verdict, one per bullet: the Hopkins reading, the gap statistic's
 * choice (when computed), the stability and the mean silhouette (when known).
 *
 * @param verdict From `structureVerdict`.
 * @param lang The reader's language.
 * @returns The bullets, in that order.
 */
export function verdictDetails(verdict: StructureVerdict, lang: Lang): string[] {
  const w = words(lang).validate.verdict;
  const { gapK, silhouette } = verdict;
  return [
    hopkinsText(verdict.hopkins, lang),
    ...(gapK === null
      ? []
      : [fill(w.gap, { g: gapK < 2 ? w.gapOne : fill(w.gapMany, { k: gapK }, lang) }, lang)]),
    fill(w.stabDetail, {
      n: verdict.stability.nBoot,
      ari: verdict.stability.ari.mean,
      verdict: stabilityText(verdict.stability, lang),
    }, lang),
    ...(silhouette === null ? [] : [fill(w.silhouette, { s: silhouette }, lang)]),
  ];
}
