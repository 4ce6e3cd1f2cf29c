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
import type { SigClustResult } from "../validate/sigclust.ts";

/** What a headline's evidence reads of SigClust. */
export type SigClustEvidence = Pick<SigClustResult, "pValue" | "valley" | "separated" | "significant"> & {
  /** Simulations run; with it, p = 0 is said as "< 1/nSim". */
  readonly nSim?: number;
};
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
 * assert.match(hopkinsText(h, "en"), /^Hopkins statistic 0\.91 \(>= 0\.75\): the data is far from uniform/);
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
  "mixed-stable": "mixedStable",
  "mixed-unstable": "mixedUnstable",
  "continuum-stable": "continuumStable",
  "continuum-unstable": "continuumUnstable",
  "weak-stable": "weakStable",
  "none": "none",
} as const satisfies Record<StructureVerdict["finding"], string>;

/**
 * A p-value as "= 0.62", or "< 0.01" (one over the number of simulations) when no simulated set
 * was as separated as the data: 0 simulations out of 100 bounds p, it does not make it 0.
 */
function pText(s: { readonly pValue: number; readonly nSim?: number }, lang: Lang): string {
  return s.pValue === 0 && s.nSim !== undefined
    ? fill("< {p:fx2}", { p: 1 / s.nSim }, lang)
    : fill("= {p:fx2}", { p: s.pValue }, lang);
}

/** The short evidence a headline cites: SigClust's p and valley, or else the gap statistic. */
function evidence(
  verdict: { readonly sigclust: SigClustEvidence | null; readonly gapK: number | null },
  lang: Lang,
): string {
  const e = words(lang).validate.verdict.evidence;
  const s = verdict.sigclust;
  if (s === null) {
    return verdict.gapK !== null && verdict.gapK >= 2 ? fill(e.gapMany, { k: verdict.gapK }, lang) : e.gapOne;
  }
  const key = s.separated ? "separated" : s.significant ? "shape" : "notSignificant";
  return fill(e[key], { p: pText(s, lang), v: s.valley }, lang);
}

/**
 * The one-sentence headline of a structure verdict, for the top of the report; `verdictDetails`
 * says nothing that contradicts it.
 *
 * @param verdict From `structureVerdict`.
 * @param lang The reader's language.
 * @returns The headline, citing the evidence it rests on (SigClust's p-value and density valley,
 *   or Hopkins when the data is about uniform), k and (when unstable) the mean ARI.
 *
 * @example
 * ```ts
 * import { verdictHeadline } from "./validate.ts";
 * import assert from "node:assert/strict";
 * const v = {
 *   finding: "continuum-stable", gapK: 2, hopkins: { statistic: 0.99 },
 *   sigclust: { pValue: 0, significant: true, separated: false, valley: 1.04 },
 *   stability: { k: 3, verdict: "stable", ari: { mean: 0.95 } },
 * } as never;
 * assert.equal(
 *   verdictHeadline(v, "en"),
 *   "One continuous population, no separate groups (SigClust p = 0.00, but no dip in density between the two halves of a 2-means split): the 3 segments are a convenient partition of a continuum; they are reproducible",
 * );
 * assert.match(verdictHeadline(v, "es"), /^Una sola población continua, sin grupos separados \(SigClust p = 0,00/);
 * ```
 */
export function verdictHeadline(
  verdict: Pick<StructureVerdict, "finding" | "hopkins" | "stability" | "sigclust" | "gapK">,
  lang: Lang,
): string {
  const w = words(lang).validate.verdict;
  return fill(w[HEADLINE_KEYS[verdict.finding]], {
    h: verdict.hopkins.statistic,
    k: verdict.stability.k,
    ari: verdict.stability.ari.mean,
    stab: w.stab[verdict.stability.verdict],
    evidence: evidence(verdict, lang),
  }, lang);
}

/**
 * Why the data shows no k to discover, as a clause for the reason of a convenient k: uniform
 * (Hopkins), one population (SigClust and its valley), or tests that disagree.
 *
 * @param verdict The structure (`none`, `weak` or `mixed`) with the statistics it rests on.
 * @param lang The reader's language.
 * @returns The clause, lower case.
 *
 * @example
 * ```ts
 * import { structureWhyText } from "./validate.ts";
 * import assert from "node:assert/strict";
 * const v = { structure: "none", hopkins: { statistic: 0.49, verdict: "no clear structure" }, sigclust: null, gapK: 1 } as const;
 * assert.equal(structureWhyText(v, "en"), "the data is about as spread out as uniform random data: Hopkins 0.49");
 * ```
 */
export function structureWhyText(
  verdict: {
    readonly structure: "none" | "weak" | "mixed";
    readonly hopkins: Pick<StructureVerdict["hopkins"], "statistic">;
    readonly sigclust: SigClustEvidence | null;
    readonly gapK: number | null;
  },
  lang: Lang,
): string {
  return fill(words(lang).validate.structureWhy[verdict.structure], {
    h: verdict.hopkins.statistic,
    evidence: evidence(verdict, lang),
  }, lang);
}

/**
 * The facts behind a structure verdict, one per bullet: the Hopkins reading (and the spread ties),
 * SigClust (when run), the gap statistic's choice (when computed), the stability and the mean
 * silhouette (when known). Each bullet agrees with the headline: the gap statistic's preference
 * for several clusters is said as a fact about the data's shape when the other tests find no
 * separate groups, and Hopkins is read as "not uniform", never as "grouped".
 *
 * @param verdict From `structureVerdict`.
 * @param lang The reader's language.
 * @returns The bullets, in that order.
 *
 * @example
 * ```ts
 * import { verdictDetails } from "./validate.ts";
 * import assert from "node:assert/strict";
 * const v = {
 *   finding: "continuum-stable", structure: "weak", gapK: 2, silhouette: null,
 *   hopkins: { statistic: 0.99, verdict: "clustered", exponent: 3, tiedColumns: [] },
 *   sigclust: { pValue: 0, clusterIndex: 0.5, nullIndex: 0.53, nSim: 100, significant: true, separated: false, valley: 1.04 },
 *   stability: { k: 3, nBoot: 20, verdict: "stable", ari: { mean: 0.95 }, perSegment: [{ jaccard: 0.9 }] },
 * } as never;
 * const bullets = verdictDetails(v, "en");
 * assert.equal(bullets.length, 4);
 * assert.match(bullets[2]!, /^Gap statistic \(Tibshirani et al\.\): k = 2 fits better than one group measured against uniform reference data, but the other tests find no separate groups/);
 * ```
 */
export function verdictDetails(verdict: StructureVerdict, lang: Lang): string[] {
  const w = words(lang).validate.verdict;
  const { gapK, silhouette, sigclust, hopkins } = verdict;
  const ties = hopkins.tiedColumns.length === 0 ? "" : " " + fill(words(lang).validate.tiesSpread, {
    n: hopkins.tiedColumns.length,
    d: hopkins.exponent,
  }, lang);
  const gapText = gapK === null
    ? null
    : gapK < 2
    ? (verdict.structure === "clear" ? w.gapOneMissed : w.gapOne)
    : verdict.structure === "clear" || verdict.structure === "mixed"
    ? fill(w.gapMany, { k: gapK }, lang)
    : fill(w.gapManyShape, { k: gapK }, lang);
  return [
    hopkinsText(hopkins, lang) + ties,
    ...(sigclust === null ? [] : [
      fill(
        words(lang).validate
          .sigclust[sigclust.separated ? "separated" : sigclust.significant ? "shape" : "notSignificant"],
        {
          ci: sigclust.clusterIndex,
          ci0: sigclust.nullIndex,
          p: pText(sigclust, lang),
          n: sigclust.nSim,
          v: sigclust.valley,
        },
        lang,
      ),
    ]),
    ...(gapText === null ? [] : [fill(w.gap, { g: gapText }, lang)]),
    fill(w.stabDetail, {
      n: verdict.stability.nBoot,
      ari: verdict.stability.ari.mean,
      verdict: stabilityText(verdict.stability, lang),
    }, lang),
    ...(silhouette === null ? [] : [fill(w.silhouette, { s: silhouette }, lang)]),
  ];
}
