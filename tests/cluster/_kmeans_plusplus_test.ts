import assert from "node:assert/strict";
import fc from "fast-check";
import { assignFromDistances, kmeansPlusPlus } from "../../lib/cluster/_kmeans_plusplus.ts";
import { makeWorkspace, sqDist } from "../../lib/cluster/_workspace.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { scanFirst } from "./_kernels.ts";

Deno.test("k-means++ leaves the exact first assignment (1-7 columns): nearest centre (first on ties), its distance and the second nearest", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 80 }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 0, max: 10_000 }),
      (n, d, kRaw, seed) => {
        const k = Math.min(kRaw, n);
        const r = makeRandom(seed);
        // Values on a coarse lattice: many ties and duplicate rows.
        const data = Float64Array.from({ length: n * d }, () => Math.round(r.normal() * 2) / 2);
        const ws = makeWorkspace(data, n, d, k);
        const c = kmeansPlusPlus(ws, k, makeRandom(seed + 1));
        assert.equal(ws.assigned, c);
        const want = scanFirst(data, n, d, c, k);
        assert.deepEqual(Array.from(ws.labels.subarray(0, n)), want.labels, "labels");
        assert.deepEqual(Array.from(ws.closest.subarray(0, n)), want.best, "nearest distances");
        assert.deepEqual(Array.from(ws.lower.subarray(0, n)), want.second, "second nearest distances");
      },
    ),
    { seed: 5, numRuns: 160 },
  );
});

Deno.test("assignFromDistances() gives, for every k up to the draw's, the first assignment a scan of the first k centres gives (nested starts, 5-9 columns)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 80 }),
      fc.integer({ min: 5, max: 9 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 10_000 }),
      (n, d, kRaw, seed) => {
        const kMax = Math.min(kRaw, n);
        const r = makeRandom(seed);
        // A lattice (ties, duplicate rows) or continuous values.
        const data = Float64Array.from(
          { length: n * d },
          () => seed % 2 === 0 ? Math.round(r.normal() * 2) / 2 : r.normal(),
        );
        const ws = makeWorkspace(data, n, d, kMax);
        const dist = new Float64Array(n * kMax).fill(NaN);
        const c = kmeansPlusPlus(ws, kMax, makeRandom(seed + 1), dist);
        // The distances do not change the draw.
        assert.deepEqual(c, kmeansPlusPlus(makeWorkspace(data, n, d, kMax), kMax, makeRandom(seed + 1)));
        for (let k = 1; k <= kMax; k++) {
          assignFromDistances(ws, dist, kMax, k);
          const want = scanFirst(data, n, d, c, k);
          assert.deepEqual(Array.from(ws.labels.subarray(0, n)), want.labels, `k = ${k}: labels`);
          assert.deepEqual(Array.from(ws.closest.subarray(0, n)), want.best, `k = ${k}: nearest distances`);
          assert.deepEqual(
            Array.from(ws.lower.subarray(0, n)),
            want.second,
            `k = ${k}: second nearest distances`,
          );
        }
      },
    ),
    { seed: 6, numRuns: 150 },
  );
});

/** Greedy k-means++ written plainly: one pass per candidate, sums in row order. */
function plainKmeansPlusPlus(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  seed: number,
): Float64Array {
  const rng = makeRandom(seed);
  const c = new Float64Array(k * d);
  const trials = 2 + Math.floor(Math.log(k));
  const first = rng.int(n);
  c.set(data.subarray(first * d, first * d + d), 0);
  let closest: Float64Array = Float64Array.from({ length: n }, (_, i) => sqDist(data, i * d, c, 0, d));
  let pot = closest.reduce((a, b) => a + b, 0);
  for (let ci = 1; ci < k; ci++) {
    const cum = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) cum[i] = acc += closest[i]!;
    const picks: number[] = [];
    for (let t = 0; t < trials; t++) {
      if (!(pot > 0)) {
        picks.push(rng.int(n));
        continue;
      }
      const r = rng.next() * pot;
      let at = cum.findIndex((v) => v > r);
      if (at < 0) at = closest.findLastIndex((v) => v > 0);
      picks.push(at < 0 ? n - 1 : at);
    }
    let bestPot = Infinity, best: Float64Array | null = null, bestRow = -1;
    for (const row of picks) {
      const next = Float64Array.from(closest, (m, i) => Math.min(m, sqDist(data, i * d, data, row * d, d)));
      const p = next.reduce((a, b) => a + b, 0);
      if (p < bestPot) {
        bestPot = p;
        best = next;
        bestRow = row;
      }
    }
    c.set(data.subarray(bestRow * d, bestRow * d + d), ci * d);
    closest = best!;
    pot = bestPot;
  }
  return c;
}

Deno.test("k-means++ (fused passes, 3-column kernels, tracked assignment) picks bit-identical centres to the plain one-pass-per-candidate version", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 120 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 25 }),
      fc.integer({ min: 0, max: 10_000 }),
      (n, d, kRaw, seed) => {
        const k = Math.min(kRaw, n);
        const r = makeRandom(seed);
        // A lattice (ties, duplicate rows) or continuous values.
        const lattice = seed % 2 === 0;
        const data = Float64Array.from(
          { length: n * d },
          () => lattice ? Math.round(r.normal() * 2) / 2 : r.normal(),
        );
        const got = kmeansPlusPlus(makeWorkspace(data, n, d, k), k, makeRandom(seed + 1));
        assert.deepEqual(got, plainKmeansPlusPlus(data, n, d, k, seed + 1));
      },
    ),
    { seed: 9, numRuns: 200 },
  );
});
