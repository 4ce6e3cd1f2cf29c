/** readTable() reads header-less tables of numbers separated by runs of spaces (the CDNOW layout). */
import { noteText } from "../../lib/text/mod.ts";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readTable } from "../../lib/mod.ts";

async function read(text: string) {
  const dir = await Deno.makeTempDir();
  const path = join(dir, "t.txt");
  await Deno.writeTextFile(path, text);
  try {
    return await readTable(path);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("readTable() reads space-separated numbers without a header, YYYYMMDD as dates", async () => {
  const t = await read(
    " 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n 00018 0002 19970102  1   11.77\r\n",
  );
  assert.deepEqual(t.table.columns, ["column 1", "column 2", "column 3", "column 4", "column 5", "__row"]);
  assert.deepEqual(t.table.getColumn("column 1").toArray(), ["00004", "00004", "00018"]);
  assert.deepEqual(t.table.getColumn("column 5").toArray(), [29.33, 29.73, 11.77]);
  assert.deepEqual(t.table.getColumn("__row").toArray(), [1, 2, 3]); // no header: the first line is row 1
  assert.equal(t.dialect.delimiter, " ");
  assert.deepEqual(
    (t.table.getColumn("column 3").toArray() as unknown as Date[]).map((d) => d.toISOString().slice(0, 10)),
    ["1997-01-01", "1997-01-18", "1997-01-02"],
  );
  assert.deepEqual(t.notes[0], { code: "whitespace-columns-dated", width: 5, dated: ["column 3"] });
  assert.match(
    noteText(t.notes[0]!, "en"),
    /^Read as a table without a header whose 5 columns are separated by runs of spaces.*YYYYMMDD in "column 3"$/,
  );
  assert.match(noteText(t.notes[0]!, "es"), /^Leído como una tabla sin encabezado cuyas 5 columnas/);
});

Deno.test("readTable() keeps reading a delimited file with spaces in its values as before", async () => {
  const t = await read("name,amount\nAnn Lee,3\nBo Chan,4\n");
  assert.deepEqual(t.table.columns.slice(0, 2), ["name", "amount"]);
  assert.ok(!t.notes.some((n) => n.code.startsWith("whitespace-columns")));
});
