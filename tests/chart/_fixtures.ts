/** Small hand-made inputs for every chart, shared by the snapshot test and the gallery. */
import * as chart from "../../lib/chart/mod.ts";
import type { Chart, Lang } from "../../lib/base/types.ts";

export const SEGMENTS = [
  {
    label: 0,
    name: "Champions",
    size: 120,
    share: 0.3,
    means: { recency: 12, frequency: 9.5, monetary: 4210 },
    zScores: { recency: -0.9, frequency: 1.6, monetary: 1.9 },
  },
  {
    label: 1,
    name: "At Risk",
    size: 200,
    share: 0.5,
    means: { recency: 180, frequency: 3.2, monetary: 950 },
    zScores: { recency: 1.1, frequency: -0.2, monetary: -0.3 },
  },
  {
    label: 2,
    name: "New",
    size: 80,
    share: 0.2,
    means: { recency: 20, frequency: 1, monetary: 150 },
    zScores: { recency: -0.7, frequency: -0.9, monetary: -0.8 },
  },
];

/** A deterministic 2-D cloud of three groups (no randomness: a spiral of offsets). */
export function cloud(n: number): { x: number[]; y: number[]; labels: number[] } {
  const x: number[] = [], y: number[] = [], labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = i % 3;
    const a = i * 2.399963, r = Math.sqrt((i % 97) / 97);
    x.push([0, 4, 2][l]! + r * Math.cos(a));
    y.push([0, 0, 3][l]! + r * Math.sin(a));
    labels.push(i % 29 === 0 ? -1 : l);
  }
  return { x, y, labels };
}

export function allCharts(lang: Lang = "en"): Record<string, Chart> {
  const c = cloud(300);
  const ks = [1, 2, 3, 4, 5, 6, 7, 8];
  const months = ["2011-01", "2011-02", "2011-03", "2011-04", "2011-05", "2011-06"];
  const grid = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      grid.push({
        r,
        f,
        count: r * 10 + f,
        segment: r >= 4 && f >= 4 ? "Champions" : r <= 2 ? "Hibernating" : "Need Attention",
      });
    }
  }
  return {
    distribution: chart.distributionChart([1, 1, 2, 2, 3, 10, 4, 5, 2, 3, 30], { column: "monetary", lang }),
    distributions: chart.distributionCharts({ recency: [1, 5, 9, 30, 2, 8], frequency: [1, 1, 2, 7, 3, 1] }, {
      lang,
    }),
    monthly_trend: chart.monthlyTrendChart(
      months.map((month, i) => ({ month, revenue: 1000 + 250 * i - 40 * i * i, customers: 10 + 3 * i })),
      { lang },
    ),
    cohort_heatmap: chart.cohortHeatmap({
      cohorts: months.slice(0, 4),
      retention: [[1, 0.4, 0.3, 0.25], [1, 0.35, 0.28, null], [1, 0.5, null, null], [1, null, null, null]],
    }, { lang }),
    rfm_grid: chart.rfmGridHeatmap(grid, { lang }),
    elbow: chart.elbowChart({ ks, inertia: [1000, 520, 260, 210, 180, 160, 150, 142], knee: 3 }, { lang }),
    silhouette_by_k: chart.silhouetteByKChart({
      ks,
      silhouette: [NaN, 0.48, 0.61, 0.52, 0.44, 0.4, 0.38, 0.35],
      chosen: 3,
    }, { lang }),
    k_selection: chart.kSelectionPanel({
      ks: ks.slice(1),
      inertia: [520, 260, 210, 180, 160, 150, 142],
      silhouette: [0.48, 0.61, 0.52, 0.44, 0.4, 0.38, 0.35],
      calinskiHarabasz: [300, 420, 380, 350, 330, 310, 300],
      daviesBouldin: [0.9, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95],
      gap: [0.2, 0.45, 0.47, 0.48, 0.49, 0.5, 0.5],
      knee: 3,
      gapK: 4,
      chosen: 3,
      reason: "Four of five criteria pick k = 3.",
    }, { lang }),
    k_distance: chart.kDistanceChart({
      kDistances: c.x.map((v, i) => Math.abs(v - c.y[i]!) / 3 + (i % 50 === 0 ? 2 : 0)),
      minSamples: 4,
      eps: 0.9,
    }, { lang }),
    scatter: chart.scatterChart({
      ...c,
      names: { 0: "Champions", 1: "At Risk", 2: "New" },
      xLabel: "PC1",
      yLabel: "PC2",
    }, { lang, maxPoints: 200 }),
    silhouette_plot: chart.silhouettePlot({
      values: c.x.map((_, i) => ((i * 37) % 100) / 100 - 0.1),
      labels: c.labels,
      names: ["Champions", "At Risk", "New"],
    }, { lang }),
    z_scores: chart.zScoreHeatmap(SEGMENTS, { lang }),
    correlation: chart.correlationHeatmap({
      columns: ["recency", "frequency", "monetary"],
      values: [[1, -0.3, -0.25], [-0.3, 1, 0.72], [-0.25, 0.72, 1]],
    }, { lang }),
    segment_sizes: chart.segmentSizesChart(SEGMENTS, { lang }),
    segment_profiles: chart.segmentProfileChart(SEGMENTS, { lang }),
    bar: chart.barChart(SEGMENTS.map((s) => ({ label: s.name, value: s.means.monetary })), {
      valueLabel: "Mean monetary",
      lang,
    }),
  };
}
