import pl from "nodejs-polars";
import assert from "node:assert/strict";
import { cohortRetention } from "../../lib/cohorts/mod.ts";
import { cleanTransactions } from "../../lib/clean/mod.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentas } from "../clean/_ventas.ts";

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

Deno.test("cohortRetention() matches a matrix worked out by hand", () => {
  // a: Jan, Mar (returns after a gap); b: Jan, Feb; c: Feb; d: Mar (twice); e: no date; null customer.
  const t = pl.DataFrame({
    c: ["a", "b", "a", "b", "c", "d", "d", "e", null, "a"],
    d: pl.Series("d", [
      ms("2021-01-05"),
      ms("2021-01-31"),
      ms("2021-03-01"),
      ms("2021-02-10"),
      ms("2021-02-28"),
      ms("2021-03-03"),
      ms("2021-03-30"),
      null,
      ms("2020-11-01"),
      ms("2021-01-20"),
    ], pl.Float64).cast(pl.Datetime("ms")),
  });
  const r = cohortRetention(t, { customer: "c", date: "d" });
  assert.deepEqual(r.cohorts, ["2021-01", "2021-02", "2021-03"]);
  assert.deepEqual(r.periods, [0, 1, 2]);
  assert.deepEqual(r.sizes, [2, 1, 1]);
  assert.deepEqual(r.counts, [[2, 1, 1], [1, 0, NaN], [1, NaN, NaN]]);
  assert.deepEqual(r.retention, [[1, 0.5, 0.5], [1, 0, NaN], [1, NaN, NaN]]);
});

Deno.test("cohortRetention() skips months with no new customers and handles an empty table", () => {
  const t = pl.DataFrame({
    c: ["a", "a", "b"],
    d: pl.Series("d", [ms("2021-01-01"), ms("2021-04-01"), ms("2021-03-15")], pl.Float64).cast(
      pl.Datetime("ms"),
    ),
  });
  const r = cohortRetention(t, { customer: "c", date: "d" });
  assert.deepEqual(r.cohorts, ["2021-01", "2021-03"]);
  assert.deepEqual(r.counts, [[1, 0, 0, 1], [1, 0, NaN, NaN]]);
  assert.deepEqual(cohortRetention(t.head(0), { customer: "c", date: "d" }).cohorts, []);
  assert.throws(
    () => cohortRetention(t, { customer: "c" }),
    /^TypeError: Cannot compute cohort retention: no column has the role "date"/,
  );
});

testWithSharedData(
  "cohortRetention() on ventas-por-factura.csv: 13 monthly cohorts, every customer once",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await readVentas(path);
    const clean = cleanTransactions(table, roles);
    const r = cohortRetention(clean.table, clean.roles);
    assert.equal(r.cohorts[0], "2020-12");
    assert.equal(r.cohorts.length, 13);
    assert.equal(r.periods.length, 13);
    assert.equal(r.sizes.reduce((a, b) => a + b, 0), clean.table.getColumn("ID Cliente").nUnique());
    for (let c = 0; c < r.cohorts.length; c++) {
      assert.equal(r.retention[c]![0], 1);
      assert.equal(r.counts[c]!.filter((x) => !Number.isNaN(x)).length, 13 - c);
      assert.ok(r.retention[c]!.every((x) => Number.isNaN(x) || (x >= 0 && x <= 1)));
    }
  },
);
