/**
 * Customer value (issue 19): who is still a customer and what they are worth. Summaries of
 * transactions per customer, the BG/NBD model of purchases and dropout (Fader, Hardie & Lee
 * 2005), the Gamma-Gamma model of spend (Fader & Hardie 2013) and lifetime value, following
 * the Python package lifetimes.
 *
 * @module
 */
export * from "./types.ts";
export * from "./summary_from_transactions.ts";
export * from "./fit_bg_nbd.ts";
export * from "./p_alive.ts";
export * from "./expected_purchases.ts";
export * from "./expected_purchases_unconditional.ts";
export * from "./fit_gamma_gamma.ts";
export * from "./conditional_expected_average_profit.ts";
export * from "./customer_lifetime_value.ts";
export * from "./expected_cumulative_transactions.ts";
