/**
 * RFM: recency, frequency and monetary value per customer, quintile scores, named segments
 * (rule sets kept as data and checked) and movement between segments over time.
 *
 * @module
 */
export * from "./compute_rfm.ts";
export * from "./score_rfm.ts";
export * from "./check_rule_set.ts";
export * from "./rf_grid_segments.ts";
export * from "./rfm_11_segments.ts";
export * from "./segment_rfm.ts";
export * from "./segment_movement.ts";
export * from "./rf_grid_cells.ts";
export * from "./rfm_segment_profiles.ts";
export * from "./split_positive_monetary.ts";
export * from "./compare_periods.ts";
export * from "./split_at_snapshot.ts";
