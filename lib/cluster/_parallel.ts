/**
 * Private: run the starts of `kmeans` on several threads (workers on shared memory), keeping the
 * call synchronous by blocking on `Atomics.wait`. Every start draws from `childSeed(seed, s)` and
 * runs the same code as on one thread, and the best start is chosen in start order, so the result
 * is bit-identical to the sequential one. Returns `null` (the caller then runs sequentially) when
 * workers are unavailable or do not start in time.
 *
 * @module
 */
import type { Run } from "./_lloyd.ts";

/** Settings shared by every start. */
export interface ParallelStarts {
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
  readonly k: number;
  readonly init: "k-means++" | "random";
  readonly algorithm: "lloyd" | "hamerly";
  readonly maxIter: number;
  readonly tolAbs: number;
  readonly seed: number;
  readonly starts: number;
}

/** Longest wait for the workers to load and pick up their job before giving up, in ms. */
const START_TIMEOUT_MS = 10000;

/** Best run over all starts, computed by `threads` workers, or `null` when workers cannot be used. */
export function runStartsInParallel(p: ParallelStarts, threads: number): (Run & { nIter: number }) | null {
  if (
    typeof Worker === "undefined" || typeof SharedArrayBuffer === "undefined" ||
    typeof Atomics === "undefined"
  ) {
    return null;
  }
  const { n, d, k } = p;
  const slots = Math.min(threads, p.starts);
  const dataBuf = new SharedArrayBuffer(n * d * 8);
  new Float64Array(dataBuf).set(p.data);
  const flagsBuf = new SharedArrayBuffer((2 + slots) * 4);
  const labelsBuf = new SharedArrayBuffer(slots * n * 4);
  const resultBuf = new SharedArrayBuffer(slots * (k * d + 3) * 8);
  const flags = new Int32Array(flagsBuf);
  const workers: Worker[] = [];
  try {
    for (let w = 0; w < slots; w++) {
      const starts: number[] = [];
      for (let s = w; s < p.starts; s += slots) starts.push(s);
      const worker = new Worker(new URL("./_kmeans_worker.ts", import.meta.url), { type: "module" });
      workers.push(worker);
      worker.postMessage({
        data: dataBuf,
        n,
        d,
        k,
        init: p.init,
        algorithm: p.algorithm,
        maxIter: p.maxIter,
        tolAbs: p.tolAbs,
        seed: p.seed,
        starts,
        slot: w,
        flags: flagsBuf,
        labels: labelsBuf,
        result: resultBuf,
      });
    }
    // Wait for every worker to start; a worker that cannot load never does.
    const deadline = performance.now() + START_TIMEOUT_MS;
    for (let started = Atomics.load(flags, 0); started < slots; started = Atomics.load(flags, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) return null;
      Atomics.wait(flags, 0, started, left);
    }
    for (let done = Atomics.load(flags, 1); done < slots; done = Atomics.load(flags, 1)) {
      Atomics.wait(flags, 1, done);
    }
    let best = -1, bestInertia = Infinity, bestStart = Infinity;
    for (let w = 0; w < slots; w++) {
      if (flags[2 + w] !== 1) return null;
      const r = new Float64Array(resultBuf, w * (k * d + 3) * 8, k * d + 3);
      const inertia = r[k * d]!, start = r[k * d + 2]!;
      if (inertia < bestInertia || (inertia === bestInertia && start < bestStart)) {
        best = w;
        bestInertia = inertia;
        bestStart = start;
      }
    }
    const r = new Float64Array(resultBuf, best * (k * d + 3) * 8, k * d + 3);
    return {
      labels: new Int32Array(labelsBuf, best * n * 4, n).slice(),
      centres: r.slice(0, k * d),
      inertia: r[k * d]!,
      nIter: r[k * d + 1]!,
    };
  } catch {
    return null;
  } finally {
    for (const w of workers) w.terminate();
  }
}
