/**
 * Day/month order of `/`, `.` and `-` dates: decided from strong evidence only (a part above 12
 * in the column, the order given, another date column of the file), else the "dates-ambiguous"
 * error. The first three tests fail on the loader before it: it read such a Spanish file
 * month-first without stopping.
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { readTable } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";
import { inputErrorText, noteText } from "../../lib/text/mod.ts";
import { writeFixture } from "./_write.ts";
import { testWithSharedData } from "../_data.ts";

const NOW = new Date("2026-01-01T00:00:00Z");

/** A Spanish invoice file: `;`, decimal commas, dd/mm/yyyy dates whose days are all <= 12. */
const SPANISH =
  "Cliente;Fecha;Monto\nA;04/03/2021;1,50\nB;05/03/2021;2,25\nA;11/12/2021;3,00\nC;01/01/2021;4,75\n";

async function load(content: string, options = {}, name = "ventas.csv") {
  return await readTable(await writeFixture(name, content), { now: NOW, ...options });
}

async function ambiguity(content: string, name = "ventas.csv"): Promise<InputError> {
  let caught: unknown;
  try {
    await load(content, {}, name);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof InputError, `expected an InputError, got ${caught}`);
  return caught;
}

function days(t: { table: pl.DataFrame }, column: string): string[] {
  return (t.table.getColumn(column).cast(pl.Float64).toArray() as number[]).map((x) =>
    new Date(x).toISOString().slice(0, 10)
  );
}

Deno.test("readTable() stops on a Spanish file whose day/month order nothing decides, naming file, column and examples read both ways", async () => {
  const e = await ambiguity(SPANISH);
  assert.equal(
    e.message,
    'Cannot read "ventas.csv": the dates in column "Fecha" can be read day first or month first, and nothing in the file decides which (no value has a part above 12 and no other date column shows the order): "04/03/2021" (row 2) is 2021-03-04 day first or 2021-04-03 month first; "05/03/2021" (row 3) is 2021-03-05 day first or 2021-05-03 month first; "11/12/2021" (row 4) is 2021-12-11 day first or 2021-11-12 month first; pass dayFirst: true or dayFirst: false, or the exact format with dateFormat (e.g. dateFormat: { "Fecha": "%d/%m/%Y" })',
  );
  assert.deepEqual(e.at, { file: "ventas.csv", column: "Fecha", row: 2, rows: [2, 3, 4] });
  assert.equal(e.fact?.code, "dates-ambiguous");
  // The row of 01/01/2021 reads the same both ways: it is no example.
  assert.deepEqual(e.fact?.values, ["04/03/2021", "05/03/2021", "11/12/2021"]);
});

Deno.test("inputErrorText() says the ambiguity in en, es and id, with the CLI's flags or the library's options", async () => {
  const e = await ambiguity(SPANISH);
  assert.equal(inputErrorText(e, "en", "library"), e.message);
  const cli = inputErrorText(e, "en", "cli");
  assert.match(
    cli,
    /; rerun with --day-first or --month-first, or give the exact format with --date-format \(e\.g\. --date-format "%d\/%m\/%Y"\)$/,
  );
  assert.doesNotMatch(cli, /dayFirst|dateFormat/);
  const es = inputErrorText(e, "es", "cli");
  assert.match(es, /^No se puede leer "ventas\.csv": las fechas de la columna "Fecha" pueden leerse/);
  assert.match(
    es,
    /"04\/03\/2021" \(fila 2\) es 2021-03-04 con el día primero o 2021-04-03 con el mes primero/,
  );
  assert.match(es, /vuelva a ejecutar con --day-first o --month-first/);
  const id = inputErrorText(e, "id", "library");
  assert.match(id, /^Tidak dapat membaca "ventas\.csv": tanggal di kolom "Fecha"/);
  assert.match(id, /berikan dayFirst: true atau dayFirst: false/);
});

Deno.test("readTable() stops on ambiguous D.M.YYYY and D-M-YY dates too: a separator is no evidence", async () => {
  const dots = await ambiguity("id;d;x\n1;04.03.2021;1\n2;05.03.2021;2\n");
  assert.match(dots.message, /"04\.03\.2021" \(row 2\) is 2021-03-04 day first or 2021-04-03 month first/);
  assert.match(dots.message, /dateFormat: \{ "d": "%d\.%m\.%Y" \}/);
  const dashes = await ambiguity("id,d,x\n1,04-03-21,1\n2,05-03-21,2\n");
  assert.match(dashes.message, /"04-03-21" \(row 2\) is 2021-03-04 day first or 2021-04-03 month first/);
});

Deno.test("readTable() reads ambiguous dates in the order asked, and says it was asked", async () => {
  const dm = await load(SPANISH, { dayFirst: true });
  assert.deepEqual(days(dm, "Fecha"), ["2021-03-04", "2021-03-05", "2021-12-11", "2021-01-01"]);
  const md = await load(SPANISH, { dayFirst: false });
  assert.deepEqual(days(md, "Fecha"), ["2021-04-03", "2021-05-03", "2021-11-12", "2021-01-01"]);
  const asked = md.notes.find((n) => n.column === "Fecha")!;
  assert.equal(asked.code, "dates-order-asked");
  const fmt = await load(SPANISH, { dateFormat: "%d/%m/%Y" });
  assert.deepEqual(days(fmt, "Fecha"), ["2021-03-04", "2021-03-05", "2021-12-11", "2021-01-01"]);
});

Deno.test("readTable() takes the order another date column of the file shows by its values, and says which", async () => {
  const t = await load("Cliente;Fecha;Alta;Monto\nA;04/03/2021;25/01/2020;1\nB;05/03/2021;02/02/2020;2\n");
  assert.deepEqual(days(t, "Fecha"), ["2021-03-04", "2021-03-05"]);
  assert.deepEqual(days(t, "Alta"), ["2020-01-25", "2020-02-02"]);
  const note = t.notes.find((n) => n.column === "Fecha")!;
  assert.deepEqual(note, {
    code: "dates-order-file",
    dayFirst: true,
    shownBy: "Alta",
    column: "Fecha",
    format: "D/M/YYYY",
  });
  assert.equal(
    noteText(note, "en"),
    'Dates in "Fecha" read as D/M/YYYY: no value has a part above 12, so the values alone do not tell the order; day-first, as the dates in "Alta" of the same file show',
  );
  // Two other columns that disagree decide nothing.
  await ambiguity("a;b;c;x\n04/03/2021;25/01/2020;01/25/2020;1\n05/03/2021;02/02/2020;02/02/2020;2\n");
});

Deno.test("readTable() reads dates whose day and month are equal without asking: both orders give the same day", async () => {
  const t = await load("id,d,x\n1,01/01/2021,1\n2,02/02/2021,2\n3,12/12/2021 10:30,3\n");
  assert.deepEqual(days(t, "d"), ["2021-01-01", "2021-02-02", "2021-12-12"]);
  assert.equal(t.notes.find((n) => n.column === "d")?.code, "dates-order-irrelevant");
});

Deno.test("readTable() still decides from one value above 12, and keeps the two-orders error", async () => {
  const t = await load(SPANISH + "B;13/03/2021;1,00\n");
  assert.deepEqual(days(t, "Fecha").slice(0, 3), ["2021-03-04", "2021-03-05", "2021-12-11"]);
  await assert.rejects(
    () => load("id,d,x\n1,13/03/2021,1\n2,03/13/2021,2\n"),
    /has dates in two formats, D\/M\/YYYY .* and M\/D\/YYYY .*; write every date the same way, or pass dateFormat: \{ "d": "<format>" \} \(CLI --date-format\)$/,
  );
});

testWithSharedData(
  "readTable() reads the reference Spanish invoices month first from their own values",
  "ventas-por-factura.csv",
  async (path) => {
    const t = await readTable(path, { now: NOW });
    const fecha = t.columns.find((c) => c.name === "Fecha de factura")!;
    assert.equal(fecha.dateFormat, "M/D/YYYY H:MM:SS");
    assert.equal(t.notes.find((n) => n.column === "Fecha de factura")?.code, "dates-order-found");
  },
);
