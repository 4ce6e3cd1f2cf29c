import assert from "node:assert/strict";
import { warningText } from "../../lib/text/mod.ts";
import { robustScale } from "../../lib/scale/robust_scale.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { money } from "./_reference.ts";

Deno.test("robustScale() equals scikit-learn's RobustScaler", () => {
  const r = robustScale(money.x);
  assertAllClose(r.scaler.center, money.robust.center);
  assertAllClose(r.scaler.scale, money.robust.scale);
  assertAllClose(r.matrix.data, money.robust.transformed.flat(), {});
  assert.deepEqual(r.warnings, [{ code: "column-no-spread", column: "CONST", low: 25, high: 75 }]);
  assert.match(
    warningText(r.warnings[0]!, "en"),
    /^Column "CONST" has no spread between percentiles 25 and 75/,
  );
  assert.match(
    warningText(r.warnings[0]!, "es"),
    /^La columna "CONST" no tiene dispersión entre los percentiles 25 y 75/,
  );
});

Deno.test("robustScale() equals RobustScaler(quantile_range=(10, 90))", () => {
  const r = robustScale(money.x, { quantileRange: [10, 90] });
  assertAllClose(r.scaler.scale, money.robust1090.scale);
  assertAllClose(r.matrix.data, money.robust1090.transformed.flat(), {});
});

Deno.test("robustScale() works out an even-length median by hand", () => {
  const r = robustScale(matrixFromRows([[1], [2], [3], [10]]));
  assert.equal(r.scaler.center[0], 2.5);
  assert.equal(r.scaler.scale[0], 4.75 - 1.75);
});

Deno.test("robustScale() rejects a reversed range", () => {
  assert.throws(
    () => robustScale(matrixFromRows([[1], [2]]), { quantileRange: [75, 25] }),
    /^RangeError: Cannot scale robustly with quantileRange \[75, 25\]/,
  );
});
