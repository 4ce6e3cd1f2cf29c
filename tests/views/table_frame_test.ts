import assert from "node:assert/strict";
import { tableFrame } from "../../lib/views/table_frame.ts";

Deno.test("tableFrame() rounds numbers to 3 decimals and keeps text", () => {
  const f = tableFrame({ columns: ["segment", "mean"], rows: [["A", 1.23456], ["B", 2]] });
  assert.deepEqual(f.columns, ["segment", "mean"]);
  assert.deepEqual(f.getColumn("segment").toArray(), ["A", "B"]);
  assert.deepEqual(f.getColumn("mean").toArray(), [1.235, 2]);
});

Deno.test("tableFrame() turns missing cells into null", () => {
  const f = tableFrame({ columns: ["a", "b"], rows: [["x", 1], ["y"]] });
  assert.deepEqual(f.getColumn("b").toArray(), [1, null]);
});
