import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { pAlive } from "../../lib/clv/p_alive.ts";
import { clvReference } from "./_reference.ts";

Deno.test("pAlive() matches the numpy reference (rtol 1e-9)", () => {
  const ref = clvReference();
  for (const set of ref.bgNbd) {
    assertAllClose(pAlive(ref.customers, set.params).pAlive, set.pAlive, { rtol: 1e-9 });
  }
});

Deno.test("pAlive() gives one-time buyers 1 and says so as a typed fact", () => {
  const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
  const result = pAlive({ frequency: [0, 0, 3, 1], recency: [0, 0, 20, 5], T: [1, 300, 30, 30] }, model);
  assert.deepEqual([...result.pAlive.slice(0, 2)], [1, 1]);
  assert.deepEqual(result.warnings, [{ code: "clv-one-time-buyers-alive", customers: 2, share: 0.5 }]);
  assert.deepEqual(pAlive({ frequency: [1], recency: [1], T: [2] }, model).warnings, []);
});

Deno.test("pAlive() falls as the time since the last purchase grows", () => {
  const model = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
  const p = pAlive({ frequency: [4, 4, 4], recency: [38, 20, 2], T: [39, 39, 39] }, model).pAlive;
  assert.ok(p[0]! > p[1]! && p[1]! > p[2]!);
});

Deno.test("pAlive() rejects impossible histories", () => {
  const model = { r: 1, alpha: 1, a: 1, b: 1 };
  assert.throws(
    () => pAlive({ frequency: [1.5], recency: [1], T: [2] }, model),
    /^RangeError: Cannot compute P\(alive\): frequency\[0\] is "1.5"/,
  );
  assert.throws(
    () => pAlive({ frequency: [1], recency: [3], T: [2] }, model),
    /^RangeError: Cannot compute P\(alive\): customer 0 has frequency 1, recency 3 and T 2/,
  );
  assert.throws(
    () => pAlive({ frequency: [1, 2], recency: [3], T: [2] }, model),
    /^TypeError: Cannot compute P\(alive\): frequency, recency and T have 2, 1 and 1 entries/,
  );
});
