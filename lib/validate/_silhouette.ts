/**
 * Private core of the silhouette: sums of Euclidean distances from rows to every cluster,
 * computed in tiles over a cluster-sorted copy of the data, so memory stays O(n·k) (never the
 * n × n distance matrix) and every pair is visited once.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";

/** Rows sorted by cluster code, with where each cluster starts. */
interface Sorted {
  /** Row-major coordinates in sorted order. */
  readonly xs: Float64Array;
  /** Original row of each sorted position. */
  readonly order: Int32Array;
  /** Cluster `c` occupies sorted positions `start[c] .. start[c + 1] - 1`. */
  readonly start: Int32Array;
}

function sortByCode(x: Matrix, codes: Int32Array, k: number): Sorted {
  const n = x.rows, d = x.cols;
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) start[codes[i]! + 1]!++;
  for (let c = 0; c < k; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, k);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[codes[i]!]!++] = i;
  const xs = new Float64Array(n * d);
  for (let p = 0; p < n; p++) xs.set(x.data.subarray(order[p]! * d, order[p]! * d + d), p * d);
  return { xs, order, start };
}

const TILE = 2048;

/**
 * For every row i and cluster c, the sum of distances from row i to the rows of cluster c
 * (row i itself contributes 0). Returns an n × k row-major array indexed by original row.
 */
export function distanceSumsAll(
  x: Matrix,
  codes: Int32Array,
  k: number,
  onProgress?: ProgressCallback,
  step = "silhouette",
): Float64Array {
  const n = x.rows, d = x.cols;
  const { xs, order, start } = sortByCode(x, codes, k);
  const sums = new Float64Array(n * k); // sorted order
  const col = new Float64Array(TILE);
  const total = (n * (n - 1)) / 2;
  let done = 0;
  for (let a = 0; a < k; a++) {
    const a0 = start[a]!, a1 = start[a + 1]!;
    for (let b = a; b < k; b++) {
      const b0 = start[b]!, b1 = start[b + 1]!;
      for (let t0 = b0; t0 < b1; t0 += TILE) {
        const t1 = Math.min(b1, t0 + TILE);
        col.fill(0);
        let pairs = 0;
        for (let i = a0; i < a1; i++) {
          const jFrom = a === b ? Math.max(t0, i + 1) : t0;
          if (jFrom >= t1) continue;
          const s = tileRow(xs, d, i * d, jFrom, t0, t1, col);
          sums[i * k + b]! += s;
          pairs += t1 - jFrom;
        }
        for (let j = t0; j < t1; j++) sums[j * k + a]! += col[j - t0]!;
        done += pairs;
        onProgress?.({ step, done, total });
      }
    }
  }
  const out = new Float64Array(n * k);
  for (let p = 0; p < n; p++) out.set(sums.subarray(p * k, p * k + k), order[p]! * k);
  return out;
}

/**
 * Distances from the row at offset `oi` to rows `jFrom..t1` of `xs`: their sum is returned and
 * each is added to `col[j - t0]`. A leaf function: V8 compiles it whole once, where the same
 * loop inside the tiling above was compiled on the fly and dropped at every exit (hundreds of
 * times per silhouette).
 */
function tileRow(
  xs: Float64Array,
  d: number,
  oi: number,
  jFrom: number,
  t0: number,
  t1: number,
  col: Float64Array,
): number {
  let s = 0;
  if (d === 3) {
    const x0 = xs[oi]!, x1 = xs[oi + 1]!, x2 = xs[oi + 2]!;
    for (let j = jFrom, oj = jFrom * 3; j < t1; j++, oj += 3) {
      const u = xs[oj]! - x0, v = xs[oj + 1]! - x1, w = xs[oj + 2]! - x2;
      const dist = Math.sqrt(u * u + v * v + w * w);
      s += dist;
      col[j - t0]! += dist;
    }
  } else if (d === 2) {
    const x0 = xs[oi]!, x1 = xs[oi + 1]!;
    for (let j = jFrom, oj = jFrom * 2; j < t1; j++, oj += 2) {
      const u = xs[oj]! - x0, v = xs[oj + 1]! - x1;
      const dist = Math.sqrt(u * u + v * v);
      s += dist;
      col[j - t0]! += dist;
    }
  } else {
    for (let j = jFrom, oj = jFrom * d; j < t1; j++, oj += d) {
      let q = 0;
      for (let t = 0; t < d; t++) {
        const u = xs[oj + t]! - xs[oi + t]!;
        q += u * u;
      }
      const dist = Math.sqrt(q);
      s += dist;
      col[j - t0]! += dist;
    }
  }
  return s;
}

/**
 * For each of the given rows, the sums of distances to every cluster over all n rows.
 * Returns a `rows.length` × k row-major array. Cost O(rows.length · n · d).
 */
export function distanceSumsFor(
  x: Matrix,
  codes: Int32Array,
  k: number,
  rows: Int32Array,
  onProgress?: ProgressCallback,
  step = "silhouette (sample)",
): Float64Array {
  const n = x.rows, d = x.cols, data = x.data;
  const out = new Float64Array(rows.length * k);
  for (let r = 0; r < rows.length; r++) {
    const oi = rows[r]! * d;
    sumsToAll(data, n, d, oi, codes, out.subarray(r * k, r * k + k));
    if ((r & 63) === 63 || r === rows.length - 1) onProgress?.({ step, done: r + 1, total: rows.length });
  }
  return out;
}

/** Distances from the row at offset `oi` to every row, added to `acc` by cluster (a leaf, as `tileRow`). */
function sumsToAll(
  data: Float64Array,
  n: number,
  d: number,
  oi: number,
  codes: Int32Array,
  acc: Float64Array,
): void {
  for (let j = 0, oj = 0; j < n; j++, oj += d) {
    let q = 0;
    for (let t = 0; t < d; t++) {
      const u = data[oj + t]! - data[oi + t]!;
      q += u * u;
    }
    acc[codes[j]!]! += Math.sqrt(q);
  }
}

/**
 * The silhouette of one row from its distance sums to each cluster (`sums[c]`), its own
 * cluster `own` and the cluster sizes, as scikit-learn computes it (0 for a cluster of one).
 */
export function silhouetteFromSums(
  sums: Float64Array,
  offset: number,
  own: number,
  counts: Int32Array,
): number {
  const k = counts.length;
  const nOwn = counts[own]!;
  if (nOwn <= 1) return 0;
  const a = sums[offset + own]! / (nOwn - 1);
  let b = Infinity;
  for (let c = 0; c < k; c++) {
    if (c === own) continue;
    const m = sums[offset + c]! / counts[c]!;
    if (m < b) b = m;
  }
  const s = (b - a) / Math.max(a, b);
  return Number.isNaN(s) ? 0 : s;
}

/** Columns of the tiles of {@linkcode distanceSumsMany} (its tile buffer holds Σk rows of this many). */
const MANY_TILE = 512;

/**
 * {@linkcode distanceSumsAll} for several clusterings of the same rows at once: each distance is
 * computed once and added to every clustering's sums. `codes[r]` are clustering `r`'s codes
 * (`0..ks[r]-1`). Returns one n × Σks row-major array: row i holds clustering 0's `ks[0]` sums,
 * then clustering 1's, and so on (`offsets[r]` is where clustering r's start).
 *
 * Pairs i < j are visited once, in tiles of {@linkcode MANY_TILE} columns: row i's sums take
 * `d(i, j)` at once (a small block that stays in cache), column j's go through a tile buffer
 * added to the sums when the tile is done. Memory O(n·Σk); time O(n²·(d + clusterings) / 2).
 */
export function distanceSumsMany(
  x: Matrix,
  codes: readonly Int32Array[],
  ks: readonly number[],
  onProgress?: ProgressCallback,
  step = "silhouette",
): { sums: Float64Array; offsets: Int32Array; width: number } {
  const n = x.rows, d = x.cols, m = codes.length;
  const offsets = new Int32Array(m);
  let width = 0;
  for (let r = 0; r < m; r++) {
    offsets[r] = width;
    width += ks[r]!;
  }
  // Per row, the column of each clustering's cluster in a row of sums: offset + code.
  const at = new Int32Array(n * m);
  for (let r = 0; r < m; r++) {
    const c = codes[r]!, off = offsets[r]!;
    for (let i = 0; i < n; i++) at[i * m + r] = off + c[i]!;
  }
  const sums = new Float64Array(n * width);
  const tile = new Float64Array(width * MANY_TILE);
  const dist = new Float64Array(MANY_TILE);
  const ownRows = new Int32Array(m);
  const total = (n * (n - 1)) / 2;
  let done = 0;
  for (let t0 = 0; t0 < n; t0 += MANY_TILE) {
    const t1 = Math.min(n, t0 + MANY_TILE);
    tile.fill(0);
    for (let i = 0; i + 1 < t1; i++) {
      const jFrom = Math.max(t0, i + 1);
      distancesFrom(x.data, d, i * d, jFrom, t1, dist, t0);
      addPairs(dist, jFrom - t0, t1 - t0, t0, at, m, i, sums, width, tile, ownRows);
      done += t1 - jFrom;
    }
    addTile(tile, t0, t1, width, sums);
    onProgress?.({ step, done, total });
  }
  return { sums, offsets, width };
}

/** Distances from the row at offset `oi` to rows `jFrom..t1-1`, into `out[j - t0]` (a leaf, as `tileRow`). */
function distancesFrom(
  xs: Float64Array,
  d: number,
  oi: number,
  jFrom: number,
  t1: number,
  out: Float64Array,
  t0: number,
): void {
  if (d === 3) {
    const x0 = xs[oi]!, x1 = xs[oi + 1]!, x2 = xs[oi + 2]!;
    for (let j = jFrom, oj = jFrom * 3; j < t1; j++, oj += 3) {
      const u = xs[oj]! - x0, v = xs[oj + 1]! - x1, w = xs[oj + 2]! - x2;
      out[j - t0] = Math.sqrt(u * u + v * v + w * w);
    }
    return;
  }
  for (let j = jFrom, oj = jFrom * d; j < t1; j++, oj += d) {
    let q = 0;
    for (let t = 0; t < d; t++) {
      const u = xs[oj + t]! - xs[oi + t]!;
      q += u * u;
    }
    out[j - t0] = Math.sqrt(q);
  }
}

/**
 * Adds `dist[p]` (the distance from row i to row t0 + p, p in `p0..p1-1`) to row i's sums at the
 * other row's cluster of every clustering, and to the tile's column sums at row i's cluster.
 */
function addPairs(
  dist: Float64Array,
  p0: number,
  p1: number,
  t0: number,
  at: Int32Array,
  m: number,
  i: number,
  sums: Float64Array,
  width: number,
  tile: Float64Array,
  ownRows: Int32Array,
): void {
  const rowBase = i * width, own = i * m;
  for (let r = 0; r < m; r++) ownRows[r] = at[own + r]! * MANY_TILE;
  for (let p = p0, a = (t0 + p0) * m; p < p1; p++, a += m) {
    const v = dist[p]!;
    for (let r = 0; r < m; r++) {
      sums[rowBase + at[a + r]!]! += v;
      tile[ownRows[r]! + p]! += v;
    }
  }
}

/** The tile's column sums into the sums of rows t0..t1-1. */
function addTile(tile: Float64Array, t0: number, t1: number, width: number, sums: Float64Array): void {
  for (let c = 0; c < width; c++) {
    const base = c * MANY_TILE;
    for (let j = t0; j < t1; j++) sums[j * width + c]! += tile[base + j - t0]!;
  }
}
