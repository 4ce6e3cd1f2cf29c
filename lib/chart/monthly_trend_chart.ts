/**
 * Monthly revenue (bars) and active customers (line).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { words } from "../text/mod.ts";
import { type BaseChartOptions, figure, renderPlot } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** One month of {@linkcode monthlyTrendChart}, e.g. from the EDA's monthly summary. */
export interface MonthlyTrendPoint {
  /** The month as text that sorts in time order, e.g. `"2011-03"`. */
  readonly month: string;
  /** Revenue in the month. */
  readonly revenue: number;
  /** Distinct customers who bought in the month. */
  readonly customers: number;
}

/** Options for {@linkcode monthlyTrendChart}. */
export interface MonthlyTrendChartOptions extends BaseChartOptions {
  /** The revenue axis' label, e.g. with the currency ("Ingresos (€)"). @default {"Revenue" in the language} */
  revenueLabel?: string;
}

/**
 * Monthly trend: revenue as bars and active customers as a line, stacked on one shared month axis
 * (two plots rather than a dual axis, so neither scale misleads). Months are drawn in the order given.
 *
 * @param months One entry per month, in time order.
 * @param options Width, height of each plot (default 200), language, title, the revenue axis' label.
 * @returns The chart.
 * @throws {RangeError} If no month is given.
 *
 * @example Three months
 * ```ts
 * import { monthlyTrendChart } from "./monthly_trend_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = monthlyTrendChart([
 *   { month: "2011-01", revenue: 1000, customers: 10 },
 *   { month: "2011-02", revenue: 1500, customers: 12 },
 *   { month: "2011-03", revenue: 900, customers: 8 },
 * ], { lang: "es" });
 * assert.equal(chart.title, "Ingresos mensuales y clientes activos");
 * assert.equal(chart.html.match(/<svg/g)?.length, 2);
 * ```
 */
export function monthlyTrendChart(
  months: readonly MonthlyTrendPoint[],
  options: MonthlyTrendChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 200, lang = "en" } = options;
  if (months.length === 0) {
    throw new RangeError(
      "Cannot draw the monthly trend: no month was given; pass at least one month of data",
    );
  }
  const domain = months.map((m) => m.month);
  const step = Math.ceil(domain.length / 12);
  const ticks = domain.filter((_, i) => i % step === 0);
  const x = { domain, ticks, label: null, tickRotate: domain.length > 8 ? -30 : 0, padding: 0.15 } as const;
  const marginBottom = domain.length > 8 ? 45 : 30;
  const bars = renderPlot({
    width,
    height,
    marginLeft: 65,
    marginBottom,
    x: { ...x, type: "band" },
    y: { label: options.revenueLabel ?? words(lang).chart.revenue, grid: true },
    marks: [Plot.barY(months, { x: "month", y: "revenue", fill: "#4269d0" }), Plot.ruleY([0])],
  }, lang);
  const line = renderPlot({
    width,
    height,
    marginLeft: 65,
    marginBottom,
    x: { ...x, type: "point", padding: 0.575 },
    y: { label: words(lang).chart.activeCustomers, grid: true, zero: true },
    marks: [
      Plot.line(months, { x: "month", y: "customers", stroke: "#ff725c", strokeWidth: 2 }),
      Plot.dot(months, { x: "month", y: "customers", fill: "#ff725c", r: 3 }),
    ],
  }, lang);
  const title = options.title ?? words(lang).chart.monthlyTrend;
  return makeChart(title, figure(title, undefined, [bars, line]));
}
