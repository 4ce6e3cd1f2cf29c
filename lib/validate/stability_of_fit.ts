/**
 * Bootstrap stability of any clustering method (DBSCAN, rules, ...), Hennig's clusterboot scheme.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";
import { childSeed, makeRandom } from "../base/random.ts";
import { takeRows } from "../base/matrix.ts";
import { checkLabels, encodeLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { adjustedRandScore } from "./adjusted_rand_score.ts";
import { summarizeStability } from "./_stability.ts";
import type { StabilityResult } from "./stability.ts";

/** A clustering method: labels for the rows it is given (`-1` for noise allowed), seeded. */
export type FitLabels = (x: Matrix, seed: number) => Int32Array;

/** Options for {@linkcode stabilityOfFit}. */
export interface StabilityOfFitOptions {
  /** Bootstrap resamples. @default {20} */
  nBoot?: number;
  /** Seed of the reference fit and of every resample (resample `b` uses `childSeed(seed, b)`). @default {0} */
  seed?: number;
  /** Labels of the segmentation to check. Default: `fit(x, seed)`. */
  labels?: Int32Array;
  /** Called after each resample (`step: "bootstrap stability"`). */
  onProgress?: ProgressCallback;
}

/**
 * How stable the segments of any clustering method are under bootstrap resampling, as in
 * Hennig's `clusterboot` (2007): `fit` runs on each resample (rows drawn with replacement), and
 * each segment is compared, over the distinct rows in that resample, with its best-matching
 * resample cluster by Jaccard similarity; the adjusted Rand index is taken over the same rows.
 * Unlike {@linkcode stability} (k-means, rows labelled by nearest centre), this needs no way to
 * label rows outside the resample, so it fits DBSCAN or business rules. Every distinct label,
 * noise `-1` included, is a segment. Thresholds and verdict as in {@linkcode stability}.
 *
 * @param x The data, one row per observation.
 * @param fit The clustering method: given rows and a seed, one label per row.
 * @param options See {@linkcode StabilityOfFitOptions}.
 * @returns ARI across resamples, mean Jaccard per segment, a verdict and warnings; `k` is the number of segments.
 * @throws {RangeError} If `nBoot` is not a positive integer or `x` has non-finite values.
 * @throws {TypeError} If `labels` or what `fit` returns is not an Int32Array with one label per row.
 *
 * @example Rules on a threshold are stable
 * ```ts
 * import { stabilityOfFit } from "./stability_of_fit.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows(Array.from({ length: 40 }, (_, i) => [i]));
 * const rule = (rows: typeof x) => Int32Array.from(rows.data, (v) => (v < 20 ? 0 : 1));
 * const s = stabilityOfFit(x, rule, { nBoot: 5 });
 * assert.equal(s.verdict, "stable");
 * assert.equal(s.ari.mean, 1);
 * ```
 */
export function stabilityOfFit(
  x: Matrix,
  fit: FitLabels,
  options: StabilityOfFitOptions = {},
): StabilityResult {
  const { nBoot = 20, seed = 0, labels, onProgress } = options;
  const action = "check stability";
  checkMatrix(x, action);
  const n = x.rows;
  if (!Number.isInteger(nBoot) || nBoot < 1) {
    throw new RangeError(
      `Cannot ${action} with nBoot = ${nBoot}: use a positive integer (20 or more for a verdict)`,
    );
  }
  const reference = labels ?? fit(x, seed);
  checkLabels(x, reference, action);
  const enc = encodeLabels(reference);
  const k = enc.counts.length;
  const jaccardSum = new Float64Array(k), jaccardMin = new Float64Array(k).fill(Infinity);
  const count = new Int32Array(k);
  const ariValues: number[] = [];
  const seen = new Uint8Array(n), other = new Int32Array(n);
  for (let b = 0; b < nBoot; b++) {
    const s = childSeed(seed, b);
    const rng = makeRandom(s);
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = rng.int(n);
    const got = fit(takeRows(x, idx), s);
    if (!(got instanceof Int32Array) || got.length !== n) {
      throw new TypeError(
        `Cannot ${action}: the fit returned ${
          got instanceof Int32Array ? `${got.length} labels` : "something other than an Int32Array"
        } for a resample of ${n} rows; return one Int32Array label per row`,
      );
    }
    seen.fill(0);
    const rows: number[] = [];
    for (let p = 0; p < n; p++) {
      const r = idx[p]!;
      if (seen[r]) continue;
      seen[r] = 1;
      other[r] = got[p]!;
      rows.push(r);
    }
    const refIn = Int32Array.from(rows, (r) => reference[r]!);
    const otherIn = Int32Array.from(rows, (r) => other[r]!);
    ariValues.push(adjustedRandScore(refIn, otherIn));
    const encOther = encodeLabels(otherIn);
    const kb = encOther.counts.length;
    const table = new Int32Array(k * kb), sizeA = new Int32Array(k);
    for (let p = 0; p < rows.length; p++) {
      const a = enc.codes[rows[p]!]!;
      table[a * kb + encOther.codes[p]!]!++;
      sizeA[a]!++;
    }
    for (let a = 0; a < k; a++) {
      if (sizeA[a] === 0) continue; // segment absent from this resample
      let best = 0;
      for (let c = 0; c < kb; c++) {
        const inter = table[a * kb + c]!;
        const j = inter / (sizeA[a]! + encOther.counts[c]! - inter);
        if (j > best) best = j;
      }
      jaccardSum[a]! += best;
      count[a]!++;
      if (best < jaccardMin[a]!) jaccardMin[a] = best;
    }
    onProgress?.({ step: "bootstrap stability", done: b + 1, total: nBoot });
  }
  return summarizeStability(Array.from(enc.classes), enc.counts, jaccardSum, count, jaccardMin, ariValues, {
    k,
    nBoot,
    seed,
  });
}
