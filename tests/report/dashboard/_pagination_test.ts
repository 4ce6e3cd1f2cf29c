import assert from "node:assert/strict";
import { pageTexts, paginate } from "../../../lib/report/dashboard/_pagination.ts";

const ROWS = Array.from({ length: 60 }, (_, i) => i);
const STRINGS = {
  showing: "Rows {from}–{to} of {n} (filtered from {total})",
  page: "Page {page} of {pages}",
};
const nf = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

Deno.test("paginate() cuts the rows into pages and clamps a page past the end to the last", () => {
  assert.deepEqual(paginate(ROWS, 25, 0), { page: 0, pages: 3, start: 0, rows: ROWS.slice(0, 25) });
  assert.deepEqual(paginate(ROWS, 25, 2), { page: 2, pages: 3, start: 50, rows: ROWS.slice(50) });
  assert.deepEqual(paginate(ROWS, 25, 9), paginate(ROWS, 25, 2));
  assert.equal(paginate(ROWS, 20, 0).pages, 3, "an exact multiple has no empty last page");
});

Deno.test("paginate() gives an empty table one empty page", () => {
  assert.deepEqual(paginate([], 25, 4), { page: 0, pages: 1, start: 0, rows: [] });
});

Deno.test("pageTexts() says which rows show, of how many, and the page", () => {
  const view = paginate(ROWS.slice(0, 40), 25, 1);
  assert.deepEqual(pageTexts(view, 40, 60, STRINGS, nf), {
    status: "Rows 26–40 of 40 (filtered from 60)",
    page: "Page 2 of 2",
  });
  assert.deepEqual(pageTexts(paginate([], 25, 0), 0, 60, STRINGS, nf), {
    status: "Rows 0–0 of 0 (filtered from 60)",
    page: "Page 1 of 1",
  });
  const big = Array.from({ length: 12_345 }, (_, i) => i);
  assert.equal(
    pageTexts(paginate(big, 25, 493), 12_345, 12_345, STRINGS, nf).status,
    "Rows 12,326–12,345 of 12,345 (filtered from 12,345)",
  );
});
