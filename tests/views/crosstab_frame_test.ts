import assert from "node:assert/strict";
import { crosstabFrame } from "../../lib/views/crosstab_frame.ts";

const table = { rows: ["A", "B"], cols: ["UK", "FR", "DE"], counts: [[3, 1, 0], [0, 2, 5]] };

Deno.test("crosstabFrame() puts row labels first and one count column per column label", () => {
  const f = crosstabFrame(table);
  assert.deepEqual(f.columns, ["segment", "UK", "FR", "DE"]);
  assert.deepEqual(f.getColumn("segment").toArray(), ["A", "B"]);
  assert.deepEqual(f.getColumn("UK").toArray(), [3, 0]);
  assert.deepEqual(f.getColumn("DE").toArray(), [0, 5]);
});

Deno.test("crosstabFrame() takes the first column's header", () => {
  assert.deepEqual(crosstabFrame(table, "cluster").columns[0], "cluster");
});
