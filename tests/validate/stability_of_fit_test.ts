import assert from "node:assert/strict";
import { stabilityOfFit } from "../../lib/validate/stability_of_fit.ts";
import { stability } from "../../lib/validate/stability.ts";
import { kmeans } from "../../lib/cluster/mod.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import type { Matrix } from "../../lib/base/types.ts";

function uniform(n: number, d: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  return {
    data: new Float64Array(n * d).map(() => rng.next()),
    rows: n,
    cols: d,
    columns: Array.from({ length: d }, (_, t) => `u${t}`),
  };
}

Deno.test("stabilityOfFit() calls fixed-threshold rules perfectly stable, noise label included", () => {
  const x = matrixFromRows(Array.from({ length: 60 }, (_, i) => [i % 30]));
  const rules = (rows: Matrix) => Int32Array.from(rows.data, (v) => (v < 5 ? -1 : v < 18 ? 0 : 1));
  const s = stabilityOfFit(x, rules, { nBoot: 8 });
  assert.equal(s.verdict, "stable");
  assert.deepEqual(s.perSegment.map((p) => [p.label, p.size, p.jaccard]), [[-1, 10, 1], [0, 26, 1], [
    1,
    24,
    1,
  ]]);
  assert.deepEqual(s.ari.values, Array(8).fill(1));
  assert.equal(s.k, 3);
});

Deno.test("stabilityOfFit() with k-means agrees with stability() on blobs and noise", () => {
  const fit = (rows: Matrix, seed: number) => kmeans(rows, 3, { seed, nInit: 3 }).labels;
  const noise = uniform(200, 5, 1);
  const a = stabilityOfFit(noise, fit, { nBoot: 10 });
  assert.ok(a.verdict !== "stable", a.verdict);
  assert.ok(a.ari.mean < 0.7);
  const rng = makeRandom(2);
  const blobs = matrixFromRows(
    Array.from({ length: 150 }, (_, i) => [8 * (i % 3) + rng.normal(), 8 * (i % 2) + rng.normal()]),
  );
  const fit2 = (rows: Matrix, seed: number) => kmeans(rows, 6, { seed, nInit: 3 }).labels;
  const b = stabilityOfFit(blobs, fit2, { nBoot: 6 });
  assert.equal(b.verdict, stability(blobs, 6, { nBoot: 6 }).verdict);
});

Deno.test("stabilityOfFit() is deterministic and rejects a fit that returns the wrong length", () => {
  const x = uniform(50, 2, 3);
  const fit = (rows: Matrix, seed: number) => kmeans(rows, 2, { seed, nInit: 2 }).labels;
  assert.deepEqual(
    stabilityOfFit(x, fit, { nBoot: 3, seed: 9 }),
    stabilityOfFit(x, fit, { nBoot: 3, seed: 9 }),
  );
  assert.throws(
    () => stabilityOfFit(x, (rows) => new Int32Array(rows.rows - 1), { labels: new Int32Array(50) }),
    /^TypeError: Cannot check stability: the fit returned 49 labels for a resample of 50 rows/,
  );
});
