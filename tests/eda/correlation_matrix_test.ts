import assert from "node:assert/strict";
import { correlationMatrix } from "../../lib/eda/correlation_matrix.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";

const ref = JSON.parse(Deno.readTextFileSync(new URL("../reference/correlation.json", import.meta.url)));

Deno.test("correlationMatrix() equals pandas DataFrame.corr()", () => {
  const c = correlationMatrix(matrixFromRows(ref.rows, ref.columns));
  assert.deepEqual(c.columns, ref.columns);
  assertAllClose(c.values.flat(), ref.corr.flat(), { rtol: 1e-9, atol: 1e-15 });
});

Deno.test("correlationMatrix() gives NaN for a constant column and 1 on other diagonals", () => {
  const c = correlationMatrix(matrixFromRows([[1, 5], [2, 5], [4, 5]], ["x", "k"]));
  assert.equal(c.values[0]![0], 1);
  assert.ok(Number.isNaN(c.values[1]![1]));
  assert.ok(Number.isNaN(c.values[0]![1]));
});

Deno.test("correlationMatrix() rejects a single row", () => {
  assert.throws(
    () => correlationMatrix(matrixFromRows([[1, 2]])),
    /^RangeError: Cannot compute correlations/,
  );
});
