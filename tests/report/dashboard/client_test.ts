// The dashboard's browser modules run on a report's DOM in jsdom, from their TypeScript sources (the
// bundled script, as the report inlines it, runs in ../render_report_test.ts and in Chromium).
import assert from "node:assert/strict";
import { readDashboard, startDashboard } from "../../../lib/report/dashboard/client.ts";
import { renderReport } from "../../../lib/report/render_report.ts";
import { reportInput } from "../_fixtures.ts";
import { fire, parseReport } from "./_dom.ts";

function started(html = renderReport(reportInput("en", { charts: false }))): Document {
  const doc = parseReport(html);
  startDashboard(doc);
  return doc;
}

const text = (doc: Document, selector: string) => doc.querySelector(selector)!.textContent;
const column = (doc: Document, j: number) =>
  [...doc.querySelectorAll(`#sg-table tbody tr td:nth-child(${j})`)].map((td) => td.textContent);

Deno.test("readDashboard() reads the embedded data, and finds none in a report without assignments", () => {
  const found = readDashboard(parseReport(renderReport(reportInput("en", { charts: false }))))!;
  assert.equal(found.root.id, "segmenta-dashboard");
  assert.deepEqual(found.data.segments, ["Champions", "At Risk", "New"]);
  assert.equal(readDashboard(parseReport(renderReport({ lang: "en", title: "T" }))), undefined);
});

Deno.test("startDashboard() does nothing on a page without a dashboard", () => {
  const html = renderReport({ lang: "en", title: "T" });
  const doc = parseReport(html);
  const before = doc.documentElement.outerHTML;
  startDashboard(doc);
  assert.equal(doc.documentElement.outerHTML, before);
});

Deno.test("startDashboard() takes over the static markup: controls shown and enabled, the note hidden", () => {
  const doc = started();
  assert.equal(doc.querySelector(".dash-controls")!.hasAttribute("hidden"), false);
  assert.equal(doc.querySelector(".pager")!.hasAttribute("hidden"), false);
  assert.equal(doc.querySelector<HTMLElement>("[data-sg-static]")!.hidden, true);
  assert.equal(doc.querySelectorAll(":disabled").length, 1, "only the Previous button is disabled");
  assert.equal(doc.querySelector("#sg-prev:disabled")?.id, "sg-prev");
  assert.equal(text(doc, "#sg-status"), "Rows 1–25 of 60 (filtered from 60)");
  assert.equal(text(doc, "#sg-page"), "Page 1 of 3");
  assert.equal(doc.querySelectorAll("#sg-table tbody tr").length, 25);
  assert.equal(column(doc, 2)[0], "1,000");
});

Deno.test("startDashboard(): the filter, the value column, sorting and the pager follow the reader", () => {
  const doc = started();
  doc.querySelector<HTMLInputElement>('input[data-sg-segment="1"]')!.click(); // untick At Risk
  assert.equal(text(doc, "#sg-status"), "Rows 1–25 of 40 (filtered from 60)");
  assert.ok(column(doc, 4).every((s) => s !== "At Risk"));
  assert.doesNotMatch(text(doc, "#sg-counts-plot")!, /At Risk/);
  assert.match(text(doc, "#sg-counts-plot")!, /20 \(50\.0%\)/);

  const select = doc.querySelector<HTMLSelectElement>("#sg-value")!;
  select.value = "2";
  fire(doc, select, "change");
  assert.equal(text(doc, "#sg-means-caption"), "Mean delay per segment");
  assert.equal(doc.querySelector("#sg-means-plot svg")!.getAttribute("aria-label"), "Mean delay per segment");

  const income = doc.querySelectorAll("#sg-table thead th")[1]!;
  fire(doc, income.querySelector("button")!, "click");
  assert.equal(column(doc, 2)[0], "1,000");
  assert.equal(income.getAttribute("aria-sort"), "ascending");
  fire(doc, income.querySelector("button")!, "click");
  assert.equal(column(doc, 2)[0], "1,590");
  assert.equal(income.getAttribute("aria-sort"), "descending");

  fire(doc, doc.getElementById("sg-next")!, "click");
  assert.equal(text(doc, "#sg-status"), "Rows 26–40 of 40 (filtered from 60)");
  assert.equal(doc.querySelector<HTMLButtonElement>("#sg-next")!.disabled, true);
  fire(doc, doc.getElementById("sg-next")!, "click");
  assert.equal(text(doc, "#sg-page"), "Page 2 of 2", "Next on the last page stays there");
  fire(doc, doc.getElementById("sg-prev")!, "click");
  assert.equal(text(doc, "#sg-page"), "Page 1 of 2");

  fire(doc, doc.getElementById("sg-none")!, "click");
  assert.equal(text(doc, "#sg-table tbody td"), "No customer matches the filter");
  assert.ok([...doc.querySelectorAll<HTMLInputElement>("input[data-sg-segment]")].every((b) => !b.checked));
  fire(doc, doc.getElementById("sg-all")!, "click");
  assert.equal(text(doc, "#sg-status"), "Rows 1–25 of 60 (filtered from 60)");
  assert.equal(column(doc, 2)[0], "1,590", "the sort stays");
});

Deno.test("startDashboard(): the download holds the filtered, sorted rows of every page", async () => {
  const doc = started();
  const links: { href: string; download: string }[] = [];
  doc.addEventListener("click", (e) => {
    const a = e.target as HTMLElement;
    if (a.tagName !== "A") return;
    links.push({ href: (a as HTMLAnchorElement).href, download: (a as HTMLAnchorElement).download });
    e.preventDefault(); // jsdom does not download
  });
  doc.querySelector<HTMLInputElement>('input[data-sg-segment="1"]')!.click(); // untick At Risk
  const income = doc.querySelectorAll("#sg-table thead th button")[1]!;
  fire(doc, income, "click");
  fire(doc, income, "click");
  fire(doc, doc.getElementById("sg-download")!, "click");
  assert.equal(links.length, 1);
  assert.equal(links[0]!.download, "retail-segments.csv");
  const lines = (await (await fetch(links[0]!.href)).text()).trimEnd().split("\r\n");
  assert.equal(lines.length, 41);
  assert.equal(lines[0], "customer,income,delay,segment");
  assert.equal(lines[1], "C060,1590,10,New");
  assert.ok(lines.slice(1).every((l) => !l.endsWith(",At Risk")));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the URL is revoked a second later
});
