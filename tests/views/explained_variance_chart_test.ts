import assert from "node:assert/strict";
import { explainedVarianceChart } from "../../lib/views/explained_variance_chart.ts";

const p = { explainedVarianceRatio: Float64Array.from([0.6, 0.3, 0.1]) };

Deno.test("explainedVarianceChart() draws one labelled bar per component", () => {
  const chart = explainedVarianceChart(p);
  assert.equal(chart.title, "Explained variance ratio per principal component");
  assert.equal(chart.html.match(/<rect/g)?.length, 3);
  for (const label of [">PC1<", ">PC2<", ">PC3<", ">0.6<", ">0.3<", ">0.1<"]) {
    assert.ok(chart.html.includes(label), label);
  }
  assert.match(chart.html, /share of variance/);
});

Deno.test("explainedVarianceChart() translates the title and component names", () => {
  const es = explainedVarianceChart(p, { lang: "es" });
  assert.equal(es.title, "Proporción de varianza explicada por componente principal");
  assert.match(es.html, />CP3</);
  const id = explainedVarianceChart(p, { lang: "id" });
  assert.equal(id.title, "Rasio varians yang dijelaskan per komponen utama");
  assert.match(id.html, />KU1</);
});

Deno.test("explainedVarianceChart() rejects a PCA with no component", () => {
  assert.throws(
    () => explainedVarianceChart({ explainedVarianceRatio: new Float64Array(0) }),
    /^RangeError: Cannot draw the explained variance: the PCA has no component/,
  );
});
