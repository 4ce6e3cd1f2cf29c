/**
 * Hopkins statistic: is there cluster structure at all?
 *
 * @module
 */
import type { Matrix, Warning } from "../base/types.ts";
import { childSeed, makeRandom } from "../base/random.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { buildKdTree, kthNearest, makeStack } from "../base/kdtree.ts";
import { spreadTies } from "./_spread_ties.ts";

/** Options for {@linkcode hopkins}. */
export interface HopkinsOptions {
  /** Rows sampled (and uniform points drawn) per repeat. @default {min(1000, max(1, floor(rows / 10)))} */
  sampleSize?: number;
  /** Seed of every random draw. @default {0} */
  seed?: number;
  /** Independent repeats averaged (repeat `r` draws from `childSeed(seed, r)`). @default {10} */
  repeats?: number;
  /**
   * What to do with values shared by several rows (counts, rounded or zero amounts). `"spread"`:
   * each tied value is replaced by a uniform draw over its cell, halfway to the neighbouring
   * distinct values of its column (the data's resolution there), so the statistic sees the
   * continuous population that counting or rounding made discrete. `"keep"`: as given; then
   * every row with a twin has a nearest-neighbour distance of 0, and many ties drive the
   * statistic to 1 whatever the shape of the data. @default {"spread"}
   */
  ties?: "spread" | "keep";
}

/** What the Hopkins statistic says about the data. */
export type HopkinsVerdict = "clustered" | "no clear structure" | "regular";

/** The result of {@linkcode hopkins}. */
export interface HopkinsResult {
  /** Mean over repeats of H = Σu^d / (Σu^d + Σw^d): about 0.5 for uniform data, near 1 for clustered data. */
  readonly statistic: number;
  /** The value of each repeat. */
  readonly values: readonly number[];
  /** `clustered` if statistic >= 0.75, `regular` if < 0.3, otherwise `no clear structure`. */
  readonly verdict: HopkinsVerdict;
  /** Rows sampled per repeat. */
  readonly sampleSize: number;
  /** Repeats run. */
  readonly repeats: number;
  /** Seed used. */
  readonly seed: number;
  /** The exponent applied to distances (the number of columns). */
  readonly exponent: number;
  /** Columns whose tied values were spread over their cells (empty with `ties: "keep"`). */
  readonly tiedColumns: readonly string[];
  /**
   * Weak results as typed facts: constant columns (`hopkins-constant-columns`) and a small
   * sample (`hopkins-small-sample`); `lib/text/` says them in words.
   */
  readonly warnings: readonly Warning[];
}

/** At or above this, the data is called clustered. */
export const HOPKINS_CLUSTERED = 0.75;
/** Below this, the data is called regular (more evenly spread than random). */
export const HOPKINS_REGULAR = 0.3;

/**
 * The Hopkins statistic of the rows of `x`: compares distances from `m` uniform random points
 * in the data's bounding box to their nearest row (`u`) with distances from `m` sampled rows to
 * their nearest other row (`w`), as H = Σu^d / (Σu^d + Σw^d) with `d` the number of columns
 * (the d-th power form of Cross & Jain 1982, recommended by Wright 2022, "Will the real Hopkins
 * statistic please stand up?": under uniform data H follows Beta(m, m), centred on 0.5).
 * H near 1: clustered; about 0.5: no clear structure; near 0: regular. The value is the mean of
 * `repeats` independent draws. Nearest rows are found with a k-d tree (O(m log n) per repeat).
 * Tied values are first spread over their cells (`ties`), so ties cannot drive H to 1.
 *
 * H only measures departure from uniform: a single skewed or correlated blob in its bounding box
 * scores near 1 as well as separate groups do. Read a high H as "concentrated, not uniform" and
 * test for separate groups with `sigclust`; a low H (about 0.5) does rule groups out.
 *
 * Scale the columns first (e.g. {@linkcode standardize}): the statistic uses Euclidean distance.
 *
 * @param x The data, one row per observation (at least 2 rows).
 * @param options See {@linkcode HopkinsOptions}.
 * @returns The statistic, a verdict with thresholds {@linkcode HOPKINS_CLUSTERED} and {@linkcode HOPKINS_REGULAR}, and typed warnings (`hopkinsText` in `lib/text/validate.ts` says the verdict in words).
 * @throws {RangeError} If `x` has fewer than 2 rows or non-finite values, or `sampleSize` is not an integer from 1 to rows - 1, or `repeats` is not a positive integer.
 *
 * @example Two tight blobs are clustered
 * ```ts
 * import { hopkins } from "./hopkins.ts";
 * import { makeRandom } from "../base/random.ts";
 * import assert from "node:assert/strict";
 * const rng = makeRandom(1);
 * const rows = 200, data = new Float64Array(rows * 2);
 * for (let i = 0; i < data.length; i++) data[i] = (i % 4 < 2 ? 0 : 10) + 0.1 * rng.normal();
 * const h = hopkins({ data, rows, cols: 2, columns: ["a", "b"] }, { seed: 0 });
 * assert.equal(h.verdict, "clustered");
 * assert.ok(h.statistic > 0.9);
 * ```
 */
export function hopkins(x: Matrix, options: HopkinsOptions = {}): HopkinsResult {
  const n = x.rows, d = x.cols;
  const {
    sampleSize = Math.min(1000, Math.max(1, Math.floor(n / 10))),
    seed = 0,
    repeats = 10,
    ties = "spread",
  } = options;
  const action = "compute the Hopkins statistic";
  checkMatrix(x, action);
  if (n < 2 || d < 1) {
    throw new RangeError(
      `Cannot ${action} of ${n} rows and ${d} columns: it needs at least 2 rows and 1 column`,
    );
  }
  if (!Number.isInteger(sampleSize) || sampleSize < 1 || sampleSize > n - 1) {
    throw new RangeError(
      `Cannot ${action} with sampleSize = ${sampleSize}: use an integer from 1 to ${n - 1} (rows - 1)`,
    );
  }
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new RangeError(`Cannot ${action} with repeats = ${repeats}: use a positive integer`);
  }
  const warnings: Warning[] = [];
  const spread = ties === "spread" ? spreadTies(x, childSeed(seed, 7919)) : null;
  if (spread) x = spread.matrix;
  const min = new Float64Array(d).fill(Infinity), max = new Float64Array(d).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) {
      const v = x.data[i * d + t]!;
      if (v < min[t]!) min[t] = v;
      if (v > max[t]!) max[t] = v;
    }
  }
  const constant = x.columns.filter((_, t) => max[t] === min[t]);
  if (constant.length > 0) {
    warnings.push({ code: "hopkins-constant-columns", columns: constant });
  }
  if (sampleSize < 10) {
    warnings.push({ code: "hopkins-small-sample", sampleSize });
  }
  // The same k-d tree DBSCAN and kDistances use: the nearest other row is the 2nd nearest (the row
  // itself is the 1st), the nearest row to a random point is the 1st.
  const tree = buildKdTree(x.data, n, d);
  const stack = makeStack(tree), bound = new Float64Array(stack.length), heap = new Float64Array(2);
  const nearest = (q: Float64Array, at: number, k: number) => kthNearest(tree, q, at, k, stack, heap, bound);
  const point = new Float64Array(d);
  const half = d / 2; // distances are squared: (q)^(d/2) = distance^d
  const values: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const rng = makeRandom(repeats === 1 ? seed : childSeed(seed, r));
    // m distinct rows by partial Fisher-Yates over a lazily filled permutation
    const swapped = new Map<number, number>();
    let sumU = 0, sumW = 0;
    for (let s = 0; s < sampleSize; s++) {
      const j = s + rng.int(n - s);
      const row = swapped.get(j) ?? j;
      swapped.set(j, swapped.get(s) ?? s);
      sumW += nearest(x.data, row * d, 2) ** half;
      for (let t = 0; t < d; t++) point[t] = min[t]! + rng.next() * (max[t]! - min[t]!);
      sumU += nearest(point, 0, 1) ** half;
    }
    values.push(sumU + sumW === 0 ? 0.5 : sumU / (sumU + sumW));
  }
  const statistic = values.reduce((s, v) => s + v, 0) / repeats;
  const verdict: HopkinsVerdict = statistic >= HOPKINS_CLUSTERED
    ? "clustered"
    : statistic < HOPKINS_REGULAR
    ? "regular"
    : "no clear structure";
  const tiedColumns = spread?.tiedColumns ?? [];
  return { statistic, values, verdict, sampleSize, repeats, seed, exponent: d, tiedColumns, warnings };
}
