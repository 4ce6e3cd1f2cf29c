import assert from "node:assert/strict";
import { inverseScale } from "../../lib/scale/inverse_scale.ts";
import { standardize } from "../../lib/scale/standardize.ts";
import { robustScale } from "../../lib/scale/robust_scale.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { money } from "./_reference.ts";

Deno.test("inverseScale() undoes standardize() and robustScale()", () => {
  const s = standardize(money.x);
  assertAllClose(inverseScale(s.matrix, s.scaler).data, money.x.data, { rtol: 1e-12, atol: 1e-9 });
  const r = robustScale(money.x);
  assertAllClose(inverseScale(r.matrix, r.scaler).data, money.x.data, { rtol: 1e-12, atol: 1e-9 });
});

Deno.test("inverseScale() rejects a different number of columns", () => {
  const { scaler } = standardize(matrixFromRows([[0, 1], [2, 3]]));
  assert.throws(
    () => inverseScale(matrixFromRows([[1]]), scaler),
    /^TypeError: Cannot undo the scaling: the data has columns "x0"/,
  );
});
