import assert from "node:assert/strict";
import { analyzeRfm, mapRoles, readTable } from "../../lib/mod.ts";
import { customerValue } from "../../lib/run/customer_value.ts";
import pl from "nodejs-polars";

const SAMPLE = new URL("../../data/retail_sample.csv", import.meta.url).pathname;

Deno.test("analyzeRfm() adds customer value without changing the RFM numbers", async () => {
  const loaded = await readTable(SAMPLE);
  const mapping = mapRoles(loaded.table.columns);
  const opts = { kMax: 3, nBoot: 2 };
  const without = analyzeRfm(loaded, mapping, { ...opts, value: false });
  const withValue = analyzeRfm(loaded, mapping, opts);
  assert.equal(without.value, null);
  assert.deepEqual(without.customers.columns, withValue.customers.columns.slice(0, without.customers.width));
  assert.deepEqual(withValue.customers.columns.slice(without.customers.width), [
    "p_alive",
    "expected_purchases_12m",
    "clv_12m",
  ]);
  assert.deepEqual(
    withValue.customers.select(...without.customers.columns).rows(),
    without.customers.rows(),
  );
  assert.deepEqual(withValue.warnings, without.warnings);
  const v = withValue.value!;
  assert.ok(v.bgnbd && v.gammaGamma && v.clv && v.tracking);
  assert.equal(v.timeUnit, "weeks");
  // every customer in the calibration period has a P(alive) in (0, 1] in the table
  const p = withValue.customers.getColumn("p_alive").toArray() as (number | null)[];
  const ids = withValue.customers.getColumn("customer").toArray() as string[];
  const inFit = new Set(v.summary.customers);
  p.forEach((x, i) => {
    if (inFit.has(ids[i]!)) assert.ok(x !== null && x > 0 && x <= 1);
    else assert.equal(x, null);
  });
  const n = v.holdout.reduce((s, g) => s + g.customers, 0);
  assert.equal(n, v.summary.customers.length);
});

Deno.test("customerValue() records too few repeat customers as a warning, not an error", () => {
  const t = pl.DataFrame({
    customer: ["a", "a", "b", "c"],
    date: ["2021-01-01", "2021-02-01", "2021-01-05", "2021-03-01"],
    amount: [1, 2, 3, 4],
  });
  const v = customerValue(t, { customer: "customer", date: "date", amount: "amount" }, {
    timeUnit: "days",
    calibrationEnd: new Date("2021-03-01"),
  });
  assert.equal(v.bgnbd, null);
  assert.equal(v.clv, null);
  assert.deepEqual(v.warnings.at(-1), {
    code: "clv-too-few-repeat-customers",
    repeat: 1,
    customers: 3,
    needed: 10,
  });
});

Deno.test("customerValue() rejects a horizon that is not a whole number of months", () => {
  const t = pl.DataFrame({ customer: ["a"], date: ["2021-01-01"] });
  assert.throws(
    () => customerValue(t, { customer: "customer", date: "date" }, { horizonMonths: 1.5 }),
    /^RangeError: Cannot compute customer value over 1.5 months/,
  );
});
