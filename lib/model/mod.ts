/**
 * Saved models: build one from an analysis, read it back, score new customers with it.
 *
 * @module
 */
export * from "./segment_model.ts";
export * from "./build_model.ts";
export * from "./parse_model.ts";
export * from "./score_customers.ts";
export * from "./population_stability.ts";
export * from "./score_rfm_table.ts";
