/** Chart axes and labels in the reader's language: Intl digits for the locale, never scientific notation, log axes for skewed money. */
import assert from "node:assert/strict";
import { barChart, distributionChart, distributionCharts } from "../../lib/chart/mod.ts";

/** The texts of an SVG's tick labels. */
function ticks(html: string): string[] {
  return [...html.matchAll(/aria-label="[xy]-axis tick label"[^>]*>(.*?)<\/g>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]!)
  );
}

Deno.test("distributionChart() writes ticks by Intl for the language, never in scientific notation", () => {
  const values = Array.from({ length: 200 }, (_, i) => 1e6 + i * 1e5); // 1,000,000 .. 20,900,000
  const es = ticks(distributionChart(values, { lang: "es", column: "precio" }).html);
  assert.ok(es.length > 2);
  for (const t of es) assert.doesNotMatch(t, /e[+-]?\d|,\d{3}/, t);
  assert.ok(es.some((t) => /\d+(\u00a0|&nbsp;)M$/.test(t)), es.join(" | ")); // "10 M"
  const id = ticks(distributionChart(values, { lang: "id", column: "harga" }).html);
  assert.ok(id.some((t) => /\d+(\u00a0|&nbsp;)jt$/.test(t)), id.join(" | ")); // "10 jt"
});

Deno.test("distributionCharts() puts a skewed money column on a log axis, and says so only then", () => {
  const money = Array.from({ length: 300 }, (_, i) => Math.round(10 * Math.exp(i / 30))); // 10 .. ~210,000
  const chart = distributionCharts({ gasto: money, visitas: money.map((_, i) => i % 7) }, {
    lang: "es",
    logColumns: ["gasto", "visitas"],
    labels: { gasto: "gasto (€)" },
  });
  assert.match(chart.html, /gasto \(€\) · asimetría [\d,]+ · escala logarítmica/);
  assert.doesNotMatch(chart.html, /visitas · asimetría [-\d,]+ · escala/);
  const xs = ticks(chart.html);
  for (const want of ["100", "1000", "10.000"]) assert.ok(xs.includes(want), `${want} in ${xs.join(" | ")}`);
});

Deno.test("barChart() labels its bars in the language", () => {
  const html = barChart([{ label: "A", value: 12345.678 }, { label: "B", value: 0.5 }], { lang: "es" }).html;
  assert.match(html, />12\.345,68</);
  assert.match(html, />0,5</);
});
