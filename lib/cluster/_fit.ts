/**
 * Private: option checks, the sequential loop over starts and the result shape shared by
 * `kmeans` and `kmeansRange`.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../types.ts";
import { childSeed, makeRandom } from "../_random.ts";
import type { KMeansOptions, KMeansResult } from "./kmeans.ts";
import { checkMatrix } from "./_check.ts";
import {
  hamerly,
  kmeansPlusPlus,
  lloyd,
  makeWorkspace,
  meanVariance,
  randomInit,
  type Run,
} from "./_lloyd.ts";
import { fitInParallel, PARALLEL_MIN_WORK } from "./_parallel.ts";

/** Checked settings of a k-means call. */
export interface Settings {
  readonly init: "k-means++" | "random" | Matrix;
  readonly starts: number;
  readonly maxIter: number;
  readonly tolAbs: number;
  readonly seed: number;
  readonly algorithm: "lloyd" | "hamerly";
  readonly threads: number;
  /** True when the caller set `threads`: then threads are used whatever the size. */
  readonly threadsAsked: boolean;
}

/** Check `x` and the options (not k); the error messages of `kmeans`. */
export function settle(x: Matrix, options: KMeansOptions, ks: readonly number[]): Settings {
  const {
    init = "k-means++",
    nInit = 10,
    maxIter = 300,
    tol = 1e-4,
    seed = 0,
    algorithm = "hamerly",
    threads = Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1),
  } = options;
  const n = x.rows;
  checkMatrix(x, "run kmeans");
  for (const k of ks) {
    if (!Number.isInteger(k) || k < 1 || k > n) {
      throw new RangeError(
        `Cannot run kmeans with k = ${k}: k must be an integer from 1 to ${n}, the number of rows`,
      );
    }
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
  if (typeof init === "object") {
    for (const k of ks) {
      if (init.rows !== k || init.cols !== x.cols) {
        throw new TypeError(
          `Cannot start kmeans from the given centres: they are ${init.rows} x ${init.cols}, expected ${k} x ${x.cols}`,
        );
      }
    }
  } else if (init !== "k-means++" && init !== "random") {
    throw new RangeError(
      `Cannot run kmeans with init "${init}": use "k-means++", "random" or a matrix of centres`,
    );
  }
  const starts = typeof init === "object" ? 1 : nInit;
  return {
    init,
    starts,
    maxIter,
    tolAbs: tol * meanVariance(x.data, n, x.cols),
    seed,
    algorithm,
    threads,
    threadsAsked: options.threads !== undefined,
  };
}

/**
 * Rows from which the fits run on a copy of the data in spatial order (rows of the same small
 * cell next to each other): neighbouring rows then mostly share their nearest centre and their
 * bound tests, so the branches of the assignment are predictable (about a quarter faster per
 * iteration at 1M rows). Labels are mapped back to the caller's row order; the start draws, sums
 * and so the exact result depend on this order, which is itself a pure function of the data.
 */
export const SPATIAL_ORDER_MIN_ROWS = 20_000;

/** Best run for each k: on worker threads too when the work is large enough, else one start after another. */
export function fitAll(
  x: Matrix,
  ks: readonly number[],
  s: Settings,
  onProgress: ProgressCallback | undefined,
  progress: "starts" | "ks",
): Run[] {
  const n = x.rows, d = x.cols;
  const order = n >= SPATIAL_ORDER_MIN_ROWS ? spatialOrder(x.data, n, d) : null;
  const data = order === null ? x.data : permuteRows(x.data, d, order);
  const runs = fitRuns(data, n, d, ks, s, onProgress, progress);
  if (order === null) return runs;
  return runs.map((r) => {
    const labels = new Int32Array(n);
    for (let t = 0; t < n; t++) labels[order[t]!] = r.labels[t]!;
    return { ...r, labels };
  });
}

function fitRuns(
  data: Float64Array,
  n: number,
  d: number,
  ks: readonly number[],
  s: Settings,
  onProgress: ProgressCallback | undefined,
  progress: "starts" | "ks",
): Run[] {
  const { init } = s;
  const total = progress === "starts" ? s.starts * ks.length : ks.length;
  if (
    typeof init !== "object" && s.threads > 1 && s.starts * ks.length > 1 &&
    (s.threadsAsked || n * d * s.starts * ks.length >= PARALLEL_MIN_WORK)
  ) {
    let reported = 0;
    const runs = fitInParallel(
      { data, n, d, init, algorithm: s.algorithm, maxIter: s.maxIter, tolAbs: s.tolAbs, seed: s.seed },
      ks,
      s.starts,
      s.threads,
      (done, fits) => {
        // Fits finished so far, as starts, or scaled to the number of ks.
        const now = progress === "starts" ? done : Math.floor((done * ks.length) / fits);
        for (; reported < now; reported++) onProgress?.({ step: "k-means", done: reported + 1, total });
      },
    );
    if (runs !== null) return runs;
  }
  const iterate = s.algorithm === "lloyd" ? lloyd : hamerly;
  let done = 0;
  const ws = makeWorkspace(n, d, Math.max(...ks));
  return ks.map((k) => {
    let best: Run | null = null;
    for (let st = 0; st < s.starts; st++) {
      const rng = makeRandom(childSeed(s.seed, st));
      const centres = typeof init === "object"
        ? Float64Array.from(init.data)
        : init === "random"
        ? randomInit(data, n, d, k, rng)
        : kmeansPlusPlus(data, n, d, k, rng, ws);
      const run = iterate(data, n, d, centres, k, s.maxIter, s.tolAbs, ws);
      if (best === null || run.inertia < best.inertia) best = run;
      if (progress === "starts") onProgress?.({ step: "k-means", done: ++done, total });
    }
    if (progress === "ks") onProgress?.({ step: "k-means", done: ++done, total });
    return best!;
  });
}

/**
 * Row order by cell of a coarse grid (2^18 cells) over the (up to) three columns of largest
 * range, rows of a cell in index order: a counting sort, O(n).
 */
function spatialOrder(data: Float64Array, n: number, d: number): Int32Array {
  const min = new Float64Array(d).fill(Infinity), max = new Float64Array(d).fill(-Infinity);
  columnRanges(data, n, d, min, max);
  const cols = Array.from({ length: d }, (_, j) => j)
    .sort((a, b) => (max[b]! - min[b]!) - (max[a]! - min[a]!) || a - b)
    .slice(0, 3);
  const bins = cols.length === 1 ? 1 << 18 : cols.length === 2 ? 1 << 9 : 1 << 6;
  // Per column of the key: its offset in a row, minimum and range.
  const nc = cols.length;
  const off = new Int32Array(3), lo = new Float64Array(3), width = new Float64Array(3);
  for (let t = 0; t < nc; t++) {
    const j = cols[t]!;
    off[t] = j;
    lo[t] = min[j]!;
    width[t] = max[j]! - min[j]!;
  }
  const key = new Int32Array(n);
  const counts = new Int32Array(bins ** nc + 1);
  cellKeys(data, n, d, nc, off, lo, width, bins, key, counts);
  return countingOrder(key, counts, n);
}

// Each loop is its own function, so that V8 optimises it whole (see `_lloyd.ts`).

function columnRanges(data: Float64Array, n: number, d: number, min: Float64Array, max: Float64Array): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = data[i * d + j]!;
      if (v < min[j]!) min[j] = v;
      if (v > max[j]!) max[j] = v;
    }
  }
}

function cellKeys(
  data: Float64Array,
  n: number,
  d: number,
  nc: number,
  off: Int32Array,
  lo: Float64Array,
  width: Float64Array,
  bins: number,
  key: Int32Array,
  counts: Int32Array,
): void {
  const top = bins - 1;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    let c = 0;
    for (let t = 0; t < nc; t++) {
      const w = width[t]!;
      const b = w > 0 ? Math.floor(((data[o + off[t]!]! - lo[t]!) / w) * bins) : 0;
      c = c * bins + (b < top ? b : top);
    }
    key[i] = c;
    counts[c + 1]!++;
  }
}

function countingOrder(key: Int32Array, counts: Int32Array, n: number): Int32Array {
  for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[counts[key[i]!]!++] = i;
  return order;
}

/** The rows of `data` in the given order. */
function permuteRows(data: Float64Array, d: number, order: Int32Array): Float64Array {
  const out = new Float64Array(order.length * d);
  for (let t = 0; t < order.length; t++) {
    const o = order[t]! * d;
    for (let j = 0; j < d; j++) out[t * d + j] = data[o + j]!;
  }
  return out;
}

/** The public result of one fit. */
export function toResult(x: Matrix, k: number, run: Run, s: Settings): KMeansResult {
  const n = x.rows;
  const seen = new Uint8Array(k);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (seen[run.labels[i]!] === 0) {
      seen[run.labels[i]!] = 1;
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
    labels: run.labels,
    k,
    centroids: { data: run.centres, rows: k, cols: x.cols, columns: x.columns },
    inertia: run.inertia,
    seed: s.seed,
    warnings,
    nIter: run.nIter,
    nInit: s.starts,
  };
}
