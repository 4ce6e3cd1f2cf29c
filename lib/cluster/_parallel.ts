/**
 * Private: run k-means fits (each a k and some of its starts) on several threads (workers on
 * shared memory), keeping the call synchronous by blocking on `Atomics.wait`. Every start draws
 * from `childSeed(seed, s)` and runs the same code as on one thread, and the best start of a k is
 * chosen in start order, so results are bit-identical to the sequential ones. Returns `null` (the
 * caller then runs sequentially) when workers are unavailable or do not start in time.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import type { Run } from "./_lloyd.ts";

/** Settings shared by every fit. */
export interface ParallelSettings {
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
  readonly init: "k-means++" | "random";
  readonly algorithm: "lloyd" | "hamerly";
  readonly maxIter: number;
  readonly tolAbs: number;
  readonly seed: number;
}

/**
 * Work (rows x cols x starts, summed over k) from which fits run on several threads by default:
 * below it, starting the workers (about 0.1 s) costs more than it saves.
 */
export const PARALLEL_MIN_WORK = 10_000_000;

/** Longest wait for the workers to load and pick up their job before giving up, in ms. */
const START_TIMEOUT_MS = 10000;

/**
 * Best run of `nInit` starts for each k in `ks`, computed by up to `threads` workers; `null` when
 * workers cannot be used. The starts of one k are split among workers when there are fewer ks
 * than threads.
 */
export function fitInParallel(
  p: ParallelSettings,
  ks: readonly number[],
  nInit: number,
  threads: number,
): Run[] | null {
  if (typeof Worker === "undefined" || typeof SharedArrayBuffer === "undefined") return null;
  const workerUrl = new URL("./_kmeans_worker.ts", import.meta.url);
  if (!mayLoad(workerUrl)) return null;
  const { n, d } = p;
  const kMax = Math.max(...ks);
  const stride = kMax * d + 3;
  // Split each k's starts into groups so there is work for every thread.
  const groups = Math.max(1, Math.min(nInit, Math.ceil(threads / ks.length)));
  const tasks: { k: number; starts: number[]; slot: number }[] = [];
  for (const k of ks) {
    for (let g = 0; g < groups; g++) {
      const starts: number[] = [];
      for (let s = g; s < nInit; s += groups) starts.push(s);
      tasks.push({ k, starts, slot: tasks.length });
    }
  }
  // Largest k first, dealt round-robin: similar work per worker.
  const order = [...tasks].sort((a, b) => b.k - a.k || a.slot - b.slot);
  const nWorkers = Math.min(threads, tasks.length);
  const perWorker: (typeof tasks)[] = Array.from({ length: nWorkers }, () => []);
  order.forEach((t, i) => perWorker[i % nWorkers]!.push(t));

  const dataBuf = new SharedArrayBuffer(n * d * 8);
  new Float64Array(dataBuf).set(p.data);
  const flagsBuf = new SharedArrayBuffer((2 + nWorkers) * 4);
  const labelsBuf = new SharedArrayBuffer(tasks.length * n * 4);
  const resultBuf = new SharedArrayBuffer(tasks.length * stride * 8);
  const flags = new Int32Array(flagsBuf);
  const workers: Worker[] = [];
  try {
    for (let w = 0; w < nWorkers; w++) {
      const worker = new Worker(workerUrl, { type: "module" });
      workers.push(worker);
      worker.postMessage({
        data: dataBuf,
        n,
        d,
        init: p.init,
        algorithm: p.algorithm,
        maxIter: p.maxIter,
        tolAbs: p.tolAbs,
        seed: p.seed,
        tasks: perWorker[w],
        worker: w,
        stride,
        flags: flagsBuf,
        labels: labelsBuf,
        result: resultBuf,
      });
    }
    // Wait for every worker to start; a worker that cannot load never does.
    const deadline = performance.now() + START_TIMEOUT_MS;
    for (let started = Atomics.load(flags, 0); started < nWorkers; started = Atomics.load(flags, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) return null;
      Atomics.wait(flags, 0, started, left);
    }
    for (let done = Atomics.load(flags, 1); done < nWorkers; done = Atomics.load(flags, 1)) {
      Atomics.wait(flags, 1, done);
    }
    for (let w = 0; w < nWorkers; w++) if (flags[2 + w] !== 1) return null;
    return ks.map((k, t) => {
      let best = -1, bestInertia = Infinity, bestStart = Infinity;
      for (let g = 0; g < groups; g++) {
        const slot = t * groups + g;
        const r = new Float64Array(resultBuf, slot * stride * 8, stride);
        const inertia = r[stride - 3]!, start = r[stride - 1]!;
        if (best < 0 || inertia < bestInertia || (inertia === bestInertia && start < bestStart)) {
          best = slot;
          bestInertia = inertia;
          bestStart = start;
        }
      }
      const r = new Float64Array(resultBuf, best * stride * 8, stride);
      return {
        labels: new Int32Array(labelsBuf, best * n * 4, n).slice(),
        centres: r.slice(0, k * d),
        inertia: r[stride - 3]!,
        nIter: r[stride - 2]!,
      };
    });
  } catch {
    return null;
  } finally {
    for (const w of workers) w.terminate();
  }
}

/** True when the worker module can be loaded without a permission prompt (Deno checks read access for local worker files). */
function mayLoad(url: URL): boolean {
  if (url.protocol !== "file:") return true;
  const perms = (globalThis as {
    Deno?: { permissions?: { querySync?: (d: { name: "read"; path: string }) => { state: string } } };
  })
    .Deno?.permissions;
  if (!perms?.querySync) return true;
  try {
    return perms.querySync({ name: "read", path: fileURLToPath(url) }).state === "granted";
  } catch {
    return false;
  }
}
