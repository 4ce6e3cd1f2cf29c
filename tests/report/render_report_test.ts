import fc from "fast-check";
import { JSDOM } from "jsdom";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { renderReport } from "../../lib/report/render_report.ts";
import { assertSnapshot } from "../chart/_snapshot.ts";
import { assignmentRows, hostileInput, reportInput } from "./_fixtures.ts";
import { hostileString } from "./_hostile.ts";

/** Parse without running scripts (what a reader with scripts off gets). */
function parse(html: string): Document {
  return new JSDOM(html).window.document as unknown as Document;
}

Deno.test("renderReport() matches its snapshot (small report, en)", async () => {
  await assertSnapshot("report_small", renderReport(reportInput("en")));
});

Deno.test("renderReport() is deterministic", () => {
  assert.equal(renderReport(reportInput("id")), renderReport(reportInput("id")));
});

Deno.test("renderReport() is self-contained: no external URL, a CSP that allows only its own script", () => {
  const html = renderReport(reportInput("en"));
  assert.doesNotMatch(html, /\b(src|href)="(?!#)/);
  assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  assert.doesNotMatch(html, /@import|url\((?!#)/);
  const doc = parse(html);
  const scripts = [...doc.querySelectorAll("script")];
  assert.deepEqual(scripts.map((s) => s.getAttribute("type") ?? "js"), [
    "application/json",
    "application/json",
    "js",
  ]);
  const code = scripts[2]!.textContent!;
  const hash = createHash("sha256").update(code, "utf8").digest("base64");
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
  assert.match(csp, /default-src 'none'/);
  assert.ok(csp.includes(`script-src 'sha256-${hash}'`), csp);
  assert.doesNotMatch(code, /innerHTML|eval\(|new Function|document\.write/);
});

Deno.test("renderReport() with scripts off shows the verdict first, the static charts and the first page", () => {
  const doc = parse(renderReport(reportInput("es")));
  const main = doc.querySelector("main")!;
  assert.equal(main.children[0]!.tagName, "HEADER");
  assert.equal(main.children[2]!.id, "verdict");
  assert.equal(doc.querySelectorAll("#sg-table tbody tr").length, 25);
  assert.equal(doc.querySelector("#sg-table tbody td")!.textContent, "C001");
  assert.match(doc.querySelector("#sg-status")!.textContent!, /^Filas 1–25 de 60/);
  assert.equal(doc.querySelector(".dash-controls")!.hasAttribute("hidden"), true);
  assert.match(doc.querySelector("#sg-counts-plot")!.textContent!, /Champions.*20 \(33,3\u00a0%\)/);
  assert.match(doc.querySelector("#sg-means-caption")!.textContent!, /income medio por segmento/);
  assert.match(doc.querySelector("[data-sg-static]")!.textContent!, /Los scripts están desactivados/);
  for (const h of ["Registro de limpieza", "Segmentos", "Acciones recomendadas", "Explorar clientes"]) {
    assert.ok(doc.body.textContent!.includes(h), h);
  }
  assert.match(
    doc.querySelector("#ledger")!.textContent!,
    /100 filas de entrada, 90 filas conservadas, 10 filas eliminadas/,
  );
});

Deno.test("renderReport() embeds the run record and dashboard rows as parseable JSON", () => {
  const input = reportInput("en");
  const doc = parse(renderReport(input));
  assert.deepEqual(JSON.parse(doc.getElementById("segmenta-run")!.textContent!), input.record);
  const data = JSON.parse(doc.getElementById("segmenta-dashboard-data")!.textContent!);
  assert.deepEqual(data.rows, input.assignments!.rows);
  assert.deepEqual(data.segments, ["Champions", "At Risk", "New"]);
  assert.deepEqual(data.valueIndices, [1, 2]);
});

Deno.test("renderReport() words come in en, es and id", () => {
  const words = { en: "Download CSV", es: "Descargar CSV", id: "Unduh CSV" } as const;
  for (const lang of ["en", "es", "id"] as const) {
    const doc = parse(renderReport(reportInput(lang, { charts: false })));
    assert.equal(doc.getElementById("sg-download")!.textContent, words[lang]);
    assert.equal(doc.documentElement.getAttribute("lang"), lang);
  }
});

Deno.test("renderReport() works with only lang and title, and a ledger without totals", () => {
  const html = renderReport({ lang: "en", title: "T", ledger: [] });
  assert.match(html, /Nothing was removed or changed/);
  assert.match(html, /<script type="application\/json" id="segmenta-run">null<\/script>/);
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /script-src 'none'/);
});

Deno.test("renderReport() says how large the embedded table is above 50,000 rows", () => {
  const rows = assignmentRows(50_001);
  const html = renderReport({
    lang: "en",
    title: "Big",
    assignments: { columns: ["customer", "income", "delay", "segment"], rows, segmentColumn: "segment" },
  });
  assert.match(html, /This file embeds all 50,001 rows \(\d+\.\d MB\)/);
  assert.equal(parse(html).querySelectorAll("#sg-table tbody tr").length, 25);
});

Deno.test("renderReport() rejects a missing segment column, an unknown value column and ragged rows", () => {
  const base = reportInput("en", { charts: false });
  const a = base.assignments!;
  assert.throws(
    () => renderReport({ ...base, assignments: { ...a, segmentColumn: "cluster" } }),
    /^RangeError: Cannot render the dashboard: segment column "cluster" is not among the columns "customer", "income"/,
  );
  assert.throws(
    () => renderReport({ ...base, assignments: { ...a, valueColumns: ["nope"] } }),
    /^RangeError: Cannot render the dashboard: value column "nope"/,
  );
  assert.throws(
    () => renderReport({ ...base, assignments: { ...a, rows: [["x"]] } }),
    /^TypeError: Cannot render the dashboard: row 1 has 1 cells but there are 4 columns/,
  );
});

const ALLOWED_TAGS = new Set(
  ("html head meta title style body main header h1 h2 h3 h4 p nav a section div ul ol li dl dt dd article span strong br " +
    "fieldset legend label input button select option figure figcaption svg g text rect table caption thead tbody tr th td " +
    "details summary pre footer script").split(" "),
);

Deno.test("renderReport() shows hostile strings literally and adds no element or handler (property, fixed seed)", () => {
  fc.assert(
    fc.property(fc.array(hostileString, { minLength: 33, maxLength: 33 }), (strings) => {
      const input = hostileInput(strings);
      const html = renderReport(input);
      const doc = parse(html);
      for (const el of doc.querySelectorAll("*")) {
        assert.ok(ALLOWED_TAGS.has(el.tagName.toLowerCase()), `unexpected element <${el.tagName}>`);
        for (const attr of el.getAttributeNames()) {
          assert.doesNotMatch(attr, /^on/i, `handler ${attr} on <${el.tagName}>`);
        }
      }
      assert.equal(doc.querySelectorAll("script").length, 3);
      assert.equal(doc.querySelectorAll("script:not([type])").length, 1);
      // The HTML parser turns CR and CRLF into LF and drops NUL from text: compare what it can keep.
      const kept = (s: string) => s.replace(/\r\n?/g, "\n").replace(/\0/g, "");
      assert.equal(doc.querySelector("title")!.textContent, kept(input.title));
      const text = doc.body.textContent!;
      for (const s of [input.verdict!.headline, input.warnings![0]!, input.segments![0]!.description]) {
        assert.ok(text.includes(kept(s)), `missing literal text ${JSON.stringify(s)}`);
      }
      assert.deepEqual(JSON.parse(doc.getElementById("segmenta-run")!.textContent!), input.record);
    }),
    { seed: 99, numRuns: 40 },
  );
});

/** Run the inlined dashboard script in jsdom (no CSP there) and return the live document. */
function runDashboard(html: string): Document {
  return new JSDOM(html, { runScripts: "dangerously" }).window.document as unknown as Document;
}

Deno.test("the dashboard script groups numeric segment labels and follows the filter (jsdom)", () => {
  const rows = [[1, 10, 0], [2, 20, 1], [3, 30, 1], [4, null, -1]];
  const doc = runDashboard(renderReport({
    lang: "en",
    title: "Numeric labels",
    assignments: { columns: ["id", "spend", "cluster"], rows, segmentColumn: "cluster" },
  }));
  assert.equal(doc.getElementById("sg-status")!.textContent, "Rows 1–4 of 4 (filtered from 4)");
  assert.match(doc.getElementById("sg-means-plot")!.textContent!, /0.*10.*1.*25.*-1.*–/s);
  const box = doc.querySelector<HTMLInputElement>('input[data-sg-segment="1"]')!;
  box.checked = false;
  box.dispatchEvent(new doc.defaultView!.Event("change"));
  assert.equal(doc.getElementById("sg-status")!.textContent, "Rows 1–2 of 2 (filtered from 4)");
  assert.deepEqual(
    [...doc.querySelectorAll("#sg-table tbody tr td:first-child")].map((td) => td.textContent),
    ["1", "4"],
  );
  doc.getElementById("sg-none")!.dispatchEvent(new doc.defaultView!.Event("click"));
  assert.equal(doc.querySelector("#sg-table tbody td")!.textContent, "No customer matches the filter");
  assert.equal(doc.getElementById("sg-status")!.textContent, "Rows 0–0 of 0 (filtered from 4)");
});

Deno.test("the dashboard handles an empty table (jsdom)", () => {
  const doc = runDashboard(renderReport({
    lang: "es",
    title: "Vacío",
    assignments: { columns: ["id", "segment"], rows: [], segmentColumn: "segment" },
  }));
  assert.equal(doc.getElementById("sg-page")!.textContent, "Página 1 de 1");
  assert.equal(doc.querySelector("#sg-table tbody td")!.textContent, "Ningún cliente coincide con el filtro");
});

Deno.test("renderReport() offers numeric columns for the means chart, leaving out an id-like first column", () => {
  const data = (rows: (string | number | null)[][]) => {
    const html = renderReport({
      lang: "en",
      title: "t",
      assignments: { columns: ["a", "b", "s"], rows, segmentColumn: "s" },
    });
    return JSON.parse(parse(html).getElementById("segmenta-dashboard-data")!.textContent!).valueIndices;
  };
  assert.deepEqual(data([[1, 5, "x"], [2, 6, "y"]]), [1], "unique numeric first column is an id");
  assert.deepEqual(data([[1, 5, "x"], [1, 6, "y"]]), [0, 1], "a repeated first column is a value");
  assert.deepEqual(data([[1, "q", "x"], [2, null, "y"]]), [], "text columns are not values");
});
