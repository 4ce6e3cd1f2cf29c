import assert from "node:assert/strict";
import { sweepK } from "../../lib/choose_k/sweep_k.ts";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { kmeansRange } from "../../lib/cluster/kmeans_range.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import type { Progress } from "../../lib/base/types.ts";
import { calinskiHarabaszScore, daviesBouldinScore, silhouetteScore } from "../../lib/validate/mod.ts";
import { blobs, uniform } from "../cluster/_partition.ts";

const planted = blobs([[0, 0], [6, 0], [0, 6], [6, 6]], 40, 0.6, 21);

Deno.test("sweepK() on four planted blobs: elbow, silhouette and gap all find 4", () => {
  const s = sweepK(planted, { kMax: 7, nInit: 3 });
  assert.deepEqual(s.ks, [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(s.knee, 4);
  assert.equal(s.gapK, 4);
  assert.equal(s.ks[s.silhouette.indexOf(Math.max(...s.silhouette.slice(1)))], 4);
  assert.ok(
    Number.isNaN(s.silhouette[0]!) && Number.isNaN(s.calinskiHarabasz[0]!) &&
      Number.isNaN(s.daviesBouldin[0]!),
  );
  assert.ok(Number.isFinite(s.gap[0]!));
  // Inertia never rises with k for these well-separated fits.
  for (let t = 1; t < s.ks.length; t++) assert.ok(s.inertia[t]! <= s.inertia[t - 1]!);
  assert.deepEqual(s.warnings, []);
});

Deno.test("sweepK() on uniform noise: the gap statistic gives 1", () => {
  const s = sweepK(uniform(200, 2, 8), { kMax: 6, nInit: 3, metrics: ["gap"] });
  assert.equal(s.gapK, 1);
});

Deno.test("sweepK() gap with references over the principal-axes box finds the planted k of a tilted square", () => {
  // Four blobs on a square turned 45 degrees.
  const x = blobs([[0, 0], [4, 4], [-4, 4], [0, 8]], 40, 0.5, 4);
  const s = sweepK(x, { kMax: 6, nInit: 3, metrics: ["gap"], gapReference: "pca" });
  assert.equal(s.gapK, 4);
  const box = sweepK(x, { kMax: 6, nInit: 3, metrics: ["gap"] });
  assert.notDeepEqual(s.gap, box.gap);
});

Deno.test("sweepK() reuses kmeans: labels, centroids and inertia are those of kmeans with the same seed", () => {
  const s = sweepK(planted, { kMin: 2, kMax: 5, nInit: 4, seed: 9, metrics: [] });
  s.ks.forEach((k, t) => {
    const fit = kmeans(planted, k, { nInit: 4, seed: 9 });
    assert.deepEqual([...s.labels[t]!], [...fit.labels]);
    assert.deepEqual([...s.centroids[t]!.data], [...fit.centroids.data]);
    assert.equal(s.inertia[t], fit.inertia);
  });
  assert.ok(s.gap.every(Number.isNaN) && s.silhouette.every(Number.isNaN));
  assert.equal(s.gapK, null);
});

Deno.test("sweepK() on more than 4 columns nests its starts by default (kmeansRange's nestedStarts), and not when told", () => {
  const wide = uniform(240, 5, 13);
  const ks = [2, 3, 4, 5, 6, 7, 8];
  const nested = kmeansRange(wide, ks, { nInit: 1, seed: 3, nestedStarts: true });
  const own = ks.map((k) => kmeans(wide, k, { nInit: 1, seed: 3 }));
  // The two ways differ somewhere, so the comparisons below tell them apart.
  assert.ok(nested.some((f, t) => f.inertia !== own[t]!.inertia));
  const byDefault = sweepK(wide, { kMin: 2, kMax: 8, nInit: 1, seed: 3, metrics: [] });
  assert.deepEqual(byDefault.inertia, nested.map((f) => f.inertia));
  assert.deepEqual(byDefault.labels, nested.map((f) => f.labels));
  const off = sweepK(wide, { kMin: 2, kMax: 8, nInit: 1, seed: 3, metrics: [], nestedStarts: false });
  assert.deepEqual(off.inertia, own.map((f) => f.inertia));
});

Deno.test("sweepK() criteria equal the validate functions on the same labels", () => {
  const s = sweepK(planted, {
    kMin: 2,
    kMax: 4,
    nInit: 2,
    metrics: ["silhouette", "calinskiHarabasz", "daviesBouldin"],
  });
  s.ks.forEach((_, t) => {
    assert.equal(s.silhouette[t], silhouetteScore(planted, s.labels[t]!));
    assert.equal(s.calinskiHarabasz[t], calinskiHarabaszScore(planted, s.labels[t]!));
    assert.equal(s.daviesBouldin[t], daviesBouldinScore(planted, s.labels[t]!));
  });
});

Deno.test("sweepK() is bit-identical for the same seed and reports progress", () => {
  const seen: Progress[] = [];
  const a = sweepK(planted, { kMax: 4, nInit: 2, gapReferences: 3, onProgress: (p) => seen.push(p) });
  const b = sweepK(planted, { kMax: 4, nInit: 2, gapReferences: 3 });
  assert.deepEqual(a, b);
  assert.equal(seen.length, 4 * (1 + 3));
  assert.deepEqual(seen.at(-1), { step: "k sweep", done: 16, total: 16 });
});

Deno.test("sweepK() rejects a bad k range, metric and gap settings", () => {
  const x = matrixFromRows([[0], [1], [2]]);
  assert.throws(() => sweepK(x, { kMin: 0 }), /^RangeError: Cannot sweep k from kMin = 0/);
  assert.throws(
    () => sweepK(x),
    /^RangeError: Cannot sweep k up to kMax = 10: kMax must be an integer from kMin = 1 to 3/,
  );
  assert.throws(
    // deno-lint-ignore no-explicit-any
    () => sweepK(x, { kMax: 2, metrics: ["elbow" as any] }),
    /^RangeError: Cannot sweep k with metric "elbow"/,
  );
  assert.throws(
    () => sweepK(x, { kMax: 2, gapReferences: 1 }),
    /^RangeError: Cannot compute the gap statistic with gapReferences = 1/,
  );
});
