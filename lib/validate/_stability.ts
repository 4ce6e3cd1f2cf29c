/**
 * Private: verdict, readings and warnings shared by the stability checks.
 *
 * @module
 */
import type { Warning } from "../base/types.ts";
import {
  JACCARD_DISSOLVED,
  JACCARD_STABLE,
  type SegmentStability,
  type StabilityResult,
  type StabilityVerdict,
} from "./stability.ts";

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
  settings: { k: number; nBoot: number; seed: number },
): StabilityResult {
  const { k, nBoot, seed } = settings;
  const warnings: Warning[] = [];
  if (nBoot < 10) warnings.push({ code: "stability-few-resamples", nBoot });
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
    // The texts of these codes cite the thresholds JACCARD_DISSOLVED (0.6) and JACCARD_STABLE (0.75).
    if (size[a] === 0) warnings.push({ code: "stability-empty-segment", segment: label });
    else if (reading === "dissolved") {
      warnings.push({ code: "stability-segment-dissolved", segment: label, jaccard, nBoot });
    } else if (reading === "patterns") {
      warnings.push({ code: "stability-segment-fragile", segment: label, jaccard });
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
  return {
    k,
    nBoot,
    seed,
    ari: { mean, min: Math.min(...ariValues), values: ariValues },
    perSegment,
    verdict,
    warnings,
  };
}
