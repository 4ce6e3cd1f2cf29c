/**
 * Fit k-means for a range of k and compute every criterion for choosing k.
 *
 * @module
 */
import type { Matrix, ProgressCallback, Warning } from "../base/types.ts";
import { childSeed, makeRandom } from "../base/random.ts";
import { kmeansRange } from "../cluster/kmeans_range.ts";
import { calinskiHarabaszScore, daviesBouldinScore, silhouetteScores } from "../validate/mod.ts";
import { kneedle } from "../base/kneedle.ts";
import { takeRows } from "../base/matrix.ts";
import { makeReferenceSampler } from "./_gap.ts";

/** A criterion {@linkcode sweepK} can compute besides inertia. */
export type KMetric = "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap";

/** Every criterion, in a stable order. */
const ALL_METRICS: readonly KMetric[] = ["silhouette", "calinskiHarabasz", "daviesBouldin", "gap"];

/** Options for {@linkcode sweepK}. */
export interface SweepKOptions {
  /** Smallest k. @default {1} */
  kMin?: number;
  /** Largest k (at most the number of rows). @default {10} */
  kMax?: number;
  /** k-means starts per k on the data. @default {10} */
  nInit?: number;
  /** Seed of every random draw. @default {0} */
  seed?: number;
  /** Criteria to compute besides inertia. @default {["silhouette", "calinskiHarabasz", "daviesBouldin", "gap"]} */
  metrics?: readonly KMetric[];
  /** Reference data sets `B` of the gap statistic. @default {10} */
  gapReferences?: number;
  /** Gap references drawn uniformly over the data's bounding box, or over the box of its principal axes. @default {"box"} */
  gapReference?: "box" | "pca";
  /** k-means starts per k on each reference set. @default {3} */
  gapNInit?: number;
  /** Rows per reference set: at most this many (the data's count when smaller). @default {3000} */
  gapSampleSize?: number;
  /**
   * Above this many rows, each k's silhouette is computed exactly within one random subsample of
   * this many rows, the same rows for every k (scikit-learn's `silhouette_score(sample_size=...)`):
   * O(sample²) instead of O(rows²). @default {exact up to 10,000 rows, else 10,000}
   */
  silhouetteSampleSize?: number;
  /**
   * Nested starts across k (see `kmeansRange`'s `nestedStarts`), for the data and the gap's
   * reference sets: start `s` of every k is the first k centres of start `s` drawn for `kMax`.
   * By default on more than 4 columns, where k-means++ is a large part of a sweep's cost (~30% at
   * 25k x 17) and nesting cuts it to about a quarter; on up to 4 columns, each start draws for its
   * own k, whose k-means++ also yields the first assignment for free (measured: nesting gained
   * nothing there). @default {x.cols > 4}
   */
  nestedStarts?: boolean;
  /** Called after each k-means fit with `{ step: "k sweep", done, total }`. */
  onProgress?: ProgressCallback;
}

/** The result of {@linkcode sweepK}: one entry per k in every array. */
export interface KSweep {
  /** The k values, `kMin..kMax`. */
  readonly ks: readonly number[];
  /** Best-of-`nInit` inertia per k. */
  readonly inertia: readonly number[];
  /** Mean silhouette per k; `NaN` for k = 1, fewer than 2 distinct clusters, or not asked. Higher is better. */
  readonly silhouette: readonly number[];
  /** Calinski-Harabasz index per k (`NaN` as for silhouette). Higher is better. */
  readonly calinskiHarabasz: readonly number[];
  /** Davies-Bouldin index per k (`NaN` as for silhouette). Lower is better. */
  readonly daviesBouldin: readonly number[];
  /** Gap statistic per k, `E*[log W*_k] - log W_k` (`NaN` when not asked). */
  readonly gap: readonly number[];
  /** Its standard error `s_k = sd_k * sqrt(1 + 1/B)`. */
  readonly gapSe: readonly number[];
  /** Tibshirani's choice: the smallest k with `gap(k) >= gap(k+1) - s(k+1)`; `null` when none or not asked. */
  readonly gapK: number | null;
  /** The elbow of the inertia curve by Kneedle (convex, decreasing); `null` when there is none. */
  readonly knee: number | null;
  /** The labels of the k-means fit for each k, so callers need not refit. */
  readonly labels: readonly Int32Array[];
  /** The centroids of the fit for each k. */
  readonly centroids: readonly Matrix[];
  /** The criteria computed. */
  readonly metrics: readonly KMetric[];
  /** k-means starts per k on the data. */
  readonly nInit: number;
  /** The seed of every random draw. */
  readonly seed: number;
  /** Weak results as typed facts: fewer clusters than k, no elbow, a gap that keeps growing. */
  readonly warnings: readonly Warning[];
}

/**
 * Fit k-means for every k in `kMin..kMax` (best of `nInit` starts, through `kmeansRange`)
 * and compute the criteria for choosing k: inertia and its elbow (Kneedle), mean silhouette,
 * Calinski-Harabasz, Davies-Bouldin (from `lib/validate`), and the gap statistic (Tibshirani,
 * Walther & Hastie 2001). The fits' labels and centroids are returned so that later steps reuse
 * them; every k uses the same `seed` (as scikit-learn's `random_state`), and on more than 4
 * columns the same nested starts (see `nestedStarts`).
 *
 * Gap statistic: `B = gapReferences` reference sets of `m = min(rows, gapSampleSize)` rows drawn
 * uniformly over the data's bounding box (or its principal-axes box), each clustered for every
 * k (`gapNInit` starts); `gap(k) = mean_b log W*_kb + log(rows / m) - log W_k` where `W` is the
 * inertia (the `log(rows / m)` term rescales the within-cluster sum of a smaller reference set to
 * the data's size; it is 0 when `m = rows`), `s_k = sd_k * sqrt(1 + 1/B)`. Each reference set is
 * drawn once and reused for every k.
 *
 * @param x The data, one row per observation (scaled).
 * @param options See {@linkcode SweepKOptions}.
 * @returns One value per k for each criterion, the elbow, the gap's choice, the fits, and warnings.
 * @throws {RangeError} If the k range, `nInit`, `gapReferences`, `gapNInit` or sample sizes are out of
 * range, a metric is unknown, or `x` has non-finite values.
 *
 * @example Three planted groups
 * ```ts
 * import { sweepK } from "./sweep_k.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const rows = [];
 * for (const [a, b] of [[0, 0], [10, 0], [0, 10]]) {
 * for (let i = 0; i < 10; i++) rows.push([a! + (i % 5) * 0.2, b! + (i % 2) * 0.3]);
 * }
 * const s = sweepK(matrixFromRows(rows), { kMax: 6, nInit: 3 });
 * assert.deepEqual(s.ks, [1, 2, 3, 4, 5, 6]);
 * assert.equal(s.knee, 3);
 * assert.equal(s.gapK, 3);
 * assert.ok(Number.isNaN(s.silhouette[0]!));
 * ```
 */
export function sweepK(x: Matrix, options: SweepKOptions = {}): KSweep {
  const {
    kMin = 1,
    kMax = 10,
    nInit = 10,
    seed = 0,
    metrics = ALL_METRICS,
    gapReferences = 10,
    gapReference = "box",
    gapNInit = 3,
    gapSampleSize = 3000,
    silhouetteSampleSize = x.rows > 10000 ? 10000 : undefined,
    nestedStarts = x.cols > 4,
    onProgress,
  } = options;
  const want = checkSweep(x.rows, {
    kMin,
    kMax,
    metrics,
    gapReferences,
    gapReference,
    gapNInit,
    gapSampleSize,
  });
  const ks: number[] = [];
  for (let k = kMin; k <= kMax; k++) ks.push(k);
  const total = ks.length * (1 + (want.has("gap") ? gapReferences : 0));
  let done = 0;
  const tick = () => onProgress?.({ step: "k sweep", done: ++done, total });

  // All the data's fits at once: on several threads when the data is large.
  const fits = kmeansRange(x, ks, { nInit, seed, nestedStarts, onProgress: () => tick() });
  const scored = scoreFits(x, fits, want, silhouetteSampleSize, seed);
  const { warnings } = scored;
  const gap = want.has("gap")
    ? gapStatistic(x, ks, scored.inertia, {
      seed,
      gapReferences,
      gapReference,
      gapNInit,
      gapSampleSize,
      nestedStarts,
      tick,
    })
    : { gap: ks.map(() => NaN), gapSe: ks.map(() => NaN), gapK: null };
  if (want.has("gap") && gap.gapK === null && ks.length > 1) {
    warnings.push({ code: "gap-keeps-rising", kMin, kMax });
  }
  const knee = ks.length >= 3
    ? kneedle(ks, scored.inertia, { curve: "convex", direction: "decreasing" }).knee
    : null;
  if (knee === null && ks.length >= 3) {
    warnings.push({ code: "no-elbow", kMin, kMax });
  }
  return {
    ks,
    inertia: scored.inertia,
    silhouette: scored.silhouette,
    calinskiHarabasz: scored.calinskiHarabasz,
    daviesBouldin: scored.daviesBouldin,
    gap: gap.gap,
    gapSe: gap.gapSe,
    gapK: gap.gapK,
    knee,
    labels: scored.labels,
    centroids: scored.centroids,
    metrics: ALL_METRICS.filter((a) => want.has(a)),
    nInit,
    seed,
    warnings,
  };
}

/** Step 1 of {@linkcode sweepK}: check the k range, the metrics and the gap settings; the metrics asked. */
function checkSweep(
  n: number,
  o: {
    kMin: number;
    kMax: number;
    metrics: readonly KMetric[];
    gapReferences: number;
    gapReference: "box" | "pca";
    gapNInit: number;
    gapSampleSize: number;
  },
): Set<KMetric> {
  const { kMin, kMax, metrics, gapReferences, gapReference, gapNInit, gapSampleSize } = o;
  if (!Number.isInteger(kMin) || kMin < 1) {
    throw new RangeError(`Cannot sweep k from kMin = ${kMin}: kMin must be a positive integer`);
  }
  if (!Number.isInteger(kMax) || kMax < kMin || kMax > n) {
    throw new RangeError(
      `Cannot sweep k up to kMax = ${kMax}: kMax must be an integer from kMin = ${kMin} to ${n}, the number of rows`,
    );
  }
  for (const m of metrics) {
    if (!ALL_METRICS.includes(m)) {
      throw new RangeError(
        `Cannot sweep k with metric "${m}": use ${ALL_METRICS.map((a) => `"${a}"`).join(", ")}`,
      );
    }
  }
  const want = new Set(metrics);
  if (want.has("gap")) {
    if (!Number.isInteger(gapReferences) || gapReferences < 2) {
      throw new RangeError(
        `Cannot compute the gap statistic with gapReferences = ${gapReferences}: use an integer of 2 or more`,
      );
    }
    if (!Number.isInteger(gapNInit) || gapNInit < 1) {
      throw new RangeError(
        `Cannot compute the gap statistic with gapNInit = ${gapNInit}: use a positive integer`,
      );
    }
    if (!Number.isInteger(gapSampleSize) || gapSampleSize < kMax) {
      throw new RangeError(
        `Cannot compute the gap statistic with gapSampleSize = ${gapSampleSize}: use an integer of at least kMax = ${kMax}`,
      );
    }
    if (gapReference !== "box" && gapReference !== "pca") {
      throw new RangeError(
        `Cannot compute the gap statistic with gapReference "${gapReference}": use "box" or "pca"`,
      );
    }
  }
  return want;
}

/** The per-k criteria of the data's fits, from {@linkcode scoreFits}. */
interface ScoredFits {
  inertia: number[];
  silhouette: number[];
  calinskiHarabasz: number[];
  daviesBouldin: number[];
  labels: Int32Array[];
  centroids: Matrix[];
  /** The fits' warnings, each fact once. */
  warnings: Warning[];
}

/**
 * Step 2 of {@linkcode sweepK}: inertia, silhouette, Calinski-Harabasz and Davies-Bouldin of every
 * fit, and the fits' warnings without repeats.
 */
function scoreFits(
  x: Matrix,
  fits: ReturnType<typeof kmeansRange>,
  want: ReadonlySet<KMetric>,
  silhouetteSampleSize: number | undefined,
  seed: number,
): ScoredFits {
  const n = x.rows;
  const out: ScoredFits = {
    inertia: [],
    silhouette: [],
    calinskiHarabasz: [],
    daviesBouldin: [],
    labels: [],
    centroids: [],
    warnings: [],
  };
  // One subsample for every k's silhouette, so the criterion compares k on the same customers.
  const scoreSilhouette = want.has("silhouette");
  const sub = scoreSilhouette && silhouetteSampleSize !== undefined && silhouetteSampleSize < n
    ? sampleIndices(n, silhouetteSampleSize, childSeed(seed, 4099))
    : null;
  const xs = sub ? takeRows(x, sub) : x;
  // The silhouettes of every k in one pass over the pairs of rows (each distance computed once).
  const toScore: Int32Array[] = [], scoredAt: number[] = [];
  for (const [t, fit] of fits.entries()) {
    const k = fit.k;
    out.inertia.push(fit.inertia);
    out.labels.push(fit.labels);
    out.centroids.push(fit.centroids);
    for (const w of fit.warnings) if (!out.warnings.some((v) => sameWarning(v, w))) out.warnings.push(w);
    const distinct = countDistinct(fit.labels, k);
    const scorable = distinct >= 2 && distinct <= n - 1;
    out.silhouette.push(NaN);
    if (scoreSilhouette && scorable) {
      const subLabels = sub ? Int32Array.from(sub, (i) => fit.labels[i]!) : fit.labels;
      const subDistinct = sub ? countDistinct(subLabels, k) : distinct;
      if (subDistinct >= 2 && subDistinct <= subLabels.length - 1) {
        toScore.push(subLabels);
        scoredAt.push(t);
      }
    }
    out.calinskiHarabasz.push(
      want.has("calinskiHarabasz") && scorable ? calinskiHarabaszScore(x, fit.labels) : NaN,
    );
    out.daviesBouldin.push(want.has("daviesBouldin") && scorable ? daviesBouldinScore(x, fit.labels) : NaN);
  }
  silhouetteScores(xs, toScore).forEach((v, r) => out.silhouette[scoredAt[r]!] = v);
  return out;
}

/**
 * Step 3 of {@linkcode sweepK}: the gap statistic of every k against `gapReferences` reference
 * sets (each drawn once and clustered for every k), its standard error, and Tibshirani's k.
 */
function gapStatistic(
  x: Matrix,
  ks: readonly number[],
  inertia: readonly number[],
  o: {
    seed: number;
    gapReferences: number;
    gapReference: "box" | "pca";
    gapNInit: number;
    gapSampleSize: number;
    nestedStarts: boolean;
    tick: () => void;
  },
): { gap: number[]; gapSe: number[]; gapK: number | null } {
  const { seed, gapReferences, tick } = o;
  const n = x.rows, m = Math.min(n, o.gapSampleSize);
  const gap = ks.map(() => NaN), gapSe = ks.map(() => NaN);
  const sampler = makeReferenceSampler(x, m, o.gapReference);
  const logRefs = ks.map(() => new Float64Array(gapReferences));
  const shift = Math.log(n / m);
  for (let b = 0; b < gapReferences; b++) {
    const ref = sampler.draw(makeRandom(childSeed(childSeed(seed, 7919), b)));
    const refFits = kmeansRange(ref, ks, {
      nInit: o.gapNInit,
      seed: childSeed(seed, 104729 + b),
      nestedStarts: o.nestedStarts,
      onProgress: () => tick(),
    });
    refFits.forEach((f, t) => logRefs[t]![b] = Math.log(f.inertia) + shift);
  }
  ks.forEach((_, t) => {
    const v = logRefs[t]!;
    let mean = 0;
    for (const e of v) mean += e;
    mean /= v.length;
    let ss = 0;
    for (const e of v) ss += (e - mean) ** 2;
    const sd = Math.sqrt(ss / v.length);
    const logW = Math.log(inertia[t]!);
    gap[t] = Number.isFinite(logW) && Number.isFinite(mean) ? mean - logW : NaN;
    gapSe[t] = sd * Math.sqrt(1 + 1 / v.length);
  });
  let gapK: number | null = null;
  for (let t = 0; t + 1 < ks.length; t++) {
    if (gap[t]! >= gap[t + 1]! - gapSe[t + 1]!) {
      gapK = ks[t]!;
      break;
    }
  }
  return { gap, gapSe, gapK };
}

function countDistinct(labels: Int32Array, k: number): number {
  const seen = new Uint8Array(k);
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    if (seen[labels[i]!] === 0) {
      seen[labels[i]!] = 1;
      c++;
    }
  }
  return c;
}

/** `m` distinct row indices of `0..n`, uniformly at random (partial Fisher-Yates), in ascending order. */
function sampleIndices(n: number, m: number, seed: number): Int32Array {
  const rng = makeRandom(seed);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(n - i);
    const t = perm[i]!;
    perm[i] = perm[j]!;
    perm[j] = t;
  }
  return perm.slice(0, m).sort();
}

/** Two warnings that state the same fact (same code, same numbers). */
function sameWarning(a: Warning, b: Warning): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
