import { warningText } from "../../lib/text/mod.ts";
import assert from "node:assert/strict";
import fc from "fast-check";
import { kmeans as mlKmeans } from "ml-kmeans";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { predictKmeans } from "../../lib/cluster/predict_kmeans.ts";
import { matrixFromRows, matrixToRows } from "../../lib/base/matrix.ts";
import type { Matrix } from "../../lib/base/types.ts";
import { assertAllClose } from "../_assert.ts";
import { assertSamePartition, blobs } from "./_partition.ts";

interface Fit {
  k: number;
  bestInertia: number;
  bestLabels: number[];
  fixedInertia: number;
  fixedLabels: number[];
  fixedCentroids: number[];
  fixedIter: number;
}
interface Dataset {
  name: string;
  rows: number;
  cols: number;
  data: number[];
  planted?: number[];
  plantedK?: number;
  fits: Fit[];
}
const reference: { sklearn: string; datasets: Dataset[] } = JSON.parse(
  Deno.readTextFileSync(new URL("../reference/kmeans.json", import.meta.url)),
);
function asMatrix(ds: Dataset): Matrix {
  return {
    data: Float64Array.from(ds.data),
    rows: ds.rows,
    cols: ds.cols,
    columns: Array.from({ length: ds.cols }, (_, j) => `x${j}`),
  };
}
function firstRows(x: Matrix, k: number): Matrix {
  return { data: x.data.slice(0, k * x.cols), rows: k, cols: x.cols, columns: x.columns };
}

Deno.test("kmeans() matches a split computed by hand", () => {
  const x = matrixFromRows([[0, 0], [0.5, 0], [0.5, 1], [1, 1]]);
  for (const algorithm of ["lloyd", "hamerly"] as const) {
    const result = kmeans(x, 2, { init: matrixFromRows([[0, 0], [1, 1]]), algorithm });
    assert.deepEqual([...result.labels], [0, 0, 1, 1]);
    assertAllClose(result.inertia, 0.25);
    assert.deepEqual(matrixToRows(result.centroids), [[0.25, 0], [0.75, 1]]);
    assert.equal(result.nInit, 1);
  }
});

Deno.test("kmeans() with k = 1 puts every row in one cluster around the mean", () => {
  const x = matrixFromRows([[0], [2], [4]]);
  const r = kmeans(x, 1);
  assert.deepEqual([...r.labels], [0, 0, 0]);
  assert.deepEqual([...r.centroids.data], [2]);
  assertAllClose(r.inertia, 8);
});

Deno.test("kmeans() rejects k outside 1..rows, bad options and non-finite values", () => {
  const x = matrixFromRows([[0], [1], [2]]);
  assert.throws(
    () => kmeans(x, 0),
    /^RangeError: Cannot run kmeans with k = 0: k must be an integer from 1 to 3/,
  );
  assert.throws(() => kmeans(x, 4), /^RangeError: Cannot run kmeans with k = 4/);
  assert.throws(() => kmeans(x, 1.5), /^RangeError: Cannot run kmeans with k = 1.5/);
  assert.throws(() => kmeans(x, 2, { nInit: 0 }), /^RangeError: Cannot run kmeans with nInit = 0/);
  assert.throws(() => kmeans(x, 2, { maxIter: 0 }), /^RangeError: Cannot run kmeans with maxIter = 0/);
  assert.throws(() => kmeans(x, 2, { tol: -1 }), /^RangeError: Cannot run kmeans with tol = -1/);
  assert.throws(
    // deno-lint-ignore no-explicit-any
    () => kmeans(x, 2, { algorithm: "elkan" as any }),
    /^RangeError: Cannot run kmeans with algorithm "elkan": use "hamerly" or "lloyd"/,
  );
  assert.throws(
    () => kmeans(matrixFromRows([[0, 1], [NaN, 2]], ["a", "b"]), 1),
    /^RangeError: Cannot run kmeans: row 1, column "a" is NaN; impute or drop non-finite values first/,
  );
  assert.throws(
    () => kmeans(x, 2, { init: matrixFromRows([[0, 0], [1, 1]]) }),
    /^TypeError: Cannot start kmeans from the given centres: they are 2 x 2, expected 2 x 1/,
  );
});

Deno.test("kmeans() refills an empty cluster with the farthest row", () => {
  // Both starting centres sit at 0: cluster 1 is empty after the first assignment.
  const x = matrixFromRows([[0], [0.1], [10], [10.2]]);
  for (const algorithm of ["lloyd", "hamerly"] as const) {
    const r = kmeans(x, 2, { init: matrixFromRows([[0], [0]]), algorithm });
    assertSamePartition(r.labels, [0, 0, 1, 1]);
    assertAllClose(r.inertia, 0.005 + 0.02, { rtol: 1e-12 });
    assert.deepEqual(r.warnings, []);
  }
});

Deno.test("kmeans() warns when the data has fewer distinct points than k", () => {
  const r = kmeans(matrixFromRows([[1], [1], [1], [2]]), 3, { nInit: 2 });
  assert.equal(r.warnings.length, 1);
  assert.deepEqual(r.warnings, [{ code: "kmeans-fewer-clusters", distinct: 2, k: 3 }]);
  assert.match(warningText(r.warnings[0]!, "en"), /found 2 distinct clusters where k = 3/);
  assert.equal(r.inertia, 0);
});

Deno.test("kmeans() gives bit-identical results for the same seed, labels in [0, k), the same labels with either algorithm", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      (n, d, kRaw, dataSeed, seed) => {
        const k = Math.min(kRaw, n);
        const x = blobs([Array(d).fill(0), Array(d).fill(1.5)], n, 1, dataSeed);
        const a = kmeans(x, k, { seed, nInit: 3 });
        const b = kmeans(x, k, { seed, nInit: 3 });
        const c = kmeans(x, k, { seed, nInit: 3, algorithm: "lloyd" });
        assert.deepEqual(a, b);
        // The bounded loop prunes only provably settled rows and keeps running sums: from one
        // start, same labels, centroids and inertia equal up to rounding.
        const one = kmeans(x, k, { seed, nInit: 1 }),
          oneLloyd = kmeans(x, k, { seed, nInit: 1, algorithm: "lloyd" });
        assert.deepEqual([...one.labels], [...oneLloyd.labels]);
        assertAllClose(one.centroids.data, oneLloyd.centroids.data, { rtol: 1e-12, atol: 1e-12 });
        assertAllClose(one.inertia, oneLloyd.inertia, { rtol: 1e-12, atol: 1e-12 });
        // Best of several starts: starts that end in the same partition tie up to rounding, so
        // either may be kept; the partition and inertia agree.
        assertSamePartition(a.labels, c.labels);
        assertAllClose(a.inertia, c.inertia, { rtol: 1e-12, atol: 1e-12 });
        assert.ok(a.labels.every((l) => l >= 0 && l < k));
      },
    ),
    { seed: 20261122, numRuns: 60 },
  );
});

Deno.test("kmeans() agrees with ml-kmeans from the same starting centres", () => {
  const x = blobs([[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]], 40, 0.8, 3);
  const rows = matrixToRows(x);
  const start = [rows[0]!, rows[40]!, rows[80]!, rows[120]!];
  const ours = kmeans(x, 4, { init: matrixFromRows(start), tol: 0 });
  const theirs = mlKmeans(rows, 4, { initialization: start, maxIterations: 300, tolerance: 0 });
  assertSamePartition(ours.labels, theirs.clusters);
  assertAllClose(ours.centroids.data, theirs.centroids.flat(), { rtol: 1e-12 });
});

Deno.test(`kmeans() from the first k rows equals scikit-learn ${reference.sklearn} (labels, centroids, inertia)`, () => {
  for (const ds of reference.datasets) {
    const x = asMatrix(ds);
    for (const fit of ds.fits) {
      const r = kmeans(x, fit.k, { init: firstRows(x, fit.k) });
      assert.deepEqual([...r.labels], fit.fixedLabels, `${ds.name} k = ${fit.k}`);
      assertAllClose(r.centroids.data, fit.fixedCentroids, {
        rtol: 1e-9,
        atol: 1e-12,
        message: `${ds.name} k = ${fit.k}`,
      });
      assertAllClose(r.inertia, fit.fixedInertia, { rtol: 1e-9, message: `${ds.name} k = ${fit.k}` });
    }
  }
});

Deno.test("kmeans() best of 10 is no worse than scikit-learn's by more than 0.1 %, same labels on blobs", () => {
  for (const ds of reference.datasets) {
    const x = asMatrix(ds);
    for (const fit of ds.fits) {
      const r = kmeans(x, fit.k, { nInit: 10, seed: 0 });
      assert.ok(
        r.inertia <= fit.bestInertia * 1.001,
        `${ds.name} k = ${fit.k}: inertia ${r.inertia} vs scikit-learn ${fit.bestInertia}`,
      );
      if (ds.name === "blobs" && fit.k === ds.plantedK) {
        assertSamePartition(r.labels, fit.bestLabels);
        assertSamePartition(r.labels, ds.planted!);
      }
    }
  }
});

Deno.test("kmeans() on several threads gives the same result as on one, bit for bit", () => {
  // threads set explicitly: workers are used whatever the size.
  const x = blobs([[0, 0, 0], [4, 0, 0], [0, 4, 0]], 2_000, 1, 12);
  const one = kmeans(x, 3, { nInit: 10, seed: 5, threads: 1 });
  const two = kmeans(x, 3, { nInit: 10, seed: 5, threads: 2 });
  assert.deepEqual(two, one);
  assert.throws(() => kmeans(x, 3, { threads: 0 }), /^RangeError: Cannot run kmeans with threads = 0/);
});

Deno.test("kmeans() on 24,000 rows (fitted in spatial order) gives labels in the caller's row order", () => {
  // Blobs interleaved row by row, so the spatial order is far from the row order.
  const b = blobs([[0, 0, 0], [6, 0, 0], [0, 6, 0]], 8_000, 0.5, 3);
  const x = { ...b, data: new Float64Array(b.data.length) };
  const planted = new Int32Array(b.rows);
  for (let i = 0; i < b.rows; i++) {
    const src = (i % 3) * 8_000 + Math.floor(i / 3);
    x.data.set(b.data.subarray(src * 3, src * 3 + 3), i * 3);
    planted[i] = i % 3;
  }
  const r = kmeans(x, 3, { nInit: 3, seed: 1, threads: 1 });
  assertSamePartition(r.labels, planted);
  assert.deepEqual([...predictKmeans(x, r.centroids)], [...r.labels]);
  assert.deepEqual(kmeans(x, 3, { nInit: 3, seed: 1, threads: 2 }), r);
});
