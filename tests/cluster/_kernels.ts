/** Test helpers for the k-means kernels (private to tests/cluster). */
import { sqDist } from "../../lib/cluster/_workspace.ts";

/** The first assignment a scan of the first `k` centres of `c` gives: label (first on ties), nearest and second squared distance per row. */
export function scanFirst(data: Float64Array, n: number, d: number, c: Float64Array, k: number) {
  const labels: number[] = [], best: number[] = [], second: number[] = [];
  for (let i = 0; i < n; i++) {
    let b = Infinity, s2 = Infinity, label = 0;
    for (let j = 0; j < k; j++) {
      const s = sqDist(data, i * d, c, j * d, d);
      if (s < b) {
        s2 = b;
        b = s;
        label = j;
      } else if (s < s2) s2 = s;
    }
    labels.push(label);
    best.push(b);
    second.push(s2);
  }
  return { labels, best, second };
}

/** A 32-bit hash of integers in order. */
export function hash(a: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < a.length; i++) h = (Math.imul(h, 31) + a[i]!) | 0;
  return h;
}

/** A 32-bit hash of a Float64Array's bits. */
export function bitsHash(f: Float64Array): number {
  return hash(new Int32Array(f.buffer, f.byteOffset, f.length * 2));
}
