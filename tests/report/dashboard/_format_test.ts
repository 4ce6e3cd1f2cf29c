import assert from "node:assert/strict";
import { cellComparer, cellFormatter, fill, isEmptyCell } from "../../../lib/report/dashboard/_format.ts";

Deno.test("fill() fills the marks it has values for and leaves the others", () => {
  assert.equal(fill("Page {page} of {pages}", { page: 2, pages: "3" }), "Page 2 of 3");
  assert.equal(fill("{a} {b} {a}", { a: "x" }), "x {b} x");
  assert.equal(fill("no marks", { a: 1 }), "no marks");
});

Deno.test("cellFormatter() formats numbers for the language, at most 2 decimals, and empties as empty", () => {
  const en = cellFormatter(new Intl.NumberFormat("en", { maximumFractionDigits: 2 }));
  assert.equal(en(12345.678), "12,345.68");
  assert.equal(en(-2), "-2");
  for (const v of [NaN, Infinity, null, undefined]) assert.equal(en(v), "", String(v));
  assert.equal(en("C001"), "C001");
  const es = cellFormatter(new Intl.NumberFormat("es", { maximumFractionDigits: 2 }));
  assert.equal(es(12345.678), "12.345,68");
});

Deno.test("isEmptyCell() is true for null, undefined and the empty string only", () => {
  assert.deepEqual([null, undefined, "", 0, " ", NaN].map(isEmptyCell), [
    true,
    true,
    true,
    false,
    false,
    false,
  ]);
});

Deno.test("cellComparer() orders numbers by value, text with numeric collation, empty cells last", () => {
  const compare = cellComparer(new Intl.Collator("en", { numeric: true }));
  assert.deepEqual([10, 2, -1].sort(compare), [-1, 2, 10]);
  assert.deepEqual(["C10", "C2", "b", "A"].sort(compare), ["A", "b", "C2", "C10"]);
  assert.deepEqual([null, 3, "", 1].sort(compare), [1, 3, null, ""]);
  assert.equal(compare(null, ""), 0);
});
