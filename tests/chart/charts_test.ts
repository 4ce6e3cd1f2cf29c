// Behaviour of the individual chart functions: labels, languages, escaping, errors, sampling.
import * as chart from "../../lib/chart/mod.ts";
import assert from "node:assert/strict";

const HOSTILE = `<script>alert(1)</script>"><img src=x onerror=alert(1)>`;

Deno.test("distributionChart() shows the adjusted skew (pandas) in words and counts non-finite values", () => {
  // pandas: pd.Series([1, 1, 2, 2, 3, 10]).skew() == 2.1971...
  const c = chart.distributionChart([1, 1, 2, 2, 3, 10, NaN, Infinity], { column: "monetary" });
  assert.match(c.html, /n = 6; skew 2\.20 \(long right tail\)/);
  assert.match(c.html, /2 non-finite value\(s\) left out/);
  assert.match(chart.distributionChart([1, 2, 3], { skew: 0.1 }).html, /roughly symmetric/);
  assert.match(chart.distributionChart([1, 2, 3], { lang: "id" }).title, /^Distribusi value$/);
});

Deno.test("distributionChart() rejects a column with no finite value", () => {
  assert.throws(
    () => chart.distributionChart([NaN], { column: "x" }),
    /^RangeError: Cannot draw the distribution of "x": it has no finite values/,
  );
  assert.throws(() => chart.distributionCharts({}), /^RangeError: Cannot draw distributions: no columns/);
});

Deno.test("chart titles, subtitles and labels come in en, es and id", () => {
  const input = { ks: [1, 2, 3], inertia: [10, 4, 3], knee: 2 };
  assert.match(chart.elbowChart(input).html, /knee at k = 2/);
  assert.match(chart.elbowChart(input, { lang: "es" }).html, /codo en k = 2/);
  assert.match(chart.elbowChart(input, { lang: "id" }).html, /siku pada k = 2/);
  assert.match(chart.elbowChart({ ks: [1, 2], inertia: [2, 1] }).html, /no clear knee/);
  assert.equal(
    chart.segmentSizesChart([{ name: "A", size: 1, share: 1 }], { lang: "es" }).title,
    "Tamaño de los segmentos",
  );
  assert.equal(
    chart.cohortHeatmap({ cohorts: ["c"], retention: [[1]] }, { lang: "id" }).title,
    "Retensi kohort bulanan",
  );
});

Deno.test("user text in charts (segment names, columns) is escaped", () => {
  const charts = [
    chart.segmentSizesChart([{ name: HOSTILE, size: 3, share: 1 }]),
    chart.barChart([{ label: HOSTILE, value: 1 }], { title: HOSTILE }),
    chart.distributionCharts({ [HOSTILE]: [1, 2, 3] }),
    chart.distributionChart([1, 2, 3], { column: HOSTILE }),
    chart.zScoreHeatmap([{ name: HOSTILE, zScores: { [HOSTILE]: 1 } }]),
    chart.scatterChart({ x: [1], y: [1], labels: [0], names: [HOSTILE], xLabel: HOSTILE }),
    chart.rfmGridHeatmap([{ r: 1, f: 1, count: 1, segment: HOSTILE }]),
  ];
  for (const c of charts) {
    assert.doesNotMatch(c.html, /<script>|<img/, c.title);
    assert.match(c.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, c.title);
  }
});

Deno.test("scatterChart() samples deterministically above maxPoints, keeps segment shares, and says so", () => {
  const n = 6000;
  const labels = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : 1)); // shares 1/3, 2/3
  const x = Array.from({ length: n }, (_, i) => i);
  const c = chart.scatterChart({ x, y: x, labels, names: ["A", "B"] }, { maxPoints: 3000 });
  assert.equal(c.html.match(/<circle/g)?.length, 3000);
  assert.equal(c.html.match(/<circle[^>]*fill="#4269d0"/g)?.length, 1000);
  assert.match(c.html, /Showing 3,000 of 6,000 points/);
  assert.equal(c.html, chart.scatterChart({ x, y: x, labels, names: ["A", "B"] }, { maxPoints: 3000 }).html);
  assert.doesNotMatch(chart.scatterChart({ x: [1, 2], y: [1, 2], labels: [0, 1] }).html, /Showing/);
});

Deno.test("scatterChart() names outliers and rejects unequal lengths", () => {
  assert.match(
    chart.scatterChart({ x: [1, 2], y: [1, 2], labels: [-1, 0] }, { lang: "es" }).html,
    /Atípicos/,
  );
  assert.throws(
    () => chart.scatterChart({ x: [1, 2], y: [1], labels: [0, 0] }),
    /^TypeError: Cannot draw the scatter chart: "x" has 2 values but "y" has 1/,
  );
});

Deno.test("rfmGridHeatmap() labels cells with segment and count and rejects bad scores", () => {
  const c = chart.rfmGridHeatmap([{ r: 5, f: 1, count: 1234, segment: "New" }]);
  assert.match(c.html, /<tspan[^>]*>New<\/tspan><tspan[^>]*>1,234<\/tspan>/);
  assert.throws(
    () => chart.rfmGridHeatmap([{ r: 6, f: 1, count: 1, segment: "x" }]),
    /^RangeError: Cannot draw the RFM grid: score r = 6/,
  );
  assert.throws(
    () =>
      chart.rfmGridHeatmap([{ r: 1, f: 1, count: 1, segment: "x" }, { r: 1, f: 1, count: 2, segment: "y" }]),
    /appears twice/,
  );
});

Deno.test("kSelectionPanel() draws one plot per computed criterion with the k it picks", () => {
  const c = chart.kSelectionPanel({
    ks: [2, 3, 4],
    inertia: [9, 4, 3],
    gap: [0.1, 0.3, 0.35],
    silhouette: [0.2, 0.1, 0.3],
    calinskiHarabasz: [NaN, NaN, NaN], // not computed: left out
    knee: 3,
    gapK: 4,
    votes: [{ criterion: "silhouette", k: 2 }],
    chosen: 3,
  });
  assert.equal(c.html.match(/<svg/g)?.length, 3);
  assert.deepEqual([...c.html.matchAll(/chosen k = (\d)/g)].map((m) => m[1]), ["3"]);
  assert.equal(c.html.match(/best by /g)?.length, 3);
  assert.doesNotMatch(c.html, /Calinski/);
  const db = chart.kSelectionPanel({
    ks: [2, 3, 4],
    daviesBouldin: [0.9, 0.4, 0.6],
    votes: [{ criterion: "elbow", k: 9 }],
  });
  assert.match(db.html, /best by Davies-Bouldin/);
  assert.doesNotMatch(db.html, /chosen k/);
  assert.throws(
    () => chart.kSelectionPanel({ ks: [2, 3] }),
    /^RangeError: Cannot draw the k-selection panel: no criterion has a finite value/,
  );
  assert.throws(
    () => chart.kSelectionPanel({ ks: [2, 3], gap: [1] }),
    /^TypeError: Cannot draw the k-selection panel: "ks" has 2 values but "gap" has 1/,
  );
});

Deno.test("silhouetteByKChart() marks the best k unless told otherwise", () => {
  assert.match(chart.silhouetteByKChart({ ks: [1, 2, 3], silhouette: [NaN, 0.3, 0.5] }).html, /chosen k = 3/);
  assert.doesNotMatch(
    chart.silhouetteByKChart({ ks: [2, 3], silhouette: [0.3, 0.5], chosen: null }).html,
    /chosen k/,
  );
});

Deno.test("silhouettePlot() reports the mean silhouette of non-outliers", () => {
  const c = chart.silhouettePlot({ values: [0.2, 0.4, 0.9, 0.5], labels: [0, 1, -1, 1] });
  assert.match(c.html, /mean silhouette 0\.367/);
});

Deno.test("kDistanceChart() sorts the distances and marks eps", () => {
  const c = chart.kDistanceChart({ kDistances: [3, 1, 2], minSamples: 2, eps: 2 }, { lang: "es" });
  assert.match(c.html, /eps sugerido = 2/);
  assert.match(c.html, /Distancia al vecino 2/);
  assert.throws(
    () => chart.kDistanceChart({ kDistances: [NaN], minSamples: 2 }),
    /^RangeError: Cannot draw the k-distance curve/,
  );
});

Deno.test("heatmaps reject shapes that do not match", () => {
  assert.throws(
    () => chart.correlationHeatmap({ columns: ["a", "b"], values: [[1]] }),
    /^TypeError: Cannot draw the correlation heatmap: the matrix must be 2 x 2/,
  );
  assert.throws(
    () => chart.cohortHeatmap({ cohorts: ["a"], retention: [] }),
    /^TypeError: Cannot draw the cohort heatmap/,
  );
  assert.throws(() => chart.zScoreHeatmap([]), /^RangeError: Cannot draw the z-score heatmap/);
  assert.throws(() => chart.monthlyTrendChart([]), /^RangeError: Cannot draw the monthly trend/);
  assert.throws(() => chart.barChart([]), /^RangeError: Cannot draw the bar chart/);
  assert.throws(() => chart.segmentProfileChart([]), /^RangeError: Cannot draw segment profiles/);
});

Deno.test("long segment names get a wide enough margin and are shortened on axes", () => {
  const long = "Nasabah berisiko (pendapatan_bulanan rendah)";
  const c = chart.segmentSizesChart([{ name: long, size: 2, share: 0.5 }, {
    name: "x".repeat(60),
    size: 2,
    share: 0.5,
  }]);
  assert.ok(c.html.includes(`>${long}<`), "a 44-character name is shown whole");
  assert.ok(c.html.includes(`>${"x".repeat(47)}…<`), "a 60-character name is shortened to 48");
  const label = /<g aria-label="y-axis tick label"[^>]*><text y="0.3em" transform="translate\(([\d.]+)/;
  const margin = Number(c.html.match(label)?.[1]);
  assert.ok(margin >= 6 * 48, `margin ${margin}`);
});

Deno.test("heatmap cells never show a negative zero", () => {
  const c = chart.zScoreHeatmap([{ name: "A", zScores: { x: -0.001, y: 0.5 } }]);
  assert.match(c.html, />0\.00</);
  assert.doesNotMatch(c.html, />-0\.00</);
});
