import assert from "node:assert/strict";
import fc from "fast-check";
import { silhouetteScore } from "../../lib/validate/silhouette_score.ts";
import { silhouetteSamples } from "../../lib/validate/silhouette_samples.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { metricCases } from "./_reference.ts";

for (const c of metricCases) {
  Deno.test(`silhouetteScore() equals scikit-learn on "${c.name}"`, () => {
    assertAllClose(silhouetteScore(c.x, c.labels), c.silhouette, { rtol: 1e-9 });
  });
}

Deno.test("silhouetteScore() is the hand-computed mean on two pairs", () => {
  const x = matrixFromRows([[0], [1], [10], [11]]);
  assertAllClose(silhouetteScore(x, Int32Array.from([0, 0, 1, 1])), (2 * 9.5 / 10.5 + 2 * 8.5 / 9.5) / 4);
});

Deno.test("silhouetteScore() stays in [-1, 1] and equals the mean of silhouetteSamples (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 4, max: 40 }).chain((n) =>
        fc.tuple(
          fc.array(
            fc.tuple(
              fc.double({ min: -100, max: 100, noNaN: true }),
              fc.double({ min: -100, max: 100, noNaN: true }),
            ),
            {
              minLength: n,
              maxLength: n,
            },
          ),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        )
      ),
      ([rows, labs]) => {
        const labels = Int32Array.from(labs);
        const k = new Set(labs).size;
        fc.pre(k >= 2 && k <= rows.length - 1);
        const x = matrixFromRows(rows);
        const s = silhouetteScore(x, labels);
        assert.ok(s >= -1 && s <= 1, `silhouette ${s}`);
        const samples = silhouetteSamples(x, labels);
        assertAllClose(s, samples.reduce((a, b) => a + b, 0) / samples.length, { rtol: 1e-12, atol: 1e-15 });
      },
    ),
    { seed: 42, numRuns: 100 },
  );
});

Deno.test("silhouetteScore() with sampleSize estimates close to the exact value and repeats with the seed", () => {
  const c = metricCases.find((m) => m.name === "blobs5-unequal-3d")!;
  const exact = silhouetteScore(c.x, c.labels);
  const a = silhouetteScore(c.x, c.labels, { sampleSize: 60, seed: 3 });
  const b = silhouetteScore(c.x, c.labels, { sampleSize: 60, seed: 3 });
  assert.equal(a, b);
  assert.ok(Math.abs(a - exact) < 0.05, `${a} vs ${exact}`);
  assert.equal(silhouetteScore(c.x, c.labels, { sampleSize: 1000 }), exact);
});
