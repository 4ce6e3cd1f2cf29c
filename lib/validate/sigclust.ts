/**
 * SigClust: is a 2-means split more separated than one Gaussian blob would give?
 *
 * @module
 */
import type { Matrix, Warning } from "../base/types.ts";
import { childSeed, makeRandom } from "../base/random.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { takeRows } from "../base/matrix.ts";
import { medianSorted } from "../base/stats.ts";
import { kmeans } from "../cluster/kmeans.ts";
import { pca } from "../scale/pca.ts";
import { spreadTies } from "./_spread_ties.ts";

/** Options for {@linkcode clusterIndex}. */
export interface ClusterIndexOptions {
  /** 2-means starts (k-means++); the lowest within-cluster sum of squares is kept. @default {5} */
  nInit?: number;
  /** Seed of the starts. @default {0} */
  seed?: number;
}

/**
 * The 2-means cluster index of Liu, Hayes, Nobel & Marron (2008): the within-cluster sum of
 * squares of the best 2-means split over the total sum of squares about the mean. Small values
 * mean a well separated split; one Gaussian in one dimension gives 1 - 2/π ≈ 0.36.
 * scikit-learn: `KMeans(2).fit(x).inertia_ / ((x - x.mean(0)) ** 2).sum()`.
 *
 * @param x The data, one row per observation (at least 2 distinct rows).
 * @param options Starts and seed of the 2-means fit.
 * @returns The index, from 0 to 1.
 * @throws {RangeError} If `x` has fewer than 2 rows or non-finite values.
 *
 * @example Two points per end of a line
 * ```ts
 * import { clusterIndex } from "./sigclust.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const ci = clusterIndex(matrixFromRows([[0], [1], [9], [10]]));
 * assert.ok(Math.abs(ci - 1 / 82) < 1e-12); // within 4 x 0.25 = 1, total 25 + 16 + 16 + 25 = 82
 * ```
 */
export function clusterIndex(x: Matrix, options: ClusterIndexOptions = {}): number {
  const { nInit = 5, seed = 0 } = options;
  checkMatrix(x, "compute the cluster index");
  if (x.rows < 2) {
    throw new RangeError(`Cannot compute the cluster index of ${x.rows} rows: it needs at least 2 rows`);
  }
  const total = totalSumOfSquares(x);
  if (total === 0) return 1;
  return kmeans(x, 2, { nInit, seed }).inertia / total;
}

function totalSumOfSquares(x: Matrix): number {
  const { rows: n, cols: d, data } = x;
  let total = 0;
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + t]!;
    mean /= n;
    for (let i = 0; i < n; i++) total += (data[i * d + t]! - mean) ** 2;
  }
  return total;
}

/**
 * The largest density valley (see `SigClustResult.valley`) of a split called separated: the
 * density between the two groups falls at least a quarter below the lower group's centre. A
 * unimodal population reads ~1 (measured 0.9 to 1.2 on one Gaussian, log-normal, uniform and
 * integer RFM samples), two planted Gaussians 4 sd apart ~0.4.
 */
export const SPLIT_VALLEY_MAX = 0.75;

/** Options for {@linkcode sigclust}. */
export interface SigClustOptions {
  /** Gaussian data sets simulated under the null. @default {100} */
  nSim?: number;
  /** Seed of the subsample, the spread ties, every simulated data set and every 2-means start. @default {0} */
  seed?: number;
  /**
   * The null's eigenvalues: `"hard"` (Liu et al. 2008) raises each sample eigenvalue below the
   * background noise variance to it; `"sample"` uses the sample eigenvalues as they are. The hard
   * threshold is built for more columns than rows (HDLSS), where small sample eigenvalues are
   * noise; with customer data (thousands of rows, 3 to 20 scaled columns) the sample eigenvalues are
   * accurate and the background variance of standardised columns is about 1, so the hard threshold
   * lifts every small eigenvalue to ~1 and makes the null rounder than the data (measured on the
   * vehicle file: all five eigenvalues raised to 1.73, more total variance than the data has), which
   * makes the test anti-conservative. Hence the default `"sample"`, as the R package's
   * `icovest = 2` and Kimes et al.'s advice for rows far above columns. @default {"sample"}
   */
  covariance?: "hard" | "sample";
  /** 2-means starts on the data and on each simulated set. @default {3} */
  nInit?: number;
  /**
   * Above this many rows, the test runs on a random subsample of this many rows (the data's
   * index and the null's sets have the same size, so the test stays exact). @default {2000}
   */
  sampleSize?: number;
  /**
   * Spread tied values over their cells first (see `hopkins`'s `ties`): without it, counts and
   * rounded amounts split at their steps and read as significant. @default {"spread"}
   */
  ties?: "spread" | "keep";
  /** p-values below this are called significant. @default {0.05} */
  alpha?: number;
}

/** The result of {@linkcode sigclust}. */
export interface SigClustResult {
  /** The data's 2-means cluster index (within SS / total SS). */
  readonly clusterIndex: number;
  /** Share of simulated indices at or below the data's (R `sigclust`'s `pval`). */
  readonly pValue: number;
  /** The same from a normal fitted to the simulated indices (R's `pvalnorm`). */
  readonly pValueNormal: number;
  /** True when `pValue < alpha`: the split is more separated than one Gaussian blob gives. */
  readonly significant: boolean;
  /**
   * The density valley of the data's 2-means split: along the line through the two centres, the
   * lowest density between them over the lower of the densities at the centres (Gaussian kernel,
   * Silverman's bandwidth). About 1 or more when the projected density is unimodal (one population
   * cut in two, however skewed); well below 1 when the density dips between two groups (two unit
   * Gaussians 4 sd apart: ~0.4). Below {@linkcode SPLIT_VALLEY_MAX} the split is called separated.
   */
  readonly valley: number;
  /** True when the test is significant and `valley < SPLIT_VALLEY_MAX`: two separate groups. */
  readonly separated: boolean;
  /** The threshold used. */
  readonly alpha: number;
  /** The simulated cluster indices. */
  readonly simulated: readonly number[];
  /** The null's eigenvalues, largest first. */
  readonly eigenvalues: readonly number[];
  /** The background noise variance: (MAD of all centred entries x 1.4826)². */
  readonly backgroundVariance: number;
  /** How the eigenvalues were estimated. */
  readonly covariance: "hard" | "sample";
  /** Rows tested (the subsample size). */
  readonly sampleSize: number;
  /** Columns whose ties were spread. */
  readonly tiedColumns: readonly string[];
  /** Gaussian data sets simulated. */
  readonly nSim: number;
  /** The seed used. */
  readonly seed: number;
  /** Weak results as typed facts (`sigclust-few-simulations`). */
  readonly warnings: readonly Warning[];
}

/**
 * SigClust (Liu, Hayes, Nobel & Marron 2008, "Statistical significance of clustering for
 * high-dimension, low-sample size data", JASA; R package `sigclust`): tests whether the best
 * 2-means split of the data is more separated than the best split of one Gaussian with the data's
 * own covariance spectrum. The statistic is the {@linkcode clusterIndex}; the null is
 * N(0, diag(λ)) with λ the eigenvalues of the sample covariance (2-means is rotation invariant,
 * so a diagonal covariance suffices), thresholded from below at the background noise variance
 * (`covariance: "hard"`). The p-value is the share of `nSim` simulated indices at or below the
 * data's. Columns should be scaled first.
 *
 * A significant SigClust says "not one Gaussian", which a single skewed or heavy-cored population
 * also is (integer frequencies, zero-inflated amounts: p ~ 0 on a few thousand customers). So the
 * result also measures the density valley between the two halves of the split (`valley`), and
 * calls the data `separated` only when the test is significant and the density dips between the
 * halves: the two-groups reading the verdict needs.
 *
 * On columns standardised to unit variance (as the runs prepare them) the test is conservative in
 * few dimensions: standardising removes the chance anisotropy a Gaussian sample has along the
 * axes, so such a sample splits a little worse than the null's (measured at 120 x 2: p-values
 * with median ~0.7 instead of 0.5); on unscaled Gaussian data p-values are about uniform.
 *
 * Differences from R `sigclust`: the soft-threshold estimate (Huang et al. 2015) is not
 * implemented; above `sampleSize` rows a random subsample is tested; tied values are spread over
 * their cells first (`ties`).
 *
 * @param x The data, one row per observation (at least 2 rows), scaled.
 * @param options See {@linkcode SigClustOptions}.
 * @returns The cluster index, the p-values, the simulated indices and the null's eigenvalues.
 * @throws {RangeError} If `x` has fewer than 2 rows, non-finite values, or an option is out of range.
 *
 * @example Two separated blobs are significant
 * ```ts
 * import { sigclust } from "./sigclust.ts";
 * import { makeRandom } from "../base/random.ts";
 * import assert from "node:assert/strict";
 * const rng = makeRandom(3), rows = 200, data = new Float64Array(rows * 2);
 * for (let i = 0; i < data.length; i++) data[i] = (i < rows ? 0 : 6) + rng.normal();
 * const s = sigclust({ data, rows, cols: 2, columns: ["a", "b"] }, { nSim: 20 });
 * assert.equal(s.significant, true);
 * assert.equal(s.pValue, 0);
 * ```
 */
export function sigclust(x: Matrix, options: SigClustOptions = {}): SigClustResult {
  const {
    nSim = 100,
    seed = 0,
    covariance = "sample",
    nInit = 3,
    sampleSize = 2000,
    ties = "spread",
    alpha = 0.05,
  } = options;
  const action = "run SigClust";
  checkMatrix(x, action);
  if (x.rows < 2) throw new RangeError(`Cannot ${action} on ${x.rows} rows: it needs at least 2 rows`);
  for (const [name, v] of [["nSim", nSim], ["nInit", nInit], ["sampleSize", sampleSize]] as const) {
    if (!Number.isInteger(v) || v < (name === "sampleSize" ? 2 : 1)) {
      throw new RangeError(
        `Cannot ${action} with ${name} = ${v}: use a positive integer${name === "sampleSize" ? " >= 2" : ""}`,
      );
    }
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`Cannot ${action} with alpha = ${alpha}: use a number between 0 and 1`);
  }
  const spread = ties === "spread" ? spreadTies(x, childSeed(seed, 1)) : null;
  let data = spread?.matrix ?? x;
  if (data.rows > sampleSize) data = takeRows(data, sampleRows(data.rows, sampleSize, childSeed(seed, 2)));
  const m = data.rows, d = data.cols;
  const total = totalSumOfSquares(data);
  const fit = kmeans(data, 2, { nInit, seed });
  const observed = total === 0 ? 1 : fit.inertia / total;
  const valley = splitValley(data, fit.centroids);
  const noise = backgroundVariance(data);
  const sampleEig = [...pca(data, { nComponents: d }).explainedVariance].map((v) => Math.max(0, v));
  const eigenvalues = covariance === "hard" ? sampleEig.map((v) => Math.max(v, noise)) : sampleEig;
  const sd = eigenvalues.map(Math.sqrt);
  const simulated: number[] = [];
  const z = new Float64Array(m * d);
  const sim: Matrix = { data: z, rows: m, cols: d, columns: data.columns };
  for (let s = 0; s < nSim; s++) {
    const rng = makeRandom(childSeed(seed, 100 + s));
    for (let i = 0; i < m; i++) for (let t = 0; t < d; t++) z[i * d + t] = sd[t]! * rng.normal();
    simulated.push(clusterIndex(sim, { nInit, seed: childSeed(seed, 100 + s) }));
  }
  const pValue = simulated.filter((c) => c <= observed).length / nSim;
  const mean = simulated.reduce((a, b) => a + b, 0) / nSim;
  const sdSim = Math.sqrt(simulated.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, nSim - 1));
  const pValueNormal = sdSim > 0 ? normalCdf((observed - mean) / sdSim) : observed <= mean ? 1 : 0;
  const warnings: Warning[] = nSim < 1 / alpha ? [{ code: "sigclust-few-simulations", nSim, alpha }] : [];
  return {
    clusterIndex: observed,
    pValue,
    pValueNormal,
    significant: pValue < alpha,
    valley,
    separated: pValue < alpha && valley < SPLIT_VALLEY_MAX,
    alpha,
    simulated,
    eigenvalues,
    backgroundVariance: noise,
    covariance,
    sampleSize: m,
    tiedColumns: spread?.tiedColumns ?? [],
    nSim,
    seed,
    warnings,
  };
}

/**
 * Lowest kernel density on the segment between the two centres (39 inner points) over the lower
 * density at the centres, of the rows projected on the line through the centres.
 */
function splitValley(x: Matrix, centroids: Matrix): number {
  const { rows: n, cols: d, data } = x;
  const c = centroids.data;
  let len = 0;
  for (let t = 0; t < d; t++) len += (c[d + t]! - c[t]!) ** 2;
  len = Math.sqrt(len);
  if (len === 0) return 1;
  const proj = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = 0; t < d; t++) s += (data[i * d + t]! - c[t]!) * (c[d + t]! - c[t]!);
    proj[i] = s / len;
  }
  const sorted = Float64Array.from(proj).sort();
  let mean = 0;
  for (let i = 0; i < n; i++) mean += proj[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (proj[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const iqr = sorted[Math.floor(0.75 * (n - 1))]! - sorted[Math.floor(0.25 * (n - 1))]!;
  const h = 0.9 * (iqr > 0 ? Math.min(sd, iqr / 1.34) : sd) * n ** -0.2;
  const density = (z: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.exp(-0.5 * ((proj[i]! - z) / h) ** 2);
    return s;
  };
  let low = Infinity;
  for (let g = 1; g < 40; g++) low = Math.min(low, density((g / 40) * len));
  const ends = Math.min(density(0), density(len));
  return ends > 0 ? low / ends : 1;
}

/** (MAD of every column-centred entry, scaled by 1.4826 as R's `mad`)². */
function backgroundVariance(x: Matrix): number {
  const { rows: n, cols: d, data } = x;
  const centred = new Float64Array(n * d);
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + t]!;
    mean /= n;
    for (let i = 0; i < n; i++) centred[i * d + t] = data[i * d + t]! - mean;
  }
  centred.sort();
  const med = medianSorted(centred);
  const dev = centred.map((v) => Math.abs(v - med)).sort();
  return (1.4826 * medianSorted(dev)) ** 2;
}

/** `size` distinct row indices out of `n`, by partial Fisher-Yates, in increasing order. */
function sampleRows(n: number, size: number, seed: number): Int32Array {
  const rng = makeRandom(seed);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  return perm.slice(0, size).sort();
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 on erf, error < 1.5e-7). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z) / Math.SQRT2);
  const y = 1 -
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}
