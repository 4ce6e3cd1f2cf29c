import assert from "node:assert/strict";
import { daviesBouldinScore } from "../../lib/validate/davies_bouldin_score.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { metricCases } from "./_reference.ts";

for (const c of metricCases) {
  Deno.test(`daviesBouldinScore() equals scikit-learn on "${c.name}"`, () => {
    assertAllClose(daviesBouldinScore(c.x, c.labels), c.daviesBouldin, { rtol: 1e-9 });
  });
}

Deno.test("daviesBouldinScore() matches a value worked by hand", () => {
  const x = matrixFromRows([[0], [1], [10], [11], [12]]);
  // s0 = 0.5, s1 = 2/3, centroids 0.5 and 11: (0.5 + 2/3) / 10.5 for both clusters
  assertAllClose(daviesBouldinScore(x, Int32Array.from([0, 0, 1, 1, 1])), (0.5 + 2 / 3) / 10.5, {
    rtol: 1e-15,
  });
});

Deno.test("daviesBouldinScore() is 0 when clusters are single repeated points (scikit-learn)", () => {
  const x = matrixFromRows([[0, 0], [0, 0], [3, 4], [3, 4]]);
  assert.equal(daviesBouldinScore(x, Int32Array.from([0, 0, 1, 1])), 0);
});

Deno.test("daviesBouldinScore() rejects labels of the wrong length", () => {
  const x = matrixFromRows([[0], [1], [2]]);
  assert.throws(
    () => daviesBouldinScore(x, Int32Array.from([0, 1, 1, 0])),
    /^TypeError: Cannot compute the Davies-Bouldin score: 4 labels for 3 rows/,
  );
});
