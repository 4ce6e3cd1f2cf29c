import assert from "node:assert/strict";
import { applyScaler } from "../../lib/scale/apply_scaler.ts";
import { standardize } from "../../lib/scale/standardize.ts";
import { robustScale } from "../../lib/scale/robust_scale.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { money } from "./_reference.ts";

Deno.test("applyScaler() on the fitted rows repeats the fit (standard and robust)", () => {
  const s = standardize(money.x);
  assertAllClose(applyScaler(money.x, s.scaler).data, s.matrix.data);
  const r = robustScale(money.x);
  assertAllClose(applyScaler(money.x, r.scaler).data, money.robust.transformed.flat());
});

Deno.test("applyScaler() scales a new row by hand", () => {
  const { scaler } = standardize(matrixFromRows([[0, 10], [2, 30]], ["a", "b"]));
  assert.deepEqual([...applyScaler(matrixFromRows([[4, 20]], ["a", "b"]), scaler).data], [3, 0]);
});

Deno.test("applyScaler() rejects other columns", () => {
  const { scaler } = standardize(matrixFromRows([[0, 10], [2, 30]], ["a", "b"]));
  assert.throws(
    () => applyScaler(matrixFromRows([[4, 20]], ["b", "a"]), scaler),
    /^TypeError: Cannot apply the scaler: the data has columns "b", "a" but the fit has "a", "b"/,
  );
});
