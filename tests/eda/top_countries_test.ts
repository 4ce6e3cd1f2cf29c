import pl from "nodejs-polars";
import assert from "node:assert/strict";
import { topCountries } from "../../lib/eda/mod.ts";
import { cleanTransactions } from "../../lib/clean/mod.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentas } from "../clean/_ventas.ts";

Deno.test("topCountries() ranks countries by revenue with customers and rows", () => {
  const t = pl.DataFrame({
    c: ["a", "b", "a", "c", "d", "e"],
    k: ["UK", "FR", "UK", "FR", null, "DE"],
    x: [10, 5, 20, 15, 50, 20],
  });
  const roles = { customer: "c", country: "k", amount: "x" };
  assert.deepEqual(topCountries(t, roles), [
    { country: "UK", revenue: 30, revenueShare: 0.25, customers: 1, orders: 2 },
    { country: "DE", revenue: 20, revenueShare: 20 / 120, customers: 1, orders: 1 },
    { country: "FR", revenue: 20, revenueShare: 20 / 120, customers: 2, orders: 2 },
  ]);
  assert.deepEqual(
    topCountries(t, { country: "k", amount: "x" }, { n: 1 }).map((r) => [r.country, r.customers]),
    [["UK", null]],
  );
  assert.throws(
    () => topCountries(t, { amount: "x" }),
    /^TypeError: Cannot total the countries: no column has the role "country"/,
  );
});

testWithSharedData(
  "topCountries() on ventas-por-factura.csv puts the United Kingdom first",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await readVentas(path);
    const clean = cleanTransactions(table, roles);
    const top = topCountries(clean.table, clean.roles, { n: 5 });
    assert.equal(top.length, 5);
    assert.equal(top[0]!.country, "United Kingdom");
    assert.ok(top[0]!.revenueShare > 0.5);
    for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.revenue >= top[i]!.revenue);
  },
);
