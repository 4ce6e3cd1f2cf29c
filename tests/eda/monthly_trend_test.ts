import pl from "nodejs-polars";
import assert from "node:assert/strict";
import { monthlyTrend } from "../../lib/eda/mod.ts";
import { cleanTransactions } from "../../lib/clean/mod.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentas } from "../clean/_ventas.ts";

const ms = (iso: string) => Date.parse(`${iso}Z`);

function fixture(): pl.DataFrame {
  return pl.DataFrame({
    inv: ["1", "1", "2", "3", "4", "5", "6"],
    cust: ["a", "a", "b", "a", null, "c", "b"],
    day: pl.Series("day", [
      ms("2021-01-31T23:59:59"),
      ms("2021-01-31T23:59:59"),
      ms("2021-01-01T00:00:00"),
      ms("2021-02-01T00:00:00"),
      ms("2021-02-15T12:00:00"),
      ms("2021-04-30T10:00:00"),
      null,
    ], pl.Float64).cast(pl.Datetime("ms")),
    amount: [10, 2.5, 4, 1, 8, Number.NaN, 100],
  });
}

Deno.test("monthlyTrend() sums revenue and counts customers, invoices and rows per month, gaps as zeros", () => {
  const trend = monthlyTrend(fixture(), { customer: "cust", invoice: "inv", date: "day", amount: "amount" });
  assert.deepEqual(trend, [
    { month: "2021-01", revenue: 16.5, customers: 2, newCustomers: 2, invoices: 2, orders: 3 },
    { month: "2021-02", revenue: 9, customers: 1, newCustomers: 0, invoices: 2, orders: 2 },
    { month: "2021-03", revenue: 0, customers: 0, newCustomers: 0, invoices: 0, orders: 0 },
    { month: "2021-04", revenue: 0, customers: 1, newCustomers: 1, invoices: 1, orders: 1 },
  ]);
});

Deno.test("monthlyTrend() without invoices, on an empty table, and with roles it cannot use", () => {
  const t = fixture();
  assert.deepEqual(
    monthlyTrend(t, { customer: "cust", date: "day", amount: "amount" }).map((p) => p.invoices),
    [
      null,
      null,
      null,
      null,
    ],
  );
  assert.deepEqual(monthlyTrend(t.head(0), { customer: "cust", date: "day", amount: "amount" }), []);
  assert.throws(
    () => monthlyTrend(t, { customer: "cust", date: "day" }),
    /^TypeError: Cannot compute the monthly trend: no column has the role "amount"/,
  );
  assert.throws(
    () => monthlyTrend(t, { customer: "cust", date: "inv", amount: "amount" }),
    /^TypeError: Cannot compute the monthly trend: the date column "inv" does not hold dates/,
  );
});

testWithSharedData(
  "monthlyTrend() on ventas-por-factura.csv covers 2020-12 to 2021-12",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await readVentas(path);
    const clean = cleanTransactions(table, roles);
    const trend = monthlyTrend(clean.table, clean.roles);
    assert.equal(trend[0]!.month, "2020-12");
    assert.equal(trend.at(-1)!.month, "2021-12");
    assert.equal(trend.length, 13);
    const revenue = Number(clean.table.select(pl.col("Monto").sum()).toRecords()[0]!["Monto"]);
    const summed = trend.reduce((s, p) => s + p.revenue, 0);
    assert.ok(Math.abs(summed - revenue) <= 1e-9 * revenue);
    const customers = clean.table.getColumn("ID Cliente").nUnique();
    assert.equal(trend.reduce((s, p) => s + p.newCustomers, 0), customers);
    assert.equal(trend.reduce((s, p) => s + p.orders, 0), clean.rowsOut);
  },
);
