// Private: a criterion-by-k line with its chosen k marked and annotated.
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./_render.ts";
import type { Lang } from "../base/types.ts";

export interface KLineSpec {
  ks: readonly number[];
  values: readonly number[];
  yLabel: string;
  xLabel: string;
  chosen?: number | null | undefined;
  chosenLabel?: string | undefined;
  /** This criterion's own best k, marked in its colour with `bestLabel` (e.g. "best by silhouette"). */
  best?: number | null | undefined;
  bestLabel?: string | undefined;
  width: number;
  height: number;
  color?: string;
  /** Language of the tick labels. @default {"en"} */
  lang?: Lang | undefined;
}

export function kLinePlot(spec: KLineSpec): string {
  const {
    ks,
    values,
    yLabel,
    xLabel,
    chosen,
    chosenLabel,
    best,
    bestLabel,
    width,
    height,
    color = "#4269d0",
    lang = "en",
  } = spec;
  const data = ks.map((k, i) => ({ k, v: values[i]! })).filter((d) => Number.isFinite(d.v));
  const mark = data.filter((d) => d.k === chosen);
  const marks: Plot.Markish[] = [
    Plot.line(data, { x: "k", y: "v", stroke: color, strokeWidth: 2 }),
    Plot.dot(data, { x: "k", y: "v", fill: color, r: 3 }),
  ];
  const rightHalf = mark.length > 0 && ks.length > 1 && mark[0]!.k > (ks[0]! + ks[ks.length - 1]!) / 2;
  if (mark.length > 0) {
    marks.push(
      Plot.ruleX(mark, { x: "k", stroke: "#d62728", strokeDasharray: "4,3" }),
      Plot.dot(mark, { x: "k", y: "v", r: 7, stroke: "#d62728", strokeWidth: 2, fill: "none" }),
    );
    if (chosenLabel) {
      marks.push(Plot.text(mark, {
        x: "k",
        y: "v",
        text: () => chosenLabel,
        dx: rightHalf ? -10 : 10,
        dy: -12,
        textAnchor: rightHalf ? "end" : "start",
        fill: "#d62728",
        fontWeight: "bold",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
      }));
    }
  }
  const top = data.filter((d) => d.k === best);
  if (top.length > 0) {
    const right = ks.length > 1 && top[0]!.k > (ks[0]! + ks[ks.length - 1]!) / 2;
    marks.push(Plot.dot(top, { x: "k", y: "v", r: 6, stroke: color, strokeWidth: 2, fill: "none" }));
    if (bestLabel) {
      marks.push(Plot.text(top, {
        x: "k",
        y: "v",
        text: () => bestLabel,
        dx: right ? -10 : 10,
        // Below the point when the chosen k's label sits above the same point.
        dy: top[0]!.k === chosen && chosenLabel ? 14 : -12,
        textAnchor: right ? "end" : "start",
        fill: color,
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
      }));
    }
  }
  return renderPlot({
    width,
    height,
    marginLeft: 60,
    marginRight: 30,
    x: { label: xLabel, ticks: ks.length <= 20 ? [...ks] : 10, tickFormat: "d" },
    y: { label: yLabel === "" ? null : yLabel, grid: true, nice: true },
    marks,
  }, lang);
}

export function checkKs(
  action: string,
  ks: readonly number[],
  values: readonly number[],
  name: string,
): void {
  if (ks.length !== values.length) {
    throw new TypeError(
      `Cannot draw ${action}: "ks" has ${ks.length} values but "${name}" has ${values.length}; give one value per k`,
    );
  }
}

/** The k with the highest (`sign` 1) or lowest (`sign` -1) finite value; `null` if none is finite. */
export function bestK(ks: readonly number[], values: readonly number[], sign: 1 | -1): number | null {
  let best: number | null = null, bestValue = -Infinity;
  ks.forEach((k, i) => {
    const v = values[i]!;
    if (Number.isFinite(v) && sign * v > bestValue) {
      bestValue = sign * v;
      best = k;
    }
  });
  return best;
}
