import assert from "node:assert/strict";
import { readTable } from "../../lib/load/read_table.ts";
import { mapRoles } from "../../lib/load/map_roles.ts";
import { detectKind } from "../../lib/load/detect_kind.ts";
import { writeFixture } from "./_write.ts";
import { kindText } from "../../lib/text/mod.ts";

async function kind(csv: string) {
  const t = await readTable(await writeFixture("k.csv", csv), { now: new Date("2026-01-01T00:00:00Z") });
  return detectKind(t, mapRoles(t.columns.map((c) => c.name)));
}

Deno.test("detectKind() sees transactions when customers repeat with a date and an amount", async () => {
  const k = await kind("Tanggal,Kode Pelanggan,Total\n2021-01-01,A,10\n2021-01-02,A,5\n2021-01-03,B,7\n");
  assert.equal(k.kind, "rfm");
  assert.equal(k.reason, "transactions");
  assert.deepEqual(k.facts, {
    rows: 3,
    customers: 2,
    column: "Kode Pelanggan",
    date: "Tanggal",
    amount: "Total",
  });
  assert.equal(
    kindText(k, "en"),
    'Transactions: 3 rows for 2 customers in "Kode Pelanggan", each with a date ("Tanggal") and an amount ("Total"), so RFM applies',
  );
});

Deno.test("detectKind() accepts quantity and price instead of an amount", async () => {
  const k = await kind("date,customer,qty,price\n2021-01-01,A,1,2\n2021-01-02,A,3,4\n");
  assert.equal(k.kind, "rfm");
  assert.deepEqual(k.facts, {
    rows: 2,
    customers: 1,
    column: "customer",
    date: "date",
    quantity: "qty",
    price: "price",
  });
  assert.match(kindText(k, "en"), /a quantity \("qty"\) and price \("price"\)/);
  assert.match(kindText(k, "es"), /cantidad \("qty"\) y precio \("price"\)/);
});

Deno.test("detectKind() sees one row per customer when ids do not repeat", async () => {
  const k = await kind("date,customer,amount\n2021-01-01,A,1\n2021-01-02,B,3\n");
  assert.equal(k.kind, "features");
  assert.equal(k.reason, "ids-unique");
  assert.deepEqual(k.facts, { n: 2, column: "customer" });
  assert.match(kindText(k, "en"), /each of the 2 customer ids in "customer" appears once/);
});

Deno.test("detectKind() names what is missing", async () => {
  const k = await kind("customer,balance\nA,1\nA,2\n");
  assert.equal(k.kind, "features");
  assert.equal(k.reason, "missing-roles");
  assert.deepEqual(k.facts.missing, ["no-date", "no-amount"]);
  assert.match(kindText(k, "en"), /no date column, no amount column/);
});

Deno.test("detectKind() gives its reason in es and id, with numbers as each language writes them", async () => {
  const rows = Array.from({ length: 1200 }, (_, i) => `2021-01-0${1 + (i % 9)},C${i % 600},${i}.5`);
  const t = await readTable(await writeFixture("k12.csv", "fecha,cliente,monto\n" + rows.join("\n") + "\n"), {
    now: new Date("2026-01-01T00:00:00Z"),
  });
  const roles = mapRoles(t.columns.map((c) => c.name));
  assert.match(
    kindText(detectKind(t, roles), "es"),
    /^Transacciones: 1200 filas de 600 clientes en "cliente", cada una con fecha \("fecha"\) y monto \("monto"\), así que se aplica RFM$/,
  );
  assert.match(
    kindText(detectKind(t, roles), "id"),
    /^Transaksi: 1\.200 baris untuk 600 pelanggan di "cliente"/,
  );
  const c = await readTable(await writeFixture("c.csv", "customer,balance\nA,1.5\nB,2.5\n"));
  const cRoles = mapRoles(c.columns.map((x) => x.name));
  assert.match(
    kindText(detectKind(c, cRoles), "es"),
    /^Una fila por cliente: no hay columna de fecha, no hay columna de monto con números .*no se puede leer como transacciones/,
  );
  assert.match(
    kindText(detectKind(c, cRoles), "id"),
    /^Satu baris per pelanggan: tidak ada kolom tanggal, tidak ada kolom nilai transaksi berisi angka/,
  );
  assert.match(kindText(detectKind(c, cRoles), "en"), /^One row per customer: the file has no date column/);
});

Deno.test("kindText() says a forced kind and what detection said", async () => {
  const k = await kind("customer,balance\nA,1\nA,2\n");
  assert.equal(
    kindText({ ...k, kind: "rfm", detected: k.kind }, "en"),
    'rfm chosen with --kind (detection said features: One row per customer: the file has no date column, no amount column (nor quantity and unit price) holding numbers, so it cannot be read as transactions (map the roles to override, or pass kind "rfm"))',
  );
  assert.match(
    kindText({ ...k, kind: "rfm", detected: k.kind }, "es"),
    /^rfm elegido con --kind \(la detección indicaba features: Una fila por cliente/,
  );
});
