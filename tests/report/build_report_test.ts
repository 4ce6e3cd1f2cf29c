import assert from "node:assert/strict";
import {
  analyzeRfm,
  assignmentsTable,
  buildReport,
  mapRoles,
  readTable,
  renderReport,
} from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";

const loaded = await readTable(projectDataPath("retail_sample.csv"));
const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { kMax: 4, nBoot: 3, lang: "es" });

Deno.test("buildReport() embeds every customer in the dashboard up to maxDashboardRows", () => {
  const input = buildReport(run);
  assert.equal(input.assignments!.rows.length, assignmentsTable(run).rows.length);
  assert.ok(!(input.warnings ?? []).some((w) => /muestra \d+ de \d+ clientes/.test(w)));
});

Deno.test("buildReport() above maxDashboardRows embeds a sample with every segment in proportion, and says so", () => {
  const all = assignmentsTable(run);
  const seg = all.columns.indexOf(all.segmentColumn);
  const input = buildReport(run, { maxDashboardRows: 100 });
  const rows = input.assignments!.rows;
  assert.equal(rows.length, 100);
  const count = (rs: readonly (readonly unknown[])[]) => {
    const m = new Map<unknown, number>();
    for (const r of rs) m.set(r[seg], (m.get(r[seg]) ?? 0) + 1);
    return m;
  };
  const full = count(all.rows), sample = count(rows);
  for (const [name, n] of full) {
    const expected = (n * 100) / all.rows.length;
    assert.ok(Math.abs(sample.get(name)! - expected) <= 1, `${name}: ${sample.get(name)} vs ${expected}`);
  }
  assert.ok((input.warnings ?? []).some((w) => w.includes(`muestra 100 de ${all.rows.length} clientes`)));
  // Deterministic.
  assert.deepEqual(buildReport(run, { maxDashboardRows: 100 }).assignments!.rows, rows);
});

Deno.test("buildReport(): the country table has real headers and no share that reads as 0", () => {
  const eda = buildReport(run).sections!.find((s) => s.id === "eda")!;
  const countries = eda.tables!.find((t) => t.caption === "Principales países por ingresos")!;
  assert.deepEqual(countries.columns, ["País", "Ingresos", "Proporción de los ingresos", "Clientes"]);
  assert.equal(countries.formats?.[2], "share");
  const html = renderReport(buildReport(run));
  const table = html.slice(html.indexOf("Principales países por ingresos"));
  const shares = [
    ...table.slice(0, table.indexOf("</table>")).matchAll(
      /data-label="Proporción de los ingresos">([^<]*)</g,
    ),
  ].map((m) => m[1]!.replace("&lt;", "<"));
  assert.ok(shares.length >= 5);
  for (const s of shares) assert.doesNotMatch(s, /^0(,0)?\u00a0%$|^0$/, `share "${s}"`);
  assert.ok(shares.includes("<0,1 %"), shares.join(" | "));
});

Deno.test("buildReport(): money and durations carry their currency and unit; the RFM grid leads the dashboard", () => {
  const euros = analyzeRfm(loaded, mapRoles(loaded.table.columns), {
    kMax: 4,
    nBoot: 3,
    lang: "es",
    currency: "EUR",
  });
  const input = buildReport(euros);
  assert.deepEqual(input.columns?.currency, "EUR");
  assert.ok(input.columns?.money?.includes("monetary"));
  assert.equal(input.columns?.durations?.recency, "days");
  assert.equal(input.assignments!.segmentColumn, "rfm_segment");
  assert.deepEqual(input.assignments!.otherSegmentColumns, ["cluster_segment"]);
  const html = renderReport(input);
  assert.match(html, /<dt>gasto<\/dt><dd>[\d.]+,\d\d\u00a0€/);
  assert.match(html, /<dt>recencia<\/dt><dd>[\d.,]+ días/);
  assert.match(html, /<th class="num"><button type="button" disabled>gasto \(€\)<\/button><\/th>/);
  assert.match(html, /una compra vale [\d.]+\u00a0€ en promedio/);
  // the segment cards keep id "segments"; the section of profiles has its own
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(new Set(ids).size, ids.length, ids.join(" "));
});
