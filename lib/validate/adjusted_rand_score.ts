/**
 * Adjusted Rand index between two labelings.
 *
 * @module
 */
import { encodeLabels } from "./_check.ts";

/**
 * The adjusted Rand index of two labelings of the same rows: 1 for the same partition (up to
 * relabelling), about 0 for independent ones, negative when worse than chance. Symmetric.
 * Equal to scikit-learn's `adjusted_rand_score`, including its special cases: 1 when no pair
 * of rows is split by one labeling and joined by the other (both a single cluster, both all
 * singletons, or no rows). Pair counts are exact (BigInt products), as in scikit-learn.
 *
 * Reference: Hubert & Arabie (1985), "Comparing partitions".
 *
 * @param a One label per row (e.g. k-means).
 * @param b One label per row (e.g. DBSCAN, a resample's clustering).
 * @returns The index, at most 1.
 * @throws {TypeError} If `a` or `b` is not an Int32Array, or their lengths differ.
 *
 * @example Relabelled partitions agree
 * ```ts
 * import { adjustedRandScore } from "./adjusted_rand_score.ts";
 * import assert from "node:assert/strict";
 * assert.equal(adjustedRandScore(Int32Array.from([0, 0, 1, 1]), Int32Array.from([1, 1, 0, 0])), 1);
 * assert.equal(adjustedRandScore(Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 0, 1])), -0.5);
 * ```
 */
export function adjustedRandScore(a: Int32Array, b: Int32Array): number {
  if (!(a instanceof Int32Array) || !(b instanceof Int32Array)) {
    throw new TypeError(
      "Cannot compute the adjusted Rand index: labels must be Int32Arrays; wrap them with Int32Array.from(labels)",
    );
  }
  if (a.length !== b.length) {
    throw new TypeError(
      `Cannot compute the adjusted Rand index: the labelings have ${a.length} and ${b.length} labels; give one label per row in both`,
    );
  }
  const n = a.length;
  const ea = encodeLabels(a), eb = encodeLabels(b);
  const ka = ea.counts.length, kb = eb.counts.length;
  // contingency cells: a dense table when small, else a map keyed by cell number
  const cells: Iterable<number> = (() => {
    if (ka * kb <= 4 * n + 1024) {
      const table = new Int32Array(ka * kb);
      for (let i = 0; i < n; i++) table[ea.codes[i]! * kb + eb.codes[i]!]!++;
      return table;
    }
    const map = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const key = ea.codes[i]! * kb + eb.codes[i]!;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    return map.values();
  })();
  // scikit-learn's pair_confusion_matrix (ordered pairs), in exact integers
  let sumSquares = 0n, sumRows = 0n, sumCols = 0n;
  for (const v of cells) sumSquares += BigInt(v) * BigInt(v);
  for (const v of ea.counts) sumRows += BigInt(v) * BigInt(v);
  for (const v of eb.counts) sumCols += BigInt(v) * BigInt(v);
  const nn = BigInt(n);
  const tp = sumSquares - nn;
  const fp = sumCols - sumSquares; // joined by b, split by a
  const fn = sumRows - sumSquares; // joined by a, split by b
  const tn = nn * nn - fp - fn - sumSquares;
  if (fn === 0n && fp === 0n) return 1;
  const num = 2n * (tp * tn - fn * fp);
  const den = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
  return Number(num) / Number(den);
}
