import assert from "node:assert/strict";
import fc from "fast-check";
import { kmeansPlusPlus, makeWorkspace, sqDist } from "../../lib/cluster/_lloyd.ts";
import { makeRandom } from "../../lib/_random.ts";

Deno.test("k-means++ on up to 4 columns leaves the exact first assignment: nearest centre (first on ties), its distance and the second nearest", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 80 }),
      fc.integer({ min: 1, max: 4 }),
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
        for (let i = 0; i < n; i++) {
          let best = Infinity, second = Infinity, label = 0;
          for (let j = 0; j < k; j++) {
            const s = sqDist(data, i * d, c, j * d, d);
            if (s < best) {
              second = best;
              best = s;
              label = j;
            } else if (s < second) second = s;
          }
          assert.equal(ws.labels[i], label, `row ${i}: label`);
          assert.equal(ws.closest[i], best, `row ${i}: nearest distance`);
          assert.equal(ws.lower[i], second, `row ${i}: second nearest distance`);
        }
      },
    ),
    { seed: 5, numRuns: 120 },
  );
});

Deno.test("k-means++ on more than 4 columns leaves no assignment behind (Hamerly scans first)", () => {
  const n = 50, d = 6, r = makeRandom(3);
  const data = Float64Array.from({ length: n * d }, () => r.normal());
  const ws = makeWorkspace(n, d, 3);
  kmeansPlusPlus(data, n, d, 3, makeRandom(4), ws);
  assert.equal(ws.assigned, null);
});
