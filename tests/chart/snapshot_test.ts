import { allCharts } from "./_fixtures.ts";
import { assertSnapshot, roundNumbers } from "./_snapshot.ts";
import assert from "node:assert/strict";

Deno.test("every chart matches its snapshot in tests/snapshots/", async () => {
  for (const [name, chart] of Object.entries(allCharts("en"))) {
    await assertSnapshot(`chart_${name}`, chart.html);
  }
});

Deno.test("every chart renders bit-identically twice, whatever was rendered in between", () => {
  const first = allCharts("es");
  const second = allCharts("es");
  for (const name of Object.keys(first)) assert.equal(first[name]!.html, second[name]!.html, name);
});

Deno.test("charts are self-contained: no external resource, no script, ids unique across charts", () => {
  const charts = Object.values(allCharts("id"));
  const ids = new Map<string, number>();
  for (const chart of charts) {
    assert.doesNotMatch(chart.html, /<script|https?:\/\/(?!www\.w3\.org)|@import|url\((?!#)/, chart.title);
    assert.match(chart.html, /^<figure class="segmenta-chart"/);
    for (const m of chart.html.matchAll(/\bid="([^"]+)"/g)) ids.set(m[1]!, (ids.get(m[1]!) ?? 0) + 1);
  }
  for (const [id, n] of ids) assert.equal(n, 1, `id ${id} appears ${n} times`);
});

Deno.test("roundNumbers() rounds decimals to 3 places and leaves integers", () => {
  assert.equal(roundNumbers('x="12.34567" y="3" d="M0.00049,1.9999"'), 'x="12.346" y="3" d="M0,2"');
});
