/**
 * Private: option checks, the sequential loop over starts and the result shape shared by
 * `kmeans` and `kmeansRange`.
 *
 * @module
 */
import type { Matrix, ProgressCallback } from "../base/types.ts";
import type { KMeansOptions, KMeansResult } from "./kmeans.ts";
import { hamerly } from "./_hamerly.ts";
import { lloyd } from "./_lloyd.ts";
import { makeWorkspace, type Rows, type Run } from "./_workspace.ts";
import {
  fitInParallel,
  keepsDistances,
  NESTED_PARALLEL_MIN_WORK,
  PARALLEL_MIN_WORK,
  startCache,
  startCentres,
  startWorkers,
} from "./_parallel.ts";
import { prepareRows } from "./_prepare.ts";

/** Checked settings of a k-means call. */
export interface Settings {
  readonly init: "k-means++" | "random" | Matrix;
  readonly starts: number;
  readonly maxIter: number;
  /** Relative tolerance (times the mean column variance, measured when the fits start). */
  readonly tol: number;
  readonly seed: number;
  readonly algorithm: "lloyd" | "hamerly";
  readonly threads: number;
  /** True when the caller set `threads`: then threads are used whatever the size. */
  readonly threadsAsked: boolean;
  /** Nested starts across k (see `kmeansRange`). */
  readonly nested: boolean;
}

/** Check the shape of `x` and the options (the values are checked by `fitAll`); the error messages of `kmeans`. */
export function settle(
  x: Matrix,
  options: KMeansOptions & { nestedStarts?: boolean },
  ks: readonly number[],
): Settings {
  const {
    init = "k-means++",
    nInit = 10,
    maxIter = 300,
    tol = 1e-4,
    seed = 0,
    algorithm = "hamerly",
    threads = Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1),
  } = options;
  const n = x.rows;
  if (x.data.length !== n * x.cols) {
    throw new TypeError(
      `Cannot run kmeans: the matrix has ${x.data.length} values for ${n} x ${x.cols}; build it with matrixFromRows`,
    );
  }
  for (const k of ks) {
    if (!Number.isInteger(k) || k < 1 || k > n) {
      throw new RangeError(
        `Cannot run kmeans with k = ${k}: k must be an integer from 1 to ${n}, the number of rows`,
      );
    }
  }
  if (!Number.isInteger(nInit) || nInit < 1) {
    throw new RangeError(`Cannot run kmeans with nInit = ${nInit}: nInit must be a positive integer`);
  }
  if (!Number.isInteger(maxIter) || maxIter < 1) {
    throw new RangeError(`Cannot run kmeans with maxIter = ${maxIter}: maxIter must be a positive integer`);
  }
  if (!(tol >= 0)) throw new RangeError(`Cannot run kmeans with tol = ${tol}: tol must be 0 or more`);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`Cannot run kmeans with threads = ${threads}: threads must be a positive integer`);
  }
  if (algorithm !== "lloyd" && algorithm !== "hamerly") {
    throw new RangeError(`Cannot run kmeans with algorithm "${algorithm}": use "hamerly" or "lloyd"`);
  }
  if (typeof init === "object") {
    for (const k of ks) {
      if (init.rows !== k || init.cols !== x.cols) {
        throw new TypeError(
          `Cannot start kmeans from the given centres: they are ${init.rows} x ${init.cols}, expected ${k} x ${x.cols}`,
        );
      }
    }
  } else if (init !== "k-means++" && init !== "random") {
    throw new RangeError(
      `Cannot run kmeans with init "${init}": use "k-means++", "random" or a matrix of centres`,
    );
  }
  const starts = typeof init === "object" ? 1 : nInit;
  return {
    init,
    starts,
    maxIter,
    tol,
    seed,
    algorithm,
    threads,
    threadsAsked: options.threads !== undefined,
    nested: options.nestedStarts === true && typeof init !== "object",
  };
}

/**
 * How many worker threads a call with these settings starts beside the caller: `threads - 1`
 * (at most one per fit but the caller's), when its work (rows x columns x centres, summed over
 * the fits) reaches `PARALLEL_MIN_WORK`, or `NESTED_PARALLEL_MIN_WORK` with nested starts, or
 * whatever the size when the caller set `threads`; none from given centres (one fit) or on one
 * thread.
 */
export function workerCount(s: Settings, n: number, d: number, ks: readonly number[]): number {
  const fits = s.starts * ks.length;
  if (typeof s.init === "object" || s.threads < 2 || fits < 2) return 0;
  let centres = 0;
  for (const k of ks) centres += k * s.starts;
  const minWork = s.nested ? NESTED_PARALLEL_MIN_WORK : PARALLEL_MIN_WORK;
  return s.threadsAsked || n * d * centres >= minWork ? Math.min(s.threads - 1, fits - 1) : 0;
}

/** Best run for each k: on worker threads too when the work is large enough, else one start after another. */
export function fitAll(
  x: Matrix,
  ks: readonly number[],
  s: Settings,
  onProgress: ProgressCallback | undefined,
  progress: "starts" | "ks",
): Run[] {
  const n = x.rows, d = x.cols;
  const count = workerCount(s, n, d, ks);
  const workers = count > 0 ? startWorkers(count) : null;
  try {
    const { data, order, meanVariance } = prepareRows(x, "run kmeans", workers !== null);
    const rows = { data, n, d, tolAbs: s.tol * meanVariance };
    const runs = fitRuns(rows, ks, s, workers, { onProgress, unit: progress });
    if (order === null) return runs;
    return runs.map((r) => ({ ...r, labels: unpermute(r.labels, order) }));
  } finally {
    for (const w of workers ?? []) w.terminate();
  }
}

/** Labels in the caller's row order (`order[t]` is the caller's index of row `t`). */
function unpermute(labels: Int32Array, order: Int32Array): Int32Array {
  const out = new Int32Array(labels.length);
  for (let t = 0; t < labels.length; t++) out[order[t]!] = labels[t]!;
  return out;
}

/** Progress reports: once per start, or once per k. */
interface Report {
  readonly onProgress: ProgressCallback | undefined;
  readonly unit: "starts" | "ks";
}

/** Best run for each k, on the given workers too when there are any. */
function fitRuns(
  rows: Rows & { readonly tolAbs: number },
  ks: readonly number[],
  s: Settings,
  workers: readonly Worker[] | null,
  report: Report,
): Run[] {
  const { data, n, d, tolAbs } = rows;
  const { onProgress, unit: progress } = report;
  const { init } = s;
  const total = progress === "starts" ? s.starts * ks.length : ks.length;
  if (workers !== null && typeof init !== "object") {
    let reported = 0;
    return fitInParallel(
      {
        data,
        n,
        d,
        init,
        algorithm: s.algorithm,
        maxIter: s.maxIter,
        tolAbs,
        seed: s.seed,
        nested: s.nested,
      },
      ks,
      s.starts,
      workers,
      (done, fits) => {
        // Fits finished so far, as starts, or scaled to the number of ks.
        const now = progress === "starts" ? done : Math.floor((done * ks.length) / fits);
        for (; reported < now; reported++) onProgress?.({ step: "k-means", done: reported + 1, total });
      },
    );
  }
  const iterate = s.algorithm === "lloyd" ? lloyd : hamerly;
  const limits = { maxIter: s.maxIter, tolAbs };
  let done = 0;
  const kMax = Math.max(...ks);
  const ws = makeWorkspace(data, n, d, kMax);
  const cache = startCache(null, null, null, keepsDistances(s, n, d, kMax, s.starts));
  // Largest k first, as the parallel queue runs them: the first fit then takes every path of the
  // kernels (with k = 1 first, V8 would optimise them with no feedback for the loops over other
  // centres, and drop that code at k = 2). Each fit is independent, so the order changes no result.
  const runs: Run[] = new Array(ks.length);
  const byK = ks.map((k, t) => ({ k, t })).sort((a, b) => b.k - a.k || a.t - b.t);
  for (const { k, t } of byK) {
    let best: Run | null = null;
    for (let st = 0; st < s.starts; st++) {
      const centres = typeof init === "object"
        ? Float64Array.from(init.data)
        : startCentres(ws, { k, start: st }, { init, seed: s.seed, nested: s.nested }, cache);
      const run = iterate(ws, centres, k, limits);
      if (best === null || run.inertia < best.inertia) best = run;
      if (progress === "starts") onProgress?.({ step: "k-means", done: ++done, total });
    }
    if (progress === "ks") onProgress?.({ step: "k-means", done: ++done, total });
    runs[t] = best!;
  }
  return runs;
}

/** The public result of one fit. */
export function toResult(x: Matrix, k: number, run: Run, s: Settings): KMeansResult {
  const n = x.rows;
  const seen = new Uint8Array(k);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (seen[run.labels[i]!] === 0) {
      seen[run.labels[i]!] = 1;
      distinct++;
    }
  }
  const warnings = distinct < k ? [{ code: "kmeans-fewer-clusters", distinct, k }] : [];
  return {
    algorithm: "kmeans",
    labels: run.labels,
    k,
    centroids: { data: run.centres, rows: k, cols: x.cols, columns: x.columns },
    inertia: run.inertia,
    seed: s.seed,
    warnings,
    nIter: run.nIter,
    nInit: s.starts,
  };
}
