import assert from "node:assert/strict";
import { silhouetteChart } from "../../lib/chart/silhouette_chart.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

const segmentation = {
  clustering: { labels: Int32Array.from([0, 0, 1, 1]) },
  profiles: [{ label: 0, name: "Low" }, { label: 1, name: "High" }],
};

Deno.test("silhouetteChart() shows the mean silhouette worked out by hand", () => {
  // Point 0: a = 0.1, b = (5 + 5.1) / 2 = 5.05, s = 1 - 0.1 / 5.05 = 0.9802; point 0.1: s = 1 - 0.1 / 4.95
  // = 0.9798; the other two mirror them, so the mean is 0.98.
  const chart = silhouetteChart(matrixFromRows([[0], [0.1], [5], [5.1]]), segmentation);
  assert.match(chart.html, /0\.98/);
  assert.match(chart.html, /Low/);
  assert.match(chart.html, /High/);
});

Deno.test("silhouetteChart() speaks the language asked for", () => {
  const en = silhouetteChart(matrixFromRows([[0], [0.1], [5], [5.1]]), segmentation);
  const id = silhouetteChart(matrixFromRows([[0], [0.1], [5], [5.1]]), segmentation, { lang: "id" });
  assert.notEqual(en.title, id.title);
  assert.match(id.title, /pelanggan/);
});
