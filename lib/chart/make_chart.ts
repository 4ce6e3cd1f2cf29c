/**
 * The {@linkcode Chart} value every chart function returns.
 *
 * @module
 */
import type { Chart } from "../base/types.ts";

/** `Symbol.for("Jupyter.display")`: the method Deno's Jupyter kernel calls to display a value. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as typeof JUPYTER_DISPLAY;

/** A {@linkcode Chart} that also displays itself as the last expression of a Jupyter cell. */
export interface DisplayableChart extends Chart {
  /** Deno's Jupyter kernel calls this to display the value: the chart's markup as HTML. */
  [JUPYTER_DISPLAY](): { "text/html": string };
}

/**
 * Wrap chart markup as a {@linkcode Chart}: `{ title, html }` plus a `Symbol.for("Jupyter.display")`
 * method (the hook Deno's Jupyter kernel looks for) returning `{ "text/html": html }`, so a chart
 * shows inline when it is the last expression of a notebook cell. The report embeds the same `html`.
 * The method is not enumerable, so `JSON.stringify` and `assert.deepEqual` see `{ title, html }`.
 *
 * @param title The title, as plain text (the markup is expected to show it escaped).
 * @param html Self-contained markup: inline SVG and styles, no external resources.
 * @returns The chart.
 *
 * @example Display in a notebook
 * ```ts
 * import { makeChart } from "./make_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = makeChart("Sizes", "<figure>…</figure>");
 * const display = (chart as any)[Symbol.for("Jupyter.display")];
 * assert.deepEqual(display(), { "text/html": "<figure>…</figure>" });
 * assert.equal(JSON.stringify(chart), '{"title":"Sizes","html":"<figure>…</figure>"}');
 * ```
 */
export function makeChart(title: string, html: string): DisplayableChart {
  const chart = { title, html };
  Object.defineProperty(chart, JUPYTER_DISPLAY, {
    value: function display(): { "text/html": string } {
      return { "text/html": html };
    },
    enumerable: false,
  });
  return chart as DisplayableChart;
}
