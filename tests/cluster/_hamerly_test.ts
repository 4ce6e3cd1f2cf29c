import assert from "node:assert/strict";
import fc from "fast-check";
import { hamerly, measureGaps, scanNear } from "../../lib/cluster/_hamerly.ts";
import { kmeansPlusPlus } from "../../lib/cluster/_kmeans_plusplus.ts";
import { lloyd } from "../../lib/cluster/_lloyd.ts";
import { makeWorkspace, sqDist } from "../../lib/cluster/_workspace.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { blobs } from "./_partition.ts";
import { bitsHash, hash, scanFirst } from "./_kernels.ts";

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
        const ws = makeWorkspace(data, n, d, k);
        ws.centres = centres;
        ws.k = k;
        measureGaps(ws);
        let scale = 0;
        for (const v of data) scale = Math.max(scale, Math.abs(v));
        ws.margin = 1e-10 * scale * Math.sqrt(d) + 1e-300;
        const scan = scanFirst(data, n, d, centres, k);
        const want = {
          labels: Int32Array.from(scan.labels),
          upper: Float64Array.from(scan.best, Math.sqrt),
          lower: Float64Array.from(scan.second, Math.sqrt),
        };
        for (let i = 0; i < n; i++) {
          const a = Math.floor(rng.next() * k);
          ws.labels[i] = a;
          scanNear(ws, i, i * d, sqDist(data, i * d, centres, a * d, d));
        }
        assert.deepEqual({ labels: ws.labels, upper: ws.upper, lower: ws.lower }, want);
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
        const start = kmeansPlusPlus(makeWorkspace(data, n, d, k), k, makeRandom(seed + 1));
        const limits = { maxIter: 100, tolAbs: 0 };
        const a = hamerly(makeWorkspace(data, n, d, k), start.slice(), k, limits);
        const b = lloyd(makeWorkspace(data, n, d, k), start.slice(), k, limits);
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
    const ws = makeWorkspace(x.data, x.rows, x.cols, k);
    const start = kmeansPlusPlus(ws, k, makeRandom(seed));
    const r = hamerly(ws, start, k, { maxIter: 300, tolAbs: 0 });
    assert.deepEqual([r.inertia, r.nIter, hash(r.labels), bitsHash(r.centres)], pinned[t], name);
  });
  // Every centre starts on row 0: two clusters are empty after the first pass and are refilled.
  const x = blobs([[0, 0, 0], [4, 0, 0], [0, 4, 0]], 500, 1, 3);
  const start = new Float64Array(9);
  for (let c = 0; c < 3; c++) start.set(x.data.subarray(0, 3), c * 3);
  const r = hamerly(makeWorkspace(x.data, x.rows, 3, 3), start, 3, { maxIter: 300, tolAbs: 0 });
  assert.deepEqual([r.inertia, r.nIter, hash(r.labels), bitsHash(r.centres)], [
    4260.833694320495,
    14,
    124003252,
    889930203,
  ]);
});
