/**
 * Uniform random matrices: data with no cluster structure, for tests and benchmarks.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { makeRandom } from "../base/random.ts";
import { checkSize, names } from "./_util.ts";

/** Options for {@linkcode generateUniform}. */
export interface GenerateUniformOptions {
  /** Number of rows. */
  n: number;
  /** Number of columns. */
  d: number;
  /** Lower bound of every coordinate. @default {0} */
  low?: number;
  /** Upper bound (excluded) of every coordinate. @default {1} */
  high?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
}

/**
 * Draw an `n` x `d` matrix with every entry uniform in `[low, high)`, independently: the null
 * case of clustering (scikit-learn: `numpy.random.uniform(low, high, (n, d))`).
 *
 * @param options See {@linkcode GenerateUniformOptions}.
 * @returns The matrix, columns `x0, x1, ...`.
 * @throws {RangeError} If `n` or `d` is not a positive integer, or `low` is not below `high`.
 *
 * @example In range, reproducible
 * ```ts
 * import { generateUniform } from "./uniform.ts";
 * import assert from "node:assert/strict";
 * const x = generateUniform({ n: 100, d: 3, low: -1, high: 1, seed: 4 });
 * assert.ok(x.data.every((v) => v >= -1 && v < 1));
 * assert.deepEqual(x.data, generateUniform({ n: 100, d: 3, low: -1, high: 1, seed: 4 }).data);
 * ```
 */
export function generateUniform(options: GenerateUniformOptions): Matrix {
  const { n, d, low = 0, high = 1, seed = 0 } = options;
  checkSize(n, d, "a uniform matrix");
  if (!(low < high) || !Number.isFinite(low) || !Number.isFinite(high)) {
    throw new RangeError(`Cannot generate a uniform matrix in [${low}, ${high}): use finite low < high`);
  }
  const rng = makeRandom(seed);
  const data = new Float64Array(n * d);
  const w = high - low;
  for (let i = 0; i < data.length; i++) data[i] = low + w * rng.next();
  return { data, rows: n, cols: d, columns: names(d) };
}
