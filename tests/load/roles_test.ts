import assert from "node:assert/strict";
import { mapRoles } from "../../lib/load/map_roles.ts";
import { noteText } from "../../lib/text/mod.ts";
import { requireRoles } from "../../lib/load/require_roles.ts";
import { suggestColumns } from "../../lib/base/suggest_columns.ts";

Deno.test("mapRoles() maps English headers", () => {
  const m = mapRoles([
    "InvoiceNo",
    "StockCode",
    "Quantity",
    "InvoiceDate",
    "UnitPrice",
    "CustomerID",
    "Country",
  ]);
  assert.deepEqual(m.roles, {
    customer: "CustomerID",
    invoice: "InvoiceNo",
    date: "InvoiceDate",
    quantity: "Quantity",
    price: "UnitPrice",
    country: "Country",
  });
});

Deno.test("mapRoles() maps Indonesian headers, accent-, case- and space-insensitive", () => {
  const m = mapRoles([
    "No Faktur",
    "TANGGAL",
    "kode_pelanggan",
    "Jumlah Barang",
    "Harga Satuan",
    "Total Harga",
    "Negara",
  ]);
  assert.deepEqual(m.roles, {
    customer: "kode_pelanggan",
    invoice: "No Faktur",
    date: "TANGGAL",
    amount: "Total Harga",
    quantity: "Jumlah Barang",
    price: "Harga Satuan",
    country: "Negara",
  });
  const es = mapRoles(["Nº Factura", "FECHA", "Cliente", "Importe", "PAÍS"]);
  assert.deepEqual(es.roles, {
    customer: "Cliente",
    invoice: "Nº Factura",
    date: "FECHA",
    amount: "Importe",
    country: "PAÍS",
  });
});

Deno.test("mapRoles() matches words inside longer headers", () => {
  const m = mapRoles(["fecha_compra", "customer_name", "sales_total"]);
  assert.deepEqual(m.roles, { customer: "customer_name", date: "fecha_compra", amount: "sales_total" });
});

Deno.test("mapRoles() lets overrides win and matches them loosely", () => {
  const m = mapRoles(["Kode Plg", "Tanggal", "Total"], { overrides: { customer: "kode plg" } });
  assert.equal(m.roles.customer, "Kode Plg");
  assert.equal(m.how.customer, "override");
  assert.equal(m.how.date, "name");
  assert.deepEqual(m.notes[0], { code: "role-chosen", role: "customer", column: "Kode Plg" });
  assert.equal(noteText(m.notes[0]!, "en"), 'customer id: "Kode Plg" (chosen by you)');
  assert.equal(noteText(m.notes[0]!, "es"), 'id de cliente: "Kode Plg" (elegida por usted)');
  assert.equal(noteText(m.notes[1]!, "id"), 'tanggal: "Tanggal" (dikenali dari namanya)');
});

Deno.test("mapRoles() rejects an override naming no column, with suggestions", () => {
  assert.throws(
    () => mapRoles(["Kode Pelanggan", "Tanggal"], { overrides: { customer: "Kode" }, file: "toko.csv" }),
    /^InputError: Cannot use column "Kode" as the customer in "toko\.csv": there is no such column; did you mean "Kode Pelanggan"\? \(columns present: "Kode Pelanggan", "Tanggal"\)/,
  );
});

Deno.test("requireRoles() lists the columns, the closest names and how to map", () => {
  const cols = ["Fecha", "Custmr", "Monto"];
  const m = mapRoles(cols);
  assert.equal(m.roles.customer, undefined);
  assert.throws(
    () => requireRoles(m, ["customer", "date", "amount"], cols, "v.csv"),
    /^InputError: Cannot find the customer column in "v\.csv": no column looks like the customer id \(closest: "Custmr"\); columns present: "Fecha", "Custmr", "Monto"; map it with --customer "Col" on the CLI or roles: \{ customer: "Col" \} in the notebook$/,
  );
  requireRoles(m, ["date", "amount"], cols, "v.csv");
});

Deno.test("suggestColumns() ranks by normalised edit distance and drops far names", () => {
  const cols = ["CUST_ID", "BALANCE", "MINIMUM_PAYMENTS", "PAYMENTS", "CREDIT_LIMIT"];
  assert.deepEqual(suggestColumns("MINIMUM_PAYMENT", cols), ["MINIMUM_PAYMENTS"]);
  assert.deepEqual(suggestColumns("payment", cols), ["PAYMENTS", "MINIMUM_PAYMENTS"]);
  assert.deepEqual(suggestColumns("credit limit", cols, 1), ["CREDIT_LIMIT"]);
  assert.deepEqual(suggestColumns("balanse", cols), ["BALANCE"]);
  assert.deepEqual(suggestColumns("qqqq", cols), []);
  assert.throws(() => suggestColumns("a", cols, -1), /^RangeError: Cannot suggest columns with n = -1/);
});

Deno.test("mapRoles() and requireRoles() ignore the loader's row-number column", () => {
  const cols = ["row", "__row", "Total"];
  const m = mapRoles(cols);
  assert.deepEqual(m.roles, { amount: "Total" });
  assert.throws(
    () => requireRoles(m, ["customer"], cols, "f.csv"),
    /columns present: "row", "Total"; map it/,
  );
});
