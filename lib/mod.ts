/**
 * segmenta: customer segmentation as a pipeline of pure functions.
 * load → clean → features → scale → cluster → choose k → validate → profile → chart → report.
 * Notebooks and the CLI import only from this barrel.
 *
 * @module
 */
export * from "./base/types.ts";
export * from "./base/errors.ts";
export * from "./base/matrix.ts";
export * from "./base/i18n.ts";
export * from "./load/mod.ts";
export * from "./clean/mod.ts";
export * from "./eda/mod.ts";
export * from "./cohorts/mod.ts";
export * from "./rfm/mod.ts";
export * from "./text/rfm.ts";
export * from "./scale/mod.ts";
export * from "./cluster/mod.ts";
export * from "./text/cluster.ts";
export * from "./choose_k/mod.ts";
export * from "./text/choose_k.ts";
export * from "./validate/mod.ts";
export * from "./text/validate.ts";
export * from "./profile/mod.ts";
export * from "./text/profile.ts";
export * from "./text/segment_summary.ts";
export * from "./chart/mod.ts";
export * from "./report/mod.ts";
export * from "./generate/mod.ts";
export * from "./run/mod.ts";
export * from "./model/mod.ts";
export * from "./sql/mod.ts";
export * from "./views/mod.ts";
export * from "./text/mod.ts";
export * from "./base/memory.ts";

// -- customer value in the RFM run (issue 19; branch clvint): to fold into the explicit exports
export {
  type CustomerValue,
  customerValue,
  type CustomerValueOptions,
  type HoldoutByFrequency,
} from "./run/customer_value.ts";
export { trackingChart, type TrackingChartInput, type TrackingChartOptions } from "./chart/tracking_chart.ts";
