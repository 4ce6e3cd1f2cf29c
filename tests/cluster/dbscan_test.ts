import { warningText } from "../../lib/text/mod.ts";
import assert from "node:assert/strict";
import fc from "fast-check";
import densityClustering from "density-clustering";
import { dbscan } from "../../lib/cluster/dbscan.ts";
import { matrixFromRows, matrixToRows } from "../../lib/base/matrix.ts";
import type { Matrix } from "../../lib/base/types.ts";
import { assertSamePartition, blobs, uniform } from "./_partition.ts";

interface Run {
  eps: number;
  minSamples: number;
  labels: number[];
  core: number[];
}
interface Dataset {
  name: string;
  rows: number;
  cols: number;
  data: number[];
  runs: Run[];
}
const reference: { sklearn: string; datasets: Dataset[] } = JSON.parse(
  Deno.readTextFileSync(new URL("../reference/dbscan.json", import.meta.url)),
);
function asMatrix(ds: Dataset): Matrix {
  return {
    data: Float64Array.from(ds.data),
    rows: ds.rows,
    cols: ds.cols,
    columns: Array.from({ length: ds.cols }, (_, j) => `x${j}`),
  };
}

/** All-pairs DBSCAN written from the definition, scikit-learn's order: the simple path the fast one must equal. */
function simpleDbscan(x: Matrix, eps: number, minSamples: number): Int32Array {
  const rows = matrixToRows(x), n = rows.length;
  const near = (i: number) =>
    rows.flatMap((r, j) => (r.reduce((s, v, t) => s + (v - rows[i]![t]!) ** 2, 0) <= eps * eps ? [j] : []));
  const hoods = rows.map((_, i) => near(i));
  const core = hoods.map((h) => h.length >= minSamples);
  const labels = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!core[i] || labels[i] !== -1) continue;
    const stack = [i];
    labels[i] = k;
    while (stack.length) {
      for (const q of hoods[stack.pop()!]!) {
        if (labels[q] !== -1) continue;
        labels[q] = k;
        if (core[q]) stack.push(q);
      }
    }
    k++;
  }
  return labels;
}

Deno.test("dbscan() labels a hand-made line: two groups, a border row and an outlier", () => {
  // eps = 1, minSamples = 4: the row at 2 has 3 rows within 1 (1, itself, 3), so it is not core,
  // but it is within eps of core rows of both groups: it joins cluster 0, the first (scikit-learn's order).
  const x = matrixFromRows([[0], [0.3], [0.6], [1], [2], [3], [3.4], [3.7], [4], [20]]);
  const r = dbscan(x, { eps: 1, minSamples: 4 });
  assert.deepEqual([...r.labels], [0, 0, 0, 0, 0, 1, 1, 1, 1, -1]);
  assert.deepEqual([...r.coreSampleIndices], [0, 1, 2, 3, 5, 6, 7, 8]);
  assert.equal(r.k, 2);
  assert.equal(r.nNoise, 1);
  assert.equal(r.algorithm, "dbscan");
  assert.ok(Number.isNaN(r.inertia));
  assert.deepEqual(r.warnings, []);
});

Deno.test("dbscan() counts a row at exactly eps as a neighbour and the row itself towards minSamples", () => {
  const x = matrixFromRows([[0, 0], [3, 4], [100, 100]]);
  assert.deepEqual([...dbscan(x, { eps: 5, minSamples: 2 }).labels], [0, 0, -1]);
  assert.deepEqual([...dbscan(x, { eps: 4.999, minSamples: 2 }).labels], [-1, -1, -1]);
  assert.deepEqual([...dbscan(x, { eps: 1, minSamples: 1 }).labels], [0, 1, 2]);
});

Deno.test("dbscan() warns when every row is noise", () => {
  const r = dbscan(matrixFromRows([[0], [10], [20]]), { eps: 1, minSamples: 2 });
  assert.deepEqual([...r.labels], [-1, -1, -1]);
  assert.equal(r.k, 0);
  assert.equal(r.nNoise, 3);
  assert.deepEqual(r.warnings, [{ code: "dbscan-all-noise", n: 3, eps: 1, minSamples: 2 }]);
  assert.match(
    warningText(r.warnings[0]!, "en"),
    /^DBSCAN found no cluster: all 3 rows are noise with eps = 1 and minSamples = 2/,
  );
});

Deno.test("dbscan() rejects bad eps, minSamples and non-finite values", () => {
  const x = matrixFromRows([[0], [1]]);
  assert.throws(
    () => dbscan(x, { eps: 0 }),
    /^RangeError: Cannot run dbscan with eps = 0: eps must be a positive finite number/,
  );
  assert.throws(() => dbscan(x, { eps: NaN }), /^RangeError: Cannot run dbscan with eps = NaN/);
  assert.throws(
    () => dbscan(x, { eps: 1, minSamples: 0 }),
    /^RangeError: Cannot run dbscan with minSamples = 0/,
  );
  assert.throws(
    () => dbscan(matrixFromRows([[0], [NaN]], ["m"]), { eps: 1 }),
    /^RangeError: Cannot run dbscan: row 1, column "m" is NaN/,
  );
});

Deno.test("dbscan() through the k-d tree equals the all-pairs definition (fast-check)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 120 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 8 }),
      fc.double({ min: 0.02, max: 0.6, noNaN: true }),
      fc.integer({ min: 0, max: 10000 }),
      fc.boolean(),
      (n, d, minSamples, eps, seed, grid) => {
        const x = uniform(n, d, seed);
        // Grid data has many rows at exactly eps from each other: ties must count as neighbours.
        const data = grid ? x.data.map((v) => Math.round(v * 4) / 4) : x.data;
        const m = { ...x, data };
        const e = grid ? 0.25 : eps;
        const fast = dbscan(m, { eps: e, minSamples });
        assert.deepEqual([...fast.labels], [...simpleDbscan(m, e, minSamples)]);
        assert.ok(fast.labels.every((l) => l >= -1 && l < fast.k));
      },
    ),
    { seed: 77, numRuns: 80 },
  );
});

Deno.test("dbscan() agrees with density-clustering on blobs (no pair at exactly eps)", () => {
  const x = blobs([[0, 0], [3, 3], [0, 4]], 60, 0.4, 5);
  const rows = matrixToRows(x);
  const eps = 0.3137, minSamples = 4;
  const ours = dbscan(x, { eps, minSamples });
  const theirs = new densityClustering.DBSCAN().run(rows, eps, minSamples) as number[][];
  const labels = new Int32Array(x.rows).fill(-1);
  theirs.forEach((members, c) => members.forEach((i) => (labels[i] = c)));
  // Their noise list over-counts (it keeps border rows a cluster later claims): compare the partitions.
  assertSamePartition(ours.labels, labels);
  assert.equal(ours.nNoise, labels.filter((l) => l === -1).length);
});

Deno.test(`dbscan() equals scikit-learn ${reference.sklearn} DBSCAN: labels, core rows, noise`, () => {
  for (const ds of reference.datasets) {
    const x = asMatrix(ds);
    for (const run of ds.runs) {
      const r = dbscan(x, { eps: run.eps, minSamples: run.minSamples });
      const what = `${ds.name} eps = ${run.eps} minSamples = ${run.minSamples}`;
      assert.deepEqual([...r.coreSampleIndices], run.core, what);
      // Same numbering too: clusters in order of their first core row, border rows to the first cluster.
      assert.deepEqual([...r.labels], run.labels, what);
      assert.equal(r.nNoise, run.labels.filter((l) => l === -1).length);
    }
  }
});

Deno.test("dbscan() gives the same labels through the grid, its sparse fallback and the k-d tree", () => {
  // Low dimension, compact: grid. Wide range for a tiny eps: too many cells, k-d tree instead.
  // Far from 0 with a tiny eps: cell coordinates would round too coarsely, k-d tree instead.
  const base = uniform(150, 2, 31);
  const cases = [
    { x: base, eps: 0.08 },
    { x: { ...base, data: base.data.map((v, i) => (i === 0 ? 1e4 : v)) }, eps: 0.08 },
    { x: { ...base, data: base.data.map((v) => 1e9 + v) }, eps: 0.08 },
  ];
  for (const { x, eps } of cases) {
    assert.deepEqual([...dbscan(x, { eps, minSamples: 3 }).labels], [...simpleDbscan(x, eps, 3)]);
  }
});

Deno.test("dbscan()'s warnings read in en, es and id with the language's decimal mark", () => {
  const x = matrixFromRows([[0], [0.5], [1]]);
  const one = (lang: "en" | "es" | "id") =>
    warningText(dbscan(x, { eps: 1.8234607953434339, minSamples: 2 }).warnings[0]!, lang);
  assert.match(one("en"), /^DBSCAN put all 3 rows in one cluster with eps = 1\.82: lower eps/);
  assert.match(one("es"), /^DBSCAN reunió las 3 filas en un solo grupo con eps = 1,82: reduzca eps/);
  assert.match(
    one("id"),
    /^DBSCAN memasukkan seluruh 3 baris ke satu klaster dengan eps = 1,82: turunkan eps/,
  );
  const noise = (lang: "es" | "id") =>
    warningText(dbscan(matrixFromRows([[0], [10], [20]]), { eps: 0.25, minSamples: 2 }).warnings[0]!, lang);
  assert.match(
    noise("es"),
    /^DBSCAN no encontró ningún grupo: las 3 filas quedaron como ruido con eps = 0,25 y minSamples = 2/,
  );
  assert.match(
    noise("id"),
    /^DBSCAN tidak menemukan klaster: seluruh 3 baris menjadi noise dengan eps = 0,25/,
  );
  for (const w of [one("en"), one("es"), one("id"), noise("es"), noise("id")]) {
    assert.doesNotMatch(w, /suggestEps|\d\.\d{4}/);
  }
});
