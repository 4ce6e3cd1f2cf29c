import assert from "node:assert/strict";
import { CARD_HOLDER_COLUMNS, generateCardHolders } from "../../lib/generate/card_holders.ts";

const csv = generateCardHolders({ rows: 1000, seed: 5 });
const lines = csv.split("\n");
const rows = lines.slice(1, -1).map((l) => l.split(","));
const col = (name: string) => CARD_HOLDER_COLUMNS.indexOf(name);
const values = (name: string) => rows.map((r) => r[col(name)]!);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

Deno.test("generateCardHolders() is deterministic: same seed same text, other seed other text", () => {
  assert.equal(generateCardHolders({ rows: 1000, seed: 5 }), csv);
  assert.notEqual(generateCardHolders({ rows: 1000, seed: 6 }), csv);
});

Deno.test("generateCardHolders() writes the real file's 18 columns and ids C10001...", () => {
  assert.equal(
    lines[0],
    "CUST_ID,BALANCE,BALANCE_FREQUENCY,PURCHASES,ONEOFF_PURCHASES,INSTALLMENTS_PURCHASES," +
      "CASH_ADVANCE,PURCHASES_FREQUENCY,ONEOFF_PURCHASES_FREQUENCY,PURCHASES_INSTALLMENTS_FREQUENCY," +
      "CASH_ADVANCE_FREQUENCY,CASH_ADVANCE_TRX,PURCHASES_TRX,CREDIT_LIMIT,PAYMENTS,MINIMUM_PAYMENTS," +
      "PRC_FULL_PAYMENT,TENURE",
  );
  assert.equal(rows.length, 1000);
  assert.ok(rows.every((r) => r.length === 18));
  assert.deepEqual(values("CUST_ID").slice(0, 3), ["C10001", "C10002", "C10003"]);
  assert.equal(values("CUST_ID")[999], "C11000");
});

Deno.test("generateCardHolders() leaves 3.5% MINIMUM_PAYMENTS and one CREDIT_LIMIT empty", () => {
  assert.equal(values("MINIMUM_PAYMENTS").filter((v) => v === "").length, 35);
  assert.equal(values("CREDIT_LIMIT").filter((v) => v === "").length, 1);
  for (const name of CARD_HOLDER_COLUMNS.filter((c) => c !== "MINIMUM_PAYMENTS" && c !== "CREDIT_LIMIT")) {
    assert.ok(values(name).every((v) => v !== ""), `${name} has no empty cell`);
  }
});

Deno.test("generateCardHolders() is internally consistent", () => {
  for (const r of rows) {
    const v = (name: string) => Number(r[col(name)]);
    const cents = (name: string) => Math.round(v(name) * 100);
    assert.equal(cents("PURCHASES"), cents("ONEOFF_PURCHASES") + cents("INSTALLMENTS_PURCHASES"), r[0]);
    for (const f of CARD_HOLDER_COLUMNS.filter((c) => c.endsWith("FREQUENCY") || c === "PRC_FULL_PAYMENT")) {
      assert.ok(v(f) >= 0 && v(f) <= 1, `${r[0]} ${f} = ${v(f)}`);
    }
    assert.ok(v("ONEOFF_PURCHASES_FREQUENCY") <= v("PURCHASES_FREQUENCY") + 1e-9, r[0]);
    assert.ok(v("PURCHASES_INSTALLMENTS_FREQUENCY") <= v("PURCHASES_FREQUENCY") + 1e-9, r[0]);
    assert.equal(v("PURCHASES") === 0, v("PURCHASES_FREQUENCY") === 0, r[0]);
    assert.equal(v("PURCHASES") === 0, v("PURCHASES_TRX") === 0, r[0]);
    assert.equal(v("CASH_ADVANCE") === 0, v("CASH_ADVANCE_TRX") === 0, r[0]);
    assert.ok(Number.isInteger(v("TENURE")) && v("TENURE") >= 6 && v("TENURE") <= 12, r[0]);
    for (const m of ["BALANCE", "PURCHASES", "CASH_ADVANCE", "PAYMENTS"]) {
      assert.ok(v(m) >= 0, `${r[0]} ${m}`);
    }
  }
});

Deno.test("generateCardHolders() money columns are right-skewed and groups are planted", () => {
  for (const name of ["BALANCE", "PURCHASES", "PAYMENTS", "CASH_ADVANCE"]) {
    const xs = values(name).map(Number);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    assert.ok(mean > 1.3 * median(xs), `${name}: mean ${mean} vs median ${median(xs)}`);
  }
  // revolvers: cash advance with low full payment; transactors: purchases paid in full
  const revolvers = rows.filter((r) =>
    Number(r[col("CASH_ADVANCE")]) > 1000 && Number(r[col("PURCHASES")]) < 500
  );
  const transactors = rows.filter((r) =>
    Number(r[col("PURCHASES")]) > 1000 && Number(r[col("PRC_FULL_PAYMENT")]) >= 0.5
  );
  const dormant = rows.filter((r) => Number(r[col("BALANCE")]) < 200 && Number(r[col("PURCHASES")]) < 100);
  for (
    const [name, group] of [["revolvers", revolvers], ["transactors", transactors], [
      "dormant",
      dormant,
    ]] as const
  ) {
    assert.ok(group.length > 60, `${name}: ${group.length}`);
  }
  const fullPay = (rs: string[][]) =>
    rs.reduce((a, r) => a + Number(r[col("PRC_FULL_PAYMENT")]), 0) / rs.length;
  assert.ok(fullPay(revolvers) < 0.1);
});

Deno.test("generateCardHolders() rejects a bad number of rows", () => {
  assert.throws(() => generateCardHolders({ rows: 1.5 }), /^RangeError: Cannot generate 1.5 card holders/);
});
