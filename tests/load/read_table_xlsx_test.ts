import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { fileURLToPath } from "node:url";
import { readTable, ROW_COLUMN } from "../../lib/load/read_table.ts";
import { noteText } from "../../lib/text/mod.ts";

const SALES = fileURLToPath(new URL("../fixtures/load/sales.xlsx", import.meta.url));

Deno.test("readTable() reads the first sheet of an .xlsx workbook with typed cells, blank rows and totals", async () => {
  const t = await readTable(SALES, { now: new Date("2026-01-01T00:00:00Z") });
  assert.equal(t.format, "xlsx");
  assert.deepEqual(t.table.columns, ["N° de factura", "Fecha", "Cliente", "Monto", ROW_COLUMN]);
  assert.deepEqual(t.table.getColumn("Monto").toArray(), [229.33, 15.3, -27.5]);
  assert.deepEqual(t.table.getColumn("Cliente").toArray(), ["17850", "13047", "14527"]);
  assert.deepEqual(t.table.getColumn(ROW_COLUMN).toArray(), [2, 3, 5]);
  const dates = (t.table.getColumn("Fecha").cast(pl.Float64).toArray() as number[]).map((x) =>
    new Date(x).toISOString()
  );
  assert.deepEqual(dates, [
    "2021-03-30T16:14:00.000Z",
    "2021-12-01T08:26:00.000Z",
    "2021-12-02T09:41:00.000Z",
  ]);
  assert.deepEqual(t.ledger.map((e) => [e.reason, e.rows]), [["blank-line", 1], ["totals-row", 1]]);
  assert.deepEqual(t.notes[0], { code: "xlsx-sheet", sheet: "Ventas", others: ["Notes"] });
  assert.equal(
    noteText(t.notes[0]!, "en"),
    'Read sheet "Ventas" of the workbook (not the other sheets: "Notes"; choose one with sheet, or --sheet on the command line); row numbers count from the sheet\'s first row that has data',
  );
  assert.match(
    noteText(t.notes[0]!, "es"),
    /^Se leyó la hoja "Ventas" del libro \(no las otras hojas: "Notes"/,
  );
  assert.equal(
    noteText(t.dialect.reasons[0]!, "en"),
    "Workbook cells are typed: numbers and dates come from the cells, not from text",
  );
});

Deno.test("readTable() reads a chosen sheet and rejects a missing one", async () => {
  await assert.rejects(
    () => readTable(SALES, { sheet: "Nope" }),
    /^InputError: Cannot read "sales\.xlsx": it has no sheet "Nope"; its sheets are "Ventas", "Notes"/,
  );
  await assert.rejects(() => readTable(SALES, { sheet: 2 }), /it has a header but no data rows/);
});

Deno.test("readTable() rejects a broken workbook and an old .xls one with the fix", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeFile(`${dir}/b.xlsx`, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
  await assert.rejects(
    () => readTable(`${dir}/b.xlsx`),
    /^InputError: Cannot read "b\.xlsx": it is not a readable \.xlsx workbook/,
  );
  await Deno.writeFile(`${dir}/o.xls`, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  await assert.rejects(() => readTable(`${dir}/o.xls`), /save the sheet as "CSV UTF-8"/);
});
