/**
 * Bootstrap stability of a k-means segmentation (Hennig 2007).
 *
 * @module
 */
import type { Matrix, ProgressCallback, Warning } from "../base/types.ts";
import { childSeed, makeRandom } from "../base/random.ts";
import { takeRows } from "../base/matrix.ts";
import { kmeans } from "../cluster/mod.ts";
import { checkLabels } from "./_check.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { adjustedRandScore } from "./adjusted_rand_score.ts";
import { summarizeStability } from "./_stability.ts";

/** Options for {@linkcode stability}. */
export interface StabilityOptions {
  /** Bootstrap resamples. @default {20} */
  nBoot?: number;
  /** Seed of the reference fit and of every resample (resample `b` uses `childSeed(seed, b)`). @default {0} */
  seed?: number;
  /** k-means starts per fit. @default {5} */
  nInit?: number;
  /**
   * Labels of the segmentation to check (e.g. the k-means run the report shows), values `0..k-1`.
   * Default: `kmeans(x, k, { seed, nInit })`.
   */
  labels?: Int32Array;
  /** Called after each resample (`step: "bootstrap stability"`). */
  onProgress?: ProgressCallback;
}

/** How stable one segment is, from {@linkcode stability}. */
export interface SegmentStability {
  /** The segment's label. */
  readonly label: number;
  /** Mean over resamples of the Jaccard similarity with the best-matching resample cluster. */
  readonly jaccard: number;
  /** The lowest of those Jaccard values. */
  readonly minJaccard: number;
  /** Rows in the segment. */
  readonly size: number;
  /**
   * Hennig's reading: `highly stable` > 0.85, `stable` >= 0.75, `patterns` >= 0.6, `dissolved` below.
   * A machine-readable key: show it to analysts through `stabilityReadingLabel` (`lib/text/validate.ts`).
   */
  readonly reading: StabilityReading;
}

/** Hennig's reading of one segment's mean Jaccard, as a stable key. */
export type StabilityReading = "highly stable" | "stable" | "patterns" | "dissolved";

/** Overall verdict of {@linkcode stability}. */
export type StabilityVerdict = "stable" | "fragile" | "unstable";

/** The result of {@linkcode stability}. */
export interface StabilityResult {
  /** Segments checked (the `k` argument); each resample is fitted with k-means at this k. */
  readonly k: number;
  /** Bootstrap resamples fitted (the option `nBoot`). */
  readonly nBoot: number;
  /** Seed of the reference fit and the resamples (the option `seed`), so the check can be repeated. */
  readonly seed: number;
  /** Adjusted Rand index between the segmentation and each resample's labelling of all rows. */
  readonly ari: { readonly mean: number; readonly min: number; readonly values: readonly number[] };
  /** Per segment, ascending label. */
  readonly perSegment: readonly SegmentStability[];
  /** `stable` if every segment's mean Jaccard is >= 0.75, `unstable` if any is < 0.6, else `fragile`. */
  readonly verdict: StabilityVerdict;
  /**
   * Typed facts: one per segment that is empty (`stability-empty-segment`) or not stable
   * (`stability-segment-dissolved`, `stability-segment-fragile`), and too few resamples
   * (`stability-few-resamples`); `lib/text/` says them, and `stabilityText` the verdict, in words.
   */
  readonly warnings: readonly Warning[];
}

/** Mean Jaccard at or above which a segment is stable (Hennig 2007). */
export const JACCARD_STABLE = 0.75;
/** Mean Jaccard below which a segment has dissolved (Hennig 2007 uses 0.5 to 0.6). */
export const JACCARD_DISSOLVED = 0.6;

function nearestCentre(x: Matrix, centres: Matrix): Int32Array {
  const n = x.rows, d = x.cols, k = centres.rows;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = Infinity, arg = 0;
    for (let c = 0; c < k; c++) {
      let q = 0;
      for (let t = 0; t < d; t++) {
        const u = x.data[i * d + t]! - centres.data[c * d + t]!;
        q += u * u;
      }
      if (q < best) {
        best = q;
        arg = c;
      }
    }
    out[i] = arg;
  }
  return out;
}

/**
 * How stable a k-means segmentation is under bootstrap resampling (Hennig 2007, "Cluster-wise
 * assessment of cluster stability"). The segmentation (by default `kmeans(x, k)` on all rows)
 * is compared with `nBoot` fits on bootstrap resamples (rows drawn with replacement); each
 * resample's centroids label every row (nearest centre). Per segment, the Jaccard similarity
 * with its best-matching resample cluster is averaged over resamples (computed over all rows,
 * not only the resampled ones); over all rows, the adjusted Rand index measures agreement.
 * Thresholds (Hennig): mean Jaccard > 0.85 highly stable, >= 0.75 stable, 0.6-0.75 patterns
 * but doubtful, < 0.6 dissolved. Deterministic for a given seed. For other methods (DBSCAN,
 * business rules) use {@linkcode stabilityOfFit}.
 *
 * @param x The data, one row per observation (scaled as for the clustering).
 * @param k Number of segments, an integer from 2 to rows.
 * @param options See {@linkcode StabilityOptions}.
 * @returns ARI across resamples, mean Jaccard per segment, a verdict and warnings.
 * @throws {RangeError} If `k` or `nBoot` is out of range, `labels` has values outside `0..k-1`, or `x` has non-finite values.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 *
 * @example Two far-apart blobs are stable
 * ```ts
 * import { stability } from "./stability.ts";
 * import { makeRandom } from "../base/random.ts";
 * import assert from "node:assert/strict";
 * const rng = makeRandom(3);
 * const rows = 60, data = new Float64Array(rows * 2);
 * for (let i = 0; i < data.length; i++) data[i] = (i < data.length / 2 ? 0 : 8) + rng.normal();
 * const s = stability({ data, rows, cols: 2, columns: ["a", "b"] }, 2, { nBoot: 5 });
 * assert.equal(s.verdict, "stable");
 * assert.ok(s.ari.mean > 0.9);
 * ```
 */
export function stability(x: Matrix, k: number, options: StabilityOptions = {}): StabilityResult {
  const { nBoot = 20, seed = 0, nInit = 5, labels, onProgress } = options;
  const action = "check stability";
  checkMatrix(x, action);
  const n = x.rows;
  if (!Number.isInteger(k) || k < 2 || k > n) {
    throw new RangeError(
      `Cannot ${action} with k = ${k}: k must be an integer from 2 to ${n}, the number of rows`,
    );
  }
  if (!Number.isInteger(nBoot) || nBoot < 1) {
    throw new RangeError(
      `Cannot ${action} with nBoot = ${nBoot}: use a positive integer (20 or more for a verdict)`,
    );
  }
  let reference: Int32Array;
  if (labels !== undefined) {
    checkLabels(x, labels, action);
    for (let i = 0; i < n; i++) {
      if (!(labels[i]! >= 0 && labels[i]! < k)) {
        throw new RangeError(
          `Cannot ${action}: label "${labels[i]}" at row ${i} is outside 0..${
            k - 1
          }; pass k-means labels 0..k-1`,
        );
      }
    }
    reference = labels;
  } else {
    reference = kmeans(x, k, { seed, nInit }).labels;
  }
  const size = new Int32Array(k);
  for (let i = 0; i < n; i++) size[reference[i]!]!++;
  const jaccardSum = new Float64Array(k), jaccardMin = new Float64Array(k).fill(Infinity);
  const ariValues: number[] = [];
  const table = new Int32Array(k * k), sizeB = new Int32Array(k);
  for (let b = 0; b < nBoot; b++) {
    const s = childSeed(seed, b);
    const rng = makeRandom(s);
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = rng.int(n);
    const fit = kmeans(takeRows(x, idx), k, { seed: s, nInit });
    const other = nearestCentre(x, fit.centroids);
    ariValues.push(adjustedRandScore(reference, other));
    table.fill(0);
    sizeB.fill(0);
    for (let i = 0; i < n; i++) {
      table[reference[i]! * k + other[i]!]!++;
      sizeB[other[i]!]!++;
    }
    for (let a = 0; a < k; a++) {
      let best = 0;
      for (let c = 0; c < k; c++) {
        const inter = table[a * k + c]!;
        const union = size[a]! + sizeB[c]! - inter;
        const j = union === 0 ? 0 : inter / union;
        if (j > best) best = j;
      }
      jaccardSum[a]! += best;
      if (best < jaccardMin[a]!) jaccardMin[a] = best;
    }
    onProgress?.({ step: "bootstrap stability", done: b + 1, total: nBoot });
  }
  const labelsOut = Array.from({ length: k }, (_, a) => a);
  return summarizeStability(
    labelsOut,
    size,
    jaccardSum,
    new Int32Array(k).fill(nBoot),
    jaccardMin,
    ariValues,
    { k, nBoot, seed },
  );
}
