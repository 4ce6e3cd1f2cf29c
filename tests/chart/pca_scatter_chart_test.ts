import assert from "node:assert/strict";
import { pcaScatterChart } from "../../lib/chart/pca_scatter_chart.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

const profiles = [{ label: 0, name: "Loyal" }, { label: 1, name: "Lost" }];
const labels = Int32Array.from([0, 0, 1]);

Deno.test("pcaScatterChart() draws one point per customer with the variance on each axis", () => {
  const chart = pcaScatterChart({
    clustering: { labels },
    profiles,
    pca: {
      scores: matrixFromRows([[1, 0], [1.2, 0.1], [-2, 0.3]]),
      explainedVarianceRatio: Float64Array.from([0.814, 0.186]),
    },
  }, { lang: "es", width: 400 });
  assert.ok(chart !== null);
  assert.equal(chart.html.match(/<circle/g)?.length, 3);
  assert.match(chart.html, /CP1 \(81% de la varianza\)/);
  assert.match(chart.html, /CP2 \(19% de la varianza\)/);
  assert.match(chart.html, />Loyal</);
  assert.match(chart.html, />Lost</);
  assert.match(chart.html, /width="400"/);
});

Deno.test("pcaScatterChart() returns null for a single component", () => {
  const chart = pcaScatterChart({
    clustering: { labels },
    profiles,
    pca: { scores: matrixFromRows([[1], [1.2], [-2]]), explainedVarianceRatio: Float64Array.from([1]) },
  });
  assert.equal(chart, null);
});
