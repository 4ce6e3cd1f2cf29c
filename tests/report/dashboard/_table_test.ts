import assert from "node:assert/strict";
import { markSorted, tableRows } from "../../../lib/report/dashboard/_table.ts";
import { blankDocument } from "./_dom.ts";

const format = (v: unknown) => (v === null ? "" : typeof v === "number" ? v.toFixed(1) : String(v));

Deno.test("tableRows() makes one row per row, numbers right-aligned, long text with a tooltip", () => {
  const doc = blankDocument();
  const long = "x".repeat(31);
  const trs = tableRows(doc, [["C1", 2, null], [long, -1, "<b>"]], 3, "none", format);
  assert.deepEqual(trs.map((tr) => tr.outerHTML), [
    '<tr><td>C1</td><td class="num">2.0</td><td></td></tr>',
    `<tr><td title="${long}">${long}</td><td class="num">-1.0</td><td>&lt;b&gt;</td></tr>`,
  ]);
  assert.equal(
    tableRows(doc, [["x".repeat(30)]], 1, "none", format)[0]!.firstElementChild!.hasAttribute("title"),
    false,
  );
});

Deno.test("tableRows() shows one cell across the table when no row passes the filter", () => {
  const trs = tableRows(blankDocument(), [], 4, "No customer matches the filter", format);
  assert.deepEqual(trs.map((tr) => tr.outerHTML), [
    '<tr><td colspan="4">No customer matches the filter</td></tr>',
  ]);
});

Deno.test("markSorted() marks the sort column's header only", () => {
  const doc = blankDocument();
  const headers = ["a", "b", "c"].map(() => doc.createElement("th"));
  headers[0]!.setAttribute("aria-sort", "ascending");
  markSorted(headers, 2, -1);
  assert.deepEqual(headers.map((th) => th.getAttribute("aria-sort")), [null, null, "descending"]);
  markSorted(headers, -1, 1);
  assert.deepEqual(headers.map((th) => th.getAttribute("aria-sort")), [null, null, null]);
});
