/**
 * K-means clustering (Lloyd's algorithm with Hamerly's bounds, greedy k-means++ start, restarts).
 *
 * @module
 */
import type { Clustering, Matrix, ProgressCallback } from "../base/types.ts";
import { fitAll, settle, toResult } from "./_fit.ts";

/** Options for {@linkcode kmeans}. */
export interface KMeansOptions {
  /** How to choose the starting centroids: greedy k-means++ (scikit-learn's), random rows, or given centres. @default {"k-means++"} */
  init?: "k-means++" | "random" | Matrix;
  /** Number of starts; the one with the lowest inertia is kept. Forced to 1 when `init` is a matrix. @default {10} */
  nInit?: number;
  /** Most Lloyd iterations per start. @default {300} */
  maxIter?: number;
  /** Stop when the squared centre shift is at most `tol` times the mean feature variance (scikit-learn's rule). @default {1e-4} */
  tol?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
  /**
   * How each Lloyd iteration finds the nearest centres: `"hamerly"` (Hamerly 2010) skips rows
   * whose bounds prove their centre is still the nearest and updates the cluster sums only for
   * rows that move; `"lloyd"` computes every distance and re-sums every row. They make the same
   * assignments (the bounds prune only with a margin far above rounding error), so labels agree;
   * centroids and inertia can differ in the last bits (about 1e-15 relative) from the different
   * order of summation, which could tip a row only in a near-exact tie. Each is bit-for-bit
   * reproducible for a given seed. @default {"hamerly"}
   */
  algorithm?: "lloyd" | "hamerly";
  /**
   * Threads for the starts: the calling thread and `threads - 1` workers share them through a
   * queue on shared memory, and the call still returns synchronously, with a result bit-identical
   * to one thread. By default workers are used only for large fits (`rows x cols x k x nInit` of
   * 15 million or more, e.g. 150k x 3 at k = 4 with 10 starts; below that, on 2 cores, starting a
   * worker costs more than it saves); set it to use them whatever the size, or to 1 to never use
   * them. Falls back to one thread where workers cannot start (or may not read their
   * modules). @default {min(4, navigator.hardwareConcurrency)}
   */
  threads?: number;
  /** Called after each start with `{ step: "k-means", done, total }` (with workers: as the calling thread finishes its starts, and all at the end). */
  onProgress?: ProgressCallback;
}

/** The result of {@linkcode kmeans}. */
export interface KMeansResult extends Clustering {
  /** Marks a k-means clustering. */
  readonly algorithm: "kmeans";
  /** The centres of the kept start, `k` rows in the input's space (scikit-learn's `cluster_centers_`). */
  readonly centroids: Matrix;
  /** The seed of the initial centres (the option `seed`), so the fit can be repeated. */
  readonly seed: number;
  /** Lloyd iterations of the kept start. */
  readonly nIter: number;
  /** Starts run. */
  readonly nInit: number;
}

/**
 * Cluster the rows of `x` into `k` groups by k-means, keeping the best of `nInit` starts.
 * Equivalent to scikit-learn's `KMeans(n_clusters=k, n_init=nInit, algorithm="lloyd")`: greedy
 * k-means++ with `2 + floor(ln k)` candidates per centre, the same `tol` rule, and an empty
 * cluster takes the row farthest from its centre. Start `s` draws from `childSeed(seed, s)`, so
 * the same seed and `algorithm` give bit-identical results. From 20,000 rows the fits run on a
 * copy of the rows in spatial order (rows of one small cell together, which makes the assignment
 * branches predictable); the labels come back in the caller's row order.
 *
 * @param x The data, one row per observation.
 * @param k Number of clusters, an integer from 1 to `x.rows`.
 * @param options See {@linkcode KMeansOptions}.
 * @returns Labels, centroids, inertia and the settings used; a warning when fewer than `k`
 * distinct clusters could be formed.
 * @throws {RangeError} If `k`, `nInit`, `maxIter`, `tol`, `threads`, `init` or `algorithm` is out of range or `x` has non-finite values.
 * @throws {TypeError} If `init` is a matrix of the wrong shape.
 *
 * @example A split computed by hand
 * ```ts
 * import { kmeans } from "./kmeans.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0, 0], [0.5, 0], [0.5, 1], [1, 1]]);
 * const r = kmeans(x, 2, { init: matrixFromRows([[0, 0], [1, 1]]) });
 * assert.deepEqual([...r.labels], [0, 0, 1, 1]);
 * assert.equal(r.inertia, 0.25);
 * ```
 */
export function kmeans(x: Matrix, k: number, options: KMeansOptions = {}): KMeansResult {
  const settings = settle(x, options, [k]);
  return toResult(x, k, fitAll(x, [k], settings, options.onProgress, "starts")[0]!, settings);
}
