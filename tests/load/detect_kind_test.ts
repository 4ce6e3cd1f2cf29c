import assert from "node:assert/strict";
import { readTable } from "../../lib/load/read_table.ts";
import { mapRoles } from "../../lib/load/map_roles.ts";
import { detectKind } from "../../lib/load/detect_kind.ts";
import { writeFixture } from "./_write.ts";

async function kind(csv: string) {
  const t = await readTable(await writeFixture("k.csv", csv), { now: new Date("2026-01-01T00:00:00Z") });
  return detectKind(t, mapRoles(t.columns.map((c) => c.name)));
}

Deno.test("detectKind() sees transactions when customers repeat with a date and an amount", async () => {
  const k = await kind("Tanggal,Kode Pelanggan,Total\n2021-01-01,A,10\n2021-01-02,A,5\n2021-01-03,B,7\n");
  assert.equal(k.kind, "rfm");
  assert.equal(
    k.reason,
    'Transactions: 3 rows for 2 customers in "Kode Pelanggan", each with a date ("Tanggal") and an amount ("Total"), so RFM applies',
  );
});

Deno.test("detectKind() accepts quantity and price instead of an amount", async () => {
  const k = await kind("date,customer,qty,price\n2021-01-01,A,1,2\n2021-01-02,A,3,4\n");
  assert.equal(k.kind, "rfm");
  assert.match(k.reason, /a quantity \("qty"\) and price \("price"\)/);
});

Deno.test("detectKind() sees one row per customer when ids do not repeat", async () => {
  const k = await kind("date,customer,amount\n2021-01-01,A,1\n2021-01-02,B,3\n");
  assert.equal(k.kind, "features");
  assert.match(k.reason, /each of the 2 customer ids in "customer" appears once/);
});

Deno.test("detectKind() names what is missing", async () => {
  const k = await kind("customer,balance\nA,1\nA,2\n");
  assert.equal(k.kind, "features");
  assert.match(k.reason, /no date column, no amount column/);
});

Deno.test("detectKind() gives its reason in es and id, with numbers as each language writes them", async () => {
  const rows = Array.from({ length: 1200 }, (_, i) => `2021-01-0${1 + (i % 9)},C${i % 600},${i}.5`);
  const t = await readTable(await writeFixture("k12.csv", "fecha,cliente,monto\n" + rows.join("\n") + "\n"), {
    now: new Date("2026-01-01T00:00:00Z"),
  });
  const roles = mapRoles(t.columns.map((c) => c.name));
  assert.match(
    detectKind(t, roles, { lang: "es" }).reason,
    /^Transacciones: 1200 filas de 600 clientes en "cliente", cada una con fecha \("fecha"\) y monto \("monto"\), así que se aplica RFM$/,
  );
  assert.match(
    detectKind(t, roles, { lang: "id" }).reason,
    /^Transaksi: 1\.200 baris untuk 600 pelanggan di "cliente"/,
  );
  const c = await readTable(await writeFixture("c.csv", "customer,balance\nA,1.5\nB,2.5\n"));
  const cRoles = mapRoles(c.columns.map((x) => x.name));
  assert.match(
    detectKind(c, cRoles, { lang: "es" }).reason,
    /^Una fila por cliente: no hay columna de fecha, no hay columna de monto con números .*no se puede leer como transacciones/,
  );
  assert.match(
    detectKind(c, cRoles, { lang: "id" }).reason,
    /^Satu baris per pelanggan: tidak ada kolom tanggal, tidak ada kolom nilai transaksi berisi angka/,
  );
  assert.match(detectKind(c, cRoles).reason, /^One row per customer: the file has no date column/);
});
