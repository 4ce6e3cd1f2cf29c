/**
 * Private column statistics shared by the scaling steps, written to agree with numpy/pandas.
 *
 * @module
 */
import type { Matrix } from "./types.ts";

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
  return skewFromMoments(n, m2, m3);
}

/**
 * pandas 1.5 `nanskew` from the count and the sums of centred squares and cubes: NaN below 3
 * values, 0 when constant (sums below 1e-14 count as 0, as pandas does).
 */
export function skewFromMoments(n: number, m2: number, m3: number): number {
  if (n < 3) return Number.NaN;
  const z2 = Math.abs(m2) < 1e-14 ? 0 : m2, z3 = Math.abs(m3) < 1e-14 ? 0 : m3;
  if (z2 === 0) return 0;
  return ((n * (n - 1) ** 0.5) / (n - 2)) * (z3 / z2 ** 1.5);
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
