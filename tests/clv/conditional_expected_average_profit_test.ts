import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { conditionalExpectedAverageProfit } from "../../lib/clv/conditional_expected_average_profit.ts";
import { clvReference } from "./_reference.ts";

Deno.test("conditionalExpectedAverageProfit() matches the numpy reference (rtol 1e-9)", () => {
  const ref = clvReference();
  for (const set of ref.gammaGamma) {
    assertAllClose(conditionalExpectedAverageProfit(ref.spend, set.params), set.expectedAverageProfit, {
      rtol: 1e-9,
    });
  }
});

Deno.test("conditionalExpectedAverageProfit() refuses q <= 1 and non-positive values", () => {
  assert.throws(
    () => conditionalExpectedAverageProfit({ frequency: [1], monetaryValue: [5] }, { p: 1, q: 1, gamma: 1 }),
    /^RangeError: Cannot compute the expected average profit with q = 1/,
  );
  assert.throws(
    () => conditionalExpectedAverageProfit({ frequency: [2], monetaryValue: [-5] }, { p: 1, q: 2, gamma: 1 }),
    /^RangeError: Cannot compute the expected average profit: customer 0 has 2 repeat purchases worth "-5"/,
  );
});
