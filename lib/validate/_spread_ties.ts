/**
 * Spread tied values over the data's resolution, so that statistics built on distances or on
 * 2-means see the continuous population that rounding or counting made discrete.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { makeRandom } from "../base/random.ts";

/** The matrix with ties spread, and the columns that had ties. */
export interface SpreadTies {
  readonly matrix: Matrix;
  /** Columns in which at least one value was shared by several rows. */
  readonly tiedColumns: readonly string[];
  /** Share of all cells that held a tied value (0..1). */
  readonly tiedShare: number;
}

/**
 * Uniform dequantisation per column: each value shared by two or more rows is replaced, row by row,
 * by a uniform draw over its cell, the interval from halfway to the next lower distinct value to
 * halfway to the next higher one (at either end, the one neighbour's half gap on both sides).
 * Values held by one row stay as they are, so a continuous column is left alone; a column of
 * counts becomes a step density with the counts' frequencies. A column with one value stays
 * constant. Seeded; the input is not changed.
 */
export function spreadTies(x: Matrix, seed: number): SpreadTies {
  const { rows: n, cols: d } = x;
  const data = new Float64Array(x.data);
  const rng = makeRandom(seed);
  const tiedColumns: string[] = [];
  let tiedCells = 0;
  const column = new Float64Array(n);
  for (let t = 0; t < d; t++) {
    for (let i = 0; i < n; i++) column[i] = x.data[i * d + t]!;
    const sorted = Float64Array.from(column).sort();
    const distinct: number[] = [], count: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) count[count.length - 1]!++;
      else {
        distinct.push(sorted[i]!);
        count.push(1);
      }
    }
    if (distinct.length === n || distinct.length < 2) continue;
    tiedColumns.push(x.columns[t]!);
    const index = new Map(distinct.map((v, j) => [v, j]));
    const m = distinct.length;
    for (let i = 0; i < n; i++) {
      const j = index.get(column[i]!)!;
      if (count[j]! < 2) continue;
      tiedCells++;
      const v = distinct[j]!;
      const below = j > 0 ? (v - distinct[j - 1]!) / 2 : (distinct[j + 1]! - v) / 2;
      const above = j < m - 1 ? (distinct[j + 1]! - v) / 2 : below;
      data[i * d + t] = v - below + rng.next() * (below + above);
    }
  }
  return { matrix: { ...x, data }, tiedColumns, tiedShare: n * d === 0 ? 0 : tiedCells / (n * d) };
}
