import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { assertAllClose } from "../_assert.ts";
import { expectedCumulativeTransactions } from "../../lib/clv/expected_cumulative_transactions.ts";
import { expectedPurchasesUnconditional } from "../../lib/clv/expected_purchases_unconditional.ts";

const MODEL = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
const TX = {
  customer: ["a", "a", "a", "b", "b", "a"],
  date: ["2024-01-01", "2024-01-01", "2024-01-03", "2024-01-02", "2024-01-06", "2024-01-06"],
};

Deno.test("expectedCumulativeTransactions() counts repeat purchase days and sums the model by first day, by hand", () => {
  const curve = expectedCumulativeTransactions(TX, MODEL, { unit: "days" });
  // days 0..5; a buys on days 0 (twice), 2, 5; b on days 1, 5: repeats on days 2, 5 (a) and 5 (b)
  assert.deepEqual([...curve.times], [1, 2, 3, 4, 5, 6]);
  assert.deepEqual([...curve.actual], [0, 0, 1, 1, 1, 3]);
  const expected = [1, 2, 3, 4, 5, 6].map((t) =>
    expectedPurchasesUnconditional(MODEL, [t]).at(0)! + expectedPurchasesUnconditional(MODEL, [t - 1]).at(0)!
  );
  assertAllClose(curve.predicted, expected, { rtol: 1e-12 });
  assert.equal(curve.start.toISOString(), "2024-01-01T00:00:00.000Z");
});

Deno.test("expectedCumulativeTransactions() reads a DataFrame and stops at observationEnd", () => {
  const table = pl.DataFrame({ who: TX.customer, when: TX.date.map((d) => new Date(`${d}T12:00:00Z`)) });
  const curve = expectedCumulativeTransactions(table, MODEL, {
    roles: { customer: "who", date: "when" },
    unit: "days",
    observationEnd: new Date("2024-01-04"),
  });
  assert.deepEqual([...curve.actual], [0, 0, 1, 1]);
});

Deno.test("expectedCumulativeTransactions() needs the model's time unit", () => {
  assert.throws(
    () => expectedCumulativeTransactions(TX, MODEL),
    /^TypeError: Cannot compute the cumulative transactions: the time unit of the model is "undefined"/,
  );
});
