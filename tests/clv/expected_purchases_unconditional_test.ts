import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { expectedPurchasesUnconditional } from "../../lib/clv/expected_purchases_unconditional.ts";
import { clvReference } from "./_reference.ts";

Deno.test("expectedPurchasesUnconditional() matches the scipy reference (rtol 1e-9)", () => {
  const ref = clvReference();
  for (const set of ref.bgNbd) {
    assertAllClose(
      expectedPurchasesUnconditional(set.params, ref.horizons),
      set.expectedPurchasesUnconditional,
      {
        rtol: 1e-9,
      },
    );
  }
});

Deno.test("expectedPurchasesUnconditional() is 0 at 0 and rises towards (a + b - 1) / (a - 1) for a > 1", () => {
  const model = { r: 1.7, alpha: 12, a: 2.3, b: 5.1 };
  const e = expectedPurchasesUnconditional(model, [0, 10, 1e4, 1e6]);
  assert.equal(e[0], 0);
  assert.ok(e[1]! < e[2]! && e[2]! < e[3]!);
  assert.ok(e[3]! < (2.3 + 5.1 - 1) / (2.3 - 1));
  assert.throws(
    () => expectedPurchasesUnconditional(model, [Number.NaN]),
    /^RangeError: Cannot compute expected/,
  );
});
