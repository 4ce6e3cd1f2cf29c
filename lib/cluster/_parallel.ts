/**
 * Private: run k-means fits (each one start of one k) on the calling thread and on worker
 * threads together, keeping the call synchronous. The fits are a shared queue: whoever is free
 * takes the next one (an atomic counter), so the caller starts at once and workers join as soon
 * as they have loaded. Every start draws from `childSeed(seed, s)` and runs the same code
 * wherever it runs, and the best start of a k is chosen by (inertia, start index), so results are
 * bit-identical to the sequential ones whoever ran what. A fit a worker claimed but did not finish
 * (a worker that failed) is run by the caller; with no workers at all, the caller runs everything.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { childSeed, makeRandom } from "../base/random.ts";
import { hamerly } from "./_hamerly.ts";
import { assignFromDistances, kmeansPlusPlus, randomInit } from "./_kmeans_plusplus.ts";
import { lloyd } from "./_lloyd.ts";
import { makeWorkspace, type Run, TRACK_MAX_COLUMNS, type Workspace } from "./_workspace.ts";
import type { WorkerJob } from "./_kmeans_worker.ts";

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
  /** Nested starts: start `s` of every k is the first k centres of start `s` drawn for the largest k. */
  readonly nested: boolean;
}

/**
 * Work (rows x columns x centres, summed over the fits: a fit's cost grows with its k) from which
 * fits run on several threads by default. Starting a worker costs the caller time, and on 2 cores
 * the worker competes with the caller for the core V8 compiles on while both run cold, so below
 * this size one thread was as fast or faster (the measurements are in `bench/RESULTS.md`, "Why the
 * k-means code is shaped as it is"). When the other core is busy, two threads gain nothing.
 */
export const PARALLEL_MIN_WORK = 15_000_000;

/**
 * The same threshold for nested starts (`kmeansRange`'s `nestedStarts`): every fit of a start
 * waits for that start's one draw, so with few starts a worker mostly waits, and on 2 cores its
 * cold start slows the caller more than its fits help (measurements: `bench/RESULTS.md`, as above).
 */
export const NESTED_PARALLEL_MIN_WORK = 50_000_000;

/**
 * Most memory kept for the distances of nested draws (see `keepsDistances`): beyond it, the fits
 * for smaller k scan their first assignment instead (the same result, more time).
 */
export const NESTED_DISTANCES_MAX_BYTES = 128 * 2 ** 20;

/**
 * Whether nested k-means++ draws keep every row's distance to each centre (`n * kMax` values per
 * start, `starts` starts at once), so that each smaller k's first assignment is read from them
 * instead of scanned: on more than `TRACK_MAX_COLUMNS` columns (where a scan costs k long
 * distances a row) and within {@linkcode NESTED_DISTANCES_MAX_BYTES}.
 */
export function keepsDistances(
  p: { readonly nested: boolean; readonly init: unknown },
  n: number,
  d: number,
  kMax: number,
  starts: number,
): boolean {
  return p.nested && p.init === "k-means++" && d > TRACK_MAX_COLUMNS &&
    starts * n * kMax * 8 <= NESTED_DISTANCES_MAX_BYTES;
}

/** The control block of a parallel fit (Int32 slots of `ctl`). */
export const enum Ctl {
  /** Next task index to claim. */
  Next = 0,
  /** Workers inside their claiming loop. */
  Active = 1,
  /** Workers that have loaded (for the tests' and the benchmark's counters). */
  Loaded = 2,
  Size = 3,
}

/**
 * Every local module the worker loads (relative to this file): Deno asks for read permission on
 * each, so workers are used only when all are readable (the CLI grants exactly these).
 */
export const WORKER_MODULES: readonly string[] = [
  "./_kmeans_worker.ts",
  "./_hamerly.ts",
  "./_kmeans_plusplus.ts",
  "./_lloyd.ts",
  "./_parallel.ts",
  "./_workspace.ts",
  "../base/random.ts",
];

/**
 * Counters of the last parallel fit in this thread, for tests: fits run by workers and by the
 * caller, workers that loaded, and nested draws made (by all threads).
 */
export const lastParallel = { byWorkers: 0, byCaller: 0, workers: 0, draws: 0 };

/** The queue shared with workers: one entry per (k, start), largest k first. */
export interface Task {
  readonly k: number;
  /** Index of k in the caller's list of ks. */
  readonly kIndex: number;
  readonly start: number;
}

/**
 * Start `count` workers ahead of the data, so that they load their modules on their own threads
 * while the caller prepares it. `null` when workers cannot be used here: no `Worker` or
 * `SharedArrayBuffer`, or a module the worker needs may not be read.
 */
export function startWorkers(count: number): Worker[] | null {
  if (count < 1 || typeof Worker === "undefined" || typeof SharedArrayBuffer === "undefined") return null;
  if (!WORKER_MODULES.every((m) => mayLoad(new URL(m, import.meta.url)))) return null;
  const url = new URL("./_kmeans_worker.ts", import.meta.url);
  return Array.from({ length: count }, () => new Worker(url, { type: "module" }));
}

/**
 * Best run of `nInit` starts for each k in `ks`, computed by the caller and the given workers
 * (from {@linkcode startWorkers}; terminated at the end). `onDone` is called on the caller's
 * thread after each fit it finishes, with the number of fits finished so far by anyone.
 */
export function fitInParallel(
  p: ParallelSettings,
  ks: readonly number[],
  nInit: number,
  workers: readonly Worker[],
  onDone?: (done: number, total: number) => void,
): Run[] {
  const { n, d } = p;
  const kMax = Math.max(...ks);
  const tasks = queue(ks, nInit);
  const shared = shareBuffers(p, tasks.length, ks.length, nInit, kMax, workers.length);
  const ctl = new Int32Array(shared.ctl), done = new Int32Array(shared.done);
  const { drawState, draws, drawDistances } = shared;
  let byCaller = 0;
  try {
    const { init, algorithm, maxIter, tolAbs, seed, nested } = p;
    for (const [w, worker] of workers.entries()) {
      const job: WorkerJob = {
        ...shared,
        data: shared.data.buffer as SharedArrayBuffer,
        n,
        d,
        init,
        algorithm,
        maxIter,
        tolAbs,
        seed,
        nested,
        tasks,
        nK: ks.length,
        worker: w,
      };
      worker.postMessage(job);
    }
    // The caller's own share: claim until the queue is empty.
    const mine: (Run & { start: number } | null)[] = ks.map(() => null);
    const ws = makeWorkspace(shared.data, n, d, kMax);
    const cache = startCache(drawState, draws, drawDistances);
    const runHere = (t: number) => {
      const task = tasks[t]!;
      const run = fitOne(ws, task, p, cache);
      const cur = mine[task.kIndex];
      if (cur == null || better(run.inertia, task.start, cur.inertia, cur.start)) {
        mine[task.kIndex] = { ...run, start: task.start };
      }
      byCaller++;
    };
    for (let t = Atomics.add(ctl, Ctl.Next, 1); t < tasks.length; t = Atomics.add(ctl, Ctl.Next, 1)) {
      runHere(t);
      Atomics.store(done, t, 1);
      onDone?.(countDone(done), tasks.length);
    }
    // Wait for the workers still inside a fit; a worker that has not started by now finds the
    // queue empty and claims nothing.
    for (let a = Atomics.load(ctl, Ctl.Active); a > 0; a = Atomics.load(ctl, Ctl.Active)) {
      Atomics.wait(ctl, Ctl.Active, a, 50);
    }
    // Fits claimed by a worker that failed: run them here.
    for (let t = 0; t < tasks.length; t++) if (Atomics.load(done, t) !== 1) runHere(t);
    lastParallel.byCaller = byCaller;
    lastParallel.byWorkers = tasks.length - byCaller;
    lastParallel.workers = Atomics.load(ctl, Ctl.Loaded);
    lastParallel.draws = drawState ? Atomics.load(new Int32Array(drawState), nInit) : 0;
    onDone?.(tasks.length, tasks.length);
    return ks.map((k, kIndex) => bestOfSlots(shared, mine[kIndex] ?? null, k, kIndex, ks.length, n, d));
  } finally {
    for (const w of workers) w.terminate();
  }
}

/** The queue of fits: one entry per (k, start), largest k first (slowest), then in start order, so that it ends with short fits. */
function queue(ks: readonly number[], nInit: number): Task[] {
  const tasks: Task[] = [];
  ks.forEach((k, kIndex) => {
    for (let s = 0; s < nInit; s++) tasks.push({ k, kIndex, start: s });
  });
  return tasks.sort((a, b) => b.k - a.k || a.kIndex - b.kIndex || a.start - b.start);
}

/** The shared memory of a parallel fit (see {@linkcode WorkerJob} for each buffer), with the rows as a typed array. */
type Shared =
  & Pick<
    WorkerJob,
    "stride" | "ctl" | "done" | "labels" | "result" | "drawState" | "draws" | "drawDistances"
  >
  & { readonly data: Float64Array };

function shareBuffers(
  p: ParallelSettings,
  nTasks: number,
  nK: number,
  nInit: number,
  kMax: number,
  nWorkers: number,
): Shared {
  const { n, d } = p;
  const stride = kMax * d + 3;
  // The rows in shared memory (prepared there already when they were reordered).
  const data = p.data.buffer instanceof SharedArrayBuffer && p.data.length === n * d
    ? p.data
    : new Float64Array(new SharedArrayBuffer(n * d * 8));
  if (data !== p.data) data.set(p.data);
  // One best-so-far slot per (worker, k): labels, then centres, inertia, nIter, start (-1: none).
  const result = new SharedArrayBuffer(nWorkers * nK * stride * 8);
  const r = new Float64Array(result);
  for (let slot = 0; slot < nWorkers * nK; slot++) r[slot * stride + stride - 1] = -1;
  return {
    data,
    stride,
    ctl: new SharedArrayBuffer(Ctl.Size * 4),
    done: new SharedArrayBuffer(nTasks * 4),
    labels: new SharedArrayBuffer(nWorkers * nK * n * 4),
    result,
    // Nested starts: each start's draw for kMax is made once, by whichever thread needs it first.
    drawState: p.nested ? new SharedArrayBuffer((nInit + 1) * 4) : null,
    draws: p.nested ? new SharedArrayBuffer(nInit * kMax * d * 8) : null,
    drawDistances: keepsDistances(p, n, d, kMax, nInit) ? new SharedArrayBuffer(nInit * n * kMax * 8) : null,
  };
}

/** The best of the caller's run (`own`) and every worker's slot for k, by the sequential rule. */
function bestOfSlots(
  shared: Shared,
  own: Run & { start: number } | null,
  k: number,
  kIndex: number,
  nK: number,
  n: number,
  d: number,
): Run {
  const { stride } = shared;
  const nWorkers = shared.result.byteLength / (nK * stride * 8);
  let best: Run | null = own, bestStart = own === null ? -1 : own.start;
  for (let w = 0; w < nWorkers; w++) {
    const slot = w * nK + kIndex;
    const r = new Float64Array(shared.result, slot * stride * 8, stride);
    const start = r[stride - 1]!;
    if (start < 0) continue;
    const inertia = r[stride - 3]!;
    if (best === null || better(inertia, start, best.inertia, bestStart)) {
      best = {
        labels: new Int32Array(shared.labels, slot * n * 4, n).slice(),
        centres: r.slice(0, k * d),
        inertia,
        nIter: r[stride - 2]!,
      };
      bestStart = start;
    }
  }
  return best!;
}

/** One nested draw: the centres for the largest k and, when kept, every row's distance to each. */
export interface NestedDraw {
  readonly centres: Float64Array;
  readonly dist: Float64Array | null;
}

/**
 * Nested starts already drawn: start index -> its draw, on this thread (`local`) and, in a
 * parallel fit, for every thread (`state` per start: 0 not drawn, 1 being drawn, 2 ready, then the
 * number of draws made; kMax * d centres per start in `centres`, n * kMax distances per start in
 * `dist` when they are kept). With `keepLocal`, a thread alone keeps the distances of its draws.
 */
export interface StartCache {
  readonly local: Map<number, NestedDraw>;
  readonly state: Int32Array | null;
  readonly centres: Float64Array | null;
  readonly dist: Float64Array | null;
  readonly keepLocal: boolean;
}

/**
 * A cache for this thread alone (keeping the draws' distances with `keepLocal`, see
 * {@linkcode keepsDistances}), or shared through the given buffers (from `fitInParallel`).
 */
export function startCache(
  state: SharedArrayBuffer | null = null,
  centres: SharedArrayBuffer | null = null,
  dist: SharedArrayBuffer | null = null,
  keepLocal = false,
): StartCache {
  return {
    local: new Map(),
    state: state && new Int32Array(state),
    centres: centres && new Float64Array(centres),
    dist: dist && new Float64Array(dist),
    keepLocal,
  };
}

/** How long a thread waits for another's draw before looking again (ms). */
const DRAW_WAIT_MS = 20;

/**
 * The draw of start `s`, made by the first thread that asks for it: the others wait for it
 * rather than repeat it (it is the same draw wherever it is made). If the drawing thread fails,
 * the state goes back to "not drawn" and the next one draws. Exported for the tests.
 */
export function drawOnce(
  state: Int32Array,
  centres: Float64Array,
  s: number,
  size: number,
  draw: () => Float64Array,
): Float64Array {
  for (;;) {
    const now = Atomics.compareExchange(state, s, 0, 1);
    if (now === 2) return centres.slice(s * size, (s + 1) * size);
    if (now === 0) {
      let ok = false;
      try {
        const c = draw();
        centres.set(c, s * size);
        Atomics.add(state, state.length - 1, 1);
        ok = true;
        return c;
      } finally {
        Atomics.store(state, s, ok ? 2 : 0);
        Atomics.notify(state, s);
      }
    }
    Atomics.wait(state, s, 1, DRAW_WAIT_MS);
  }
}

type StartSettings = Pick<ParallelSettings, "init" | "seed" | "nested">;

/**
 * The starting centres of one (k, start) fit, the same on every thread: drawn from
 * `childSeed(seed, start)` for k itself, or with `nested`, the first k of the centres drawn for
 * `ws.kMax` (drawn once per start, kept in `cache`). Draws are sequential, so the first k
 * are a valid k-means++ (or random) start of their own, with `2 + floor(ln kMax)` candidates a step.
 * Leaves the first assignment in the workspace when it can (see `Workspace.assigned`).
 */
export function startCentres(
  ws: Workspace,
  task: Pick<Task, "k" | "start">,
  p: StartSettings,
  cache: StartCache,
): Float64Array {
  const { n, d, kMax } = ws;
  const draw = (k: number, dist: Float64Array | null = null) => {
    const rng = makeRandom(childSeed(p.seed, task.start));
    return p.init === "random" ? randomInit(ws, k, rng) : kmeansPlusPlus(ws, k, rng, dist);
  };
  if (!p.nested) return draw(task.k);
  let got = cache.local.get(task.start);
  if (got === undefined) {
    const { state, centres } = cache;
    const size = n * kMax;
    const dist = cache.dist
      ? cache.dist.subarray(task.start * size, (task.start + 1) * size)
      : cache.keepLocal
      ? new Float64Array(size)
      : null;
    const all = state && centres
      ? drawOnce(state, centres, task.start, kMax * d, () => draw(kMax, dist))
      : draw(kMax, dist);
    got = { centres: all, dist: p.init === "k-means++" ? dist : null };
    cache.local.set(task.start, got);
  }
  const all = got.centres;
  const centres = all.slice(0, task.k * d);
  // The assignment k-means++ left for all kMax centres holds for this copy of them; for fewer
  // centres, it is read from the kept distances.
  if (task.k === kMax && ws.assigned === all) ws.assigned = centres;
  else if (got.dist !== null) {
    assignFromDistances(ws, got.dist, kMax, task.k);
    ws.assigned = centres;
  }
  return centres;
}

/** One start of one k, exactly as the sequential path runs it, with the workspace's rows and `kMax`. */
export function fitOne(
  ws: Workspace,
  task: Task,
  p: Pick<ParallelSettings, "init" | "algorithm" | "maxIter" | "tolAbs" | "seed" | "nested">,
  cache: StartCache,
): Run {
  const centres = startCentres(ws, task, p, cache);
  return (p.algorithm === "lloyd" ? lloyd : hamerly)(ws, centres, task.k, p);
}

/** The sequential rule: lower inertia wins; on a tie, the earlier start. */
export function better(inertia: number, start: number, bestInertia: number, bestStart: number): boolean {
  return inertia < bestInertia || (inertia === bestInertia && start < bestStart);
}

function countDone(done: Int32Array): number {
  let c = 0;
  for (let t = 0; t < done.length; t++) c += Atomics.load(done, t);
  return c;
}

/** True when a local module can be read without a permission prompt (Deno checks read access for a worker's modules). */
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
