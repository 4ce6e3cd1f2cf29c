import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { cleanTransactions } from "../../lib/clean/mod.ts";
import { mapRoles, readTable } from "../../lib/load/mod.ts";
import { computeRfm, type RfmResult } from "../../lib/rfm/mod.ts";
import { warningText } from "../../lib/text/mod.ts";
import { assertAllClose } from "../_assert.ts";
import { testWithSharedData } from "../_data.ts";
import { permuteRows, TINY_ROLES, tinyLines } from "./_fixtures.ts";
import { readVentasByHand, type RfmReference, rfmReference, VENTAS_ROLES } from "./_reference.ts";

Deno.test("computeRfm() matches recency, frequency and monetary worked out by hand", () => {
  const rfm = computeRfm(tinyLines(), TINY_ROLES);
  assert.equal(rfm.snapshot.toISOString(), "2021-04-01T00:00:00.000Z");
  assert.equal(rfm.customers, 3);
  assert.equal(rfm.frequencyBasis, "invoices");
  assert.deepEqual(rfm.warnings, []);
  const t = rfm.table;
  assert.deepEqual(t.columns, [
    "customer",
    "recency",
    "frequency",
    "monetary",
    "first_purchase",
    "last_purchase",
  ]);
  assert.deepEqual(t.getColumn("customer").toArray(), ["c1", "c2", "c3"]);
  assert.deepEqual(t.getColumn("recency").toArray(), [11, 0, 44]);
  assert.deepEqual(t.getColumn("frequency").toArray(), [2, 1, 3]);
  assertAllClose(t.getColumn("monetary").toArray() as number[], [35, 7.25, 151]);
  const iso = (c: string) =>
    (t.select(pl.col(c).cast(pl.Int64)).getColumn(c).toArray() as number[]).map((ms) =>
      new Date(Number(ms)).toISOString()
    );
  assert.deepEqual(iso("first_purchase"), [
    "2021-03-01T10:00:00.000Z",
    "2021-03-31T23:59:00.000Z",
    "2021-01-15T00:00:00.000Z",
  ]);
  assert.deepEqual(iso("last_purchase"), [
    "2021-03-20T15:00:00.000Z",
    "2021-03-31T23:59:00.000Z",
    "2021-02-15T13:00:00.000Z",
  ]);
  assert.equal(String(t.getColumn("last_purchase").dtype), "DataType(Datetime(ms,))");
});

Deno.test("computeRfm() does not depend on row order", () => {
  const a = computeRfm(tinyLines(), TINY_ROLES).table;
  const b = computeRfm(permuteRows(tinyLines(), [6, 5, 4, 3, 2, 1, 0]), TINY_ROLES).table;
  const c = computeRfm(permuteRows(tinyLines(), [3, 0, 6, 1, 5, 2, 4]), TINY_ROLES).table;
  assert.ok(a.frameEqual(b) && a.frameEqual(c));
});

Deno.test("computeRfm() with a snapshot leaves later rows out and floors recency", () => {
  // Snapshot 2021-03-20 12:00: c1's 03-20 15:00 and c2's row are later; c2 disappears.
  const rfm = computeRfm(tinyLines(), TINY_ROLES, { snapshot: new Date("2021-03-20T12:00:00Z") });
  assert.deepEqual(rfm.table.getColumn("customer").toArray(), ["c1", "c3"]);
  // c1: last 03-01 10:02 → 19 d 1 h 58 min → 19; c3: 02-15 13:00 → 32 d 23 h → 32.
  assert.deepEqual(rfm.table.getColumn("recency").toArray(), [19, 32]);
  assert.deepEqual(rfm.table.getColumn("frequency").toArray(), [1, 3]);
  assert.deepEqual(rfm.table.getColumn("monetary").toArray(), [15, 151]);
  assert.deepEqual(rfm.warnings, [
    { code: "rfm-rows-after-snapshot", rows: 2, snapshot: "2021-03-20T12:00:00.000Z" },
  ]);
  assert.equal(
    warningText(rfm.warnings[0]!, "en"),
    "2 rows dated on or after the snapshot 2021-03-20T12:00:00.000Z were left out",
  );
  assert.equal(
    warningText(rfm.warnings[0]!, "es"),
    "Se dejaron fuera 2 filas con fecha igual o posterior al corte 2021-03-20T12:00:00.000Z",
  );
});

Deno.test("computeRfm() counts distinct purchase days when there is no invoice role", () => {
  const { invoice: _, ...roles } = TINY_ROLES;
  const rfm = computeRfm(tinyLines(), roles);
  assert.equal(rfm.frequencyBasis, "days");
  assert.deepEqual(rfm.table.getColumn("frequency").toArray(), [2, 1, 2]);
  assert.deepEqual(rfm.warnings, [{ code: "rfm-frequency-by-days" }]);
  assert.match(warningText(rfm.warnings[0]!, "en"), /^Frequency counts distinct purchase days/);
  assert.match(warningText(rfm.warnings[0]!, "es"), /^La frecuencia cuenta días de compra distintos/);
});

Deno.test("computeRfm() uses quantity × price when there is no amount column", () => {
  const lines = tinyLines().withColumns(pl.col("Monto").div(2).alias("Precio"), pl.lit(2).alias("Cantidad"));
  const { amount: _, ...roles } = TINY_ROLES;
  const rfm = computeRfm(lines, { ...roles, quantity: "Cantidad", price: "Precio" });
  assertAllClose(rfm.table.getColumn("monetary").toArray() as number[], [35, 7.25, 151]);
  assert.deepEqual(rfm.warnings[0], { code: "rfm-amount-from-price", quantity: "Cantidad", price: "Precio" });
  assert.match(warningText(rfm.warnings[0]!, "en"), /^Monetary is "Cantidad" × "Precio" because/);
  assert.match(warningText(rfm.warnings[0]!, "id"), /^Nilai belanja dihitung sebagai "Cantidad" × "Precio"/);
});

Deno.test("computeRfm() leaves out rows without customer or date, with a warning", () => {
  const lines = pl.concat([
    tinyLines(),
    pl.DataFrame({
      Cliente: [null],
      Factura: ["900"],
      Fecha: [new Date("2021-05-01Z")],
      Monto: [1],
      __row: [9],
    })
      .withColumns(
        pl.col("Cliente").cast(pl.Utf8),
        pl.col("Fecha").cast(pl.Datetime("ms")),
        pl.col("__row").cast(pl.Int32),
      ),
  ]);
  const rfm = computeRfm(lines, TINY_ROLES);
  assert.equal(rfm.customers, 3);
  assert.deepEqual(rfm.warnings[0], {
    code: "rfm-rows-without-customer-or-date",
    rows: 1,
    noCustomer: 1,
    noDate: 0,
  });
  assert.equal(
    warningText(rfm.warnings[0]!, "en"),
    "1 rows without a customer or a date were left out (1 without customer, 0 without date)",
  );
  assert.equal(
    warningText(rfm.warnings[0]!, "es"),
    "Se dejaron fuera 1 filas sin cliente o sin fecha (1 sin cliente, 0 sin fecha)",
  );
  // The left-out row is the latest (2021-05-01) but does not move the default snapshot.
  assert.equal(rfm.snapshot.toISOString(), "2021-04-01T00:00:00.000Z");
});

Deno.test("computeRfm() warns about customers whose total is not positive", () => {
  const lines = tinyLines().withColumns(
    pl.when(pl.col("Cliente").eq(pl.lit("c2"))).then(pl.lit(-7.25)).otherwise(pl.col("Monto")).alias("Monto"),
  );
  const rfm = computeRfm(lines, TINY_ROLES);
  assert.deepEqual(rfm.table.getColumn("monetary").toArray(), [35, -7.25, 151]);
  assert.deepEqual(rfm.warnings, [{ code: "rfm-non-positive-customers", customers: 1 }]);
  assert.match(
    warningText(rfm.warnings[0]!, "en"),
    /^1 customers have a total amount of 0 or less; remove cancellations and returns first/,
  );
  assert.match(warningText(rfm.warnings[0]!, "es"), /^1 clientes tienen un importe total de 0 o menos/);
});

Deno.test("computeRfm() rejects missing roles, absent columns and wrong types", () => {
  const lines = tinyLines();
  assert.throws(
    () => computeRfm(lines, { date: "Fecha", amount: "Monto" }),
    /^TypeError: Cannot compute RFM: no column plays the "customer" role; map it.*"Cliente", "Factura", "Fecha", "Monto", "__row"$/,
  );
  assert.throws(
    () => computeRfm(lines, { ...TINY_ROLES, amount: "Total" }),
    /^TypeError: Cannot compute RFM: the "amount" column "Total" is not in the table; choose one of "Cliente"/,
  );
  assert.throws(
    () => computeRfm(lines.withColumns(pl.col("Fecha").cast(pl.Utf8)), TINY_ROLES),
    /^TypeError: Cannot compute RFM: the date column "Fecha" holds (Utf8|String), not dates; parse it/,
  );
  assert.throws(
    () => computeRfm(lines.withColumns(pl.col("Monto").cast(pl.Utf8)), TINY_ROLES),
    /^TypeError: Cannot compute RFM: the amount column "Monto" holds (Utf8|String), not numbers/,
  );
  assert.throws(
    () => computeRfm(lines, TINY_ROLES, { snapshot: new Date("nope") }),
    /^RangeError: Cannot compute RFM: snapshot "Invalid Date" is not a valid date/,
  );
  assert.throws(
    () => computeRfm(lines, TINY_ROLES, { snapshot: new Date("2021-01-15T00:00:00Z") }),
    /^RangeError: Cannot compute RFM at snapshot "2021-01-15T00:00:00.000Z": no row is dated before it; pick a later snapshot$/,
  );
  assert.throws(
    () => computeRfm(lines.filter(pl.lit(false)), TINY_ROLES),
    /^RangeError: Cannot compute RFM: the table has no rows with a customer and a date/,
  );
});

Deno.test("computeRfm() does not change its input", () => {
  const lines = tinyLines();
  const before = lines.clone();
  computeRfm(lines, TINY_ROLES, { snapshot: new Date("2021-03-20T12:00:00Z") });
  assert.ok(lines.frameEqual(before));
});

/** Compare an RFM result with the pandas reference: integers exact, monetary to rtol 1e-9. */
function assertEqualsReference(rfm: RfmResult, ref: RfmReference): void {
  assert.equal(rfm.snapshot.toISOString(), ref.snapshot);
  assert.equal(rfm.customers, ref.customers);
  assert.deepEqual(rfm.warnings, []);
  const t = rfm.table;
  assert.deepEqual(t.getColumn("customer").toArray(), ref.rfm.customer);
  assert.deepEqual(t.getColumn("recency").toArray(), ref.rfm.recency);
  assert.deepEqual(t.getColumn("frequency").toArray(), ref.rfm.frequency);
  assertAllClose(t.getColumn("monetary").toArray() as number[], ref.rfm.monetary, { rtol: 1e-9 });
  const iso = (c: string) =>
    (t.select(pl.col(c).cast(pl.Int64)).getColumn(c).toArray() as number[]).map((ms) =>
      new Date(Number(ms)).toISOString()
    );
  assert.deepEqual(iso("first_purchase"), ref.rfm.first_purchase);
  assert.deepEqual(iso("last_purchase"), ref.rfm.last_purchase);
}

testWithSharedData(
  "computeRfm() after readTable, mapRoles and cleanTransactions on ventas-por-factura.csv equals pandas",
  "ventas-por-factura.csv",
  async (path) => {
    const ref = rfmReference();
    const loaded = await readTable(path);
    assert.equal(loaded.ledger.reduce((n, e) => n + e.rows, 0), 0, "the loader removes no row of this file");
    const { roles } = mapRoles(loaded.table.columns.filter((c) => c !== "__row"));
    assert.deepEqual(roles, { ...VENTAS_ROLES });
    const clean = cleanTransactions(loaded.table, roles);
    const removed = (...reasons: string[]) =>
      clean.ledger.filter((e) => reasons.includes(e.reason)).reduce((n, e) => n + e.rows, 0);
    // pandas' rules in the same order; its "Monto <= 0 or Cantidad <= 0" is our negative + zero amount.
    assert.deepEqual({
      rows_in: clean.rowsIn,
      missing_customer: removed("missing-customer"),
      cancellation: removed("cancellation"),
      non_positive: removed("negative", "non-positive-amount"),
      duplicate: removed("duplicate"),
      rows_kept: clean.rowsOut,
    }, ref.cleaning);
    assert.equal(removed("missing-date", "missing-amount"), 0);
    assertEqualsReference(computeRfm(clean.table, clean.roles), ref);
  },
);

testWithSharedData(
  "computeRfm() on ventas-por-factura.csv read and cleaned by hand in polars equals pandas",
  "ventas-por-factura.csv",
  (path) => {
    const ref = rfmReference();
    const { table, counts } = readVentasByHand(path);
    assert.deepEqual(counts, ref.cleaning);
    assertEqualsReference(computeRfm(table, VENTAS_ROLES), ref);
  },
);
