/**
 * Private helpers of the gap statistic (Tibshirani, Walther & Hastie 2001): reference data
 * drawn uniformly over the data's bounding box, or over the box of its principal axes.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import type { Random } from "../base/random.ts";

/** How to draw one reference set: `draw(rng)` gives `m` rows in the data's space. */
export interface ReferenceSampler {
  readonly m: number;
  draw(rng: Random): Matrix;
}

/**
 * A sampler of `m` uniform rows over the bounding box of `x` (`"box"`), or over the box of `x`
 * in its principal axes, rotated back (`"pca"`, Tibshirani et al.'s second choice: follows the
 * shape of elongated data).
 */
export function makeReferenceSampler(x: Matrix, m: number, kind: "box" | "pca"): ReferenceSampler {
  const n = x.rows, d = x.cols, data = x.data;
  const mean = new Float64Array(d);
  let axes: Float64Array | null = null; // d x d, row j = j-th axis
  if (kind === "pca") {
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += data[i * d + j]!;
    for (let j = 0; j < d; j++) mean[j]! /= n;
    const cov = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < d; a++) {
        const va = data[i * d + a]! - mean[a]!;
        for (let b = a; b < d; b++) cov[a * d + b]! += va * (data[i * d + b]! - mean[b]!);
      }
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a]!;
    axes = jacobiEigenvectors(cov, d);
  }
  // Box in the (possibly rotated) coordinates.
  const lo = new Float64Array(d).fill(Infinity), hi = new Float64Array(d).fill(-Infinity);
  const t = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    project(data, i * d, mean, axes, d, t);
    for (let j = 0; j < d; j++) {
      if (t[j]! < lo[j]!) lo[j] = t[j]!;
      if (t[j]! > hi[j]!) hi[j] = t[j]!;
    }
  }
  return {
    m,
    draw(rng: Random): Matrix {
      const out = new Float64Array(m * d);
      const z = new Float64Array(d);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < d; j++) z[j] = lo[j]! + rng.next() * (hi[j]! - lo[j]!);
        if (axes === null) out.set(z, i * d);
        else {
          for (let c = 0; c < d; c++) {
            let s = mean[c]!;
            for (let j = 0; j < d; j++) s += z[j]! * axes[j * d + c]!;
            out[i * d + c] = s;
          }
        }
      }
      return { data: out, rows: m, cols: d, columns: x.columns };
    },
  };
}

function project(
  data: Float64Array,
  o: number,
  mean: Float64Array,
  axes: Float64Array | null,
  d: number,
  out: Float64Array,
): void {
  if (axes === null) {
    for (let j = 0; j < d; j++) out[j] = data[o + j]!;
    return;
  }
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let c = 0; c < d; c++) s += (data[o + c]! - mean[c]!) * axes[j * d + c]!;
    out[j] = s;
  }
}

/** Eigenvectors of a symmetric d x d matrix by cyclic Jacobi rotations; row j of the result is one unit vector. */
function jacobiEigenvectors(sym: Float64Array, d: number): Float64Array {
  const a = Float64Array.from(sym);
  const v = new Float64Array(d * d);
  for (let j = 0; j < d; j++) v[j * d + j] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * d + q]! - a[p * d + p]!) / (2 * apq);
        const tt = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(tt * tt + 1), s = tt * c;
        for (let r = 0; r < d; r++) {
          const arp = a[r * d + p]!, arq = a[r * d + q]!;
          a[r * d + p] = c * arp - s * arq;
          a[r * d + q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p * d + r]!, aqr = a[q * d + r]!;
          a[p * d + r] = c * apr - s * aqr;
          a[q * d + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < d; r++) {
          const vrp = v[r * d + p]!, vrq = v[r * d + q]!;
          v[r * d + p] = c * vrp - s * vrq;
          v[r * d + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  // Columns of v are the eigenvectors: return them as rows.
  const out = new Float64Array(d * d);
  for (let j = 0; j < d; j++) for (let c = 0; c < d; c++) out[j * d + c] = v[c * d + j]!;
  return out;
}
