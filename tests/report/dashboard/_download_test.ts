import assert from "node:assert/strict";
import { csvText, saveCsv } from "../../../lib/report/dashboard/_download.ts";
import { toAssignmentsCsv } from "../../../lib/report/to_assignments_csv.ts";
import { blankDocument } from "./_dom.ts";

const COLUMNS = ["customer", "income", "segment"];
const ROWS = [["=cmd", -2, 'say "hi", ok'], ["C2", null, "line\nbreak"], ["@x", NaN, "New"]];

Deno.test("csvText() writes the header and the rows with CRLF, formula-safe, as toAssignmentsCsv does", () => {
  const text = csvText(COLUMNS, ROWS);
  assert.equal(
    text,
    'customer,income,segment\r\n\'=cmd,-2,"say ""hi"", ok"\r\nC2,,"line\nbreak"\r\n\'@x,,New\r\n',
  );
  assert.equal(text, toAssignmentsCsv(COLUMNS, ROWS));
  assert.equal(csvText(COLUMNS, []), "customer,income,segment\r\n");
});

Deno.test("saveCsv() clicks a hidden link to the CSV once, removes it, and revokes the URL a second later", async () => {
  const doc = blankDocument();
  const clicked: { href: string; download: string; hidden: string | boolean }[] = [];
  doc.addEventListener("click", (e) => {
    const a = e.target as HTMLAnchorElement;
    clicked.push({ href: a.href, download: a.download, hidden: a.hidden });
    e.preventDefault(); // jsdom does not download
  });
  saveCsv(doc, "a,b\r\n1,2\r\n", "segments.csv");
  assert.equal(clicked.length, 1);
  assert.equal(clicked[0]!.download, "segments.csv");
  assert.equal(clicked[0]!.hidden, true);
  assert.match(clicked[0]!.href, /^blob:/);
  assert.equal(doc.querySelector("a"), null, "the link is removed");
  const response = await fetch(clicked[0]!.href);
  assert.equal(response.headers.get("content-type"), "text/csv;charset=utf-8");
  assert.equal(await response.text(), "a,b\r\n1,2\r\n");
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await assert.rejects(fetch(clicked[0]!.href), "the URL is revoked");
});
