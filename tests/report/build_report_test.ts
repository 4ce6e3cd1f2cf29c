import assert from "node:assert/strict";
import { analyzeRfm, assignmentsTable, buildReport, mapRoles, readTable } from "../../lib/mod.ts";
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
