import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { expectedPurchases } from "../../lib/clv/expected_purchases.ts";
import { clvReference } from "./_reference.ts";

Deno.test("expectedPurchases() matches the scipy reference at every horizon (rtol 1e-9)", () => {
  const ref = clvReference();
  for (const set of ref.bgNbd) {
    for (const t of ref.horizons) {
      assertAllClose(expectedPurchases(ref.customers, set.params, { t }), set.expectedPurchases[String(t)]!, {
        rtol: 1e-9,
        message: `params ${JSON.stringify(set.params)}, t ${t}`,
      });
    }
  }
});

Deno.test("expectedPurchases() is 0 at t = 0 and grows with t", () => {
  const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
  const h = { frequency: [0, 5], recency: [0, 30], T: [39, 39] };
  assert.deepEqual([...expectedPurchases(h, model, { t: 0 })], [0, 0]);
  const e1 = expectedPurchases(h, model, { t: 10 }), e2 = expectedPurchases(h, model, { t: 20 });
  assert.ok(e2[0]! > e1[0]! && e2[1]! > e1[1]!);
});

Deno.test("expectedPurchases() is finite for heavy buyers over long horizons", () => {
  const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
  const e = expectedPurchases({ frequency: [500], recency: [1000], T: [1000] }, model, { t: 5200 });
  assert.ok(Number.isFinite(e[0]!) && e[0]! > 0);
});

Deno.test("expectedPurchases() rejects a negative horizon", () => {
  const model = { r: 1, alpha: 1, a: 2, b: 1 };
  assert.throws(
    () => expectedPurchases({ frequency: [0], recency: [0], T: [1] }, model, { t: -1 }),
    /^RangeError: Cannot compute expected purchases for t = "-1"/,
  );
});
