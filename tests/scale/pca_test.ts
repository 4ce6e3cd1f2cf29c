import assert from "node:assert/strict";
import { pca } from "../../lib/scale/pca.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { pcaCases } from "./_reference.ts";

for (const c of pcaCases) {
  Deno.test(`pca() equals scikit-learn's PCA on "${c.name}" (components and scores up to sign)`, () => {
    const p = c.nComponents === null ? pca(c.x) : pca(c.x, { nComponents: c.nComponents });
    assertAllClose(p.explainedVariance, c.explainedVariance);
    assertAllClose(p.explainedVarianceRatio, c.explainedVarianceRatio);
    assertAllClose(p.mean, c.mean, { atol: 1e-15 });
    const d = c.x.cols, nc = c.explainedVariance.length;
    assert.equal(p.components.rows, nc);
    for (let k = 0; k < nc; k++) {
      const ours = Array.from(p.components.data.subarray(k * d, k * d + d));
      const theirs = c.components[k]!;
      const sign = Math.sign(ours.reduce((s, v, t) => s + v * theirs[t]!, 0));
      assertAllClose(ours.map((v) => v * sign), theirs, { rtol: 1e-9 });
      const ourScores = c.scores.map((_, i) => sign * p.scores.data[i * nc + k]!);
      assertAllClose(ourScores, c.scores.map((r) => r[k]!), { rtol: 1e-9 });
      // sign convention: the largest |loading| is positive
      const big = ours.reduce((a, v, t) => (Math.abs(v) > Math.abs(ours[a]!) ? t : a), 0);
      assert.ok(ours[big]! > 0);
    }
  });
}

Deno.test("pca() is exact on a hand-made diagonal case", () => {
  const p = pca(matrixFromRows([[-2, 0], [2, 0], [0, -1], [0, 1]], ["a", "b"]));
  // variances 8/3 and 2/3
  assertAllClose(p.explainedVariance, [8 / 3, 2 / 3], { rtol: 1e-14 });
  assertAllClose(p.explainedVarianceRatio, [0.8, 0.2], { rtol: 1e-14 });
  assertAllClose(p.components.data, [1, 0, 0, 1], { atol: 1e-15 });
  assert.deepEqual(p.scores.columns, ["PC1", "PC2"]);
  assert.deepEqual(p.components.columns, ["a", "b"]);
});

Deno.test("pca() rejects nComponents out of range and a single row", () => {
  const x = matrixFromRows([[1, 2], [3, 4], [5, 7]]);
  assert.throws(
    () => pca(x, { nComponents: 3 }),
    /^RangeError: Cannot run PCA with nComponents = 3: use an integer from 1 to 2/,
  );
  assert.throws(
    () => pca(matrixFromRows([[1, 2]])),
    /^RangeError: Cannot run PCA on 1 row: it needs at least 2 rows/,
  );
});
