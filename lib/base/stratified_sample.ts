/**
 * Seeded stratified samples of rows: strata from the quantiles of one value per row, and a
 * proportional draw without replacement within each stratum.
 *
 * @module
 */
import { childSeed, makeRandom } from "./random.ts";

/**
 * The quantile cell of each value: `nStrata` cells cut at the values of rank `j * n / nStrata`
 * (j = 1 .. nStrata - 1) in sorted order, so the cells hold about equal counts. Equal values
 * always share a cell, so a cut that falls on a run of ties merges cells and some of the
 * `nStrata` labels stay empty.
 *
 * @param values One value per row (e.g. the rows' scores on the first principal component).
 * @param nStrata Number of cells, an integer >= 1.
 * @returns One cell per row, in `[0, nStrata)`, increasing with the value.
 * @throws {RangeError} If `nStrata` is not a positive integer or a value is not finite.
 *
 * @example Deciles of 0..99
 * ```ts
 * import { quantileStrata } from "./stratified_sample.ts";
 * import assert from "node:assert/strict";
 * const cells = quantileStrata(Array.from({ length: 100 }, (_, i) => i), 10);
 * assert.deepEqual([cells[0], cells[9], cells[10], cells[99]], [0, 0, 1, 9]);
 * ```
 */
export function quantileStrata(values: ArrayLike<number>, nStrata: number): Int32Array {
  if (!Number.isInteger(nStrata) || nStrata < 1) {
    throw new RangeError(`Cannot cut values into ${nStrata} strata: use a whole number of 1 or more`);
  }
  const n = values.length;
  const sorted = Float64Array.from(values);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(sorted[i]!)) {
      throw new RangeError(`Cannot cut values into strata: value ${i} is ${sorted[i]}; give finite values`);
    }
  }
  sorted.sort();
  const cuts: number[] = [];
  for (let j = 1; j < nStrata; j++) cuts.push(sorted[Math.floor((j * n) / nStrata)] ?? Infinity);
  const cells = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let lo = 0, hi = cuts.length; // the number of cuts <= v
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cuts[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    cells[i] = lo;
  }
  return cells;
}

/** A sample from {@linkcode stratifiedSample}. */
export interface StratifiedSample {
  /** The rows drawn, ascending. */
  readonly indices: Uint32Array;
  /** Rows per stratum in the population (index = stratum label). */
  readonly populationCounts: readonly number[];
  /** Rows per stratum in the sample. */
  readonly sampleCounts: readonly number[];
}

/**
 * Draw `size` of the rows, each stratum in proportion to its share of the rows (the rounding
 * left over goes to the strata with the largest remainders, ties to the lower label), uniformly
 * without replacement within each stratum. Stratum `h` draws from `childSeed(seed, h)`, so the
 * same strata, size and seed give the same rows.
 *
 * @param strata The stratum of each row, integers >= 0 (e.g. from {@linkcode quantileStrata}).
 * @param size Rows to draw, an integer from 0 to `strata.length`.
 * @param seed Seed of the draw.
 * @returns The rows drawn (ascending) and the counts per stratum.
 * @throws {RangeError} If `size` is out of range or a stratum label is not an integer >= 0.
 *
 * @example Each stratum keeps its share
 * ```ts
 * import { stratifiedSample } from "./stratified_sample.ts";
 * import assert from "node:assert/strict";
 * const strata = Int32Array.from({ length: 1000 }, (_, i) => (i < 800 ? 0 : 1));
 * const s = stratifiedSample(strata, 100, 7);
 * assert.deepEqual(s.sampleCounts, [80, 20]);
 * assert.equal(s.indices.length, 100);
 * ```
 */
export function stratifiedSample(strata: ArrayLike<number>, size: number, seed: number): StratifiedSample {
  const n = strata.length;
  if (!Number.isInteger(size) || size < 0 || size > n) {
    throw new RangeError(
      `Cannot draw ${size} of ${n} rows: the sample size must be a whole number from 0 to ${n}`,
    );
  }
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    const h = strata[i]!;
    if (!Number.isInteger(h) || h < 0) {
      throw new RangeError(
        `Cannot draw a stratified sample: row ${i} has stratum ${h}; use whole numbers >= 0`,
      );
    }
    (members[h] ??= []).push(i);
  }
  const populationCounts = Array.from(members, (m) => m?.length ?? 0);
  const sampleCounts = allocate(populationCounts, size);
  const drawn: number[] = [];
  populationCounts.forEach((_, h) => {
    const pool = members[h] ?? [], take = sampleCounts[h]!;
    const random = makeRandom(childSeed(seed, h));
    // Partial Fisher-Yates: the first `take` places end up a uniform sample without replacement.
    for (let i = 0; i < take; i++) {
      const j = i + random.int(pool.length - i);
      const t = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = t;
      drawn.push(pool[i]!);
    }
  });
  return { indices: Uint32Array.from(drawn).sort(), populationCounts, sampleCounts };
}

/** Proportional allocation of `size` over the counts, by largest remainders (Hamilton). */
function allocate(counts: readonly number[], size: number): number[] {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * size) / n);
  const out = exact.map(Math.floor);
  let left = size - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, h) => [e - Math.floor(e), h] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, h] of order) {
    if (left === 0) break;
    if (out[h]! < counts[h]!) {
      out[h] = out[h]! + 1;
      left--;
    }
  }
  return out;
}
