import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { readTable, ROW_COLUMN } from "../../lib/load/read_table.ts";
import { mapRoles } from "../../lib/load/map_roles.ts";
import { detectKind } from "../../lib/load/detect_kind.ts";
import { testWithSharedData } from "../_data.ts";

testWithSharedData(
  "readTable() loads ventas-por-factura.csv: 25,953 rows, Monto Float64, dates parsed, roles mapped",
  "ventas-por-factura.csv",
  async (path) => {
    const t = await readTable(path, { now: new Date("2026-01-01T00:00:00Z") });
    assert.equal(t.table.height, 25953);
    assert.equal(t.rowsRead, 25953);
    assert.deepEqual(t.ledger, []);
    assert.equal(t.table.getColumn("Monto").dtype.variant, "Float64");
    assert.equal(String(t.table.getColumn("Fecha de factura").dtype), String(pl.Datetime("ms")));
    assert.equal(t.table.getColumn("Fecha de factura").nullCount(), 0);
    assert.equal(t.table.getColumn("ID Cliente").nullCount(), 3724);
    const range = t.table.select(
      pl.col("Fecha de factura").min().cast(pl.Float64).alias("min"),
      pl.col("Fecha de factura").max().cast(pl.Float64).alias("max"),
    ).toRecords()[0];
    assert.match(new Date(range.min as number).toISOString(), /^2020-12-01T/);
    assert.match(new Date(range.max as number).toISOString(), /^2021-12-/);
    assert.equal(t.table.getColumn("Monto").toArray()[0], 229.33);
    assert.equal(t.table.getColumn(ROW_COLUMN).toArray()[25952], 25954);
    const cancellations = t.table.filter(pl.col("N° de factura").str.startsWith("C")).height;
    assert.equal(cancellations, 3841);
    const m = mapRoles(t.columns.map((c) => c.name), { file: t.file });
    assert.deepEqual(m.roles, {
      customer: "ID Cliente",
      invoice: "N° de factura",
      date: "Fecha de factura",
      amount: "Monto",
      quantity: "Cantidad",
      country: "País",
    });
    assert.equal(detectKind(t, m).kind, "rfm");
  },
);

testWithSharedData(
  "readTable() loads Customer_Data.csv: 8,950 x 18, 313 missing MINIMUM_PAYMENTS, 1 missing CREDIT_LIMIT",
  "Customer_Data.csv",
  async (path) => {
    const t = await readTable(path);
    assert.equal(t.table.height, 8950);
    assert.equal(t.columns.length, 18);
    assert.equal(t.columns.find((c) => c.name === "MINIMUM_PAYMENTS")!.missing, 313);
    assert.equal(t.columns.find((c) => c.name === "CREDIT_LIMIT")!.missing, 1);
    assert.deepEqual(t.columns.filter((c) => c.kind !== "number").map((c) => c.name), ["CUST_ID"]);
    const m = mapRoles(t.columns.map((c) => c.name));
    assert.equal(m.roles.customer, "CUST_ID");
    const k = detectKind(t, m);
    assert.equal(k.kind, "features");
    assert.ok((k.facts.missing as string[]).includes("no-date"));
  },
);

testWithSharedData(
  "readTable() loads the Indonesian vehicle-financing file: 200 rows",
  "segmentasi_pelanggan_final.csv",
  async (path) => {
    const t = await readTable(path);
    assert.equal(t.table.height, 200);
    assert.equal(t.columns.find((c) => c.name === "pendapatan_bulanan")!.kind, "number");
    assert.equal(t.columns.find((c) => c.name === "segmen")!.kind, "text");
    assert.equal(detectKind(t, mapRoles(t.columns.map((c) => c.name))).kind, "features");
  },
);
