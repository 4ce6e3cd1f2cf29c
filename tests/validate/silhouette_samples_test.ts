import assert from "node:assert/strict";
import { silhouetteSamples } from "../../lib/validate/silhouette_samples.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { metricCases } from "./_reference.ts";

for (const c of metricCases) {
  Deno.test(`silhouetteSamples() equals scikit-learn on "${c.name}"`, () => {
    assertAllClose(silhouetteSamples(c.x, c.labels), c.silhouetteSamples, { rtol: 1e-9 });
  });
}

Deno.test("silhouetteSamples() gives 0 to a row alone in its cluster", () => {
  const x = matrixFromRows([[0], [1], [5], [10], [11]]);
  const s = silhouetteSamples(x, Int32Array.from([0, 0, 2, 1, 1]));
  assert.equal(s[2], 0);
});

Deno.test("silhouetteSamples() does not change its inputs", () => {
  const x = matrixFromRows([[3], [1], [10], [11]]);
  const labels = Int32Array.from([1, 0, 1, 0]);
  silhouetteSamples(x, labels);
  assert.deepEqual([...x.data], [3, 1, 10, 11]);
  assert.deepEqual([...labels], [1, 0, 1, 0]);
});

Deno.test("silhouetteSamples() reports progress up to all pairs", () => {
  const x = matrixFromRows([[0], [1], [10], [11]]);
  const seen: number[] = [];
  silhouetteSamples(x, Int32Array.from([0, 0, 1, 1]), { onProgress: (p) => seen.push(p.done / p.total) });
  assert.equal(seen.at(-1), 1);
});

Deno.test("silhouetteSamples() rejects one label, every row alone, wrong length and non-finite data", () => {
  const x = matrixFromRows([[0], [1], [2]]);
  assert.throws(
    () => silhouetteSamples(x, Int32Array.from([4, 4, 4])),
    /^RangeError: Cannot compute the silhouette with 1 distinct label for 3 rows: valid numbers of labels are 2 to 2/,
  );
  assert.throws(
    () => silhouetteSamples(x, Int32Array.from([0, 1, 2])),
    /^RangeError: .*3 distinct labels for 3 rows/,
  );
  assert.throws(
    () => silhouetteSamples(x, Int32Array.from([0, 1])),
    /^TypeError: Cannot compute the silhouette: 2 labels for 3 rows/,
  );
  assert.throws(
    () => silhouetteSamples(x, [0, 1, 1] as unknown as Int32Array),
    /^TypeError: .*must be an Int32Array/,
  );
  const bad = matrixFromRows([[0], [NaN], [2]]);
  assert.throws(
    () => silhouetteSamples(bad, Int32Array.from([0, 1, 1])),
    /^RangeError: .*row 1, column "x0" is NaN; impute/,
  );
});
