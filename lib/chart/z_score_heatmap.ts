/**
 * Heatmaps on a diverging scale: segment z-score profiles and feature correlations.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { numberLocale, words } from "../text/mod.ts";
import type { Lang, SegmentProfile } from "../base/types.ts";
import { type BaseChartOptions, figure, labelMargin, renderPlot, truncate } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** Options for {@linkcode zScoreHeatmap}. */
export interface ZScoreHeatmapOptions extends BaseChartOptions {
  /** Features to show, in order. @default {the keys of the first segment's zScores} */
  features?: readonly string[];
}

/** What {@linkcode correlationHeatmap} draws. */
export interface CorrelationHeatmapInput {
  /** Column names, in order. */
  readonly columns: readonly string[];
  /** Square matrix of correlations in [-1, 1], `values[i][j]` for columns i and j. */
  readonly values: readonly (readonly number[])[];
}

/** `toFixed` without a negative zero ("-0.00" becomes "0.00"). */
function fixed(v: number, digits: number): string {
  const p = 10 ** digits;
  return (Math.round(v * p) / p || 0).toFixed(digits);
}

interface Cell {
  readonly row: string;
  readonly col: string;
  readonly v: number;
}

function heat(
  cells: Cell[],
  rows: string[],
  cols: string[],
  max: number,
  legendText: string,
  o: Required<Pick<BaseChartOptions, "width" | "height">>,
  lang: Lang,
): string {
  const nf = (digits: number) =>
    new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const one = nf(1), two = nf(2);
  return renderPlot({
    width: o.width,
    height: o.height,
    marginLeft: labelMargin(rows, 60),
    marginBottom: Math.min(140, 30 + 3 * Math.max(0, ...cols.map((c) => truncate(c).length))),
    padding: 0.03,
    x: { domain: cols, label: null, tickRotate: -30, tickFormat: truncate },
    y: { domain: rows, label: null, tickFormat: truncate },
    color: { type: "linear", scheme: "rdbu", domain: [-max, max], reverse: true },
    marks: [
      Plot.cell(cells, {
        x: "col",
        y: "row",
        fill: "v",
        title: (d: Cell) => `${d.row} / ${d.col}: ${two.format(d.v)}`,
      }),
      Plot.text(cells, {
        x: "col",
        y: "row",
        text: (
          d: Cell,
        ) => (Number.isFinite(d.v)
          ? (max > 1.5 ? one : two).format(Number(fixed(d.v, max > 1.5 ? 1 : 2)))
          : ""),
        fill: (d: Cell) => (Math.abs(d.v) > 0.6 * max ? "white" : "black"),
        fontSize: 10,
      }),
    ],
  }, lang) + `<div style="font-size:.8em;color:#555">${legendText}</div>`;
}

/**
 * Segments x features heatmap of z-scores ((segment mean - overall mean) / overall std): red above
 * the average, blue below, white at it, on a scale symmetric around 0 (at least ±1); each cell shows its value.
 *
 * @param segments Segment profiles (only `name` and `zScores` are read).
 * @param options Features to show, size (default: 28 px per segment), language, title.
 * @returns The chart.
 * @throws {RangeError} If there is no segment.
 *
 * @example Two segments
 * ```ts
 * import { zScoreHeatmap } from "./z_score_heatmap.ts";
 * import assert from "node:assert/strict";
 * const chart = zScoreHeatmap([
 *   { name: "Big spenders", zScores: { monetary: 1.8, recency: -0.4 } },
 *   { name: "Dormant", zScores: { monetary: -0.6, recency: 1.2 } },
 * ]);
 * assert.match(chart.html, /Big spenders/);
 * assert.match(chart.html, />1\.8</);
 * ```
 */
export function zScoreHeatmap(
  segments: readonly Pick<SegmentProfile, "name" | "zScores">[],
  options: ZScoreHeatmapOptions = {},
): DisplayableChart {
  if (segments.length === 0) {
    throw new RangeError("Cannot draw the z-score heatmap: there is no segment; profile the segments first");
  }
  const features = [...(options.features ?? Object.keys(segments[0]!.zScores))];
  const {
    lang = "en",
    width = Math.max(420, labelMargin(segments.map((s) => s.name), 60) + 30 + 80 * features.length),
    height = 110 + 28 * segments.length,
  } = options;
  const cells: Cell[] = [];
  let max = 1;
  for (const s of segments) {
    for (const f of features) {
      const v = s.zScores[f] ?? NaN;
      if (Number.isFinite(v)) max = Math.max(max, Math.abs(v));
      cells.push({ row: s.name, col: f, v });
    }
  }
  const rows = [...new Set(segments.map((s) => s.name))];
  const title = options.title ?? words(lang).chart.zTitle;
  return makeChart(
    title,
    figure(title, words(lang).chart.zLegend, [heat(cells, rows, features, max, "", { width, height }, lang)]),
  );
}

/**
 * Correlation matrix heatmap on -1..1 (red positive, blue negative), each cell labelled with r.
 * pandas: `DataFrame.corr()` drawn as a heatmap.
 *
 * @param input Column names and the square correlation matrix.
 * @param options Size (default: 60 px per column), language, title.
 * @returns The chart.
 * @throws {TypeError} If the matrix is not square with one row per column.
 *
 * @example Two columns
 * ```ts
 * import { correlationHeatmap } from "./z_score_heatmap.ts";
 * import assert from "node:assert/strict";
 * const chart = correlationHeatmap({ columns: ["a", "b"], values: [[1, -0.5], [-0.5, 1]] });
 * assert.match(chart.html, />-0\.50</);
 * ```
 */
export function correlationHeatmap(
  input: CorrelationHeatmapInput,
  options: BaseChartOptions = {},
): DisplayableChart {
  const { columns, values } = input;
  const n = columns.length;
  if (values.length !== n || values.some((row) => row.length !== n)) {
    throw new TypeError(
      `Cannot draw the correlation heatmap: the matrix must be ${n} x ${n}, one row and column per name; pass a square matrix`,
    );
  }
  const {
    lang = "en",
    width = Math.max(360, labelMargin(columns, 60) + 30 + 60 * n),
    height = Math.max(240, 130 + 40 * n),
  } = options;
  const cells: Cell[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) cells.push({ row: columns[i]!, col: columns[j]!, v: values[i]![j]! });
  }
  const title = options.title ?? words(lang).chart.correlationTitle;
  return makeChart(
    title,
    figure(title, words(lang).chart.correlation, [
      heat(cells, [...columns], [...columns], 1, "", { width, height }, lang),
    ]),
  );
}
