/** The seeded stratified sample: quantile strata, proportional allocation, determinism. */
import assert from "node:assert/strict";
import { quantileStrata, stratifiedSample } from "../../lib/base/stratified_sample.ts";
import { makeRandom } from "../../lib/base/random.ts";

Deno.test("quantileStrata: deciles hold equal counts; ties share a cell", () => {
  const r = makeRandom(1);
  const v = Float64Array.from({ length: 10_000 }, () => r.normal());
  const cells = quantileStrata(v, 10);
  const counts = new Array(10).fill(0);
  cells.forEach((c) => counts[c]++);
  assert.deepEqual(counts, new Array(10).fill(1000));
  // increasing with the value
  for (let i = 0; i < v.length; i++) {
    for (const j of [1, 2, 3]) if (v[i]! < v[j]!) assert.ok(cells[i]! <= cells[j]!);
  }
  const tied = quantileStrata([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], 5);
  assert.equal(new Set(tied.slice(0, 8)).size, 1);
  assert.throws(() => quantileStrata([1, NaN], 2), /value 1 is NaN/);
  assert.throws(() => quantileStrata([1, 2], 0), /whole number/);
});

Deno.test("stratifiedSample: each stratum's share within rounding of the population's", () => {
  const r = makeRandom(2);
  const strata = Int32Array.from({ length: 123_457 }, () => Math.floor(r.next() ** 2 * 7));
  const size = 10_001;
  const s = stratifiedSample(strata, size, 5);
  assert.equal(s.indices.length, size);
  assert.equal(new Set(s.indices).size, size, "no row twice");
  for (let i = 1; i < s.indices.length; i++) assert.ok(s.indices[i]! > s.indices[i - 1]!, "ascending");
  const drawn = new Array(7).fill(0);
  for (const i of s.indices) drawn[strata[i]!]++;
  assert.deepEqual(drawn, s.sampleCounts);
  s.populationCounts.forEach((c, h) => {
    assert.ok(Math.abs(drawn[h] - (c * size) / strata.length) < 1, `stratum ${h}: ${drawn[h]} for ${c}`);
  });
});

Deno.test("stratifiedSample: the same seed draws the same rows, another seed others", () => {
  const strata = Int32Array.from({ length: 5000 }, (_, i) => i % 3);
  const a = stratifiedSample(strata, 700, 11), b = stratifiedSample(strata, 700, 11);
  const c = stratifiedSample(strata, 700, 12);
  assert.deepEqual(a.indices, b.indices);
  assert.notDeepEqual(a.indices, c.indices);
  assert.throws(() => stratifiedSample(strata, 5001, 0), /from 0 to 5000/);
  assert.throws(() => stratifiedSample([0, -1], 1, 0), /row 1 has stratum -1/);
});
