import assert from "node:assert/strict";
import fc from "fast-check";
import { silhouetteScore } from "../../lib/validate/silhouette_score.ts";
import { silhouetteScores } from "../../lib/validate/silhouette_scores.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { assertAllClose } from "../_assert.ts";
import { metricCases } from "./_reference.ts";

for (const c of metricCases) {
  Deno.test(`silhouetteScores() equals scikit-learn on "${c.name}", beside other clusterings of the same rows`, () => {
    const r = makeRandom(c.x.rows);
    // The fixture's labels between two other clusterings (random codes 0..2, and rows split in two halves).
    const other = Int32Array.from({ length: c.x.rows }, () => r.int(3));
    const halves = Int32Array.from({ length: c.x.rows }, (_, i) => (i < c.x.rows / 2 ? 5 : -1));
    const [a, b, h] = silhouetteScores(c.x, [other, c.labels, halves]);
    assertAllClose(b!, c.silhouette, { rtol: 1e-9 });
    assertAllClose(a!, silhouetteScore(c.x, other), { rtol: 1e-12, atol: 1e-15 });
    assertAllClose(h!, silhouetteScore(c.x, halves), { rtol: 1e-12, atol: 1e-15 });
  });
}

Deno.test("silhouetteScores() equals silhouetteScore() for each of several clusterings (property)", () => {
  fc.assert(
    fc.property(
      // At least 6 rows: at most 4 labels, so every labelling is valid (2 to rows - 1 labels).
      fc.integer({ min: 6, max: 60 }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 10_000 }),
      (n, d, m, seed) => {
        const r = makeRandom(seed);
        // A lattice (ties, duplicate rows, zero distances) or continuous values.
        const x = {
          data: Float64Array.from({ length: n * d }, () => seed % 2 ? r.normal() : Math.round(r.normal())),
          rows: n,
          cols: d,
          columns: Array.from({ length: d }, (_, j) => `c${j}`),
        };
        const labelings = Array.from({ length: m }, (_, t) => {
          const k = 2 + (t % 3);
          // Rows 0 and 1 in different clusters, so every labelling has at least 2; arbitrary label values.
          return Int32Array.from({ length: n }, (_, i) => i < 2 ? i * 7 - 1 : [-1, 6, 2, 9][r.int(k)]!);
        });
        const got = silhouetteScores(x, labelings);
        assert.equal(got.length, m);
        got.forEach((v, t) =>
          assertAllClose(v, silhouetteScore(x, labelings[t]!), { rtol: 1e-12, atol: 1e-14 })
        );
      },
    ),
    { seed: 8, numRuns: 150 },
  );
});

Deno.test("silhouetteScores() over several tiles of rows (1300 rows, 3 clusterings) equals silhouetteScore()", () => {
  const r = makeRandom(4);
  const n = 1300, d = 5;
  const rows = Array.from(
    { length: n },
    (_, i) => Array.from({ length: d }, (_, j) => r.normal() + (i % 3 === j ? 4 : 0)),
  );
  const x = matrixFromRows(rows);
  const labelings = [
    Int32Array.from({ length: n }, (_, i) => i % 3),
    Int32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : 1)),
    Int32Array.from({ length: n }, () => r.int(6)),
  ];
  const got = silhouetteScores(x, labelings);
  labelings.forEach((l, t) => assertAllClose(got[t]!, silhouetteScore(x, l), { rtol: 1e-12 }));
  assert.ok(got[0]! > 0.3 && got[2]! < 0.05, `planted ${got[0]}, random ${got[2]}`);
});

Deno.test("silhouetteScores() rejects a clustering with one label or the wrong length, and takes none", () => {
  const x = matrixFromRows([[0], [1], [10], [11]]);
  assert.deepEqual(silhouetteScores(x, []), []);
  assert.throws(
    () => silhouetteScores(x, [Int32Array.from([0, 0, 1, 1]), Int32Array.from([3, 3, 3, 3])]),
    /^RangeError: Cannot compute the silhouette with 1 distinct label for 4 rows/,
  );
  assert.throws(
    () => silhouetteScores(x, [Int32Array.from([0, 1])]),
    /^TypeError: Cannot compute the silhouette: 2 labels for 4 rows/,
  );
});
