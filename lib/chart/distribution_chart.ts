/**
 * Histograms of numeric columns, with their skew.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { fill, numberLocale, words } from "../text/mod.ts";
import { escapeHtml } from "../base/escape_html.ts";
import { type BaseChartOptions, figure, renderPlot } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";
import type { Lang } from "../base/types.ts";

/** Options for {@linkcode distributionChart}. */
export interface DistributionChartOptions extends BaseChartOptions {
  /** The column's name, shown in the title and on the x axis. @default {"value"} */
  column?: string;
  /** Approximate number of bins (Plot picks nice thresholds). @default {30} */
  bins?: number;
  /** The skew to show, e.g. from the EDA profile; computed from the values when absent. */
  skew?: number;
}

/** Options for {@linkcode distributionCharts}. */
export interface DistributionChartsOptions extends BaseChartOptions {
  /** Approximate number of bins per histogram. @default {20} */
  bins?: number;
  /** Skew per column, e.g. from the EDA profile; computed where absent. */
  skews?: Readonly<Record<string, number>>;
  /**
   * Columns (money, counts) drawn on a log axis when their skew is above 1 and every value is
   * above 0, so a long right tail does not squeeze the bulk into one bar. @default {[]}
   */
  logColumns?: readonly string[];
  /** Axis label per column (a unit or currency added); the column name where absent. */
  labels?: Readonly<Record<string, string>>;
}

/** Adjusted Fisher-Pearson skewness (pandas' `Series.skew`); NaN below 3 values or with no spread. */
function sampleSkew(x: readonly number[]): number {
  const n = x.length;
  if (n < 3) return NaN;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let m2 = 0, m3 = 0;
  for (const v of x) {
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  if (m2 <= 1e-14 * (mean * mean || 1)) return 0;
  return (Math.sqrt(n * (n - 1)) / (n - 2)) * (m3 / Math.pow(m2, 1.5));
}

function finiteValues(values: ArrayLike<number>, column: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = Number(values[i]);
    if (Number.isFinite(v)) out.push(v);
  }
  if (out.length === 0) {
    throw new RangeError(
      `Cannot draw the distribution of "${column}": it has no finite values; check the column and drop empty columns first`,
    );
  }
  return out;
}

function formatSkew(skew: number, lang: Lang): string {
  if (!Number.isFinite(skew)) return "–";
  return new Intl.NumberFormat(numberLocale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(Math.round(skew * 100) / 100 || 0);
}

function skewWords(skew: number, lang: Lang): string {
  if (!Number.isFinite(skew)) return "";
  const w = words(lang).chart;
  return skew > 1 ? w.skewRight : skew < -1 ? w.skewLeft : w.skewNone;
}

/**
 * A log axis' ticks from `lo` to `hi` on `px` pixels, spaced for labels about 45 px wide: 1, 2 and 5
 * times each power of ten when a decade is wide, each power of ten, or every second or third one.
 */
function logTicks(lo: number, hi: number, px: number): number[] {
  const first = Math.floor(Math.log10(lo)), last = Math.ceil(Math.log10(hi));
  const perDecade = px / Math.max(Math.log10(hi / lo), 1e-9);
  const steps = perDecade >= 150 ? [1, 2, 5] : [1];
  const every = perDecade >= 45 ? 1 : Math.ceil(45 / perDecade);
  const out: number[] = [];
  for (let e = first; e <= last; e++) {
    if ((e - first) % every !== 0) continue;
    for (const m of steps) {
      const t = m * 10 ** e;
      if (t >= lo && t <= hi) out.push(t);
    }
  }
  return out;
}

/** Whether a histogram of these values goes on a log axis when asked: all values >= 0, some above. */
function canLog(values: readonly number[]): boolean {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo >= 0 && hi > lo && hi > 0;
}

function histogram(
  values: number[],
  label: string,
  bins: number,
  size: { width: number; height: number },
  lang: Lang,
  log = false,
): string {
  const { width, height } = size;
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // A log axis; with zeros (money nobody spent) a symlog one, linear near 0 and logarithmic above 1.
  const onLog = log && canLog(values);
  const symlog = onLog && lo <= 0;
  const from = symlog ? 0 : Math.log(lo), to = symlog ? Math.log1p(hi) : Math.log(hi);
  const thresholds = onLog
    ? Array.from({ length: bins + 1 }, (_, i) => {
      const t = from + ((to - from) * i) / bins;
      return symlog ? Math.expm1(t) : Math.exp(t);
    })
    : bins;
  const px = width - 70;
  const x = !onLog
    ? { label, ticks: width < 400 ? 4 : 8 }
    : symlog
    ? { type: "symlog" as const, label, ticks: [0, ...logTicks(1, Math.max(hi, 1), px * 0.9)] }
    : { type: "log" as const, label, ticks: logTicks(lo, hi, px) };
  return renderPlot({
    width,
    height,
    marginLeft: 50,
    marginRight: 20,
    x,
    y: { label: words(lang).chart.count, grid: true },
    marks: [
      Plot.rectY(
        values,
        Plot.binX({ y: "count" }, {
          x: (d: number) => d,
          thresholds,
          fill: "#4269d0",
          inset: 0.5,
        } as any),
      ),
      Plot.ruleY([0]),
    ],
  }, lang);
}

/**
 * Histogram of a numeric column, with its skew (adjusted Fisher-Pearson, as pandas' `skew`) in the
 * subtitle and in words ("long right tail" above 1). Non-finite values are left out and counted.
 *
 * @param values The column's values.
 * @param options Column name, bins, size, language, a precomputed skew.
 * @returns The chart.
 * @throws {RangeError} If there is no finite value.
 *
 * @example A right-skewed column
 * ```ts
 * import { distributionChart } from "./distribution_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = distributionChart([1, 1, 2, 2, 3, 10], { column: "monetary" });
 * assert.equal(chart.title, "Distribution of monetary");
 * assert.match(chart.html, /skew 2\.20 \(long right tail\)/);
 * assert.match(chart.html, /<svg/);
 * ```
 */
export function distributionChart(
  values: ArrayLike<number>,
  options: DistributionChartOptions = {},
): DisplayableChart {
  const { column = "value", bins = 30, width = 640, height = 260, lang = "en" } = options;
  const finite = finiteValues(values, column);
  const skew = options.skew ?? sampleSkew(finite);
  const title = options.title ?? fill(words(lang).chart.distribution, { column }, lang);
  const subtitle = fill(words(lang).chart.skewNote, {
    n: finite.length,
    skew: formatSkew(skew, lang),
    meaning: skewWords(skew, lang),
  }, lang);
  const dropped = values.length - finite.length;
  const notes = dropped > 0 ? [fill(words(lang).chart.nonFinite, { n: dropped }, lang)] : [];
  return makeChart(
    title,
    figure(title, subtitle, [histogram(finite, column, bins, { width, height }, lang)], notes),
  );
}

/**
 * Small multiples: one histogram per column, each titled with the column name and its skew.
 *
 * @param columns Values per column name, in the order to draw them.
 * @param options Bins, size of each histogram (default 300 x 180), language, precomputed skews.
 * @returns One chart holding every histogram.
 * @throws {RangeError} If a column has no finite value, or there are no columns.
 *
 * @example Two columns
 * ```ts
 * import { distributionCharts } from "./distribution_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = distributionCharts({ recency: [1, 5, 9, 30], frequency: [1, 1, 2, 7] }, { lang: "es" });
 * assert.equal(chart.title, "Distribuciones");
 * assert.equal(chart.html.match(/<svg/g)?.length, 2);
 * assert.match(chart.html, /recency · asimetría/);
 * ```
 */
export function distributionCharts(
  columns: Readonly<Record<string, ArrayLike<number>>>,
  options: DistributionChartsOptions = {},
): DisplayableChart {
  const { bins = 20, width = 300, height = 180, lang = "en", skews = {}, logColumns = [], labels = {} } =
    options;
  const names = Object.keys(columns);
  if (names.length === 0) {
    throw new RangeError(
      "Cannot draw distributions: no columns were given; pass at least one column of numbers",
    );
  }
  const plots = names.map((name) => {
    const finite = finiteValues(columns[name]!, name);
    const skew = skews[name] ?? sampleSkew(finite);
    const label = labels[name] ?? name;
    const log = logColumns.includes(name) && skew > 1 && canLog(finite);
    const skewText = fill(words(lang).chart.skew, { skew: formatSkew(skew, lang) }, lang);
    const head = `<div style="font-size:.85em;font-weight:600;margin:0 0 2px">${
      escapeHtml(`${label} · ${skewText}${log ? ` · ${words(lang).chart.logScale}` : ""}`)
    }</div>`;
    return head + histogram(finite, label, bins, { width, height }, lang, log);
  });
  const title = options.title ?? words(lang).chart.distributions;
  return makeChart(title, figure(title, undefined, plots, [], true));
}
