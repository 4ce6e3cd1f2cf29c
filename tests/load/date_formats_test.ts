/**
 * Date shapes read exactly: two-digit years, AM/PM, ISO times with offsets (to UTC), month names
 * in English, Spanish and Indonesian, Excel serial days. Each of these was read as text before
 * (or stopped the run), so every test here fails on the loader before it.
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { fileURLToPath } from "node:url";
import { readTable } from "../../lib/load/read_table.ts";
import { fullYear, monthOf } from "../../lib/load/_dates.ts";
import { noteText } from "../../lib/text/mod.ts";
import { writeFixture } from "./_write.ts";

const NOW = new Date("2026-01-01T00:00:00Z");

async function load(content: string, options = {}) {
  return await readTable(await writeFixture("d.csv", content), { now: NOW, ...options });
}

function times(t: { table: pl.DataFrame }, column: string): string[] {
  return (t.table.getColumn(column).cast(pl.Float64).toArray() as number[]).map((x) =>
    new Date(x).toISOString().replace(".000Z", "").replace("T00:00:00", "")
  );
}

function kind(t: { columns: readonly { name: string; kind: string; dateFormat?: string }[] }, c: string) {
  const info = t.columns.find((x) => x.name === c)!;
  return `${info.kind} ${info.dateFormat ?? ""}`.trim();
}

Deno.test("readTable() reads two-digit years as Excel does: 00-29 are 20xx, 30-99 are 19xx", async () => {
  const t = await load("id,d,x\n1,13/03/21,1\n2,01/12/29,2\n3,31/12/30,3\n4,1/1/99,4\n", {
    futureDates: "keep",
  });
  assert.deepEqual(times(t, "d"), ["2021-03-13", "2029-12-01", "1930-12-31", "1999-01-01"]);
  assert.equal(kind(t, "d"), "date D/M/YY");
  assert.equal(fullYear("00"), 2000);
  assert.equal(fullYear("29"), 2029);
  assert.equal(fullYear("30"), 1930);
  assert.equal(fullYear("2030"), 2030);
  // A format given with %y reads by the same pivot (chrono alone reads 30-69 as 2030-2069).
  const given = await load("id,d,x\n1,29/02/32 10:30,1\n2,31/12/69,2\n3,01/01/29,3\n", {
    dateFormat: "%d/%m/%y %H:%M",
    futureDates: "keep",
  });
  assert.deepEqual(times(given, "d"), ["1932-02-29T10:30:00", "1969-12-31", "2029-01-01"]);
});

Deno.test("readTable() reads AM/PM times: 12 AM is midnight, 12 PM noon", async () => {
  const t = await load(
    "id,d,x\n1,3/14/2021 12:05 AM,1\n2,3/14/2021 12:05 PM,2\n3,3/14/2021 1:05:09 pm,3\n4,3/14/2021 11:59 p.m.,4\n",
  );
  assert.deepEqual(times(t, "d"), [
    "2021-03-14T00:05:00",
    "2021-03-14T12:05:00",
    "2021-03-14T13:05:09",
    "2021-03-14T23:59:00",
  ]);
  assert.equal(kind(t, "d"), "date M/D/YYYY h:MM:SS AM/PM");
  await assert.rejects(
    () => load("id,d,x\n1,3/14/2021 13:05 PM,1\n"),
    /not dates in the format M\/D\/YYYY h:MM AM\/PM/,
  );
});

Deno.test("readTable() converts ISO times with offsets and Z to UTC, and says so", async () => {
  const t = await load(
    "id,ts,x\n1,2021-03-04T10:00:00+05:30,1\n2,2021-03-04T10:00:00Z,2\n3,2021-03-04 23:30:00-0800,3\n4,2021-03-04T10:00:00.250-03,4\n",
  );
  assert.deepEqual(times(t, "ts"), [
    "2021-03-04T04:30:00",
    "2021-03-04T10:00:00",
    "2021-03-05T07:30:00",
    "2021-03-04T13:00:00.250Z",
  ]);
  const note = t.notes.find((n) => n.code === "dates-offset-utc")!;
  assert.deepEqual(note, {
    code: "dates-offset-utc",
    column: "ts",
    exampleValue: "2021-03-04T10:00:00+05:30",
    exampleRow: 2,
  });
  assert.equal(
    noteText(note, "en"),
    'Dates in "ts" carry offsets from UTC (e.g. "2021-03-04T10:00:00+05:30" in row 2): every time was converted to UTC',
  );
  // Z alone keeps the fast path and its label.
  const z = await load("id,ts,x\n1,2021-03-04T10:00:00Z,1\n");
  assert.equal(kind(z, "ts"), "date YYYY-MM-DD HH:MM:SS");
});

Deno.test("readTable() reads month names in English, Spanish and Indonesian (date-fns locales)", async () => {
  const t = await load(
    [
      "id,d,x",
      "1,04-Mar-2021,1",
      "2,4 ene 2021,2",
      "3,4 Agu 2021,3",
      "4,4 Agustus 2021,4",
      "5,1 Mei 2021,5",
      "6,2 Okt 2021,6",
      "7,3 Des 2021,7",
      "8,5 de septiembre de 2021,8",
      "9,6 Sept. 2021,9",
      "10,7 dic 2021 14:30,10",
    ].join("\n") + "\n",
  );
  assert.deepEqual(times(t, "d"), [
    "2021-03-04",
    "2021-01-04",
    "2021-08-04",
    "2021-08-04",
    "2021-05-01",
    "2021-10-02",
    "2021-12-03",
    "2021-09-05",
    "2021-09-06",
    "2021-12-07T14:30:00",
  ]);
  assert.equal(kind(t, "d"), "date D MMM YYYY H:MM");
  assert.equal(t.notes.find((n) => n.column === "d")?.code, "dates-month-names");
  const us = await load('id,d,x\n1,"Mar 4, 2021",1\n2,"December 31, 2021",2\n');
  assert.deepEqual(times(us, "d"), ["2021-03-04", "2021-12-31"]);
  assert.equal(monthOf("Ma"), null, "two letters name no month");
  assert.equal(monthOf("Agt"), 7);
  assert.equal(monthOf("abr."), 3);
});

Deno.test("readTable() stops on a month name it does not know, naming the cell", async () => {
  await assert.rejects(
    () => load("id,d,x\n1,4 Mar 2021,1\n2,5 Foo 2021,2\n3,6 Abr 2021,3\n"),
    /column "d" has 1 value that is not dates in the format D MMM YYYY, in row 3 \(e\.g\. "5 Foo 2021" in row 3\)/,
  );
});

Deno.test("readTable() reads Excel serial days in a date column, and only there", async () => {
  const t = await load("Cliente,Fecha,Monto\nA,44256,10\nB,44561,20\n");
  assert.deepEqual(times(t, "Fecha"), ["2021-03-01", "2021-12-31"]);
  const note = t.notes.find((n) => n.code === "dates-excel-serial")!;
  assert.match(
    noteText(note, "en"),
    /^Dates in "Fecha" read as Excel serial day numbers \(e\.g\. "44256" in row 2\)/,
  );
  // Numbers in a column not named like a date stay numbers; so do serials with fractions or out of range.
  assert.equal(kind(await load("Cliente,Puntos,Monto\nA,44256,10\nB,44561,20\n"), "Puntos"), "number");
  assert.equal(kind(await load("Cliente,Fecha,Monto\nA,44256.5,10\nB,44561,20\n"), "Fecha"), "number");
  assert.equal(kind(await load("Cliente,Fecha,Monto\nA,20210301,10\nB,20211231,20\n"), "Fecha"), "number");
});

Deno.test("readTable() reads Excel serial days from number cells of a workbook's date column", async () => {
  const path = fileURLToPath(new URL("../fixtures/load/sheets.xlsx", import.meta.url));
  const t = await readTable(path, { sheet: "Ventas", now: NOW });
  assert.deepEqual(times(t, "Fecha"), ["2021-03-01", "2021-03-02", "2021-12-31"]);
});
