/**
 * Gaussian blobs: a matrix with planted clusters, for tests and benchmarks.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { makeRandom } from "../base/random.ts";
import { checkSize, names } from "./_util.ts";

/** Options for {@linkcode generateBlobs}. */
export interface GenerateBlobsOptions {
  /** Number of rows. */
  n: number;
  /** Number of columns. */
  d: number;
  /** Number of clusters (centres drawn uniformly in [-10, 10]^d), or the centres themselves. */
  centers: number | Matrix;
  /** Standard deviation of every cluster along every axis. @default {1} */
  spread?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
}

/** A matrix of blobs with the cluster each row was drawn from. */
export interface Blobs extends Matrix {
  /** The planted cluster of every row, in `[0, centers)`. */
  readonly labels: Int32Array;
  /** The centres used, one row per cluster. */
  readonly centers: Matrix;
}

/**
 * Draw `n` points around `centers` centres in `d` dimensions, each coordinate normal with
 * standard deviation `spread`; clusters have equal sizes (±1) and rows come in random order.
 * Equivalent to scikit-learn's `make_blobs(n_samples=n, n_features=d, centers=centers,
 * cluster_std=spread, center_box=(-10, 10), shuffle=True)`.
 *
 * @param options See {@linkcode GenerateBlobsOptions}.
 * @returns The points as a {@linkcode Matrix} (columns `x0, x1, ...`) with `labels` and `centers`.
 * @throws {RangeError} If `n`, `d` or a number of centres is not a positive integer, or `spread` is negative.
 * @throws {TypeError} If a centres matrix does not have `d` columns.
 *
 * @example Planted labels
 * ```ts
 * import { generateBlobs } from "./blobs.ts";
 * import assert from "node:assert/strict";
 * const x = generateBlobs({ n: 90, d: 2, centers: 3, spread: 0.5, seed: 1 });
 * assert.equal(x.rows, 90);
 * assert.deepEqual([0, 1, 2].map((c) => x.labels.filter((l) => l === c).length), [30, 30, 30]);
 * ```
 */
export function generateBlobs(options: GenerateBlobsOptions): Blobs {
  const { n, d, centers, spread = 1, seed = 0 } = options;
  checkSize(n, d, "blobs");
  if (!(spread >= 0)) throw new RangeError(`Cannot generate blobs with spread ${spread}: use a number >= 0`);
  const rng = makeRandom(seed);
  let c: Matrix;
  if (typeof centers === "number") {
    if (!Number.isInteger(centers) || centers < 1) {
      throw new RangeError(`Cannot generate blobs around ${centers} centres: use a positive integer`);
    }
    const data = new Float64Array(centers * d);
    for (let i = 0; i < data.length; i++) data[i] = -10 + 20 * rng.next();
    c = { data, rows: centers, cols: d, columns: names(d) };
  } else {
    if (centers.cols !== d) {
      throw new TypeError(`Cannot generate blobs: the centres have ${centers.cols} columns where d is ${d}`);
    }
    c = centers;
  }
  const k = c.rows;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i % k;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = labels[i]!;
    labels[i] = labels[j]!;
    labels[j] = t;
  }
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const base = labels[i]! * d;
    for (let j = 0; j < d; j++) data[i * d + j] = c.data[base + j]! + spread * rng.normal();
  }
  return { data, rows: n, cols: d, columns: names(d), labels, centers: c };
}
