import assert from "node:assert/strict";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { kmeansRange } from "../../lib/cluster/kmeans_range.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { kmeansPlusPlus, randomInit } from "../../lib/cluster/_kmeans_plusplus.ts";
import { makeWorkspace } from "../../lib/cluster/_workspace.ts";
import { childSeed, makeRandom } from "../../lib/base/random.ts";
import type { Matrix, Progress } from "../../lib/base/types.ts";
import { blobs } from "./_partition.ts";

Deno.test("kmeansRange() equals one kmeans call per k and reports progress per k", () => {
  const x = blobs([[0, 0], [5, 0], [0, 5]], 30, 0.7, 2);
  const seen: Progress[] = [];
  const fits = kmeansRange(x, [2, 3, 4], { nInit: 4, seed: 3, onProgress: (p) => seen.push(p) });
  assert.deepEqual(fits, [2, 3, 4].map((k) => kmeans(x, k, { nInit: 4, seed: 3 })));
  assert.deepEqual(seen.map((p) => p.done), [1, 2, 3]);
  assert.deepEqual(kmeansRange(x, []), []);
});

Deno.test("kmeansRange() on worker threads (one start per k) is bit-identical to one thread", () => {
  // threads set explicitly: workers are used whatever the size.
  const x = blobs([[0, 0, 0], [5, 0, 0], [0, 5, 0], [0, 0, 5]], 2_500, 0.8, 6);
  const ks = [1, 2, 3, 4, 5, 6, 7];
  assert.deepEqual(
    kmeansRange(x, ks, { nInit: 1, threads: 2 }),
    kmeansRange(x, ks, { nInit: 1, threads: 1 }),
  );
});

Deno.test("kmeansRange() rejects any k out of range", () => {
  assert.throws(
    () => kmeansRange(matrixFromRows([[0], [1]]), [1, 3]),
    /^RangeError: Cannot run kmeans with k = 3: k must be an integer from 1 to 2/,
  );
});

/** Start `s` of a nested sweep up to `kMax`: the draw for kMax with start s's stream. */
function nestedDraw(
  x: Matrix,
  kMax: number,
  seed: number,
  s: number,
  init: "k-means++" | "random",
): Float64Array {
  const rng = makeRandom(childSeed(seed, s));
  return init === "random"
    ? randomInit({ data: x.data, n: x.rows, d: x.cols }, kMax, rng)
    : kmeansPlusPlus(makeWorkspace(x.data, x.rows, x.cols, kMax), kMax, rng);
}

/** k-means from the first k centres of `all`. */
function fromPrefix(x: Matrix, all: Float64Array, k: number) {
  return kmeans(x, k, {
    init: { data: all.slice(0, k * x.cols), rows: k, cols: x.cols, columns: x.columns },
  });
}

Deno.test("kmeansRange() with nested starts: every k starts from the first k centres drawn for the largest k", () => {
  // On more than 4 columns, the first assignment of each k < 7 is read from the draw's distances.
  for (const [init, d] of [["k-means++", 2], ["k-means++", 6], ["k-means++", 17], ["random", 3]] as const) {
    const centres = Array.from(
      { length: 5 },
      (_, c) => Array.from({ length: d }, (_, j) => (c === j ? 6 : 0)),
    );
    const x = blobs(centres, 200, 1, 8 + d);
    const ks = [1, 2, 3, 5, 7];
    const fits = kmeansRange(x, ks, { nInit: 1, seed: 12, init, nestedStarts: true });
    const all = nestedDraw(x, 7, 12, 0, init);
    for (const [t, k] of ks.entries()) {
      const own = fromPrefix(x, all, k);
      assert.deepEqual(fits[t]!.labels, own.labels, `${init}, ${d} columns, k = ${k}: labels`);
      assert.equal(fits[t]!.inertia, own.inertia, `${init}, ${d} columns, k = ${k}: inertia`);
    }
    // For the largest k, the nested start is the ordinary one.
    assert.deepEqual(fits.at(-1), kmeans(x, 7, { nInit: 1, seed: 12, init }));
  }
});

Deno.test("kmeansRange() with nested starts keeps each k's best start (first on ties) and reports progress per k", () => {
  const x = blobs([[0, 0, 0, 0, 0], [4, 0, 0, 0, 0], [0, 4, 0, 0, 0]], 150, 1.5, 3);
  const seen: number[] = [];
  const ks = [2, 3, 4, 6];
  const fits = kmeansRange(x, ks, {
    nInit: 5,
    seed: 1,
    nestedStarts: true,
    onProgress: (p) => seen.push(p.done),
  });
  assert.deepEqual(seen, [1, 2, 3, 4]);
  const draws = [0, 1, 2, 3, 4].map((s) => nestedDraw(x, 6, 1, s, "k-means++"));
  for (const [t, k] of ks.entries()) {
    const runs = draws.map((all) => fromPrefix(x, all, k));
    let best = 0;
    for (let s = 1; s < runs.length; s++) if (runs[s]!.inertia < runs[best]!.inertia) best = s;
    assert.equal(fits[t]!.inertia, runs[best]!.inertia, `k = ${k}`);
    assert.deepEqual(fits[t]!.labels, runs[best]!.labels, `k = ${k}`);
  }
});
