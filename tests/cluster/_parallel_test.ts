import assert from "node:assert/strict";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { kmeansRange } from "../../lib/cluster/kmeans_range.ts";
import {
  Ctl,
  drawOnce,
  fitOne,
  keepsDistances,
  lastParallel,
  NESTED_DISTANCES_MAX_BYTES,
  NESTED_PARALLEL_MIN_WORK,
  PARALLEL_MIN_WORK,
  startCache,
  type Task,
} from "../../lib/cluster/_parallel.ts";
import { settle, workerCount } from "../../lib/cluster/_fit.ts";
import { makeWorkspace } from "../../lib/cluster/_workspace.ts";
import { blobs } from "./_partition.ts";

let loaded: Promise<void> | null = null;

/**
 * Start one worker with an empty queue and wait until it has loaded, once per test process.
 * `deno test` type-checks the first worker module a process loads (about a second); inside a
 * test's fit, that would let the caller finish every fit before the worker could take one.
 */
function workerLoaded(): Promise<void> {
  return loaded ??= (async () => {
    const worker = new Worker(new URL("../../lib/cluster/_kmeans_worker.ts", import.meta.url), {
      type: "module",
    });
    const ctl = new SharedArrayBuffer(Ctl.Size * 4), c = new Int32Array(ctl);
    try {
      worker.postMessage({ tasks: [], ctl });
      const deadline = Date.now() + 120_000;
      while (Atomics.load(c, Ctl.Loaded) === 0 || Atomics.load(c, Ctl.Active) > 0) {
        if (Date.now() > deadline) throw new Error("the k-means worker did not load within 2 minutes");
        await new Promise((res) => setTimeout(res, 5));
      }
    } finally {
      worker.terminate();
    }
  })();
}

Deno.test("a k-means worker takes fits from the shared queue and keeps each k's best start, as the caller would", async () => {
  const x = blobs([[0, 0, 0], [4, 0, 0], [0, 4, 0]], 400, 1, 7);
  const n = x.rows, d = x.cols, nK = 2, stride = 4 * d + 3;
  const tasks: Task[] = [];
  for (const [kIndex, k] of [3, 4].entries()) for (let s = 0; s < 3; s++) tasks.push({ k, kIndex, start: s });
  const data = new Float64Array(new SharedArrayBuffer(n * d * 8));
  data.set(x.data);
  const ctl = new SharedArrayBuffer(Ctl.Size * 4), done = new SharedArrayBuffer(tasks.length * 4);
  const labels = new SharedArrayBuffer(nK * n * 4), result = new SharedArrayBuffer(nK * stride * 8);
  const r = new Float64Array(result);
  for (let slot = 0; slot < nK; slot++) r[slot * stride + stride - 1] = -1;
  const p = { init: "k-means++" as const, maxIter: 300, tolAbs: 1e-8, seed: 11, nested: false };
  const worker = new Worker(new URL("../../lib/cluster/_kmeans_worker.ts", import.meta.url), {
    type: "module",
  });
  try {
    worker.postMessage({
      ...p,
      data: data.buffer,
      n,
      d,
      algorithm: "hamerly",
      tasks,
      nK,
      worker: 0,
      stride,
      ctl,
      done,
      labels,
      result,
    });
    const c = new Int32Array(ctl);
    // The worker alone drains the queue, then leaves its claiming loop.
    while (Atomics.load(c, Ctl.Loaded) === 0 || Atomics.load(c, Ctl.Active) > 0) {
      await new Promise((res) => setTimeout(res, 5));
    }
  } finally {
    worker.terminate();
  }
  assert.deepEqual([...new Int32Array(done)], tasks.map(() => 1));
  const ws = makeWorkspace(data, n, d, 4);
  for (const [kIndex, k] of [3, 4].entries()) {
    const runs = [0, 1, 2].map((start) =>
      fitOne(ws, { k, kIndex, start }, { ...p, algorithm: "hamerly" }, startCache())
    );
    let best = 0;
    for (let s = 1; s < 3; s++) if (runs[s]!.inertia < runs[best]!.inertia) best = s;
    const slot = r.subarray(kIndex * stride, (kIndex + 1) * stride);
    assert.equal(slot[stride - 1], best, `k = ${k}: best start`);
    assert.equal(slot[stride - 3], runs[best]!.inertia);
    assert.deepEqual([...slot.subarray(0, k * d)], [...runs[best]!.centres]);
    assert.deepEqual([...new Int32Array(labels, kIndex * n * 4, n)], [...runs[best]!.labels]);
  }
});

Deno.test("kmeans() shares its starts with a worker on large inputs, bit-identical to one thread", async () => {
  await workerLoaded();
  // 30,000 rows and 40 starts: the caller is busy long enough for the worker to load and take some.
  const x = blobs([[0, 0, 0], [3, 0, 0], [0, 3, 0], [0, 0, 3]], 7_500, 1, 21);
  const one = kmeans(x, 4, { nInit: 40, seed: 2, threads: 1 });
  const two = kmeans(x, 4, { nInit: 40, seed: 2, threads: 2 });
  assert.ok(lastParallel.byWorkers > 0, `the worker ran ${lastParallel.byWorkers} of the 40 starts`);
  assert.equal(lastParallel.byWorkers + lastParallel.byCaller, 40);
  assert.deepEqual(two, one);
});

Deno.test("kmeansRange() on two threads: every k's fit equals the sequential one", () => {
  const x = blobs([[0, 0], [5, 0], [0, 5]], 8_000, 1, 4);
  const ks = [1, 2, 3, 4, 5, 6, 7, 8];
  const two = kmeansRange(x, ks, { nInit: 2, seed: 9, threads: 2 });
  assert.equal(lastParallel.byWorkers + lastParallel.byCaller, ks.length * 2);
  assert.deepEqual(two, kmeansRange(x, ks, { nInit: 2, seed: 9, threads: 1 }));
});

Deno.test("kmeansRange() with nested starts on two threads equals one thread, bit for bit", async () => {
  await workerLoaded();
  const x = blobs([[0, 0, 0, 0, 0], [5, 0, 0, 0, 0], [0, 5, 0, 0, 0]], 8_000, 1, 5);
  const ks = [1, 2, 3, 4, 5, 6];
  const two = kmeansRange(x, ks, { nInit: 3, seed: 4, threads: 2, nestedStarts: true });
  assert.ok(lastParallel.byWorkers > 0, `the worker ran ${lastParallel.byWorkers} fits`);
  // Each start's draw for the largest k is made once, by one thread, and shared.
  assert.equal(lastParallel.draws, 3);
  assert.deepEqual(two, kmeansRange(x, ks, { nInit: 3, seed: 4, threads: 1, nestedStarts: true }));
});

Deno.test("kmeansRange() with nested starts on 3 columns and one start: two threads equal one, one draw", async () => {
  await workerLoaded();
  // One draw, made by the caller (it claims the largest k first); the worker's fits start from
  // prefixes of it, received through shared memory.
  const x = blobs([[0, 0, 0], [5, 0, 0], [0, 5, 0]], 15_000, 1, 6);
  const ks = [1, 2, 3, 4, 5, 6, 7, 8];
  const two = kmeansRange(x, ks, { nInit: 1, seed: 2, threads: 2, nestedStarts: true });
  assert.ok(lastParallel.byWorkers > 0, `the worker ran ${lastParallel.byWorkers} fits`);
  assert.equal(lastParallel.draws, 1);
  assert.deepEqual(two, kmeansRange(x, ks, { nInit: 1, seed: 2, threads: 1, nestedStarts: true }));
});

Deno.test("drawOnce() draws a start once, returns a ready draw without drawing, and after a failed draw lets the next caller draw", () => {
  const state = new Int32Array(new SharedArrayBuffer(3 * 4)),
    centres = new Float64Array(new SharedArrayBuffer(2 * 2 * 8));
  let calls = 0;
  const draw = (v: number) => () => (calls++, Float64Array.of(v, v + 1));
  assert.deepEqual(drawOnce(state, centres, 0, 2, draw(1)), Float64Array.of(1, 2));
  assert.deepEqual([state[0], state[2], calls], [2, 1, 1]);
  // Ready: the stored centres, no second draw.
  assert.deepEqual(drawOnce(state, centres, 0, 2, draw(9)), Float64Array.of(1, 2));
  assert.equal(calls, 1);
  // A draw that throws leaves start 1 "not drawn" (not "being drawn", which would make others wait forever).
  assert.throws(() =>
    drawOnce(state, centres, 1, 2, () => {
      throw new Error("boom");
    }), /boom/);
  assert.equal(state[1], 0);
  assert.deepEqual(drawOnce(state, centres, 1, 2, draw(5)), Float64Array.of(5, 6));
  assert.deepEqual([state[1], state[2], Array.from(centres)], [2, 2, [1, 2, 5, 6]]);
});

Deno.test("keepsDistances(): nested k-means++ draws on more than 4 columns keep their distances, within the memory cap", () => {
  const nested = { nested: true, init: "k-means++" };
  assert.equal(keepsDistances(nested, 25_000, 17, 10, 1), true);
  assert.equal(keepsDistances(nested, 25_000, 4, 10, 1), false, "4 columns: a scan is cheap");
  assert.equal(keepsDistances({ nested: false, init: "k-means++" }, 25_000, 17, 10, 1), false);
  assert.equal(keepsDistances({ nested: true, init: "random" }, 25_000, 17, 10, 1), false);
  const rows = NESTED_DISTANCES_MAX_BYTES / (10 * 10 * 8);
  assert.equal(keepsDistances(nested, rows, 17, 10, 10), true);
  assert.equal(keepsDistances(nested, rows + 1, 17, 10, 10), false, "over the cap");
});

Deno.test("workerCount(): threads - 1 workers from the work thresholds (rows x columns x centres; higher with nested starts), any size when threads is set, none for one fit or given centres", () => {
  // A matrix of that shape for `settle`, which reads only its shape (no values allocated).
  const x = (rows: number, cols: number) => ({
    data: { length: rows * cols } as unknown as Float64Array,
    rows,
    cols,
    columns: Array.from({ length: cols }, (_, j) => `x${j}`),
  });
  // Settings as from `settle`, on a 4-core machine (`threads` not set by the caller unless `asked`).
  const count = (rows: number, cols: number, ks: number[], o: Parameters<typeof settle>[1], asked = false) =>
    workerCount(
      { ...settle(x(rows, cols), o, ks), threads: o.threads ?? 4, threadsAsked: asked },
      rows,
      cols,
      ks,
    );
  const sweep = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // The work counts centres: best of 10 at k = 4 on 100k x 3 (12M) stays on the caller, the
  // k = 1..10 sweep there (55 centres, 16.5M) does not.
  assert.ok(100_000 * 3 * 40 < PARALLEL_MIN_WORK && 100_000 * 3 * 55 >= PARALLEL_MIN_WORK);
  assert.equal(count(100_000, 3, [4], { nInit: 10 }), 0);
  assert.equal(count(100_000, 3, sweep, { nInit: 1 }), 3);
  // Nested starts: 25k x 17 (23M) is above the plain threshold, below the nested one.
  assert.ok(25_000 * 17 * 55 >= PARALLEL_MIN_WORK && 25_000 * 17 * 55 < NESTED_PARALLEL_MIN_WORK);
  assert.equal(count(25_000, 17, sweep, { nInit: 1 }), 3);
  assert.equal(count(25_000, 17, sweep, { nInit: 1, nestedStarts: true }), 0, "nested: the caller alone");
  assert.equal(count(100_000, 17, sweep, { nInit: 1, nestedStarts: true }), 3);
  assert.equal(count(25_000, 17, sweep, { nInit: 10, nestedStarts: true }), 3, "nested, 10 starts");
  assert.equal(count(1_000, 3, sweep, { nInit: 10 }), 0, "small: the caller alone");
  assert.equal(
    count(1_000, 3, sweep, { nInit: 10, threads: 3 }, true),
    2,
    "threads set: used whatever the size",
  );
  assert.equal(count(10_000_000, 3, [1], { nInit: 2 }), 1, "at most one worker per fit but the caller's");
  assert.equal(count(10_000_000, 3, [4], { nInit: 1 }), 0, "one fit");
  assert.equal(count(10_000_000, 3, sweep, { nInit: 10, threads: 1 }, true), 0, "one thread");
  const given = { ...x(4, 3), data: new Float64Array(12) };
  assert.equal(count(10_000_000, 3, [4], { nInit: 1, init: given }), 0, "given centres: one fit");
});

Deno.test("kmeansRange() with nested starts on 17 columns: two threads (the draws' distances shared through memory) equal one, bit for bit", async () => {
  await workerLoaded();
  const centres = Array.from(
    { length: 4 },
    (_, c) => Array.from({ length: 17 }, (_, j) => (j % 4 === c ? 5 : 0)),
  );
  // 24,000 rows and 48 fits: the caller is busy long enough for the worker to load and take some
  // (with 8,000 rows and 12 fits, the caller sometimes finished them all first on a loaded machine).
  const x = blobs(centres, 6_000, 1.2, 13);
  const ks = [1, 2, 3, 4, 5, 6, 7, 8];
  const two = kmeansRange(x, ks, { nInit: 6, seed: 5, threads: 2, nestedStarts: true });
  assert.ok(lastParallel.byWorkers > 0, `the worker ran ${lastParallel.byWorkers} fits`);
  assert.equal(lastParallel.draws, 6);
  assert.deepEqual(two, kmeansRange(x, ks, { nInit: 6, seed: 5, threads: 1, nestedStarts: true }));
});
