import assert from "node:assert/strict";
import { pca } from "../../lib/scale/pca.ts";
import { transformPca } from "../../lib/scale/transform_pca.ts";
import { matrixFromRows, takeRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { pcaCases } from "./_reference.ts";

Deno.test("transformPca() of some fitted rows equals their scores", () => {
  const c = pcaCases.find((p) => p.name === "corr5-3")!;
  const p = pca(c.x, { nComponents: 3 });
  const some = transformPca(takeRows(c.x, [4, 0, 7]), p);
  assertAllClose(some.data, takeRows(p.scores, [4, 0, 7]).data, { rtol: 1e-15 });
  assert.deepEqual(some.columns, ["PC1", "PC2", "PC3"]);
});

Deno.test("transformPca() rejects other columns", () => {
  const p = pca(matrixFromRows([[1, 2], [3, 5], [4, 4]], ["a", "b"]));
  assert.throws(
    () => transformPca(matrixFromRows([[1, 2]], ["a", "c"]), p),
    /^TypeError: Cannot project on the principal components/,
  );
});
