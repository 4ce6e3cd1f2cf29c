/**
 * K-means clustering (Lloyd's algorithm with Hamerly's bounds, greedy k-means++ start, restarts).
 *
 * @module
 */
import type { Clustering, Matrix, ProgressCallback } from "../types.ts";
import { childSeed, makeRandom } from "../_random.ts";
import { checkMatrix } from "./_check.ts";
import { runStartsInParallel } from "./_parallel.ts";
import {
  hamerly,
  kmeansPlusPlus,
  lloyd,
  makeWorkspace,
  meanVariance,
  randomInit,
  type Run,
} from "./_lloyd.ts";

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
   * Threads for the starts of a large fit (when `rows x cols x nInit` is at least 2 million):
   * starts are shared among workers on shared memory and the call still returns synchronously.
   * The result is bit-identical to one thread. Falls back to one thread where workers cannot
   * start. @default {min(4, navigator.hardwareConcurrency)}
   */
  threads?: number;
  /** Called after each start with `{ step: "k-means", done, total }` (all at the end when threads are used). */
  onProgress?: ProgressCallback;
}

/** Work (rows x cols x starts) from which starts are run on several threads. */
const PARALLEL_MIN_WORK = 2_000_000;

/** The result of {@linkcode kmeans}. */
export interface KMeansResult extends Clustering {
  readonly algorithm: "kmeans";
  readonly centroids: Matrix;
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
 * the same seed and `algorithm` give bit-identical results.
 *
 * @param x The data, one row per observation.
 * @param k Number of clusters, an integer from 1 to `x.rows`.
 * @param options See {@linkcode KMeansOptions}.
 * @returns Labels, centroids, inertia and the settings used; a warning when fewer than `k`
 * distinct clusters could be formed.
 * @throws {RangeError} If `k`, `nInit`, `maxIter` or `tol` is out of range or `x` has non-finite values.
 * @throws {TypeError} If `init` is a matrix of the wrong shape.
 *
 * @example A split computed by hand
 * ```ts
 * import { kmeans } from "./kmeans.ts";
 * import { matrixFromRows } from "../matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0, 0], [0.5, 0], [0.5, 1], [1, 1]]);
 * const r = kmeans(x, 2, { init: matrixFromRows([[0, 0], [1, 1]]) });
 * assert.deepEqual([...r.labels], [0, 0, 1, 1]);
 * assert.equal(r.inertia, 0.25);
 * ```
 */
export function kmeans(x: Matrix, k: number, options: KMeansOptions = {}): KMeansResult {
  const {
    init = "k-means++",
    nInit = 10,
    maxIter = 300,
    tol = 1e-4,
    seed = 0,
    algorithm = "hamerly",
    threads = Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1),
    onProgress,
  } = options;
  const n = x.rows, d = x.cols, data = x.data;
  checkMatrix(x, "run kmeans");
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(
      `Cannot run kmeans with k = ${k}: k must be an integer from 1 to ${n}, the number of rows`,
    );
  }
  if (!Number.isInteger(nInit) || nInit < 1) {
    throw new RangeError(`Cannot run kmeans with nInit = ${nInit}: nInit must be a positive integer`);
  }
  if (!Number.isInteger(maxIter) || maxIter < 1) {
    throw new RangeError(`Cannot run kmeans with maxIter = ${maxIter}: maxIter must be a positive integer`);
  }
  if (!(tol >= 0)) throw new RangeError(`Cannot run kmeans with tol = ${tol}: tol must be 0 or more`);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`Cannot run kmeans with threads = ${threads}: threads must be a positive integer`);
  }
  if (algorithm !== "lloyd" && algorithm !== "hamerly") {
    throw new RangeError(`Cannot run kmeans with algorithm "${algorithm}": use "hamerly" or "lloyd"`);
  }
  const starts = typeof init === "object" ? 1 : nInit;
  const tolAbs = tol * meanVariance(data, n, d);
  let best: Run | null = null;
  if (typeof init !== "object" && starts > 1 && threads > 1 && n * d * starts >= PARALLEL_MIN_WORK) {
    best = runStartsInParallel({ data, n, d, k, init, algorithm, maxIter, tolAbs, seed, starts }, threads);
    if (best !== null) {
      for (let s = 0; s < starts; s++) onProgress?.({ step: "k-means", done: s + 1, total: starts });
    }
  }
  const ws = best === null ? makeWorkspace(n, d, k) : null;
  const iterate = algorithm === "lloyd" ? lloyd : hamerly;
  for (let s = 0; ws !== null && s < starts; s++) {
    const rng = makeRandom(childSeed(seed, s));
    const centres = typeof init === "object"
      ? checkedInit(init, k, d)
      : init === "random"
      ? randomInit(data, n, d, k, rng)
      : kmeansPlusPlus(data, n, d, k, rng, ws);
    const run = iterate(data, n, d, centres, k, maxIter, tolAbs, ws);
    if (best === null || run.inertia < best.inertia) best = run;
    onProgress?.({ step: "k-means", done: s + 1, total: starts });
  }
  const b = best!;
  const seen = new Uint8Array(k);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (seen[b.labels[i]!] === 0) {
      seen[b.labels[i]!] = 1;
      distinct++;
    }
  }
  const warnings = distinct < k
    ? [
      `k-means found ${distinct} distinct clusters where k = ${k} was asked: the data has fewer distinct points than k`,
    ]
    : [];
  return {
    algorithm: "kmeans",
    labels: b.labels,
    k,
    centroids: { data: b.centres, rows: k, cols: d, columns: x.columns },
    inertia: b.inertia,
    seed,
    warnings,
    nIter: b.nIter,
    nInit: starts,
  };
}

function checkedInit(init: Matrix, k: number, d: number): Float64Array {
  if (init.rows !== k || init.cols !== d) {
    throw new TypeError(
      `Cannot start kmeans from the given centres: they are ${init.rows} x ${init.cols}, expected ${k} x ${d}`,
    );
  }
  return Float64Array.from(init.data);
}
