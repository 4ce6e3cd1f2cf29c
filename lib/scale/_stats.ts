/**
 * Private column statistics shared by the scaling steps, written to agree with numpy/pandas.
 *
 * @module
 */
import type { Matrix } from "../types.ts";

/** The values of column `t`, as a new array. */
export function column(x: Matrix, t: number): Float64Array {
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) out[i] = x.data[i * x.cols + t]!;
  return out;
}

/** pandas' `Series.skew()` (adjusted Fisher-Pearson, nanops.nanskew): NaN below 3 values, 0 when constant. */
export function pandasSkew(v: Float64Array): number {
  const n = v.length;
  if (n < 3) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i]!;
  const mean = s / n;
  let m2 = 0, m3 = 0;
  for (let i = 0; i < n; i++) {
    const a = v[i]! - mean;
    const a2 = a * a;
    m2 += a2;
    m3 += a2 * a;
  }
  if (Math.abs(m2) < 1e-14) m2 = 0;
  if (Math.abs(m3) < 1e-14) m3 = 0;
  if (m2 === 0) return 0;
  return ((n * (n - 1) ** 0.5) / (n - 2)) * (m3 / m2 ** 1.5);
}

/** numpy's linear-interpolation percentile (`np.percentile(v, q)`, method "linear") of already sorted values. */
export function percentileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const index = (n - 1) * (q / 100);
  const lo = Math.floor(index), hi = Math.min(lo + 1, n - 1);
  const t = index - lo;
  const a = sorted[lo]!, b = sorted[hi]!;
  const diff = b - a;
  // numpy's _lerp: from the nearer end
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** numpy's median of already sorted values. */
export function medianSorted(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
