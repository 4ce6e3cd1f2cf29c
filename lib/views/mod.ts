/**
 * Notebook views: results turned into small polars tables and charts for a notebook cell.
 *
 * @module
 */
export * from "./ledger_frame.ts";
export * from "./profiles_frame.ts";
export * from "./sweep_frame.ts";
export * from "./stability_frame.ts";
export * from "./crosstab_frame.ts";
export * from "./movement_frame.ts";
export * from "./thresholds_frame.ts";
export * from "./columns_frame.ts";
export * from "./table_frame.ts";
export * from "./value_counts_frame.ts";
export * from "./preview_frame.ts";
export * from "./feature_scatter_chart.ts";
export * from "./feature_distributions.ts";
export * from "./explained_variance_chart.ts";
export * from "./segment_mean_chart.ts";
export * from "./show.ts";
export * from "./readings.ts";
export * from "./input_path.ts";
export * from "./matrix_distributions.ts";
