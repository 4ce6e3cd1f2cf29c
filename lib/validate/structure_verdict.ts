/**
 * One verdict on whether the segments are real: clusterability (Hopkins) and stability together.
 *
 * @module
 */
import type { HopkinsResult } from "./hopkins.ts";
import type { StabilityResult } from "./stability.ts";

/** The overall reading of a segmentation, as facts: `lib/text/validate.ts` says it in words. */
export interface StructureVerdict {
  /** `good`: clear structure and stable; `bad`: no groups and not stable, or unstable; `warn`: in between. */
  readonly level: "good" | "warn" | "bad";
  /**
   * `clear`: not uniform (Hopkins) and the gap statistic prefers 2 or more groups; `weak`: not
   * uniform but no separate groups (a continuum: the gap statistic prefers one); `none`: about as
   * grouped as uniform random data.
   */
  readonly structure: "clear" | "weak" | "none";
  /**
   * Which headline the verdict reads as: `clear` (clear and stable), `unstable` (clear, but
   * unstable with mean ARI < 0.5), `clustered-fragile` (clear, otherwise not stable),
   * `continuum-stable` / `continuum-unstable` (weak structure), `weak-stable` / `none` (no structure,
   * stable or not).
   */
  readonly finding:
    | "clear"
    | "unstable"
    | "clustered-fragile"
    | "continuum-stable"
    | "continuum-unstable"
    | "weak-stable"
    | "none";
  /** The Hopkins statistic and its verdict it rests on. */
  readonly hopkins: Pick<HopkinsResult, "statistic" | "verdict">;
  /** The stability it rests on: k, resamples, verdict, ARI and per-segment Jaccard. */
  readonly stability: Pick<StabilityResult, "k" | "nBoot" | "verdict" | "ari" | "perSegment">;
  /** The gap statistic's k, or `null` when it was not computed. */
  readonly gapK: number | null;
  /** The mean silhouette of the split, or `null` when not known. */
  readonly silhouette: number | null;
}

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
 * @param options The gap statistic's k (`null`/absent: not computed, Hopkins alone decides), and
 *   the mean silhouette of the chosen split to mention.
 * @returns The verdict as facts: level, structure, which headline (`finding`) and the statistics it
 *   rests on; `verdictHeadline` and `verdictDetails` in `lib/text/validate.ts` say it in words.
 *
 * @example A single blob is not "clear structure"
 * ```ts
 * import { structureVerdict } from "./structure_verdict.ts";
 * import assert from "node:assert/strict";
 * const hop = { statistic: 0.97, verdict: "clustered" } as never;
 * const stab = { k: 3, nBoot: 20, verdict: "stable", ari: { mean: 0.95, min: 0.9, values: [] }, perSegment: [] } as never;
 * assert.equal(structureVerdict(hop, stab, { gapK: 1 }).structure, "weak");
 * assert.equal(structureVerdict(hop, stab, { gapK: 3 }).level, "good");
 * assert.equal(structureVerdict(hop, stab, { gapK: 3 }).finding, "clear");
 * ```
 */
export function structureVerdict(
  hopkins: HopkinsResult,
  stability: StabilityResult,
  options: { silhouette?: number; gapK?: number | null } = {},
): StructureVerdict {
  const { silhouette, gapK = null } = options;
  const clustered = hopkins.verdict === "clustered";
  const structure: StructureVerdict["structure"] = !clustered
    ? "none"
    : gapK !== null && gapK < 2
    ? "weak"
    : "clear";
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
  } else if (structure === "weak") {
    level = stable ? "warn" : "bad";
    finding = stable ? "continuum-stable" : "continuum-unstable";
  } else {
    level = stable ? "warn" : "bad";
    finding = stable ? "weak-stable" : "none";
  }
  const { k, nBoot, verdict, ari, perSegment } = stability;
  return {
    level,
    structure,
    finding,
    hopkins: { statistic: hopkins.statistic, verdict: hopkins.verdict },
    stability: { k, nBoot, verdict, ari, perSegment },
    gapK,
    silhouette: silhouette === undefined || Number.isNaN(silhouette) ? null : silhouette,
  };
}
