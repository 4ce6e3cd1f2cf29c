/**
 * Charts: Observable Plot rendered to inline SVG through one shared jsdom document. Every chart
 * function takes plain data and an options object and returns a {@linkcode DisplayableChart}.
 *
 * @module
 */
export * from "./make_chart.ts";
export * from "./distribution_chart.ts";
export * from "./monthly_trend_chart.ts";
export * from "./cohort_heatmap.ts";
export * from "./rfm_grid_heatmap.ts";
export * from "./elbow_chart.ts";
export * from "./k_selection_panel.ts";
export * from "./k_distance_chart.ts";
export * from "./scatter_chart.ts";
export * from "./silhouette_plot.ts";
export * from "./z_score_heatmap.ts";
export * from "./segment_sizes_chart.ts";
export * from "./segment_profile_chart.ts";
export * from "./bar_chart.ts";
export type { BaseChartOptions } from "./_render.ts";
export type { ChartSegmentNames } from "./_segments.ts";
export * from "./segment_names.ts";
export * from "./pca_scatter_chart.ts";
export * from "./silhouette_chart.ts";
export * from "./k_selection_chart.ts";
export * from "./tracking_chart.ts";
