/**
 * The k-selection panel of a segmentation.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { KSweep } from "../choose_k/sweep_k.ts";
import type { KSuggestion } from "../choose_k/suggest_k.ts";
import { type DisplayableChart, kSelectionPanel } from "./mod.ts";

/** The parts of a `MatrixSegmentation` that {@linkcode kSelectionChart} reads (a whole one fits). */
export interface KSelectionChartInput {
  /** The k sweep with every criterion. */
  readonly sweep: Pick<
    KSweep,
    "ks" | "inertia" | "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap" | "knee" | "gapK"
  >;
  /** The sweep's suggestion; its votes mark the k each criterion picks. */
  readonly suggestion: Pick<KSuggestion, "votes">;
  /** The k actually used. */
  readonly k: number;
  /** Why this k, in words. */
  readonly kReason: string;
}

/** Options for {@linkcode kSelectionChart}. */
export interface KSelectionChartOptions {
  /** Language of the titles and labels. @default {"en"} */
  lang?: Lang;
}

/**
 * The k-selection panel (`kSelectionPanel`) of a segmentation: every criterion of the sweep on one
 * k axis, each with its own best k marked "best by <criterion>", and the k actually used
 * (`segmentation.k`) marked once and named in the subtitle, with why in the caption
 * (`segmentation.kReason`). That k may differ from the sweep's suggestion
 * when the analyst set k or the data shows no cluster structure.
 *
 * @param segmentation From `segmentMatrix` (`analysis.segmentation`).
 * @param options Language.
 * @returns The chart.
 * @throws {TypeError} If a criterion does not have one value per k (from `kSelectionPanel`).
 * @throws {RangeError} If no criterion has a finite value (from `kSelectionPanel`).
 *
 * @example The analyst's k, not the suggestion
 * ```ts
 * import { kSelectionChart } from "./k_selection_chart.ts";
 * import assert from "node:assert/strict";
 * const chart = kSelectionChart({
 *   sweep: { ks: [2, 3, 4], inertia: [9, 4, 3.5], silhouette: [0.5, 0.7, 0.4], calinskiHarabasz: [NaN, NaN, NaN], daviesBouldin: [NaN, NaN, NaN], gap: [NaN, NaN, NaN], knee: 3, gapK: null },
 *   suggestion: { votes: [{ criterion: "elbow", k: 3 }, { criterion: "silhouette", k: 3 }] },
 *   k: 4,
 *   kReason: "k = 4 set by the analyst (the sweep suggested 3)",
 * });
 * assert.equal(chart.html.match(/<svg/g)?.length, 2);
 * assert.match(chart.html, /Chosen k = 4/);
 * assert.equal(chart.html.match(/chosen k = 4/g)?.length, 1);
 * assert.equal(chart.html.match(/best by /g)?.length, 2);
 * assert.match(chart.html, /set by the analyst/);
 * ```
 */
export function kSelectionChart(
  segmentation: KSelectionChartInput,
  options: KSelectionChartOptions = {},
): DisplayableChart {
  const { lang = "en" } = options;
  const { sweep } = segmentation;
  return kSelectionPanel({
    ks: sweep.ks,
    inertia: sweep.inertia,
    silhouette: sweep.silhouette,
    calinskiHarabasz: sweep.calinskiHarabasz,
    daviesBouldin: sweep.daviesBouldin,
    gap: sweep.gap,
    knee: sweep.knee,
    gapK: sweep.gapK,
    votes: segmentation.suggestion.votes,
    chosen: segmentation.k,
    reason: segmentation.kReason,
  }, { lang });
}
