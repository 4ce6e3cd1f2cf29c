/**
 * Special functions for the customer-value models (private to lib/clv): the log-gamma function
 * and Gauss' hypergeometric function 2F1 on `[0, 1)`.
 *
 * @module
 */

const LANCZOS_G = 607 / 128;
// Godfrey's coefficients for g = 607/128, n = 15 (as in Boost and numerical libraries):
// relative error about 1e-15 over the positive reals.
const LANCZOS = [
  0.99999999999999709182,
  57.156235665862923517,
  -59.597960355475491248,
  14.136097974741747174,
  -0.49191381609762019978,
  0.33994649984811888699e-4,
  0.46523628927048575665e-4,
  -0.98374475304879564677e-4,
  0.15808870322491248884e-3,
  -0.21026444172410488319e-3,
  0.2174396181152126432e-3,
  -0.16431810653676389022e-3,
  0.84418223983852743293e-4,
  -0.2619083840158140867e-4,
  0.36899182659531622704e-5,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** `log(Gamma(x))` for `x > 0` (scipy's `gammaln`), Lanczos' approximation; `NaN` for `x <= 0`. */
export function lgamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
  const y = x - 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < 15; i++) s += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (y + 0.5) * Math.log(t) - t + Math.log(s);
}

const SCALE = 1e250;
const LOG_SCALE = Math.log(SCALE);

/** `log |2F1|` and the sign of 2F1, from {@linkcode log2F1Series} and {@linkcode log2F1}. */
export interface Log2F1 {
  /** `log |2F1(a, b; c; z)|`; `NaN` if the series did not converge. */
  readonly log: number;
  /** `1` or `-1` (2F1 is negative when, say, `c < 0 < a, b`). */
  readonly sign: number;
}

/**
 * `log |.|` and sign of the power series of 2F1(a, b; c; z) for `0 <= z < 1`, summed term by
 * term with the running sum rescaled so that it never overflows. The terms may change sign only
 * while `a + n`, `b + n` or `c + n` is negative (a finite number of terms), and the series stops
 * exactly when `a` or `b` is a non-positive integer.
 */
export function log2F1Series(a: number, b: number, c: number, z: number): Log2F1 {
  if (z === 0) return { log: 0, sign: 1 };
  let term = 1, sum = 1, logScale = 0;
  for (let n = 0; n < 5_000_000; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    if (ratio === 0) break; // a or b is the non-positive integer -n: the series ends here
    term *= ratio;
    sum += term;
    if (Math.abs(sum) > SCALE) {
      sum /= SCALE;
      term /= SCALE;
      logScale += LOG_SCALE;
    }
    const r = Math.max(Math.abs(ratio), z);
    // Past the largest term (ratio < 1) the rest is at most term * r / (1 - r).
    if (Math.abs(ratio) < 1 && Math.abs(term) * r / (1 - r) <= 1e-17 * Math.abs(sum)) break;
    if (n === 4_999_999) return { log: Number.NaN, sign: 1 };
  }
  return { log: Math.log(Math.abs(sum)) + logScale, sign: sum < 0 ? -1 : 1 };
}

/**
 * `log 2F1(a, b; c; z)` for `0 <= z < 1` and `c > 0`, as used by the BG/NBD predictions.
 *
 * When `c - a - b < 0` it sums Euler's transformation
 * `2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)` (lifetimes and BTYD switch to
 * it when the direct value overflows): for the BG/NBD, `a = r + x`, `b = beta + x`,
 * `c = alpha_d + beta + x - 1` grow with the frequency `x` while `c - a` and `c - b` do not, so the
 * transformed series needs a few terms where the direct one climbs a hump of about
 * `x z / (1 - z)` growing terms. Otherwise it sums the direct series.
 */
export function log2F1(a: number, b: number, c: number, z: number): Log2F1 {
  if (!(z >= 0 && z < 1)) return { log: Number.NaN, sign: 1 };
  const d = c - a - b;
  if (d < 0) {
    const t = log2F1Series(c - a, c - b, c, z);
    if (!Number.isNaN(t.log)) return { log: d * Math.log1p(-z) + t.log, sign: t.sign };
  }
  return log2F1Series(a, b, c, z);
}

/** 2F1(a, b; c; z) for `0 <= z < 1` (scipy's `hyp2f1` there); see {@linkcode log2F1}. */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const { log, sign } = log2F1(a, b, c, z);
  return sign * Math.exp(log);
}

/** `1 - 2F1(a, b; c; z) * exp(logFactor)`, without cancellation when the product is near 1. */
export function oneMinus2F1Times(a: number, b: number, c: number, z: number, logFactor: number): number {
  const { log, sign } = log2F1(a, b, c, z);
  const e = log + logFactor;
  return sign > 0 ? -Math.expm1(e) : 1 + Math.exp(e);
}
