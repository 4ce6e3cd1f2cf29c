/**
 * The Gamma-Gamma model of the value of repeat purchases, fitted by maximum likelihood.
 *
 * @module
 */
import type { Warning } from "../base/types.ts";
import { checkFitOptions, everyKth, logStart, standardErrors, WARM_START_CUSTOMERS } from "./_fit_util.ts";
import { checkSpend, gammaGammaLogLikelihood, type RepeatSpend, repeatSpend } from "./_gamma_gamma.ts";
import { nelderMead } from "./_optimize.ts";
import type { GammaGammaModel, SpendHistory } from "./types.ts";

/** Options for {@linkcode fitGammaGamma}. */
export interface FitGammaGammaOptions {
  /** L2 penalty `penalizer * (p^2 + q^2 + gamma^2)` added to the mean negative log-likelihood (lifetimes' `penalizer_coef`). @default {0} */
  penalizer?: number;
  /** Nelder-Mead iterations per run. @default {5000} */
  maxIter?: number;
  /** Restarts of Nelder-Mead around the best point. @default {10} */
  maxRestarts?: number;
  /** Tolerance on the mean negative log-likelihood; the log-parameters are held to `100 tol^0.5`. @default {1e-12} */
  tol?: number;
  /** Starting parameters. @default {{ p: 1, q: 1, gamma: 1 }} */
  init?: { p?: number; q?: number; gamma?: number };
  /** A Pearson correlation of frequency and mean value above this (in absolute value) gets a `clv-frequency-value-correlated` warning. @default {0.3} */
  maxCorrelation?: number;
}

const NAMES = ["p", "q", "gamma"] as const;

function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx, dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/**
 * Fit the Gamma-Gamma model of spend (Fader & Hardie 2013, "The Gamma-Gamma model of monetary
 * value"; Colombo & Jiang 1999) to the repeat customers (frequency > 0) by maximum likelihood: a
 * customer's purchases are worth `Gamma(p, nu)` each, with `nu ~ Gamma(q, gamma)` across
 * customers, so the mean of `x` purchases has a closed-form density. lifetimes'
 * `GammaGammaFitter().fit(frequency, monetary_value)`. The optimiser and standard errors are
 * those of `fitBgNbd` (Nelder-Mead with restarts in log space, from a fit to every k-th customer
 * above 20,000 repeat customers; inverse numerical Hessian). One pass over the repeat customers
 * per evaluation, with the gamma-function terms once per distinct frequency.
 *
 * The model assumes that how much a customer spends per purchase does not depend on how often
 * they buy; the result carries the Pearson correlation of frequency and mean value over the
 * customers fitted, and a warning when it is large.
 *
 * Warnings (typed facts): `clv-frequency-value-correlated` (`correlation`, `threshold`),
 * `clv-fit-not-converged` (`model`, `iterations`, `restarts`), `clv-standard-errors-unavailable` (`model`).
 *
 * @param history Per customer `frequency` and `monetaryValue` (mean value of the repeat purchase days), e.g. from `summaryFromTransactions`.
 * @param options Penalty, optimiser settings and the correlation threshold.
 * @returns p, q, gamma, their standard errors, the log-likelihood, the correlation, convergence and warnings.
 * @throws {TypeError} If the arrays are missing or of different lengths.
 * @throws {RangeError} If a value is impossible, fewer than two customers bought twice, or an option is out of range.
 *
 * @example Mean spend recovered from simulated customers
 * ```ts
 * import { fitGammaGamma } from "./fit_gamma_gamma.ts";
 * import { generateBgNbd } from "../generate/bgnbd.ts";
 * import assert from "node:assert/strict";
 * const data = generateBgNbd({
 *   n: 4000, r: 1, alpha: 5, a: 0.5, b: 3, T: 52, spend: { p: 6, q: 4, gamma: 15 }, seed: 2,
 * });
 * const model = fitGammaGamma(data);
 * const mean = (model.p * model.gamma) / (model.q - 1); // the population's mean spend
 * assert.ok(Math.abs(mean - (6 * 15) / 3) < 3);
 * ```
 */
export function fitGammaGamma(history: SpendHistory, options: FitGammaGammaOptions = {}): GammaGammaModel {
  const action = "fit the Gamma-Gamma model";
  const { penalizer = 0, maxIter = 5000, maxRestarts = 10, tol = 1e-12, init, maxCorrelation = 0.3 } =
    options;
  checkFitOptions(action, { penalizer, maxIter, maxRestarts, tol });
  checkSpend(history, action);
  const s = repeatSpend(history);
  const W = s.x.length;
  if (W < 2) {
    throw new RangeError(
      `Cannot ${action}: only ${W} customers bought on two different days; it needs repeat customers (use a longer period)`,
    );
  }
  const penalised = (rs: RepeatSpend, p: Float64Array) =>
    -gammaGammaLogLikelihood(rs, p[0]!, p[1]!, p[2]!) +
    rs.x.length * penalizer * (p[0]! ** 2 + p[1]! ** 2 + p[2]! ** 2);
  const nll = (p: Float64Array) => penalised(s, p);
  const objectiveOf = (rs: RepeatSpend) => (lp: Float64Array) => {
    const v = penalised(rs, lp.map(Math.exp)) / rs.x.length;
    return Number.isNaN(v) ? Infinity : v;
  };
  let start = logStart(action, NAMES, init), step = 0.5;
  if (W > WARM_START_CUSTOMERS) {
    // Many customers: start from a fit to every k-th repeat customer, as fitBgNbd does.
    const k = Math.ceil(W / WARM_START_CUSTOMERS);
    const sub = repeatSpend({ frequency: everyKth(s.x, k), monetaryValue: everyKth(s.m, k) });
    start =
      nelderMead(objectiveOf(sub), start, { maxIter, maxRestarts: 1, fatol: 1e-9, xatol: 1e-4, step }).x;
    step = 0.05;
  }
  const min = nelderMead(objectiveOf(s), start, {
    maxIter,
    maxRestarts,
    fatol: tol,
    xatol: 100 * Math.sqrt(tol),
    step,
  });
  const params = min.x.map(Math.exp);
  const [p, q, gamma] = params as unknown as [number, number, number];
  const warnings: Warning[] = [];
  const correlation = pearson(s.x, s.m);
  if (Math.abs(correlation) > maxCorrelation) {
    warnings.push({ code: "clv-frequency-value-correlated", correlation, threshold: maxCorrelation });
  }
  if (!min.converged) {
    warnings.push({
      code: "clv-fit-not-converged",
      model: "gamma-gamma",
      iterations: min.iterations,
      restarts: min.restarts,
    });
  }
  const se = standardErrors(nll, params);
  if (se === null) warnings.push({ code: "clv-standard-errors-unavailable", model: "gamma-gamma" });
  return {
    model: "gamma-gamma",
    p,
    q,
    gamma,
    standardErrors: { p: se?.[0] ?? Number.NaN, q: se?.[1] ?? Number.NaN, gamma: se?.[2] ?? Number.NaN },
    logLikelihood: gammaGammaLogLikelihood(s, p, q, gamma),
    customers: W,
    penalizer,
    iterations: min.iterations,
    restarts: min.restarts,
    converged: min.converged,
    correlation,
    warnings,
  };
}
