import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { customerLifetimeValue } from "../../lib/clv/customer_lifetime_value.ts";
import { clvReference } from "./_reference.ts";

Deno.test("customerLifetimeValue() matches lifetimes' discounted monthly sum in numpy (rtol 1e-9)", () => {
  const ref = clvReference();
  const v = customerLifetimeValue(
    { ...ref.customers, unit: "weeks" },
    { bgNbd: ref.clv.bgNbd, gammaGamma: ref.clv.gammaGamma },
    { months: ref.clv.months, discountRate: ref.clv.discountRate },
  );
  assertAllClose(v.clv, ref.clv.clv, { rtol: 1e-9 });
  assert.equal(v.unit, "weeks");
  assert.deepEqual(v.warnings, [{ code: "clv-one-time-buyers-alive", customers: 2, share: 2 / 11 }]);
});

Deno.test("customerLifetimeValue() is the same in days and in weeks", () => {
  const models = {
    bgNbd: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 },
    gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
  };
  const weeks = { frequency: [3, 0], recency: [30, 0], T: [38, 20], monetaryValue: [40, 0] };
  const days = {
    ...weeks,
    recency: weeks.recency.map((v) => v * 7),
    T: weeks.T.map((v) => v * 7),
  };
  const inDays = { ...models, bgNbd: { ...models.bgNbd, alpha: models.bgNbd.alpha * 7 } };
  const a = customerLifetimeValue(weeks, models, { unit: "weeks" });
  const b = customerLifetimeValue(days, inDays, { unit: "days" });
  assertAllClose(b.clv, a.clv, { rtol: 1e-10 });
});

Deno.test("customerLifetimeValue() needs a time unit and a sensible horizon", () => {
  const models = { bgNbd: { r: 1, alpha: 1, a: 2, b: 1 }, gammaGamma: { p: 2, q: 3, gamma: 4 } };
  const h = { frequency: [1], recency: [1], T: [2], monetaryValue: [5] };
  assert.throws(
    () => customerLifetimeValue(h, models),
    /^TypeError: Cannot compute customer lifetime value: the time unit of recency and T is "undefined"/,
  );
  assert.throws(
    () => customerLifetimeValue(h, models, { unit: "weeks", months: 0 }),
    /^RangeError: Cannot compute customer lifetime value over 0 months/,
  );
  assert.throws(
    () => customerLifetimeValue(h, models, { unit: "weeks", discountRate: -1 }),
    /^RangeError: Cannot compute customer lifetime value with discountRate "-1"/,
  );
});
