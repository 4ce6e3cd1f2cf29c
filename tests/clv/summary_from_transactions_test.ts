import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { assertAllClose } from "../_assert.ts";
import { summaryFromTransactions } from "../../lib/clv/summary_from_transactions.ts";

const TX = {
  customer: ["b", "a", "a", "a", "b", "a", "c"],
  date: ["2024-01-03", "2024-01-01", "2024-01-01", "2024-01-05", "2024-01-12", "2024-01-20", "2024-01-15"],
  amount: [7, 10, 5, 20, 9, 30, 4],
};

Deno.test("summaryFromTransactions() counts repeat purchase days, as worked out by hand", () => {
  const s = summaryFromTransactions(TX, { unit: "days", calibrationEnd: new Date("2024-01-10") });
  // c first bought after the calibration end: left out, and said
  assert.deepEqual(s.customers, ["a", "b"]);
  assert.deepEqual([...s.frequency], [1, 0]);
  assert.deepEqual([...s.recency], [4, 0]);
  assert.deepEqual([...s.T], [9, 7]);
  assert.deepEqual([...s.monetaryValue], [20, 0]);
  assert.deepEqual([...s.frequencyHoldout], [1, 1]);
  assert.deepEqual([...s.monetaryValueHoldout], [30, 9]);
  assert.equal(s.durationHoldout, 10);
  assert.deepEqual(s.warnings, [{ code: "clv-customers-after-calibration", customers: 1 }]);
  assert.equal(s.firstPurchase[0], Date.UTC(2024, 0, 1));
});

Deno.test("summaryFromTransactions() defaults: weeks, the middle day as calibration end, the last day as observation end", () => {
  const s = summaryFromTransactions(TX);
  assert.equal(s.unit, "weeks");
  assert.equal(s.start.toISOString(), "2024-01-01T00:00:00.000Z");
  assert.equal(s.observationEnd.toISOString(), "2024-01-20T00:00:00.000Z");
  assert.equal(s.calibrationEnd.toISOString(), "2024-01-10T00:00:00.000Z"); // 1 + floor(19 / 2)
  assertAllClose(s.T, [9 / 7, 7 / 7]);
  assertAllClose(s.durationHoldout, 10 / 7);
});

Deno.test("summaryFromTransactions() in months uses 30.4375-day months", () => {
  const s = summaryFromTransactions(TX, { unit: "months", calibrationEnd: new Date("2024-01-10") });
  assertAllClose(s.T, [9 / 30.4375, 7 / 30.4375]);
});

Deno.test("summaryFromTransactions() reads a polars DataFrame with dates like the arrays", () => {
  const table = pl.DataFrame({
    id: TX.customer,
    when: TX.date.map((d) => new Date(`${d}T23:30:00Z`)),
    total: TX.amount,
  });
  const options = { calibrationEnd: new Date("2024-01-10"), unit: "days" as const };
  const fromFrame = summaryFromTransactions(table, {
    ...options,
    roles: { customer: "id", date: "when", amount: "total" },
  });
  const fromArrays = summaryFromTransactions(TX, options);
  assert.deepEqual(fromFrame, fromArrays);
});

Deno.test("summaryFromTransactions() takes the UTC day of a Date and the written day of text, whatever the time zone", () => {
  // 23:30 UTC is the next day east of UTC: the day must still be the UTC one
  const late = summaryFromTransactions({
    customer: ["a", "a"],
    date: [new Date("2024-03-01T23:30:00Z"), new Date("2024-03-02T00:30:00Z")],
  }, { unit: "days", calibrationEnd: new Date("2024-03-02") });
  assert.deepEqual([...late.frequency], [1]);
  assert.deepEqual([...late.recency], [1]);
  const text = summaryFromTransactions({ customer: ["a", "a"], date: ["20240301", "2024-03-02 23:59:59"] }, {
    unit: "days",
    calibrationEnd: new Date("2024-03-02"),
  });
  assert.deepEqual(text, late);
  assert.equal(text.hasAmount, false);
});

Deno.test("summaryFromTransactions() sorts numeric ids as numbers and skips rows without a customer", () => {
  const s = summaryFromTransactions({
    customer: [10, 9, null, 100],
    date: ["2024-01-01", "2024-01-02", "2024-01-02", "2024-01-03"],
  }, { unit: "days", calibrationEnd: new Date("2024-01-03") });
  assert.deepEqual(s.customers, ["9", "10", "100"]);
  assert.deepEqual(s.warnings, [{ code: "clv-rows-skipped", rows: 1 }]);
});

Deno.test("summaryFromTransactions() is deterministic", () => {
  assert.deepEqual(summaryFromTransactions(TX), summaryFromTransactions(TX));
});

Deno.test("summaryFromTransactions() rejects bad dates and ends with the fix in the message", () => {
  assert.throws(
    () => summaryFromTransactions({ customer: ["a"], date: ["2024-02-30"] }),
    /^RangeError: Cannot summarise transactions per customer: date 0 is "2024-02-30", which is not a date; use Dates/,
  );
  assert.throws(
    () => summaryFromTransactions(TX, { calibrationEnd: new Date("nope") }),
    /^RangeError: Cannot summarise transactions per customer: calibrationEnd "Invalid Date" is not a valid date/,
  );
  assert.throws(
    () =>
      summaryFromTransactions(TX, {
        calibrationEnd: new Date("2024-01-15"),
        observationEnd: new Date("2024-01-10"),
      }),
    /^RangeError: Cannot summarise transactions per customer: calibrationEnd 2024-01-15 is after observationEnd 2024-01-10/,
  );
  assert.throws(
    () => summaryFromTransactions({ customer: ["a"], date: [] }),
    /^TypeError: Cannot summarise transactions per customer: customer, date and amount have 1, 0 and undefined entries/,
  );
  assert.throws(
    () => summaryFromTransactions(pl.DataFrame({ x: [1] })),
    /^TypeError: Cannot summarise transactions per customer: the customer column "customer" is not in the table/,
  );
  assert.throws(
    () => summaryFromTransactions(TX, { unit: "years" as never }),
    /^RangeError: Cannot summarise transactions per customer in unit "years"/,
  );
});
