/**
 * Mean silhouette of several clusterings of the same rows, each distance computed once.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";
import { checkLabels, checkNumberOfLabels, encodeLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { distanceSumsMany, silhouetteFromSums } from "./_silhouette.ts";

/** Options for {@linkcode silhouetteScores}. */
export interface SilhouetteScoresOptions {
  /** Called as tiles of distances are done (`step: "silhouette"`, `done`/`total` in pairs of rows). */
  onProgress?: ProgressCallback;
}

/**
 * The mean silhouette of each clustering in `labelings`, all of the rows of `x`: the same values
 * as `labelings.map((l) => silhouetteScore(x, l))` (equal to scikit-learn's `silhouette_score`;
 * the sums are taken in another order, so they can differ in the last bits), for one pass over
 * the pairs of rows instead of one per clustering: each distance is computed once and added to
 * every clustering's sums. What a k sweep needs: the fits for every k on the same rows.
 * Memory O(rows · Σk).
 *
 * @param x The data, one row per observation.
 * @param labelings Clusterings of the rows: one label per row each.
 * @param options See {@linkcode SilhouetteScoresOptions}.
 * @returns One mean silhouette per clustering, in order.
 * @throws {TypeError} If a labelling is not an Int32Array with one label per row.
 * @throws {RangeError} If a clustering has fewer than 2 or more than `rows - 1` distinct labels, or `x` has a non-finite value.
 *
 * @example Two clusterings of the same four rows
 * ```ts
 * import { silhouetteScores } from "./silhouette_scores.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [10], [11]]);
 * const [good, bad] = silhouetteScores(x, [Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 0, 1])]);
 * assert.ok(Math.abs(good! - (2 * 9.5 / 10.5 + 2 * 8.5 / 9.5) / 4) < 1e-15);
 * assert.ok(bad! < 0);
 * ```
 */
export function silhouetteScores(
  x: Matrix,
  labelings: readonly Int32Array[],
  options: SilhouetteScoresOptions = {},
): number[] {
  const action = "compute the silhouette";
  checkMatrix(x, action);
  const encoded = labelings.map((labels) => {
    checkLabels(x, labels, action);
    const enc = encodeLabels(labels);
    checkNumberOfLabels(enc.counts.length, x.rows, action);
    return enc;
  });
  if (encoded.length === 0) return [];
  const n = x.rows;
  const { sums, offsets, width } = distanceSumsMany(
    x,
    encoded.map((e) => e.codes),
    encoded.map((e) => e.counts.length),
    options.onProgress,
  );
  return encoded.map((enc, r) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += silhouetteFromSums(sums, i * width + offsets[r]!, enc.codes[i]!, enc.counts);
    }
    return total / n;
  });
}
