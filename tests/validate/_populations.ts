/**
 * Single populations and planted groups for the structure tests: what the verdict must call
 * clustered and what it must not.
 */
import type { Matrix } from "../../lib/base/types.ts";
import { makeRandom, type Random } from "../../lib/base/random.ts";
import { generateBlobs } from "../../lib/generate/blobs.ts";
import { generateUniform } from "../../lib/generate/uniform.ts";
import { standardize } from "../../lib/scale/standardize.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

function matrix(n: number, columns: string[], f: (i: number, t: number) => number): Matrix {
  const d = columns.length, data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) data[i * d + t] = f(i, t);
  return { data, rows: n, cols: d, columns };
}

/** Gamma(shape, 1) by Marsaglia & Tsang. */
function gamma(rng: Random, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * rng.next() ** (1 / shape);
  const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v ** 3;
    if (Math.log(rng.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function poisson(rng: Random, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0, p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > limit);
  return k - 1;
}

/**
 * RFM of one continuous population, observed as integers: each customer's purchase rate is
 * Gamma-distributed (one population, no groups); frequency = 1 + Poisson(rate), recency whole days
 * (shorter for faster buyers), monetary = frequency x a log-normal basket rounded to cents. As the
 * RFM run prepares them: log1p, then standardised.
 */
export function integerRfm(n: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const rate = 2 * gamma(rng, 0.8);
    const frequency = 1 + poisson(rng, rate);
    const recency = Math.round(365 * rng.next() ** (1 + rate / 2));
    const monetary = Math.round(frequency * Math.exp(3 + 0.8 * rng.normal()) * 100) / 100;
    rows.push([recency, frequency, monetary].map(Math.log1p));
  }
  return standardize(matrixFromRows(rows, ["recency", "frequency", "monetary"])).matrix;
}

/** One standard Gaussian blob, standardised. */
export function gaussianBlob(n: number, d: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  return standardize(matrix(n, Array.from({ length: d }, (_, t) => `g${t}`), () => rng.normal())).matrix;
}

/** One log-normal blob (exp of a Gaussian, skewed), standardised as is (no log). */
export function logNormalBlob(n: number, d: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  return standardize(matrix(n, Array.from({ length: d }, (_, t) => `l${t}`), () => Math.exp(rng.normal())))
    .matrix;
}

/** A uniform box, standardised. */
export function uniformBox(n: number, d: number, seed: number): Matrix {
  return standardize(generateUniform({ n, d, seed })).matrix;
}

/** Planted, separated Gaussian blobs (sd 1, centres in [-10, 10]^d), standardised. */
export function separatedBlobs(n: number, d: number, centers: number, seed: number): Matrix {
  return standardize(generateBlobs({ n, d, centers, spread: 1, seed })).matrix;
}

/** Two unit Gaussians `gap` sd apart along the first axis, standardised. */
export function twoBlobs(n: number, d: number, gap: number, seed: number): Matrix {
  const centres = matrix(2, Array.from({ length: d }, (_, t) => `x${t}`), (i, t) => (t === 0 ? i * gap : 0));
  return standardize(generateBlobs({ n, d, centers: centres, spread: 1, seed })).matrix;
}
