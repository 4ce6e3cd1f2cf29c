import assert from "node:assert/strict";
import fc from "fast-check";
import {
  assignFromDistances,
  centreGaps,
  hamerly,
  kmeansPlusPlus,
  lloyd,
  makeWorkspace,
  measureGaps,
  scanNear,
  sqDist,
} from "../../lib/cluster/_lloyd.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { blobs } from "./_partition.ts";

/** The first assignment a scan of the first `k` centres of `c` gives: label (first on ties), nearest and second squared distance per row. */
function scanFirst(data: Float64Array, n: number, d: number, c: Float64Array, k: number) {
  const labels: number[] = [], best: number[] = [], second: number[] = [];
  for (let i = 0; i < n; i++) {
    let b = Infinity, s2 = Infinity, label = 0;
    for (let j = 0; j < k; j++) {
      const s = sqDist(data, i * d, c, j * d, d);
      if (s < b) {
        s2 = b;
        b = s;
        label = j;
      } else if (s < s2) s2 = s;
    }
    labels.push(label);
    best.push(b);
    second.push(s2);
  }
  return { labels, best, second };
}

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
        const ws = makeWorkspace(n, d, k);
        const c = kmeansPlusPlus(data, n, d, k, makeRandom(seed + 1), ws);
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
        const ws = makeWorkspace(n, d, kMax);
        const dist = new Float64Array(n * kMax).fill(NaN);
        const c = kmeansPlusPlus(data, n, d, kMax, makeRandom(seed + 1), ws, dist);
        // The distances do not change the draw.
        assert.deepEqual(
          c,
          kmeansPlusPlus(data, n, d, kMax, makeRandom(seed + 1), makeWorkspace(n, d, kMax)),
        );
        for (let k = 1; k <= kMax; k++) {
          assignFromDistances(dist, n, kMax, k, ws);
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
        const got = kmeansPlusPlus(data, n, d, k, makeRandom(seed + 1), makeWorkspace(n, d, k));
        assert.deepEqual(got, plainKmeansPlusPlus(data, n, d, k, seed + 1));
      },
    ),
    { seed: 9, numRuns: 200 },
  );
});

/** A 32-bit hash of integers in order, and of a Float64Array's bits. */
function hash(a: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < a.length; i++) h = (Math.imul(h, 31) + a[i]!) | 0;
  return h;
}
const bitsHash = (f: Float64Array) => hash(new Int32Array(f.buffer, f.byteOffset, f.length * 2));

Deno.test("scanNear() sets the label (lowest index on ties) and both bounds exactly as a scan of every centre does, from any own centre (5-9 columns, lattices with ties and repeated centres)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 5, max: 9 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      (d, k, span, seed) => {
        const rng = makeRandom(seed);
        const n = 60;
        const lattice = (size: number) =>
          Float64Array.from({ length: size * d }, (_, t) =>
            // A few far-apart groups on the first column, so that the scan can stop early.
            (t % d === 0 ? Math.floor(rng.next() * 3) * 10 : 0) + Math.floor(rng.next() * (span + 1)));
        const data = lattice(n), centres = lattice(k);
        // Some centres repeated: ties between distinct indices at every distance.
        if (k > 4) centres.copyWithin(3 * d, 0, d);
        const gaps = centreGaps(k, d);
        measureGaps(centres, k, d, gaps);
        let scale = 0;
        for (const v of data) scale = Math.max(scale, Math.abs(v));
        const margin = 1e-10 * scale * Math.sqrt(d) + 1e-300;
        const scan = scanFirst(data, n, d, centres, k);
        const want = {
          labels: Int32Array.from(scan.labels),
          upper: Float64Array.from(scan.best, Math.sqrt),
          lower: Float64Array.from(scan.second, Math.sqrt),
        };
        const got = { labels: new Int32Array(n), upper: new Float64Array(n), lower: new Float64Array(n) };
        for (let i = 0; i < n; i++) {
          const a = Math.floor(rng.next() * k);
          got.labels[i] = a;
          const own = sqDist(data, i * d, centres, a * d, d);
          scanNear(
            data,
            i * d,
            d,
            centres,
            k,
            got.labels,
            got.upper,
            got.lower,
            i,
            own,
            gaps.order!,
            gaps.dists!,
            margin,
          );
        }
        assert.deepEqual(got, want);
      },
    ),
    { seed: 20261122, numRuns: 300 },
  );
});

Deno.test("hamerly() on 5-9 columns (rows rescanned over the centres near their own) gives lloyd()'s fit to the bit on lattices full of ties", () => {
  // Small integers: every sum is exact, so the running sums of the bounded loop equal Lloyd's
  // fresh sums, and any difference in labels (a tie the lower index must win, a centre the
  // near-centre scan skipped) shows as a difference in the fit.
  fc.assert(
    fc.property(
      fc.integer({ min: 5, max: 9 }),
      fc.integer({ min: 3, max: 9 }),
      fc.integer({ min: 20, max: 240 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      (d, k, n, span, seed) => {
        const rng = makeRandom(seed);
        // Rows on a lattice, spread over a few far-apart groups so that many centres are far.
        const data = new Float64Array(n * d);
        for (let i = 0; i < n; i++) {
          const group = Math.floor(rng.next() * 3) * 20;
          for (let j = 0; j < d; j++) {
            data[i * d + j] = (j === 0 ? group : 0) + Math.floor(rng.next() * (span + 1));
          }
        }
        const start = kmeansPlusPlus(data, n, d, k, makeRandom(seed + 1), makeWorkspace(n, d, k));
        const a = hamerly(data, n, d, start.slice(), k, 100, 0, makeWorkspace(n, d, k));
        const b = lloyd(data, n, d, start.slice(), k, 100, 0, makeWorkspace(n, d, k));
        assert.deepEqual([...a.labels], [...b.labels]);
        assert.deepEqual([...a.centres], [...b.centres]);
        assert.equal(a.inertia, b.inertia);
        assert.equal(a.nIter, b.nIter);
      },
    ),
    { seed: 20261122, numRuns: 150 },
  );
});

Deno.test("hamerly() gives the same fits to the bit as when these values were pinned (3 and 5 columns, an empty-cluster refill)", () => {
  // Pinned from the code of 2026-11-22 (and equal to the code before that day's speed-ups): any
  // change in the order of the sums, the sums kept for moved rows or the refill's recount shows here.
  const cases = [
    { name: "3 columns", centres: [[0, 0, 0], [3, 0, 0], [0, 3, 0], [0, 0, 3]], k: 4, seed: 5 },
    { name: "5 columns", centres: [[0, 0, 0, 0, 0], [3, 0, 0, 0, 0], [0, 3, 0, 0, 0]], k: 5, seed: 4 },
  ];
  const pinned = [
    [21718.571727034083, 12, -639891941, -786554761],
    [25746.646481173233, 116, 1260260394, 964499473],
  ];
  cases.forEach(({ name, centres, k, seed }, t) => {
    const x = blobs(centres, 2000, 1, seed);
    const ws = makeWorkspace(x.rows, x.cols, k);
    const start = kmeansPlusPlus(x.data, x.rows, x.cols, k, makeRandom(seed), ws);
    const r = hamerly(x.data, x.rows, x.cols, start, k, 300, 0, ws);
    assert.deepEqual([r.inertia, r.nIter, hash(r.labels), bitsHash(r.centres)], pinned[t], name);
  });
  // Every centre starts on row 0: two clusters are empty after the first pass and are refilled.
  const x = blobs([[0, 0, 0], [4, 0, 0], [0, 4, 0]], 500, 1, 3);
  const start = new Float64Array(9);
  for (let c = 0; c < 3; c++) start.set(x.data.subarray(0, 3), c * 3);
  const r = hamerly(x.data, x.rows, x.cols, start, 3, 300, 0, makeWorkspace(x.rows, 3, 3));
  assert.deepEqual([r.inertia, r.nIter, hash(r.labels), bitsHash(r.centres)], [
    4260.833694320495,
    14,
    124003252,
    889930203,
  ]);
});
