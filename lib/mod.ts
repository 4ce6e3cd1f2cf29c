/**
 * segmenta: customer segmentation as a pipeline of pure functions.
 * load → clean → features → scale → cluster → choose k → validate → profile → chart → report.
 * Notebooks and the CLI import only from this barrel.
 *
 * @module
 */
export * from "./types.ts";
export * from "./errors.ts";
export * from "./matrix.ts";
export * from "./i18n.ts";
export * from "./load/mod.ts";
export * from "./clean/mod.ts";
export * from "./eda/mod.ts";
export * from "./cohorts/mod.ts";
export * from "./rfm/mod.ts";
export * from "./scale/mod.ts";
export * from "./cluster/mod.ts";
export * from "./choose_k/mod.ts";
export * from "./validate/mod.ts";
export * from "./profile/mod.ts";
export * from "./chart/mod.ts";
export * from "./report/mod.ts";
export * from "./generate/mod.ts";
export * from "./pipeline/mod.ts";
