/**
 * File structure a spreadsheet export has: Excel's `sep=` line, a header repeated inside the
 * file, totals rows (by their values, not their label), data on another sheet. Every test here
 * fails on the loader before it (the sep line made rows ragged, a repeated header was text in a
 * number column, a customer named "Total" was removed, a notes sheet was read as the data).
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { readTable, ROW_COLUMN } from "../../lib/load/read_table.ts";
import { ledgerText, noteText } from "../../lib/text/mod.ts";
import { writeFixture } from "./_write.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const SHEETS = fileURLToPath(new URL("../fixtures/load/sheets.xlsx", import.meta.url));

async function load(content: string, options = {}, name = "f.csv") {
  return await readTable(await writeFixture(name, content), { now: NOW, ...options });
}

Deno.test("readTable() honours Excel's sep= first line, says so, and keeps the spreadsheet's row numbers", async () => {
  const t = await load("sep=;\r\nCliente;Monto;Pais\r\nA;1,5;ES\r\nB;2;ES\r\n");
  assert.equal(t.dialect.delimiter, ";");
  assert.deepEqual(t.table.columns, ["Cliente", "Monto", "Pais", ROW_COLUMN]);
  assert.deepEqual(t.table.getColumn("Monto").toArray(), [1.5, 2]);
  assert.deepEqual(t.table.getColumn(ROW_COLUMN).toArray(), [2, 3]);
  const note = t.notes.find((n) => n.code === "sep-line")!;
  assert.equal(
    noteText(note, "en"),
    'The first line "sep=" names the delimiter, ";", as Excel writes it; the line was skipped and that delimiter used',
  );
  assert.ok(t.dialect.reasons.some((r) => r.code === "delimiter-sep-line"));
  // Quoted, after a BOM, with a tab.
  const tab = await load('\uFEFF"sep=\t"\nid\tx\n1\t2\n2\t3\n');
  assert.deepEqual(tab.table.columns, ["id", "x", ROW_COLUMN]);
});

Deno.test("readTable() skips header rows repeated inside the file into the ledger, with their count", async () => {
  const csv = "Cliente,Monto\nA,1\nB,2\nCliente,Monto\nC,3\n Cliente , Monto \nD,4\n";
  const t = await load(csv);
  assert.deepEqual(t.table.getColumn("Cliente").toArray(), ["A", "B", "C", "D"]);
  assert.deepEqual(t.table.getColumn("Monto").toArray(), [1, 2, 3, 4]);
  const entry = t.ledger.find((e) => e.reason === "repeated-header")!;
  assert.equal(entry.rows, 2);
  assert.deepEqual(entry.examples, [{ row: 4 }, { row: 6 }]);
  assert.equal(
    ledgerText(entry, "en"),
    "Rows that repeat the header (every cell equal to its column's header) skipped",
  );
  assert.equal(t.rowsRead, t.table.height + t.ledger.reduce((s, e) => s + e.rows, 0));
  // A row equal to the header in some cells only is data.
  const part = await load("Cliente,Nota\nA,x\nB,Nota\n");
  assert.equal(part.table.height, 2);
});

Deno.test("readTable() keeps a customer named Total on the last line", async () => {
  const t = await load("Customer,Amount\nA,10\nB,20\nC,5\nTotal,12\n");
  assert.deepEqual(t.table.getColumn("Customer").toArray(), ["A", "B", "C", "Total"]);
  assert.deepEqual(t.ledger, []);
  const dated = await load(
    "Cliente,Fecha,Monto\nA,2021-01-01,10\nB,2021-01-02,20\nC,2021-01-03,5\nTotal,2021-01-04,35\n",
  );
  assert.equal(dated.table.height, 4, "a row with a date is a purchase, even when its amount is the sum");
});

Deno.test("readTable() removes a real totals row by its sums, whatever its label, and records it", async () => {
  const t = await load("Cliente;Monto;Cantidad\nA;10,50;1\nB;20,25;2\nC;5,00;3\n;35,75;6\n");
  assert.deepEqual(t.table.getColumn("Cliente").toArray(), ["A", "B", "C"]);
  const entry = t.ledger.find((e) => e.reason === "totals-row")!;
  assert.equal(entry.rows, 1);
  assert.deepEqual(entry.examples, [{ row: 5, cells: [{ value: "35,75" }, { value: "6" }] }]);
  assert.equal(
    ledgerText(entry, "es"),
    "Fila de totales al final del archivo eliminada: sus números son las sumas de las filas de arriba",
  );
  // A subtotal above the grand total: both sum the rows above them.
  const two = await load("id,amount\nA,1\nB,2\nC,4\nSubtotal,7\nGrand total,14\n");
  assert.deepEqual(two.table.getColumn("id").toArray(), ["A", "B", "C"]);
});

Deno.test("readTable() removes a last row with no id and no date, and records it", async () => {
  const t = await load(
    "Cliente,Fecha,Pais,Monto\nA,2021-01-01,ES,10\nB,2021-01-02,ES,20\nC,2021-01-03,MX,5\n,,Exported by the ERP,\n",
  );
  assert.equal(t.table.height, 3);
  const entry = t.ledger.find((e) => e.reason === "totals-row-no-key")!;
  assert.deepEqual(entry.facts, { columns: ["Cliente", "Fecha"] });
  assert.equal(
    ledgerText(entry, "en"),
    'Row at the end of the file with no id and no date ("Cliente", "Fecha") removed, as a totals or notes row',
  );
});

Deno.test("readTable() stops when a workbook's first sheet holds no table, listing the sheets and the one to choose", async () => {
  await assert.rejects(
    () => readTable(SHEETS, { now: NOW }),
    (e: Error) => {
      assert.equal(
        e.message,
        'Cannot read "sheets.xlsx": its first sheet "Notas" holds no table (no header with data rows under it in two or more columns); its sheets are "Notas", "Ventas", "Vacía"; choose the sheet with the data, e.g. sheet: "Ventas" (CLI --sheet "Ventas")',
      );
      return true;
    },
  );
  await assert.rejects(
    () => readTable(SHEETS, { sheet: "Datos" }),
    /it has no sheet "Datos"; its sheets are "Notas", "Ventas", "Vacía"; choose one with sheet: "<name>" or a number from 1 \(CLI --sheet NAME\|N\)$/,
  );
  const byName = await readTable(SHEETS, { sheet: "Ventas", now: NOW });
  const byNumber = await readTable(SHEETS, { sheet: 2, now: NOW });
  assert.deepEqual(byName.table.getColumn("Cliente").toArray(), ["C1", "C2", "C1"]);
  assert.deepEqual(byNumber.table.getColumn("Monto").toArray(), [10.5, 20.25, 5]);
  assert.deepEqual(byName.notes[0], { code: "xlsx-sheet", sheet: "Ventas", others: ["Notas", "Vacía"] });
});
