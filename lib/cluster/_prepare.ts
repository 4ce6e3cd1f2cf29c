/**
 * Private: everything k-means needs to know about the rows before the first start, in as few
 * passes as possible: the finiteness check, the mean column variance (scikit-learn's `tol`
 * scale) and, for large inputs, a copy of the rows in spatial order.
 *
 * These passes run once per call, so in a fresh process they run before V8 has optimised
 * anything: that is why they are fused into three passes rather than six separate loops. The sums
 * are taken in the same order as the plain two-pass formulas, so the results are the same to the
 * bit.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";

/** The rows as the fits see them. */
export interface Prepared {
  /** The rows, in spatial order when `order` is set (else the caller's array). */
  readonly data: Float64Array;
  /** `order[t]` = the caller's index of row `t` of `data`; `null` when the rows are not reordered. */
  readonly order: Int32Array | null;
  /** Mean over columns of each column's population variance. */
  readonly meanVariance: number;
}

/**
 * Rows from which the fits run on a copy of the data in spatial order (rows of the same small
 * cell next to each other): neighbouring rows then mostly share their nearest centre and their
 * bound tests, so the branches of the assignment are predictable, which makes each iteration
 * faster on large inputs. Labels are mapped back to the caller's row order; the start draws, sums
 * and so the exact result depend on this order, which is itself a pure function of the data.
 */
export const SPATIAL_ORDER_MIN_ROWS = 20_000;

/**
 * Check that every value of `x` is finite, measure its spread, and order its rows by cell of a
 * coarse grid (2^18 cells) over the (up to) three columns of largest range when it has
 * {@linkcode SPATIAL_ORDER_MIN_ROWS} rows or more (rows of a cell in index order: a counting sort).
 *
 * @param shared Put a reordered copy in a `SharedArrayBuffer` (for worker threads).
 * @throws {RangeError} Naming the row and column of the first non-finite value.
 */
export function prepareRows(x: Matrix, action: string, shared = false): Prepared {
  const n = x.rows, d = x.cols, src = x.data;
  const sum = new Float64Array(d), min = new Float64Array(d), max = new Float64Array(d);
  const bad = scanColumns(src, n, d, sum, min, max);
  if (bad >= 0) {
    const v = src[bad]!, row = Math.floor(bad / d), col = x.columns[bad % d];
    throw new RangeError(
      `Cannot ${action}: row ${row}, column "${col}" is ${v}; impute or drop non-finite values first`,
    );
  }
  if (n === 0 || d === 0) return { data: src, order: null, meanVariance: 0 };
  for (let j = 0; j < d; j++) sum[j]! /= n;
  const mean = sum, sq = new Float64Array(d);
  if (n < SPATIAL_ORDER_MIN_ROWS) {
    squaredDeviations(src, n, d, mean, sq);
    return { data: src, order: null, meanVariance: averageVariance(sq, n, d) };
  }
  const cols = Array.from({ length: d }, (_, j) => j)
    .sort((a, b) => (max[b]! - min[b]!) - (max[a]! - min[a]!) || a - b)
    .slice(0, 3);
  const nc = cols.length;
  const bins = nc === 1 ? 1 << 18 : nc === 2 ? 1 << 9 : 1 << 6;
  // Per column of the key: its offset in a row, minimum and range.
  const off = new Int32Array(3), lo = new Float64Array(3), width = new Float64Array(3);
  for (let t = 0; t < nc; t++) {
    const j = cols[t]!;
    off[t] = j;
    lo[t] = min[j]!;
    width[t] = max[j]! - min[j]!;
  }
  const key = new Int32Array(n);
  const counts = new Int32Array(bins ** nc + 1);
  deviationsAndCells(src, n, d, mean, sq, nc, off, lo, width, bins, key, counts);
  for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
  const order = new Int32Array(n);
  const data = shared ? new Float64Array(new SharedArrayBuffer(n * d * 8)) : new Float64Array(n * d);
  scatterRows(src, n, d, key, counts, order, data);
  return { data, order, meanVariance: averageVariance(sq, n, d) };
}

// Each loop is its own function, so that V8 optimises it whole (see `_kmeans_plusplus.ts`).

/** Column sums, minima and maxima in row order; the index of the first non-finite value, or -1. */
function scanColumns(
  data: Float64Array,
  n: number,
  d: number,
  sum: Float64Array,
  min: Float64Array,
  max: Float64Array,
): number {
  min.fill(Infinity);
  max.fill(-Infinity);
  for (let i = 0, o = 0; i < n; i++, o += d) {
    for (let j = 0; j < d; j++) {
      const v = data[o + j]!;
      if (v - v !== 0) return o + j;
      sum[j]! += v;
      if (v < min[j]!) min[j] = v;
      if (v > max[j]!) max[j] = v;
    }
  }
  return -1;
}

function squaredDeviations(
  data: Float64Array,
  n: number,
  d: number,
  mean: Float64Array,
  sq: Float64Array,
): void {
  for (let i = 0, o = 0; i < n; i++, o += d) {
    for (let j = 0; j < d; j++) {
      const t = data[o + j]! - mean[j]!;
      sq[j]! += t * t;
    }
  }
}

/** Squared deviations (as above) and each row's cell key, with the rows per cell in `counts[key + 1]`. */
function deviationsAndCells(
  data: Float64Array,
  n: number,
  d: number,
  mean: Float64Array,
  sq: Float64Array,
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
    for (let j = 0; j < d; j++) {
      const t = data[o + j]! - mean[j]!;
      sq[j]! += t * t;
    }
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

/** Counting sort by key (cell starts in `counts`): the order and the reordered rows. */
function scatterRows(
  src: Float64Array,
  n: number,
  d: number,
  key: Int32Array,
  counts: Int32Array,
  order: Int32Array,
  out: Float64Array,
): void {
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const t = counts[key[i]!]!++;
    order[t] = i;
    const to = t * d;
    for (let j = 0; j < d; j++) out[to + j] = src[o + j]!;
  }
}

function averageVariance(sq: Float64Array, n: number, d: number): number {
  let total = 0;
  for (let j = 0; j < d; j++) total += sq[j]! / n;
  return total / d;
}
