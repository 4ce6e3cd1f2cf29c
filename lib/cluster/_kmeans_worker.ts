/**
 * Private worker of `kmeans`: takes fits from the queue shared with the caller until it is
 * empty and keeps its best start of each k in its own slot of shared memory. Started only by
 * `_parallel.ts`; library code imports only its types.
 *
 * @module
 */
import { better, Ctl, fitOne, startCache, type Task } from "./_parallel.ts";
import { makeWorkspace, type Run } from "./_workspace.ts";

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
  readonly nested: boolean;
  /** Nested starts: the draws shared by all threads (see `StartCache`), else null. */
  readonly drawState: SharedArrayBuffer | null;
  readonly draws: SharedArrayBuffer | null;
  /** Nested starts: every row's distance to each drawn centre, when kept (see `keepsDistances`). */
  readonly drawDistances: SharedArrayBuffer | null;
  /** The shared queue of fits (the same list for everyone). */
  readonly tasks: readonly Task[];
  /** How many ks: the worker's slots are `worker * nK + kIndex`. */
  readonly nK: number;
  /** This worker's index. */
  readonly worker: number;
  /** Size of one result slot: kMax * d + 3. */
  readonly stride: number;
  /** Int32 control block (see `Ctl`). */
  readonly ctl: SharedArrayBuffer;
  /** Int32, one per task: 1 once finished. */
  readonly done: SharedArrayBuffer;
  /** Int32, n per slot: labels of the slot's best start. */
  readonly labels: SharedArrayBuffer;
  /** Float64, `stride` per slot: k*d centres, then inertia, nIter, start index (-1: none yet). */
  readonly result: SharedArrayBuffer;
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<WorkerJob>) => void) | null };
scope.onmessage = (e: MessageEvent<WorkerJob>) => {
  const job = e.data;
  const ctl = new Int32Array(job.ctl);
  Atomics.add(ctl, Ctl.Active, 1);
  Atomics.add(ctl, Ctl.Loaded, 1);
  try {
    if (Atomics.load(ctl, Ctl.Next) >= job.tasks.length) return;
    const { n, d, stride, nK } = job;
    const data = new Float64Array(job.data);
    const done = new Int32Array(job.done);
    const kMax = Math.max(...job.tasks.map((t) => t.k));
    const ws = makeWorkspace(data, n, d, kMax);
    const cache = startCache(job.drawState, job.draws, job.drawDistances);
    for (let t = Atomics.add(ctl, Ctl.Next, 1); t < job.tasks.length; t = Atomics.add(ctl, Ctl.Next, 1)) {
      const task = job.tasks[t]!;
      const run: Run = fitOne(ws, task, job, cache);
      const slot = job.worker * nK + task.kIndex;
      const out = new Float64Array(job.result, slot * stride * 8, stride);
      const prev = out[stride - 1]!;
      if (prev < 0 || better(run.inertia, task.start, out[stride - 3]!, prev)) {
        new Int32Array(job.labels, slot * n * 4, n).set(run.labels);
        out.set(run.centres);
        out[stride - 3] = run.inertia;
        out[stride - 2] = run.nIter;
        out[stride - 1] = task.start;
      }
      Atomics.store(done, t, 1);
    }
  } catch {
    // A fit left unfinished stays marked as not done: the caller runs it.
  } finally {
    Atomics.sub(ctl, Ctl.Active, 1);
    Atomics.notify(ctl, Ctl.Active);
  }
};
