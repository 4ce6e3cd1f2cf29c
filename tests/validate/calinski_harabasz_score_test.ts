import assert from "node:assert/strict";
import { calinskiHarabaszScore } from "../../lib/validate/calinski_harabasz_score.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { metricCases } from "./_reference.ts";

for (const c of metricCases) {
  Deno.test(`calinskiHarabaszScore() equals scikit-learn on "${c.name}"`, () => {
    assertAllClose(calinskiHarabaszScore(c.x, c.labels), c.calinskiHarabasz, { rtol: 1e-9 });
  });
}

Deno.test("calinskiHarabaszScore() matches a value worked by hand", () => {
  const x = matrixFromRows([[0], [1], [10], [11]]);
  assert.equal(calinskiHarabaszScore(x, Int32Array.from([0, 0, 1, 1])), 200);
});

Deno.test("calinskiHarabaszScore() is 1 when every cluster is one repeated point (scikit-learn)", () => {
  const x = matrixFromRows([[0], [0], [3], [3]]);
  assert.equal(calinskiHarabaszScore(x, Int32Array.from([0, 0, 1, 1])), 1);
});

Deno.test("calinskiHarabaszScore() rejects a single cluster", () => {
  const x = matrixFromRows([[0], [1], [2]]);
  assert.throws(
    () => calinskiHarabaszScore(x, Int32Array.from([0, 0, 0])),
    /^RangeError: Cannot compute the Calinski-Harabasz score with 1 distinct label for 3 rows/,
  );
});
