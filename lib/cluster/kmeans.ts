/**
 * K-means clustering (Lloyd's algorithm, greedy k-means++ start, restarts).
 *
 * @module
 */
import type { Clustering, Matrix } from "../types.ts";
import { childSeed, makeRandom, type Random } from "../_random.ts";

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
}

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
 * Equivalent to scikit-learn's `KMeans(n_clusters=k, n_init=nInit, algorithm="lloyd")`.
 *
 * @param x The data, one row per observation.
 * @param k Number of clusters, an integer from 1 to `x.rows`.
 * @param options See {@linkcode KMeansOptions}.
 * @returns Labels, centroids, inertia and the settings used.
 * @throws {RangeError} If `k` is out of range or `x` has non-finite values.
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
  const { init = "k-means++", nInit = 10, maxIter = 300, tol = 1e-4, seed = 0 } = options;
  const n = x.rows, d = x.cols;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(`Cannot run kmeans with k = ${k}: k must be an integer from 1 to ${n}, the number of rows`);
  }
  for (let i = 0; i < x.data.length; i++) {
    if (!Number.isFinite(x.data[i])) {
      const row = Math.floor(i / d), col = x.columns[i % d];
      throw new RangeError(`Cannot run kmeans: row ${row}, column "${col}" is ${x.data[i]}; impute or drop non-finite values first`);
    }
  }
  const starts = typeof init === "object" ? 1 : nInit;
  const tolAbs = tol * meanVariance(x);
  let best: { labels: Int32Array; centres: Float64Array; inertia: number; nIter: number } | null = null;
  for (let s = 0; s < starts; s++) {
    const rng = makeRandom(childSeed(seed, s));
    const centres = typeof init === "object" ? checkedInit(init, k, d) : init === "random"
      ? randomInit(x, k, rng)
      : kmeansPlusPlus(x, k, rng);
    const run = lloyd(x, centres, k, maxIter, tolAbs);
    if (best === null || run.inertia < best.inertia) best = run;
  }
  const b = best!;
  const distinct = new Set(b.labels).size;
  const warnings = distinct < k
    ? [`k-means found ${distinct} distinct clusters where k = ${k} was asked: the data has fewer distinct points than k`]
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
    throw new TypeError(`Cannot start kmeans from the given centres: they are ${init.rows} x ${init.cols}, expected ${k} x ${d}`);
  }
  return Float64Array.from(init.data);
}

function meanVariance(x: Matrix): number {
  const n = x.rows, d = x.cols;
  if (n === 0) return 0;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x.data[i * d + j]!;
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const t = x.data[i * d + j]! - mean;
      v += t * t;
    }
    total += v / n;
  }
  return total / d;
}

function sqDist(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ai + j]! - b[bi + j]!;
    s += t * t;
  }
  return s;
}

function randomInit(x: Matrix, k: number, rng: Random): Float64Array {
  const n = x.rows, d = x.cols;
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const c = new Float64Array(k * d);
  for (let i = 0; i < k; i++) c.set(x.data.subarray(idx[i]! * d, idx[i]! * d + d), i * d);
  return c;
}

/** Greedy k-means++ (Arthur & Vassilvitskii 2007; scikit-learn's 2 + ln k candidates per step). */
function kmeansPlusPlus(x: Matrix, k: number, rng: Random): Float64Array {
  const n = x.rows, d = x.cols, data = x.data;
  const c = new Float64Array(k * d);
  const trials = 2 + Math.floor(Math.log(k));
  const first = rng.int(n);
  c.set(data.subarray(first * d, first * d + d), 0);
  const closest = new Float64Array(n);
  let pot = 0;
  for (let i = 0; i < n; i++) pot += closest[i] = sqDist(data, i * d, c, 0, d);
  const cand = new Float64Array(n);
  const bestCand = new Float64Array(n);
  for (let ci = 1; ci < k; ci++) {
    let bestPot = Infinity, bestIdx = -1;
    for (let t = 0; t < trials; t++) {
      const idx = pot > 0 ? sampleByWeight(closest, pot, rng) : rng.int(n);
      let p = 0;
      for (let i = 0; i < n; i++) {
        const dd = Math.min(closest[i]!, sqDist(data, i * d, data, idx * d, d));
        cand[i] = dd;
        p += dd;
      }
      if (p < bestPot) {
        bestPot = p;
        bestIdx = idx;
        bestCand.set(cand);
      }
    }
    c.set(data.subarray(bestIdx * d, bestIdx * d + d), ci * d);
    closest.set(bestCand);
    pot = bestPot;
  }
  return c;
}

function sampleByWeight(w: Float64Array, total: number, rng: Random): number {
  const r = rng.next() * total;
  let acc = 0;
  for (let i = 0; i < w.length; i++) {
    acc += w[i]!;
    if (acc > r) return i;
  }
  for (let i = w.length - 1; i >= 0; i--) if (w[i]! > 0) return i;
  return w.length - 1;
}

function lloyd(x: Matrix, centres: Float64Array, k: number, maxIter: number, tolAbs: number) {
  const n = x.rows, d = x.cols, data = x.data;
  const labels = new Int32Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const dist = new Float64Array(n);
  let nIter = 0;
  for (let it = 0; it < maxIter; it++) {
    nIter = it + 1;
    assign(data, n, d, centres, k, labels, dist);
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const l = labels[i]!;
      counts[l]!++;
      for (let j = 0; j < d; j++) sums[l * d + j]! += data[i * d + j]!;
    }
    relocateEmpty(data, d, labels, dist, sums, counts, k, centres);
    let shift = 0;
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < d; j++) {
        const v = sums[c * d + j]! / counts[c]!;
        const t = v - centres[c * d + j]!;
        shift += t * t;
        centres[c * d + j] = v;
      }
    }
    if (shift <= tolAbs) break;
  }
  assign(data, n, d, centres, k, labels, dist);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += dist[i]!;
  return { labels, centres, inertia, nIter };
}

function assign(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    let best = Infinity, bl = 0;
    for (let c = 0; c < k; c++) {
      const dd = sqDist(data, i * d, centres, c * d, d);
      if (dd < best) {
        best = dd;
        bl = c;
      }
    }
    labels[i] = bl;
    dist[i] = best;
  }
}

/** An empty cluster takes the point farthest from its centre (scikit-learn's rule). */
function relocateEmpty(
  data: Float64Array,
  d: number,
  labels: Int32Array,
  dist: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
  k: number,
  centres: Float64Array,
): void {
  for (let c = 0; c < k; c++) {
    if (counts[c]! > 0) continue;
    let far = -1, fd = -1;
    for (let i = 0; i < labels.length; i++) {
      if (counts[labels[i]!]! > 1 && dist[i]! > fd) {
        fd = dist[i]!;
        far = i;
      }
    }
    if (far < 0) {
      // Nothing to take (fewer distinct points than k): keep the centre where it is.
      counts[c] = 1;
      for (let j = 0; j < d; j++) sums[c * d + j] = centres[c * d + j]!;
      continue;
    }
    const old = labels[far]!;
    counts[old]!--;
    for (let j = 0; j < d; j++) {
      sums[old * d + j]! -= data[far * d + j]!;
      sums[c * d + j] = data[far * d + j]!;
    }
    counts[c] = 1;
    labels[far] = c;
    dist[far] = 0;
  }
}
