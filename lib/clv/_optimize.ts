/**
 * Minimisation and curvature for the customer-value fits (private to lib/clv).
 *
 * Why our own Nelder-Mead: the npm candidates do not fit a maximum-likelihood fit that must
 * report whether it converged. `fmin` (0.0.x) has a Nelder-Mead without restarts and without a
 * convergence flag; `optimization-js` is an unmaintained port whose minimisers start from random
 * points; `ml-levenberg-marquardt` solves least squares (curve fitting), not a general
 * likelihood. The likelihoods here have 3 or 4 parameters, are smooth in log space and cheap to
 * evaluate, which is the case Nelder-Mead with restarts handles well: each run stops when the
 * simplex is small in both the parameters and the objective (scipy's `xatol` and `fatol`), then a
 * fresh simplex is built around the best point, until a restart no longer improves the objective
 * (the usual remedy for Nelder-Mead stalling on a ridge, McKinnon 1998). No random draws.
 *
 * @module
 */

/** What {@linkcode nelderMead} found. */
export interface Minimum {
  /** The best point. */
  readonly x: Float64Array;
  /** The objective there. */
  readonly fx: number;
  /** Nelder-Mead iterations over all runs. */
  readonly iterations: number;
  /** Runs after the first. */
  readonly restarts: number;
  /** Whether the last run met the tolerances and a restart changed nothing. */
  readonly converged: boolean;
}

/** Settings of {@linkcode nelderMead}. */
export interface NelderMeadSettings {
  readonly maxIter: number;
  readonly xatol: number;
  readonly fatol: number;
  readonly maxRestarts: number;
  /** Edge of the starting simplex along each axis. */
  readonly step: number;
}

function run(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  { maxIter, xatol, fatol, step }: NelderMeadSettings,
): { x: Float64Array; fx: number; iterations: number; converged: boolean } {
  const n = x0.length;
  const pts: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(x0);
    p[i] = p[i]! + step;
    pts.push(p);
  }
  const fs = pts.map((p) => f(p));
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Float64Array(n),
    xr = new Float64Array(n),
    xe = new Float64Array(n),
    xc = new Float64Array(n);
  const sort = () => order.sort((i, j) => (fs[i]! - fs[j]!) || (i - j));
  const at = (out: Float64Array, t: number, worst: Float64Array) => {
    for (let j = 0; j < n; j++) out[j] = centroid[j]! + t * (worst[j]! - centroid[j]!);
    return f(out);
  };
  let it = 0;
  let converged = false;
  sort();
  while (it < maxIter) {
    const best = pts[order[0]!]!, fb = fs[order[0]!]!;
    let spreadF = 0, spreadX = 0;
    for (let k = 1; k <= n; k++) {
      const p = pts[order[k]!]!;
      spreadF = Math.max(spreadF, Math.abs(fs[order[k]!]! - fb));
      for (let j = 0; j < n; j++) spreadX = Math.max(spreadX, Math.abs(p[j]! - best[j]!));
    }
    if (spreadF <= fatol && spreadX <= xatol) {
      converged = true;
      break;
    }
    it++;
    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const p = pts[order[k]!]!;
      for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + p[j]! / n;
    }
    const wi = order[n]!, worst = pts[wi]!, fw = fs[wi]!, fsecond = fs[order[n - 1]!]!;
    const fr = at(xr, -1, worst);
    if (fr < fb) {
      const fe = at(xe, -2, worst);
      if (fe < fr) {
        worst.set(xe);
        fs[wi] = fe;
      } else {
        worst.set(xr);
        fs[wi] = fr;
      }
    } else if (fr < fsecond) {
      worst.set(xr);
      fs[wi] = fr;
    } else {
      // contract outside (towards the reflected point) or inside (towards the worst)
      const outside = fr < fw;
      const fcv = at(xc, outside ? -0.5 : 0.5, worst);
      if (fcv < (outside ? fr : fw)) {
        worst.set(xc);
        fs[wi] = fcv;
      } else {
        // shrink towards the best point
        for (let k = 1; k <= n; k++) {
          const p = pts[order[k]!]!;
          for (let j = 0; j < n; j++) p[j] = best[j]! + 0.5 * (p[j]! - best[j]!);
          fs[order[k]!] = f(p);
        }
      }
    }
    sort();
  }
  return { x: Float64Array.from(pts[order[0]!]!), fx: fs[order[0]!]!, iterations: it, converged };
}

/** Minimise `f` from `x0` by Nelder-Mead with restarts (see the module's note). */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  settings: NelderMeadSettings,
): Minimum {
  let best = run(f, x0, settings);
  let iterations = best.iterations, restarts = 0;
  let converged = false;
  // A restart only has to show that the point is not a false convergence: a simplex a hundred
  // times the tolerance (at most the first one) does that in few iterations.
  const again = { ...settings, step: Math.min(settings.step, Math.max(100 * settings.xatol, 1e-3)) };
  while (best.converged && restarts < settings.maxRestarts) {
    const next = run(f, best.x, again);
    restarts++;
    iterations += next.iterations;
    const gain = best.fx - next.fx;
    if (next.fx <= best.fx) best = next;
    if (next.converged && gain <= settings.fatol) {
      converged = true;
      break;
    }
  }
  return { x: best.x, fx: best.fx, iterations, restarts, converged };
}

/**
 * Hessian of `f` at `x` by central differences, step `h_i = 1e-4 max(|x_i|, 1e-3)` (about
 * eps^(1/4), the step that balances truncation and rounding for second differences).
 */
export function hessian(f: (x: Float64Array) => number, x: Float64Array): Float64Array {
  const n = x.length;
  const h = Array.from(x, (v) => 1e-4 * Math.max(Math.abs(v), 1e-3));
  const out = new Float64Array(n * n);
  const y = Float64Array.from(x);
  const f0 = f(y);
  const ev = (i: number, di: number, j: number, dj: number) => {
    y.set(x);
    y[i] = y[i]! + di * h[i]!;
    y[j] = y[j]! + dj * h[j]!;
    return f(y);
  };
  for (let i = 0; i < n; i++) {
    y.set(x);
    y[i] = x[i]! + h[i]!;
    const fp = f(y);
    y[i] = x[i]! - h[i]!;
    const fm = f(y);
    out[i * n + i] = (fp - 2 * f0 + fm) / (h[i]! * h[i]!);
    for (let j = 0; j < i; j++) {
      const v = (ev(i, 1, j, 1) - ev(i, 1, j, -1) - ev(i, -1, j, 1) + ev(i, -1, j, -1)) / (4 * h[i]! * h[j]!);
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}

/**
 * Inverse of a symmetric positive-definite matrix (row-major, `n x n`) by Cholesky; `null` when
 * the matrix is not positive definite (the fit is not at a proper maximum).
 */
export function invertSpd(m: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / l[j * n + j]!;
    }
  }
  // inverse of L, then L^-T L^-1
  const li = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    li[i * n + i] = 1 / l[i * n + i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= l[i * n + k]! * li[k * n + j]!;
      li[i * n + j] = s / l[i * n + i]!;
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += li[k * n + i]! * li[k * n + j]!;
      out[i * n + j] = s;
    }
  }
  return out;
}
