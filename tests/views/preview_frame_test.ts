import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { previewFrame } from "../../lib/views/preview_frame.ts";
import { ROW_COLUMN } from "../../lib/load/read_table.ts";

const table = pl.DataFrame({
  [ROW_COLUMN]: [2, 3, 4, 5, 6, 7],
  name: ["a", "b", "c", "d", "e", "f"],
  n: [1, 2, 3, 4, 5, 6],
});

Deno.test("previewFrame() shows the first 5 rows without the row-number column", () => {
  const f = previewFrame(table);
  assert.deepEqual(f.columns, ["name", "n"]);
  assert.deepEqual(f.getColumn("name").toArray(), ["a", "b", "c", "d", "e"]);
  assert.equal(table.columns.includes(ROW_COLUMN), true, "the input is not changed");
});

Deno.test("previewFrame() takes rows and works on a table without the row-number column", () => {
  assert.deepEqual(previewFrame(pl.DataFrame({ x: [1, 2, 3] }), { rows: 2 }).getColumn("x").toArray(), [
    1,
    2,
  ]);
  assert.equal(previewFrame(table, { rows: 0 }).height, 0);
});

Deno.test("previewFrame() rejects a negative or fractional rows", () => {
  assert.throws(
    () => previewFrame(table, { rows: -1 }),
    /^RangeError: Cannot preview the table with rows = -1/,
  );
  assert.throws(() => previewFrame(table, { rows: 1.5 }), /rows must be a whole number/);
});
