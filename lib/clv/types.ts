/**
 * Shapes shared by the customer-value models (lifetimes' BG/NBD and Gamma-Gamma).
 *
 * @module
 */
import type { Warning } from "../base/types.ts";

/** Time unit of recency, age and horizons; a month is 365.25 / 12 = 30.4375 days. */
export type TimeUnit = "days" | "weeks" | "months";

/**
 * Per customer: repeat purchases and their timing in one time unit, as lifetimes'
 * `summary_data_from_transaction_data` gives them. Entry `i` of every array is customer `i`.
 */
export interface PurchaseHistory {
  /** Repeat purchases: distinct purchase days minus one. */
  readonly frequency: ArrayLike<number>;
  /** Time from the first to the last purchase (`0` for one-time buyers). */
  readonly recency: ArrayLike<number>;
  /** Age: time from the first purchase to the end of the calibration period. */
  readonly T: ArrayLike<number>;
  /** The unit of recency and T, where known (a `CustomerSummary` has it). */
  readonly unit?: TimeUnit;
}

/** Per customer: repeat purchases and the mean value of the repeat purchase days. */
export interface SpendHistory {
  /** Repeat purchases: distinct purchase days minus one. */
  readonly frequency: ArrayLike<number>;
  /** Mean value of the repeat purchase days (`0` for one-time buyers, who are left out of the fit). */
  readonly monetaryValue: ArrayLike<number>;
}

/** Standard errors, convergence and caveats shared by the fitted models. */
export interface FitReport {
  /** Log-likelihood at the estimate (summed over customers, without the penalty). */
  readonly logLikelihood: number;
  /** Customers the likelihood sums over. */
  readonly customers: number;
  /** The L2 penalty on the parameters (lifetimes' `penalizer_coef`). */
  readonly penalizer: number;
  /** Nelder-Mead iterations over all runs on the full data (not those of a warm start on a subsample). */
  readonly iterations: number;
  /** Nelder-Mead restarts after the first run. */
  readonly restarts: number;
  /** Whether the optimiser met its tolerances and a restart no longer improved the fit. */
  readonly converged: boolean;
  /** Caveats as typed facts (non-convergence, assumptions that the data contradict). */
  readonly warnings: readonly Warning[];
}

/** A fitted BG/NBD model (Fader, Hardie & Lee 2005), from `fitBgNbd`. */
export interface BgNbdModel extends FitReport {
  /** Marks a BG/NBD purchase model (from `fitBgNbd`). */
  readonly model: "bg-nbd";
  /** The time unit of the data fitted, where it was given (`alpha` and predictions' `t` are in it). */
  readonly unit: TimeUnit | null;
  /** Shape of the gamma heterogeneity of purchase rates. */
  readonly r: number;
  /** Scale of the gamma heterogeneity of purchase rates, in the time unit of the data. */
  readonly alpha: number;
  /** First shape of the beta heterogeneity of the dropout probability. */
  readonly a: number;
  /** Second shape of the beta heterogeneity of the dropout probability. */
  readonly b: number;
  /** Standard errors from the inverse Hessian of the negative log-likelihood; `NaN` where it is not positive definite. */
  readonly standardErrors: {
    readonly r: number;
    readonly alpha: number;
    readonly a: number;
    readonly b: number;
  };
}

/** A fitted Gamma-Gamma spend model (Fader & Hardie 2013), from `fitGammaGamma`. */
export interface GammaGammaModel extends FitReport {
  /** Marks a Gamma-Gamma spend model (from `fitGammaGamma`). */
  readonly model: "gamma-gamma";
  /** Shape of the gamma distribution of a transaction's value. */
  readonly p: number;
  /** Shape of the gamma heterogeneity of customers' scale. */
  readonly q: number;
  /** Scale of the gamma heterogeneity of customers' scale, in money. */
  readonly gamma: number;
  /** Standard errors from the inverse Hessian of the negative log-likelihood; `NaN` where it is not positive definite. */
  readonly standardErrors: { readonly p: number; readonly q: number; readonly gamma: number };
  /** Pearson correlation of frequency and mean value over the repeat customers fitted (the model assumes none). */
  readonly correlation: number;
}

/** Transactions as parallel arrays: entry `i` of each is transaction `i`. */
export interface Transactions {
  /** Customer id of every transaction. */
  readonly customer: ArrayLike<string | number | null | undefined>;
  /** When: a `Date` (its UTC day), epoch milliseconds, or text starting `YYYY-MM-DD` or `YYYYMMDD` (the day as written). */
  readonly date: ArrayLike<Date | number | string | null | undefined>;
  /** Value of every transaction, for `monetaryValue`. */
  readonly amount?: ArrayLike<number | null | undefined>;
}
