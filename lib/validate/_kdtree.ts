/**
 * Private k-d tree for nearest-neighbour queries on a {@linkcode Matrix} (Hopkins statistic).
 * Built once in O(n log n); a query visits O(log n) leaves on low-dimensional data.
 *
 * @module
 */
import type { Matrix } from "../types.ts";

const LEAF = 16;

/** A k-d tree over the rows of a matrix. */
export interface KdTree {
  /**
   * Squared Euclidean distance from `point` (offset `at` in `source`) to the nearest row,
   * skipping row `exclude` (pass -1 to skip none).
   */
  nearest(source: Float64Array, at: number, exclude: number): number;
}

/** Build a k-d tree over the rows of `x` (splits on the widest dimension at the median). */
export function buildKdTree(x: Matrix): KdTree {
  const n = x.rows, d = x.cols, data = x.data;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  // node arrays, grown as needed
  const cap = Math.max(1, 2 * Math.ceil(n / LEAF) + 1) * 2;
  const lo = new Int32Array(cap), hi = new Int32Array(cap), dim = new Int32Array(cap);
  const left = new Int32Array(cap), right = new Int32Array(cap);
  const split = new Float64Array(cap);
  let count = 0;

  function build(a: number, b: number): number {
    const node = count++;
    lo[node] = a;
    hi[node] = b;
    left[node] = -1;
    right[node] = -1;
    if (b - a <= LEAF) return node;
    let best = 0, spread = -1;
    for (let t = 0; t < d; t++) {
      let mn = Infinity, mx = -Infinity;
      for (let p = a; p < b; p++) {
        const v = data[perm[p]! * d + t]!;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      if (mx - mn > spread) {
        spread = mx - mn;
        best = t;
      }
    }
    if (spread <= 0) return node; // all rows identical: keep as a leaf
    const mid = (a + b) >> 1;
    select(a, b - 1, mid, best);
    dim[node] = best;
    split[node] = data[perm[mid]! * d + best]!;
    left[node] = build(a, mid);
    right[node] = build(mid, b);
    return node;
  }

  // quickselect on perm[a..b] (inclusive) by coordinate t so that perm[k] has rank k
  function select(a: number, b: number, k: number, t: number): void {
    while (b > a) {
      const pivot = data[perm[(a + b) >> 1]! * d + t]!;
      let i = a, j = b;
      while (i <= j) {
        while (data[perm[i]! * d + t]! < pivot) i++;
        while (data[perm[j]! * d + t]! > pivot) j--;
        if (i <= j) {
          const tmp = perm[i]!;
          perm[i] = perm[j]!;
          perm[j] = tmp;
          i++;
          j--;
        }
      }
      if (k <= j) b = j;
      else if (k >= i) a = i;
      else return;
    }
  }

  if (n > 0) build(0, n);

  return {
    nearest(source: Float64Array, at: number, exclude: number): number {
      let best = Infinity;
      function visit(node: number): void {
        if (left[node] === -1) {
          for (let p = lo[node]!; p < hi[node]!; p++) {
            const r = perm[p]!;
            if (r === exclude) continue;
            let q = 0;
            const o = r * d;
            for (let t = 0; t < d && q < best; t++) {
              const u = data[o + t]! - source[at + t]!;
              q += u * u;
            }
            if (q < best) best = q;
          }
          return;
        }
        const diff = source[at + dim[node]!]! - split[node]!;
        const near = diff < 0 ? left[node]! : right[node]!;
        const far = diff < 0 ? right[node]! : left[node]!;
        visit(near);
        if (diff * diff < best) visit(far);
      }
      if (n > 0) visit(0);
      return best;
    },
  };
}
