/**
 * The BG/NBD model of repeat purchasing and dropout, fitted by maximum likelihood.
 *
 * @module
 */
import type { Warning } from "../base/types.ts";
import { bgNbdLogLikelihood, checkHistory, type GroupedHistory, groupHistory } from "./_bgnbd.ts";
import { checkFitOptions, everyKth, logStart, standardErrors, WARM_START_CUSTOMERS } from "./_fit_util.ts";
import { nelderMead } from "./_optimize.ts";
import type { BgNbdModel, PurchaseHistory } from "./types.ts";

/** Options for {@linkcode fitBgNbd}. */
export interface FitBgNbdOptions {
  /** L2 penalty `penalizer * (r^2 + alpha^2 + a^2 + b^2)` added to the mean negative log-likelihood (lifetimes' `penalizer_coef`). @default {0} */
  penalizer?: number;
  /** Nelder-Mead iterations per run. @default {5000} */
  maxIter?: number;
  /** Restarts of Nelder-Mead around the best point (see `_optimize.ts`). @default {10} */
  maxRestarts?: number;
  /** Tolerance on the mean negative log-likelihood (scipy's `fatol`); the log-parameters are held to `100 tol^0.5`. @default {1e-12} */
  tol?: number;
  /** Starting parameters. @default {{ r: 1, alpha: 1, a: 1, b: 1 }} */
  init?: { r?: number; alpha?: number; a?: number; b?: number };
  /**
   * Fewer repeat purchases per customer than this in the calibration window (the window is short
   * for the purchase rate) gets a `clv-calibration-short` warning. @default {0.5}
   */
  minMeanFrequency?: number;
  /**
   * More repeat purchases per customer than this (the window is long for the purchase rate) gets a
   * `clv-calibration-long` warning. @default {20}
   */
  maxMeanFrequency?: number;
}

const NAMES = ["r", "alpha", "a", "b"] as const;

/**
 * Above this many distinct (frequency, recency, T) groups, Nelder-Mead first fits every k-th
 * customer (about `WARM_START_CUSTOMERS` of them) and starts the full fit from there with a
 * small simplex: the same optimum in fewer full-data evaluations.
 */
const WARM_START_GROUPS = 20_000;

/**
 * Fit the BG/NBD ("beta-geometric / negative binomial distribution") model of Fader, Hardie &
 * Lee (2005), "Counting your customers the easy way", by maximum likelihood: while alive, a
 * customer buys at a Poisson rate `lambda ~ Gamma(r, alpha)`; after each purchase they drop out
 * with probability `p ~ Beta(a, b)`. lifetimes' `BetaGeoFitter().fit(frequency, recency, T)`.
 *
 * The likelihood is lifetimes' closed form in log space (`lgamma`), summed once per evaluation
 * over the distinct (frequency, recency, T) triples with their counts as weights. The four
 * parameters are optimised in log space by Nelder-Mead with restarts (why not an npm package:
 * see `_optimize.ts`); with more than 20,000 distinct triples the full fit starts from a fit to
 * every k-th customer (about 20,000 of them). Standard errors come from the inverse of the
 * numerical Hessian of the summed negative log-likelihood (plus `customers * penalty`) in the
 * parameters' own scale.
 *
 * Warnings (typed facts): `clv-fit-not-converged` (`model`, `iterations`, `restarts`),
 * `clv-standard-errors-unavailable` (`model`: the Hessian is not positive definite),
 * `clv-calibration-short` / `clv-calibration-long` (`meanFrequency`: repeat purchases per
 * customer in the window, the purchase rate times the window's length; `repeatShare`: share of
 * customers who bought again; `threshold`). In a window short for the purchase rate few
 * customers buy again, and the dropout parameters `a` and `b` rest on few of them; in a window
 * long for it, the model's constant purchase rate and dropout chance over the whole window (no
 * seasonality, no trend) are doubtful, and recent behaviour weighs as much as old.
 *
 * @param history Per customer `frequency` (repeat purchase days), `recency` and `T` in one time unit, e.g. from `summaryFromTransactions`.
 * @param options Penalty, optimiser settings and warning thresholds.
 * @returns The parameters, their standard errors, the log-likelihood, convergence and warnings.
 * @throws {TypeError} If the arrays are missing or of different lengths.
 * @throws {RangeError} If a customer's values are impossible, no customer bought twice, or an option is out of range.
 *
 * @example Recovers the parameters of simulated customers
 * ```ts
 * import { fitBgNbd } from "./fit_bg_nbd.ts";
 * import { generateBgNbd } from "../generate/bgnbd.ts";
 * import assert from "node:assert/strict";
 * const data = generateBgNbd({ n: 2000, r: 0.5, alpha: 5, a: 0.8, b: 2.5, T: 52, seed: 1 });
 * const model = fitBgNbd(data);
 * assert.ok(model.converged);
 * assert.ok(Math.abs(model.r - 0.5) < 3 * model.standardErrors.r);
 * ```
 */
export function fitBgNbd(history: PurchaseHistory, options: FitBgNbdOptions = {}): BgNbdModel {
  const action = "fit the BG/NBD model";
  const {
    penalizer = 0,
    maxIter = 5000,
    maxRestarts = 10,
    tol = 1e-12,
    init,
    minMeanFrequency = 0.5,
    maxMeanFrequency = 20,
  } = options;
  checkFitOptions(action, { penalizer, maxIter, maxRestarts, tol });
  const n = checkHistory(history, action);
  const { repeat, sumX } = countRepeats(history, n, action);
  const g = groupHistory(history);
  const min = minimise(history, g, n, penalizer, logStart(action, NAMES, init), {
    maxIter,
    maxRestarts,
    tol,
  });
  const params = min.x.map(Math.exp);
  const [r, alpha, a, b] = params as unknown as [number, number, number, number];
  const se = standardErrors((p) => penalisedNll(g, p, penalizer), params);
  const warnings = fitWarnings(min, se, sumX / n, repeat / n, minMeanFrequency, maxMeanFrequency);
  // A dropout chance a / (a + b) near 0 (b running off to infinity): the fit sees no one leave, so
  // P(alive) is ~1 for every customer and says nothing about who is leaving.
  const dropout = a / (a + b);
  if (dropout < NEGLIGIBLE_DROPOUT) warnings.push({ code: "clv-dropout-negligible", dropout, a, b });
  return {
    model: "bg-nbd",
    unit: history.unit ?? null,
    r,
    alpha,
    a,
    b,
    standardErrors: {
      r: se?.[0] ?? Number.NaN,
      alpha: se?.[1] ?? Number.NaN,
      a: se?.[2] ?? Number.NaN,
      b: se?.[3] ?? Number.NaN,
    },
    logLikelihood: bgNbdLogLikelihood(g, r, alpha, a, b),
    customers: g.total,
    penalizer,
    iterations: min.iterations,
    restarts: min.restarts,
    converged: min.converged,
    warnings,
  };
}

/** Below this mean chance of stopping after a purchase, P(alive) cannot tell customers apart. */
const NEGLIGIBLE_DROPOUT = 1e-3;

/** Count the customers who bought again and their repeat purchases; a `RangeError` if none did. */
function countRepeats(history: PurchaseHistory, n: number, action: string): { repeat: number; sumX: number } {
  let repeat = 0, sumX = 0;
  for (let i = 0; i < n; i++) {
    const x = history.frequency[i]!;
    if (x > 0) {
      repeat++;
      sumX += x;
    }
  }
  if (repeat === 0) {
    throw new RangeError(
      `Cannot ${action}: none of the ${n} customers bought on two different days; use a longer calibration period`,
    );
  }
  return { repeat, sumX };
}

/** The summed negative log-likelihood of the parameters `p` plus `customers * penalty`. */
function penalisedNll(gh: GroupedHistory, p: Float64Array, penalizer: number): number {
  return -bgNbdLogLikelihood(gh, p[0]!, p[1]!, p[2]!, p[3]!) +
    gh.total * penalizer * (p[0]! ** 2 + p[1]! ** 2 + p[2]! ** 2 + p[3]! ** 2);
}

/** The objective Nelder-Mead minimises: the mean penalised negative log-likelihood of log-parameters (NaN as Infinity). */
function objectiveOf(gh: GroupedHistory, penalizer: number): (lp: Float64Array) => number {
  return (lp) => {
    const v = penalisedNll(gh, lp.map(Math.exp), penalizer) / gh.total;
    return Number.isNaN(v) ? Infinity : v;
  };
}

/** Minimise in log space from `start`, first on every k-th customer when there are many groups (see WARM_START_GROUPS). */
function minimise(
  history: PurchaseHistory,
  g: GroupedHistory,
  n: number,
  penalizer: number,
  start: Float64Array,
  { maxIter, maxRestarts, tol }: { maxIter: number; maxRestarts: number; tol: number },
): ReturnType<typeof nelderMead> {
  let step = 0.5;
  if (g.x.length > WARM_START_GROUPS) {
    // Many distinct customers: start from a fit to every k-th customer (see WARM_START_GROUPS).
    const k = Math.ceil(n / WARM_START_CUSTOMERS);
    const sub = groupHistory({
      frequency: everyKth(history.frequency, k),
      recency: everyKth(history.recency, k),
      T: everyKth(history.T, k),
    });
    start = nelderMead(objectiveOf(sub, penalizer), start, {
      maxIter,
      maxRestarts: 1,
      fatol: 1e-9,
      xatol: 1e-4,
      step,
    }).x;
    step = 0.05;
  }
  return nelderMead(objectiveOf(g, penalizer), start, {
    maxIter,
    maxRestarts,
    fatol: tol,
    xatol: 100 * Math.sqrt(tol),
    step,
  });
}

/** The fit's typed warnings: not converged, no standard errors, calibration window short or long. */
function fitWarnings(
  min: ReturnType<typeof nelderMead>,
  se: Float64Array | null,
  meanFrequency: number,
  repeatShare: number,
  minMeanFrequency: number,
  maxMeanFrequency: number,
): Warning[] {
  const warnings: Warning[] = [];
  if (!min.converged) {
    warnings.push({
      code: "clv-fit-not-converged",
      model: "bg-nbd",
      iterations: min.iterations,
      restarts: min.restarts,
    });
  }
  if (se === null) warnings.push({ code: "clv-standard-errors-unavailable", model: "bg-nbd" });
  if (meanFrequency < minMeanFrequency) {
    warnings.push({ code: "clv-calibration-short", meanFrequency, repeatShare, threshold: minMeanFrequency });
  } else if (meanFrequency > maxMeanFrequency) {
    warnings.push({ code: "clv-calibration-long", meanFrequency, repeatShare, threshold: maxMeanFrequency });
  }
  return warnings;
}
