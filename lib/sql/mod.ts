/**
 * A saved model as SQL: the RFM aggregation with the same cleaning rules, and the scoring.
 *
 * @module
 */
export * from "./dialect.ts";
export * from "./rfm_query.ts";
export * from "./score_query.ts";
export * from "./cancellation_refusal.ts";
