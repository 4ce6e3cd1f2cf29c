import assert from "node:assert/strict";
import { barsSvg } from "../../../lib/report/_dashboard.ts";
import { barsElement, countBars, meanBars, segmentStats } from "../../../lib/report/dashboard/_charts.ts";
import { escapeHtml } from "../../../lib/base/escape_html.ts";
import { blankDocument } from "./_dom.ts";

const nf = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });
const ROWS = [["x1", 10, "a"], ["x2", 20, 1], ["x3", "n/a", 1], ["x4", Infinity, "a"], [
  "x5",
  30,
  1,
]] as const;
const SHOWN = [{ segment: "a", color: "#111" }, { segment: "1", color: "#222" }, {
  segment: "c",
  color: "#333",
}];

Deno.test("segmentStats() counts rows per segment and adds up finite numbers of the value column", () => {
  const stats = segmentStats(ROWS, 2, 1);
  assert.deepEqual([...stats.counts], [["a", 2], ["1", 3]]);
  assert.deepEqual([...stats.sums], [["a", 10], ["1", 50]]);
  assert.deepEqual([...stats.ns], [["a", 1], ["1", 2]]);
  const none = segmentStats(ROWS, 2, -1);
  assert.equal(none.sums.size, 0);
  assert.equal(none.counts.size, 2);
});

Deno.test("countBars() labels each shown segment with its count and share of the rows", () => {
  const bars = countBars(SHOWN, segmentStats(ROWS, 2, 1), 5, nf);
  assert.deepEqual(bars, [
    { label: "a", value: 2, text: "2 (40.0%)", color: "#111" },
    { label: "1", value: 3, text: "3 (60.0%)", color: "#222" },
    { label: "c", value: 0, text: "0 (0.0%)", color: "#333" },
  ]);
  assert.equal(countBars(SHOWN, segmentStats([], 2, 1), 0, nf)[0]!.text, "0 (0.0%)");
});

Deno.test("meanBars() gives the mean per segment, and NaN shown as – where a segment has no value", () => {
  const bars = meanBars(SHOWN, segmentStats(ROWS, 2, 1), nf);
  assert.deepEqual(bars.map((b) => [b.label, b.value, b.text]), [["a", 10, "10"], ["1", 25, "25"], [
    "c",
    NaN,
    "–",
  ]]);
});

/** The markup of an element, parsed in the same document so the two sides serialise alike. */
function reparse(doc: Document, markup: string): Element {
  const div = doc.createElement("div");
  div.innerHTML = markup;
  const svg = div.firstElementChild!;
  svg.removeAttribute("xmlns"); // createElementNS puts the namespace on the node, not in an attribute
  return svg;
}

Deno.test("barsElement() draws the same chart as the server's static barsSvg()", () => {
  const doc = blankDocument();
  const bars = [
    { label: "Champions", value: 20, text: "20 (33.3%)", color: "#4e79a7" },
    { label: "A segment name longer than 24 characters", value: 7.5, text: "7.5", color: "#f28e2b" },
    { label: "<b>&</b>", value: 0, text: "0", color: "#e15759" },
  ];
  const browser = barsElement(doc, bars, "Customers per segment");
  const server = reparse(doc, barsSvg(bars, "Customers per segment", escapeHtml));
  assert.equal(browser.outerHTML, server.outerHTML);
  assert.equal(browser.querySelectorAll("rect")[1]!.getAttribute("width"), "84.0");
  assert.equal(browser.querySelectorAll("text")[2]!.textContent, "A segment name longer t…");
  assert.equal(barsElement(doc, [], "t").getAttribute("viewBox"), "0 0 480 24");
  // A segment without a value: no bar for it, the others still to scale, on both sides.
  const withNaN = [...bars, { label: "none", value: NaN, text: "–", color: "#111" }];
  assert.equal(
    barsElement(doc, withNaN, "t").outerHTML,
    reparse(doc, barsSvg(withNaN, "t", escapeHtml)).outerHTML,
  );
  assert.equal(
    reparse(doc, barsSvg(withNaN, "t", escapeHtml)).querySelectorAll("rect")[0]!.getAttribute("width"),
    "224.0",
  );
});

Deno.test("barsElement() gives a segment without a value no bar and keeps the others to scale", () => {
  const doc = blankDocument();
  const svg = barsElement(doc, [
    { label: "a", value: 10, text: "10", color: "#111" },
    { label: "b", value: NaN, text: "–", color: "#222" },
  ], "Mean");
  assert.deepEqual([...svg.querySelectorAll("rect")].map((r) => r.getAttribute("width")), ["224.0", "0.0"]);
  assert.equal(svg.querySelectorAll("title")[1]!.textContent, "b: –");
});
