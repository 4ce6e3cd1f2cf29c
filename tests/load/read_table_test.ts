import assert from "node:assert/strict";
import { exampleText, ledgerText, noteText } from "../../lib/text/mod.ts";
import type { Note } from "../../lib/base/types.ts";
import pl from "nodejs-polars";
import { readTable, ROW_COLUMN } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";
import { latin1, writeFixture } from "./_write.ts";

/** The loader's notes in English words. */
const said = (t: { notes: readonly Note[] }, lang: "en" | "es" | "id" = "en") =>
  t.notes.map((n) => noteText(n, lang));

const NOW = new Date("2026-01-01T00:00:00Z");

async function load(name: string, content: string | Uint8Array, options = {}) {
  return await readTable(await writeFixture(name, content), { now: NOW, ...options });
}

async function rejects(content: string | Uint8Array, pattern: RegExp, name = "f.csv", options = {}) {
  await assert.rejects(() => load(name, content, options), (e: unknown) => {
    assert.ok(e instanceof InputError, `expected InputError, got ${e}`);
    assert.match((e as Error).message, pattern);
    return true;
  });
}

function col(t: { table: pl.DataFrame }, name: string): unknown[] {
  return t.table.getColumn(name).toArray();
}

function iso(t: { table: pl.DataFrame }, name: string): string[] {
  return (t.table.getColumn(name).cast(pl.Float64).toArray() as number[]).map((ms) =>
    new Date(ms).toISOString()
  );
}

Deno.test("readTable() reads the Spanish retail quirks: CRLF, accented headers, quoted decimal comma, M/D/YYYY H:MM:SS", async () => {
  const csv = "N° de factura,Fecha de factura,ID Cliente,País,Cantidad,Monto\r\n" +
    '548370,3/30/2021 16:14:00,15528,United Kingdom,123,"229,33"\r\n' +
    'C570727,10/12/2021 11:32:00,12471,Germany,-1,"-1,45"\r\n' +
    '549106,4/6/2021 12:08:00,,United Kingdom,1,"39,95"\r\n';
  const t = await load("ventas.csv", csv);
  assert.deepEqual(t.table.columns, [
    "N° de factura",
    "Fecha de factura",
    "ID Cliente",
    "País",
    "Cantidad",
    "Monto",
    ROW_COLUMN,
  ]);
  assert.deepEqual(col(t, "Monto"), [229.33, -1.45, 39.95]);
  assert.deepEqual(col(t, "ID Cliente"), ["15528", "12471", null]);
  assert.deepEqual(col(t, "N° de factura"), ["548370", "C570727", "549106"]);
  assert.deepEqual(iso(t, "Fecha de factura"), [
    "2021-03-30T16:14:00.000Z",
    "2021-10-12T11:32:00.000Z",
    "2021-04-06T12:08:00.000Z",
  ]);
  assert.equal(t.table.getColumn("Fecha de factura").dtype.variant, "Datetime");
  assert.equal(String(t.table.getColumn("Fecha de factura").dtype), String(pl.Datetime("ms")));
  assert.equal(t.table.getColumn("Monto").dtype.variant, "Float64");
  assert.equal(t.table.getColumn(ROW_COLUMN).dtype.variant, "Int32");
  assert.deepEqual(col(t, ROW_COLUMN), [2, 3, 4]);
  assert.equal(t.dialect.lineEnding, "\r\n");
  assert.equal(t.dialect.decimal, ",");
  assert.equal(t.columns[1].dateFormat, "M/D/YYYY H:MM:SS");
  assert.equal(t.columns[5].decimal, ",");
  assert.equal(t.columns[2].missing, 1);
  assert.ok(
    said(t).some((n) =>
      /"Fecha de factura" read as M\/D\/YYYY H:MM:SS: 1 of 3 values fit only month-first \(e\.g\. "3\/30\/2021 16:14:00" in row 2\)/
        .test(n)
    ),
  );
  const dates = t.notes.find((n) => n.column === "Fecha de factura")!;
  assert.deepEqual(dates, {
    code: "dates-order-found",
    n: 1,
    of: 3,
    dayFirst: false,
    exampleValue: "3/30/2021 16:14:00",
    exampleRow: 2,
    column: "Fecha de factura",
    format: "M/D/YYYY H:MM:SS",
  });
  assert.equal(
    noteText(dates, "es"),
    'Fechas de "Fecha de factura" leídas como M/D/YYYY H:MM:SS: 1 de 3 valores solo encajan con el mes primero (p. ej., "3/30/2021 16:14:00" en la fila 2)',
  );
  assert.equal(t.rowsRead, 3);
  assert.equal(t.format, "csv");
  assert.equal(t.bytes, new TextEncoder().encode(csv).length);
  assert.match(t.sha256, /^[0-9a-f]{64}$/);
});

Deno.test("readTable() reads semicolons with decimal commas and dot thousands", async () => {
  const t = await load("s.csv", "cliente;monto;cantidad\nA;1.234,56;2\nB;7,5;3\nC;1.000.000;1\n");
  assert.equal(t.dialect.delimiter, ";");
  assert.deepEqual(col(t, "monto"), [1234.56, 7.5, 1000000]);
  assert.deepEqual(col(t, "cantidad"), [2, 3, 1]);
});

Deno.test("readTable() reads tab-separated files and comma thousands", async () => {
  const t = await load("t.tsv", 'customer\tamount\nA\t"1,234.50"\nB\t12.25\nC\t"2,000"\n');
  assert.equal(t.dialect.delimiter, "\t");
  assert.deepEqual(col(t, "amount"), [1234.5, 12.25, 2000]);
});

Deno.test("readTable() decides day-first or month-first from values above 12", async () => {
  const dm = await load("dm.csv", "id,d\n1,13/02/2021\n2,01/03/2021\n");
  assert.deepEqual(iso(dm, "d"), ["2021-02-13T00:00:00.000Z", "2021-03-01T00:00:00.000Z"]);
  assert.equal(dm.columns[1].dateFormat, "D/M/YYYY");
  const md = await load("md.csv", "id,d\n1,02/13/2021\n2,03/01/2021\n");
  assert.deepEqual(iso(md, "d"), ["2021-02-13T00:00:00.000Z", "2021-03-01T00:00:00.000Z"]);
  assert.equal(md.columns[1].dateFormat, "M/D/YYYY");
});

Deno.test("readTable() stops on ambiguous dates, reads them in the order asked, and says so", async () => {
  const csv = "id,d\n1,01/02/2021\n2,03/04/2021\n";
  await rejects(
    csv,
    /^Cannot read "a\.csv": the dates in column "d" can be read day first or month first/,
    "a.csv",
  );
  const md = await load("a.csv", csv, { dayFirst: false });
  assert.deepEqual(iso(md, "d"), ["2021-01-02T00:00:00.000Z", "2021-03-04T00:00:00.000Z"]);
  assert.ok(said(md).some((n) => /ambiguous; month-first as you asked \(dayFirst: false\)$/.test(n)));
  const dm = await load("a.csv", csv, { dayFirst: true });
  assert.deepEqual(iso(dm, "d"), ["2021-02-01T00:00:00.000Z", "2021-04-03T00:00:00.000Z"]);
  const dots = await load("a.csv", "id,d\n1,01.02.2021\n2,03.04.2021 10:30\n", { dayFirst: true });
  assert.deepEqual(iso(dots, "d"), ["2021-02-01T00:00:00.000Z", "2021-04-03T10:30:00.000Z"]);
});

Deno.test("readTable() reads ISO dates with and without time, YYYY/MM/DD and D-M-YYYY", async () => {
  const t = await load(
    "i.csv",
    "id,a,b,c\n1,2021-03-05T10:11:12,2021/3/5,5-3-2021\n2,2021-03-06 00:00:01.5,2021/03/06,31-12-2021\n3,2021-03-07,2021/3/7 08:00,1-1-2022\n",
  );
  assert.deepEqual(iso(t, "a"), [
    "2021-03-05T10:11:12.000Z",
    "2021-03-06T00:00:01.500Z",
    "2021-03-07T00:00:00.000Z",
  ]);
  assert.deepEqual(iso(t, "b"), [
    "2021-03-05T00:00:00.000Z",
    "2021-03-06T00:00:00.000Z",
    "2021-03-07T08:00:00.000Z",
  ]);
  assert.deepEqual(iso(t, "c"), [
    "2021-03-05T00:00:00.000Z",
    "2021-12-31T00:00:00.000Z",
    "2022-01-01T00:00:00.000Z",
  ]);
  assert.deepEqual(t.columns.map((c) => c.kind), ["text", "date", "date", "date"]);
});

Deno.test("readTable() uses a chrono format the user gives", async () => {
  const t = await load("u.csv", "id,d\n1,2021|03|05\n", { dateFormat: { d: "%Y|%m|%d" } });
  assert.deepEqual(iso(t, "d"), ["2021-03-05T00:00:00.000Z"]);
});

Deno.test("readTable() strips a UTF-8 BOM and trims headers", async () => {
  const t = await load("b.csv", "\uFEFF customer , amount\nA,1\n");
  assert.deepEqual(t.table.columns, ["customer", "amount", ROW_COLUMN]);
  assert.equal(t.dialect.bom, true);
  assert.equal(t.dialect.encoding, "utf-8-bom");
});

Deno.test("readTable() reads latin-1 headers and values, and reports the encoding", async () => {
  const t = await load("l.csv", latin1("País;Año;Importe\nEspaña;2021;3,5\n"));
  assert.deepEqual(t.table.columns, ["País", "Año", "Importe", ROW_COLUMN]);
  assert.deepEqual(col(t, "País"), ["España"]);
  assert.equal(t.dialect.encoding, "windows-1252");
  assert.deepEqual(t.notes[0], { code: "latin-1-read", why: "not-utf-8" });
  assert.equal(
    noteText(t.notes[0]!, "en"),
    "Read as latin-1 (Windows-1252): the file is not valid UTF-8, so it was read as latin-1 (Windows-1252)",
  );
  assert.match(
    noteText(t.notes[0]!, "es"),
    /^Leído como latin-1 \(Windows-1252\): el archivo no es UTF-8 válido/,
  );
  assert.deepEqual(t.dialect.reasons[0], { code: "encoding", encoding: "windows-1252", why: "not-utf-8" });
  assert.match(
    noteText(t.dialect.reasons[0]!, "es"),
    /^codificación windows-1252: el archivo no es UTF-8 válido/,
  );
});

Deno.test("readTable() skips blank lines and a totals row into the ledger, keeping row numbers", async () => {
  const t = await load("b.csv", "customer,amount\nA,1\n\n   \nB,2\n,\nC,4\nTotal,7\n\n");
  assert.deepEqual(col(t, "customer"), ["A", "B", "C"]);
  assert.deepEqual(col(t, ROW_COLUMN), [2, 5, 7]);
  const blank = t.ledger.find((e) => e.reason === "blank-line")!;
  assert.equal(blank.rows, 4);
  assert.deepEqual(blank.examples, [{ row: 3 }, { row: 4 }, { row: 6 }, { row: 9 }]);
  assert.deepEqual(blank.examples.map((e) => exampleText(e, "en")), ["row 3", "row 4", "row 6", "row 9"]);
  assert.deepEqual(blank.examples.map((e) => exampleText(e, "es")), ["fila 3", "fila 4", "fila 6", "fila 9"]);
  const totals = t.ledger.find((e) => e.reason === "totals-row")!;
  assert.equal(totals.rows, 1);
  assert.deepEqual(totals.examples, [{ row: 8, cells: [{ value: "Total" }, { value: "7" }] }]);
  assert.equal(exampleText(totals.examples[0]!, "en"), 'row 8: "Total", "7"');
  assert.equal(exampleText(totals.examples[0]!, "id"), 'baris 8: "Total", "7"');
  assert.equal(t.rowsRead, t.table.height + t.ledger.reduce((s, e) => s + e.rows, 0));
});

Deno.test("readTable() recognises totals rows by their sums, whatever their label", async () => {
  const es = await load("e.csv", "cliente;monto\nA;1\nB;2,5\nC;3\nSuma total;6,5\n");
  assert.equal(es.ledger[0].reason, "totals-row");
  const id = await load("i.csv", "pelanggan,nominal\nA,1\nB,2\nC,4\nJumlah:,7\n");
  assert.deepEqual(col(id, "pelanggan"), ["A", "B", "C"]);
});

Deno.test("readTable() trims an id column full of spaces and keeps ids and leading zeros as text", async () => {
  const t = await load("s.csv", "Customer ID,code,amount\n  123  ,007,1\n 45,010,2\n123 ,100,3\n");
  assert.deepEqual(col(t, "Customer ID"), ["123", "45", "123"]);
  assert.deepEqual(col(t, "code"), ["007", "010", "100"]);
  assert.deepEqual(t.columns.map((c) => c.kind), ["text", "text", "number"]);
});

Deno.test("readTable() reads missing tokens as missing and NaN as missing, with a note", async () => {
  const t = await load("m.csv", "id,x,y\n1,NA,a\n2,NaN,-\n3,2.5,\n");
  assert.deepEqual(col(t, "x"), [null, null, 2.5]);
  assert.deepEqual(col(t, "y"), ["a", null, null]);
  assert.equal(t.columns[1].missing, 2);
  assert.ok(t.notes.some((n) => n.code === "missing-tokens-read" && n.column === "x" && n.n === 2));
  assert.ok(said(t).some((n) => /Column "x": 2 cells/.test(n)));
  assert.ok(said(t, "es").some((n) => /^Columna "x": 2 celdas como "NA"/.test(n)));
});

Deno.test("readTable() reports an empty column as kind empty", async () => {
  const t = await load("e.csv", "id,x\n1,\n2,\n");
  assert.equal(t.columns[1].kind, "empty");
  assert.deepEqual(t.notes.filter((n) => n.code === "column-empty"), [{ code: "column-empty", column: "x" }]);
  assert.ok(said(t).includes('Column "x" is empty in every row'));
  assert.ok(said(t, "es").includes('La columna "x" está vacía en todas las filas'));
});

Deno.test("readTable() rejects text in a number column, naming rows and examples; badValues drop records them", async () => {
  const csv =
    "id,Monto\n1,1\n2,2\n3,abc\n4,4\n5,5\n6,6\n7,x\n8,8\n9,9\n10,10\n11,z\n12,12\n13,13\n14,14\n15,15\n";
  await rejects(
    csv,
    /^Cannot read "f\.csv": column "Monto" has 3 values that are not numbers, in rows 4, 8, 12 \(e\.g\. "abc" in row 4\); fix those cells, or pass badValues: "drop" \(CLI --bad-values drop\)/,
  );
  const t = await load("f.csv", csv, { badValues: "drop" });
  assert.equal(t.table.height, 12);
  const e = t.ledger.find((x) => x.reason === "not-number")!;
  assert.equal(e.rows, 3);
  assert.equal(e.column, "Monto");
  assert.deepEqual(e.examples[0], { row: 4, cells: [{ value: "abc" }] });
  assert.deepEqual(e.examples.map((x) => exampleText(x, "en")), [
    'row 4: "abc"',
    'row 8: "x"',
    'row 12: "z"',
  ]);
  assert.deepEqual(e.examples.map((x) => exampleText(x, "es")), [
    'fila 4: "abc"',
    'fila 8: "x"',
    'fila 12: "z"',
  ]);
  assert.deepEqual(e.facts, { column: "Monto" });
  assert.equal(
    ledgerText(e, "en"),
    'Rows whose "Monto" has values that are not numbers dropped (badValues: "drop")',
  );
  assert.equal(
    ledgerText(e, "es"),
    'Filas cuyo "Monto" tiene valores que no son números, eliminadas (badValues: "drop")',
  );
  assert.equal(t.rowsRead, 15);
});

Deno.test("readTable() rejects Infinity and overflowing numbers in a number column", async () => {
  await rejects(
    "id,v\n1,1\n2,2\n3,3\n4,4\n5,Infinity\n",
    /column "v" has 1 value that is not numbers?, in row 6 \(e\.g\. "Infinity"/,
  );
  await rejects("id,v\n1,1\n2,2\n3,3\n4,4\n5,1e999\n", /column "v" has 1 value .* "1e999"/);
});

Deno.test("readTable() rejects dates in two formats and mixed day/month orders", async () => {
  await rejects(
    "id,fecha\n1,2021-03-01\n2,2021-03-02\n3,03/04/2021\n",
    /^Cannot read "f\.csv": column "fecha" has dates in two formats, YYYY-MM-DD \(e\.g\. "2021-03-01" in row 2\) and M\/D\/YYYY \(e\.g\. "03\/04\/2021" in row 4\)/,
  );
  await rejects(
    "id,fecha\n1,13/01/2021\n2,01/13/2021\n",
    /column "fecha" has dates in two formats, D\/M\/YYYY \(e\.g\. "13\/01\/2021" in row 2\) and M\/D\/YYYY \(e\.g\. "01\/13\/2021" in row 3\)/,
  );
});

Deno.test("readTable() rejects impossible dates and dates in the future unless told otherwise", async () => {
  await rejects(
    "id,d\n1,2/30/2021\n2,3/1/2021\n3,3/2/2021\n4,3/3/2021\n5,3/4/2021\n",
    /column "d" has 1 value that is not dates in the format M\/D\/YYYY, in row 2/,
  );
  const csv = "id,d\n1,2021-03-01\n2,2201-03-01\n";
  await rejects(
    csv,
    /column "d" has 1 date in the future \(after 2026-01-02\), in row 3 \(e\.g\. "2201-03-01" in row 3\)/,
  );
  const kept = await load("f.csv", csv, { futureDates: "keep" });
  assert.equal(kept.table.height, 2);
  const dropped = await load("f.csv", csv, { badValues: "drop" });
  assert.equal(dropped.table.height, 1);
  assert.equal(dropped.ledger[0].reason, "future-date");
  assert.deepEqual(dropped.ledger[0].facts, { column: "d", after: "2026-01-02" });
  assert.equal(
    ledgerText(dropped.ledger[0], "en"),
    'Rows whose "d" has dates in the future (after 2026-01-02) dropped (badValues: "drop")',
  );
  const bad = await load("f.csv", "id,d\n1,2/30/2021\n2,3/1/2021\n3,3/2/2021\n4,3/3/2021\n5,3/4/2021\n", {
    badValues: "drop",
  });
  assert.deepEqual(bad.ledger[0].facts, { column: "d", format: "M/D/YYYY" });
  assert.equal(
    ledgerText(bad.ledger[0], "en"),
    'Rows whose "d" has values that are not dates in the format M/D/YYYY dropped (badValues: "drop")',
  );
  assert.match(
    ledgerText(bad.ledger[0], "id"),
    /^Baris yang nilai "d"-nya bukan tanggal berformat M\/D\/YYYY dihapus/,
  );
});

Deno.test("readTable() rejects empty, header-only and blank-only files", async () => {
  await rejects("", /^Cannot read "f\.csv": the file is empty/);
  await rejects("\n\n  \n", /^Cannot read "f\.csv": the file is empty/);
  await rejects("a,b,c\n", /^Cannot read "f\.csv": it has a header but no data rows/);
  await rejects("a,b,c\r\n\r\n\r\n", /^Cannot read "f\.csv": it has a header but no data rows/);
});

Deno.test("readTable() names binary files renamed .csv", async () => {
  await rejects(
    new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
    /^Cannot read "f\.csv": it is a gzip-compressed file, not a CSV text file; decompress it/,
  );
  await rejects(
    new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]),
    /it is a ZIP archive \(an Excel \.xlsx workbook is one\)/,
  );
  await rejects(new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2]), /it is a Parquet file/);
  await rejects(new Uint8Array([65, 44, 66, 10, 0, 1, 2, 3]), /it contains NUL bytes/);
  await rejects(
    Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 256 || 1),
    /binary file|NUL bytes|is a|control characters/,
  );
});

Deno.test("readTable() rejects ragged rows, naming the row and the field counts", async () => {
  await rejects(
    "a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n",
    /^Cannot read "f\.csv": row 3 has 2 fields but the header has 3 \(2 rows in all: 3, 5\); the delimiter read was ","/,
  );
});

Deno.test("readTable() rejects unclosed and stray quotes with the row", async () => {
  await rejects('a,b\n1,2\n"3,4\n5,6\n', /row 3 opens a quoted field \(\"\) that never closes/);
  await rejects('a,b\n1,2\n"3"x,4\n', /row 3 has text right after a closing quote/);
});

Deno.test("readTable() rejects a delimiter that leaves one column when another splits the file", async () => {
  await rejects(
    "a,b\n1,2\n",
    /with delimiter ";": every row is then one column, but the file looks ","-separated/,
    "f.csv",
    { delimiter: ";" },
  );
});

Deno.test("readTable() rejects a missing file, a folder and a workbook with the fix", async () => {
  await assert.rejects(
    () => readTable("/nonexistent/x.csv"),
    /^InputError: Cannot read "x\.csv": there is no file at "\/nonexistent\/x\.csv"; check the path/,
  );
  const dir = await Deno.makeTempDir();
  await assert.rejects(() => readTable(dir, { name: "d" }), /^InputError: Cannot read "d": .* is a folder/);
  await assert.rejects(() => readTable(`${dir}/book.xls`), /save the sheet as "CSV UTF-8"/);
});

Deno.test("readTable() reports progress with counts", async () => {
  const seen: string[] = [];
  await load("p.csv", "a,b\n1,2\n", {
    onProgress: (p: { step: string; done: number; total: number }) =>
      seen.push(`${p.step} ${p.done}/${p.total}`),
  });
  assert.deepEqual(seen, [
    'reading "p.csv" 0/8',
    'reading "p.csv" 8/8',
    'typing "p.csv" 0/1',
    'typing "p.csv" 1/1',
  ]);
});

Deno.test("readTable() reads Parquet with numbers as Float64 and dates as Datetime(ms)", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/t.parquet`;
  pl.DataFrame({
    customer: ["A", "B"],
    n: pl.Series("n", [1, 2], pl.Int64),
    when: pl.Series("when", [new Date("2021-01-02T03:04:05Z"), new Date("2021-02-03T00:00:00Z")]),
    amount: ["1,5", "2,5"],
    customer_id: pl.Series("customer_id", [17850, 13047], pl.Int64),
    score: pl.Series("score", [NaN, 0.5], pl.Float64),
  }).writeParquet(path);
  const t = await readTable(path);
  assert.equal(t.format, "parquet");
  assert.deepEqual(col(t, "n"), [1, 2]);
  assert.equal(t.table.getColumn("n").dtype.variant, "Float64");
  assert.equal(String(t.table.getColumn("when").dtype), String(pl.Datetime("ms")));
  assert.deepEqual(iso(t, "when"), ["2021-01-02T03:04:05.000Z", "2021-02-03T00:00:00.000Z"]);
  assert.deepEqual(col(t, "amount"), [1.5, 2.5]);
  assert.deepEqual(col(t, ROW_COLUMN), [2, 3]);
  assert.deepEqual(col(t, "customer_id"), ["17850", "13047"]);
  assert.deepEqual(col(t, "score"), [null, 0.5]);
  assert.ok(said(t).includes('Column "score": 1 NaN or infinite values read as missing'));
  assert.ok(said(t, "es").includes('Columna "score": 1 valores NaN o infinitos se leyeron como faltantes'));
});

Deno.test("readTable() gives the same table whatever the time zone", async () => {
  const path = await writeFixture("z.csv", "id,d\n1,3/30/2021 16:14:00\n");
  const t = await readTable(path, { now: NOW });
  assert.deepEqual(iso(t, "d"), ["2021-03-30T16:14:00.000Z"]);
});

Deno.test("readTable() reads amounts with currency signs and codes", async () => {
  const t = await load("c.csv", "id;a;b\n1;$12.50;Rp 10.000\n2;-$3;Rp 2.500.000\n3;7;Rp 5\n");
  assert.deepEqual(col(t, "a"), [12.5, -3, 7]);
  assert.deepEqual(col(t, "b"), [10000, 2500000, 5]);
  assert.ok(t.notes.some((n) => n.code === "currency-removed" && n.column === "b"));
  assert.ok(said(t).some((n) => /"b": currency signs or codes removed/.test(n)));
});

Deno.test("readTable() reads UTF-16 with BOM and old Mac line ends", async () => {
  const text = "customer\tamount\r\nA\t1,5\r\n";
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
  const t = await load("u.txt", utf16);
  assert.equal(t.dialect.encoding, "utf-16le");
  assert.deepEqual(col(t, "amount"), [1.5]);
  const mac = await load("m.csv", "a,b\r1,2\r3,4\r");
  assert.deepEqual(col(mac, "b"), [2, 4]);
});

Deno.test("readTable() names headers that are empty or repeated", async () => {
  const t = await load("h.csv", "a,,a\nx,1,y\n");
  assert.deepEqual(t.table.columns, ["a", "column 2", "a (2)", ROW_COLUMN]);
  assert.deepEqual(t.notes.filter((n) => n.code.startsWith("header-")), [
    { code: "header-missing", index: 2, name: "column 2" },
    { code: "header-repeated", header: "a", name: "a (2)" },
  ]);
  assert.equal(said(t).filter((n) => /no header|more than once/.test(n)).length, 2);
  assert.ok(said(t, "es").includes('La columna 2 no tiene encabezado; se llama "column 2"'));
  await rejects("__row,b\n1,2\n", /it has a column named "__row"/);
});

Deno.test("readTable() follows a forced encoding, and rejects invalid UTF-8 when UTF-8 is forced", async () => {
  const bytes = latin1("País\nEspaña\n");
  await rejects(bytes, /is not valid UTF-8 .*pass encoding: "latin-1"/, "f.csv", { encoding: "utf-8" });
  const t = await load("f.csv", bytes, { encoding: "latin-1" });
  assert.deepEqual(col(t, "País"), ["España"]);
});

Deno.test("readTable() applies one dateFormat to the columns it reads, not to text columns", async () => {
  const t = await load("d.csv", "name,d\nAna,05.03.21\nBudi,31.12.21\n", { dateFormat: "%d.%m.%y" });
  assert.deepEqual(col(t, "name"), ["Ana", "Budi"]);
  assert.deepEqual(iso(t, "d"), ["2021-03-05T00:00:00.000Z", "2021-12-31T00:00:00.000Z"]);
  assert.equal(t.columns[1].dateFormat, "%d.%m.%y");
});

Deno.test("readTable() unescapes doubled quotes in a quoted header (RFC 4180)", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/q.csv`;
    await Deno.writeTextFile(path, 'id,"say ""hi""",x\n1,a,2\n2,b,3\n');
    const loaded = await readTable(path);
    assert.deepEqual(loaded.columns.map((c) => c.name), ["id", 'say "hi"', "x"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
