/**
 * One verdict on whether the segments are real: clusterability (Hopkins), separation (SigClust),
 * the gap statistic and stability together.
 *
 * @module
 */
import type { HopkinsResult } from "./hopkins.ts";
import type { SigClustResult } from "./sigclust.ts";
import type { StabilityResult } from "./stability.ts";

/** The structure the tests find, before stability: see {@linkcode clusterStructure}. */
export type ClusterStructure = "clear" | "mixed" | "weak" | "none";

/** The overall reading of a segmentation, as facts: `lib/text/validate.ts` says it in words. */
export interface StructureVerdict {
  /** `good`: separate groups and stable; `bad`: unstable, or no groups and not stable; `warn`: in between. */
  readonly level: "good" | "warn" | "bad";
  /** What {@linkcode clusterStructure} found. */
  readonly structure: ClusterStructure;
  /**
   * Which headline the verdict reads as: `clear` (separate groups, stable), `unstable` (separate
   * groups, but unstable with mean ARI < 0.5), `clustered-fragile` (separate groups, otherwise not
   * stable), `mixed-stable` / `mixed-unstable` (SigClust finds separate groups, Hopkins about
   * uniform data), `continuum-stable` / `continuum-unstable` (one concentrated population), `weak-stable` /
   * `none` (about as spread as uniform data).
   */
  readonly finding:
    | "clear"
    | "unstable"
    | "clustered-fragile"
    | "mixed-stable"
    | "mixed-unstable"
    | "continuum-stable"
    | "continuum-unstable"
    | "weak-stable"
    | "none";
  /** The Hopkins statistic and its verdict it rests on, and the columns whose ties were spread. */
  readonly hopkins: Pick<HopkinsResult, "statistic" | "verdict" | "exponent" | "tiedColumns">;
  /** The SigClust test it rests on, or `null` when it was not run. */
  readonly sigclust:
    | Pick<SigClustResult, "pValue" | "clusterIndex" | "significant" | "valley" | "separated" | "nSim"> & {
      /** Mean simulated cluster index under the one-Gaussian null. */
      readonly nullIndex: number;
    }
    | null;
  /** The stability it rests on: k, resamples, verdict, ARI and per-segment Jaccard. */
  readonly stability: Pick<StabilityResult, "k" | "nBoot" | "verdict" | "ari" | "perSegment">;
  /** The gap statistic's k, or `null` when it was not computed or found none. */
  readonly gapK: number | null;
  /** The mean silhouette of the split, or `null` when not known. */
  readonly silhouette: number | null;
}

/**
 * The cluster structure the tests find, stability aside:
 *
 * | Hopkins | SigClust separated | structure |
 * |---|---|---|
 * | >= 0.75 | yes | `clear` |
 * | < 0.75 (about uniform) | yes | `mixed` (Hopkins disagrees) |
 * | >= 0.75 | no | `weak` (one concentrated population: a continuum) |
 * | < 0.75 | no | `none` |
 *
 * Hopkins cannot say "clustered" alone (a single skewed blob also scores near 1), only "uniform".
 * The gap statistic does not overrule SigClust: its uniform reference over the bounding box
 * misses groups that are narrow across the axis that separates them and wide along another
 * (measured: two unit Gaussians 6 to 8 sd apart in 2-D, standardised, get gap k = 1 on 8 of 8
 * seeds), and it prefers several clusters on skewed single populations. Without SigClust
 * (`null`), "separated" falls back to the gap statistic choosing 2 or more.
 *
 * @param hopkins Its verdict.
 * @param sigclust Its `separated`, or `null` when not run.
 * @param gapK The gap statistic's k, or `null` (used only without SigClust).
 * @returns The structure.
 *
 * @example
 * ```ts
 * import { clusterStructure } from "./structure_verdict.ts";
 * import assert from "node:assert/strict";
 * assert.equal(clusterStructure({ verdict: "clustered" }, { separated: false }, 2), "weak");
 * assert.equal(clusterStructure({ verdict: "clustered" }, { separated: true }, 1), "clear");
 * assert.equal(clusterStructure({ verdict: "no clear structure" }, { separated: false }, 3), "none");
 * assert.equal(clusterStructure({ verdict: "no clear structure" }, { separated: true }, 3), "mixed");
 * ```
 */
export function clusterStructure(
  hopkins: Pick<HopkinsResult, "verdict">,
  sigclust: Pick<SigClustResult, "separated"> | null,
  gapK: number | null,
): ClusterStructure {
  const uniform = hopkins.verdict !== "clustered";
  const separated = sigclust === null ? !uniform && gapK !== null && gapK >= 2 : sigclust.separated;
  if (!separated) return uniform ? "none" : "weak";
  return uniform ? "mixed" : "clear";
}

/** Options for {@linkcode structureVerdict}. */
export interface StructureVerdictOptions {
  /** The SigClust test of the data. @default {null} */
  sigclust?: SigClustResult | null;
  /** The gap statistic's k (`null`: not computed or no answer). @default {null} */
  gapK?: number | null;
  /** Mean silhouette of the chosen split, to mention. */
  silhouette?: number;
}

/**
 * Combine clusterability, separation, the gap statistic and bootstrap stability into one verdict
 * for the top of the report: {@linkcode clusterStructure}, then stability.
 *
 * | structure | stable | fragile | unstable |
 * |---|---|---|---|
 * | clear | good (`clear`) | warn (`clustered-fragile`) | bad (`unstable`) if mean ARI < 0.5, else warn |
 * | mixed | warn (`mixed-stable`) | bad (`mixed-unstable`) | bad |
 * | weak | warn (`continuum-stable`) | bad (`continuum-unstable`) | bad |
 * | none | warn (`weak-stable`) | bad (`none`) | bad |
 *
 * @param hopkins From `hopkins`.
 * @param stability From `stability`.
 * @param options SigClust, the gap statistic's k and the mean silhouette.
 * @returns The verdict as facts: level, structure, which headline (`finding`) and the statistics it
 *   rests on; `verdictHeadline` and `verdictDetails` in `lib/text/validate.ts` say it in words.
 *
 * @example A single blob is not "clear structure"
 * ```ts
 * import { structureVerdict } from "./structure_verdict.ts";
 * import assert from "node:assert/strict";
 * const hop = { statistic: 0.97, verdict: "clustered", tiedColumns: [] } as never;
 * const stab = { k: 3, nBoot: 20, verdict: "stable", ari: { mean: 0.95, min: 0.9, values: [] }, perSegment: [] } as never;
 * const one = { pValue: 0.4, clusterIndex: 0.78, significant: false, valley: 1.02, separated: false, nSim: 100, simulated: [0.77] } as never;
 * const two = { pValue: 0, clusterIndex: 0.4, significant: true, valley: 0.1, separated: true, nSim: 100, simulated: [0.6] } as never;
 * assert.equal(structureVerdict(hop, stab, { sigclust: one, gapK: 1 }).finding, "continuum-stable");
 * assert.equal(structureVerdict(hop, stab, { sigclust: two, gapK: 3 }).level, "good");
 * ```
 */
export function structureVerdict(
  hopkins: HopkinsResult,
  stability: StabilityResult,
  options: StructureVerdictOptions = {},
): StructureVerdict {
  const { silhouette, gapK = null, sigclust = null } = options;
  const structure = clusterStructure(hopkins, sigclust, gapK);
  const stable = stability.verdict === "stable";
  let level: StructureVerdict["level"], finding: StructureVerdict["finding"];
  if (structure === "clear") {
    if (stable) {
      level = "good";
      finding = "clear";
    } else if (stability.verdict === "unstable" && stability.ari.mean < 0.5) {
      level = "bad";
      finding = "unstable";
    } else {
      level = "warn";
      finding = "clustered-fragile";
    }
  } else {
    level = stable ? "warn" : "bad";
    finding = structure === "mixed"
      ? (stable ? "mixed-stable" : "mixed-unstable")
      : structure === "weak"
      ? (stable ? "continuum-stable" : "continuum-unstable")
      : (stable ? "weak-stable" : "none");
  }
  const { k, nBoot, verdict, ari, perSegment } = stability;
  return {
    level,
    structure,
    finding,
    hopkins: {
      statistic: hopkins.statistic,
      verdict: hopkins.verdict,
      exponent: hopkins.exponent,
      tiedColumns: hopkins.tiedColumns ?? [],
    },
    sigclust: sigclust === null ? null : {
      pValue: sigclust.pValue,
      clusterIndex: sigclust.clusterIndex,
      significant: sigclust.significant,
      valley: sigclust.valley,
      separated: sigclust.separated,
      nSim: sigclust.nSim,
      nullIndex: sigclust.simulated.reduce((a, b) => a + b, 0) / Math.max(1, sigclust.simulated.length),
    },
    stability: { k, nBoot, verdict, ari, perSegment },
    gapK,
    silhouette: silhouette === undefined || Number.isNaN(silhouette) ? null : silhouette,
  };
}
