/**
 * Drift of one feature between training and new customers: the population stability index.
 *
 * @module
 */
import type { FeatureBins } from "./segment_model.ts";
import { binShares } from "./_bins.ts";

/** How far a feature moved, read with the usual cut-offs: below 0.1, 0.1 to 0.25, 0.25 and above. */
export type DriftLevel = "stable" | "moderate" | "major";

/** The result of {@linkcode populationStability}. */
export interface PopulationStability {
  /** The index: Σ (actual − expected) × ln(actual / expected) over the bins. */
  readonly psi: number;
  /** `stable` below 0.1, `moderate` from 0.1 to below 0.25, `major` from 0.25. */
  readonly level: DriftLevel;
  /** Training share per bin. */
  readonly expected: readonly number[];
  /** New customers' share per bin. */
  readonly actual: readonly number[];
}

/** Share given to an empty bin so that its logarithm stays finite (a common choice). */
const FLOOR = 1e-4;

/**
 * The population stability index of `values` against a feature's training bins (the training
 * deciles stored in a model): Σ (a − e) ln(a / e) over the 10 bins, empty bins counted as a share
 * of 0.0001. The usual reading: below 0.1 no real change, 0.1 to 0.25 a moderate shift, 0.25 or
 * more a major shift (Siddiqi, *Credit Risk Scorecards*, 2006).
 *
 * @param values The new customers' values of the feature, in original units.
 * @param bins The training bins, from the model's `drift`.
 * @returns The index, its reading as a level, and both distributions.
 * @throws {RangeError} If `values` is empty or holds a non-finite number.
 *
 * @example The same distribution does not drift
 * ```ts
 * import { populationStability } from "./population_stability.ts";
 * import assert from "node:assert/strict";
 * const bins = { edges: [1, 2, 3, 4, 5, 6, 7, 8, 9], shares: Array(10).fill(0.1) };
 * const r = populationStability([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], bins);
 * assert.equal(r.psi, 0);
 * assert.equal(r.level, "stable");
 * ```
 */
export function populationStability(values: ArrayLike<number>, bins: FeatureBins): PopulationStability {
  if (values.length === 0) {
    throw new RangeError(
      "Cannot compute the population stability index: there are no values; pass at least one",
    );
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(
        `Cannot compute the population stability index: value ${i} is "${values[i]}"; pass finite numbers`,
      );
    }
  }
  const actual = binShares(values, bins.edges);
  let psi = 0;
  for (let b = 0; b < actual.length; b++) {
    const a = Math.max(actual[b]!, FLOOR), e = Math.max(bins.shares[b] ?? 0, FLOOR);
    psi += (a - e) * Math.log(a / e);
  }
  const level: DriftLevel = psi < 0.1 ? "stable" : psi < 0.25 ? "moderate" : "major";
  return { psi, level, expected: [...bins.shares], actual };
}
