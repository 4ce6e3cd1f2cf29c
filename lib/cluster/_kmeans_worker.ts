/**
 * Private worker of `kmeans`: runs some of the starts on shared memory and reports its best one.
 * Started only by `_parallel.ts`; never imported by library code.
 *
 * @module
 */
import { childSeed, makeRandom } from "../_random.ts";
import { hamerly, kmeansPlusPlus, lloyd, makeWorkspace, randomInit, type Run } from "./_lloyd.ts";

/** The job a worker receives. */
export interface WorkerJob {
  readonly data: SharedArrayBuffer;
  readonly n: number;
  readonly d: number;
  readonly init: "k-means++" | "random";
  readonly algorithm: "lloyd" | "hamerly";
  readonly maxIter: number;
  readonly tolAbs: number;
  readonly seed: number;
  /** The fits this worker runs: k, the start indices (ascending), and the result slot. */
  readonly tasks: readonly {
    readonly k: number;
    readonly starts: readonly number[];
    readonly slot: number;
  }[];
  /** This worker's index. */
  readonly worker: number;
  /** Size of one result slot: kMax * d + 3. */
  readonly stride: number;
  /** Int32: [started count, finished count, then one status per worker (1 ok, -1 failed)]. */
  readonly flags: SharedArrayBuffer;
  /** Int32, n per slot: labels of the slot's best start. */
  readonly labels: SharedArrayBuffer;
  /** Float64, `stride` per slot: k*d centres, then (at kMax * d) inertia, nIter, start index. */
  readonly result: SharedArrayBuffer;
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<WorkerJob>) => void) | null };
scope.onmessage = (e: MessageEvent<WorkerJob>) => {
  const job = e.data;
  const flags = new Int32Array(job.flags);
  Atomics.add(flags, 0, 1);
  Atomics.notify(flags, 0);
  let status = 1;
  try {
    const { n, d, maxIter, tolAbs, stride } = job;
    const data = new Float64Array(job.data);
    const iterate = job.algorithm === "lloyd" ? lloyd : hamerly;
    const ws = makeWorkspace(n, d, Math.max(...job.tasks.map((t) => t.k)));
    for (const task of job.tasks) {
      const k = task.k;
      let best: Run | null = null, bestStart = -1;
      for (const s of task.starts) {
        const rng = makeRandom(childSeed(job.seed, s));
        const centres = job.init === "random"
          ? randomInit(data, n, d, k, rng)
          : kmeansPlusPlus(data, n, d, k, rng, ws);
        const run = iterate(data, n, d, centres, k, maxIter, tolAbs, ws);
        if (best === null || run.inertia < best.inertia) {
          best = run;
          bestStart = s;
        }
      }
      const b = best!;
      new Int32Array(job.labels, task.slot * n * 4, n).set(b.labels);
      const out = new Float64Array(job.result, task.slot * stride * 8, stride);
      out.set(b.centres);
      out[stride - 3] = b.inertia;
      out[stride - 2] = b.nIter;
      out[stride - 1] = bestStart;
    }
  } catch {
    status = -1;
  }
  Atomics.store(flags, 2 + job.worker, status);
  Atomics.add(flags, 1, 1);
  Atomics.notify(flags, 1);
};
