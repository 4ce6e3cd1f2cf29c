import assert from "node:assert/strict";
import { segmentMeanChart } from "../../lib/views/segment_mean_chart.ts";
import { profile } from "./_fixtures.ts";

const profiles = [
  profile(0, "Premium", { means: { income: 12500, age: 40 } }),
  profile(1, "", { means: { income: 8000, age: 30 } }),
  profile(2, "No income", { means: { age: 50 } }),
];

Deno.test("segmentMeanChart() draws each segment's mean in the profiles' order", () => {
  const chart = segmentMeanChart(profiles, { column: "income" });
  assert.equal(chart.title, "Mean income per segment");
  assert.equal(chart.html.match(/<rect/g)?.length, 2, "the profile without income is left out");
  assert.match(chart.html, />12,500</);
  assert.match(chart.html, />8,000</);
  assert.ok(chart.html.indexOf(">Premium<") >= 0);
  assert.ok(chart.html.indexOf(">1<") >= 0, "a segment without a name shows its label");
  assert.doesNotMatch(chart.html, /No income/);
});

Deno.test("segmentMeanChart() translates the title", () => {
  assert.equal(segmentMeanChart(profiles, { column: "age", lang: "es" }).title, "Media de age por segmento");
  assert.equal(segmentMeanChart(profiles, { column: "age", lang: "id" }).title, "Rata-rata age per segmen");
});

Deno.test("segmentMeanChart() names the missing column and the profiled ones", () => {
  assert.throws(
    () => segmentMeanChart(profiles, { column: "spend" }),
    /^RangeError: Cannot draw the mean per segment: no segment has a mean of "spend"; use one of the profiled columns "income", "age"$/,
  );
});
