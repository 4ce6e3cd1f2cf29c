/**
 * K-means for several k at once (the fits of an elbow sweep), on several threads when large.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import type { KMeansOptions, KMeansResult } from "./kmeans.ts";
import { fitAll, settle, toResult } from "./_fit.ts";

/** Options for {@linkcode kmeansRange}. */
export interface KMeansRangeOptions extends KMeansOptions {
  /**
   * Share the starts across k: start `s` of every k is the first k centres of start `s` drawn
   * for the largest k (greedy k-means++ draws centres one after another, so those are a valid
   * start on their own, with `2 + floor(ln kMax)` candidates a step). One draw per start instead
   * of one per (k, start): about a quarter of the seeding work for k = 1..10, and the inertia
   * curve compares k on common starts. The fits then differ from `kmeans(x, k)` calls (which
   * draw for k alone). @default {false}
   */
  nestedStarts?: boolean;
}

/**
 * Fit k-means for every k in `ks`: the same results, bit for bit, as `ks.map((k) => kmeans(x, k,
 * options))` (unless `nestedStarts`), but on large inputs every (k, start) fit goes into one
 * queue shared by the calling thread and `options.threads - 1` workers, largest k first, which is
 * what an elbow sweep needs when each k has few starts.
 * `onProgress` is called once per k (`{ step: "k-means", done, total: ks.length }`).
 *
 * @param x The data, one row per observation.
 * @param ks The numbers of clusters, each an integer from 1 to `x.rows`.
 * @param options As for {@linkcode kmeans}, plus `nestedStarts`; a matrix `init` must fit every k.
 * @returns One result per k, in the order of `ks`.
 * @throws {RangeError} If a k or an option is out of range or `x` has non-finite values.
 * @throws {TypeError} If `init` is a matrix of the wrong shape.
 *
 * @example Same as one kmeans call per k
 * ```ts
 * import { kmeansRange } from "./kmeans_range.ts";
 * import { kmeans } from "./kmeans.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [10], [11], [20], [21]]);
 * const fits = kmeansRange(x, [1, 2, 3], { nInit: 3 });
 * assert.deepEqual(fits.map((f) => f.k), [1, 2, 3]);
 * assert.deepEqual(fits[2], kmeans(x, 3, { nInit: 3 }));
 * assert.equal(fits[2]!.inertia, 1.5);
 * ```
 */
export function kmeansRange(
  x: Matrix,
  ks: readonly number[],
  options: KMeansRangeOptions = {},
): KMeansResult[] {
  if (ks.length === 0) return [];
  const settings = settle(x, options, ks);
  const runs = fitAll(x, ks, settings, options.onProgress, "ks");
  return ks.map((k, t) => toResult(x, k, runs[t]!, settings));
}
