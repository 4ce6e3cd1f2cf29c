/**
 * Every k-selection criterion in one stacked panel, each with the k it picks.
 *
 * @module
 */
import { tr } from "../i18n.ts";
import { L } from "./_labels.ts";
import { checkKs, kLinePlot } from "./_k_line.ts";
import { type BaseChartOptions, figure } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** The criteria {@linkcode kSelectionPanel} can show; each is optional. */
export type KPanelCriterion = "inertia" | "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap";

/** What {@linkcode kSelectionPanel} draws, e.g. from a k sweep. */
export interface KSelectionPanelInput {
  /** The k values, increasing. */
  readonly ks: readonly number[];
  /** Values per k of each criterion present (`NaN` where undefined). */
  readonly criteria: { readonly [C in KPanelCriterion]?: readonly number[] };
  /** The k each criterion picks (inertia: the knee); `null` for none. */
  readonly chosen?: { readonly [C in KPanelCriterion]?: number | null };
  /** The reconciled suggestion, shown in the subtitle. */
  readonly suggested?: number | null;
  /** Why, in words (shown under the plots). */
  readonly reason?: string;
}

const ORDER: readonly KPanelCriterion[] = [
  "inertia",
  "silhouette",
  "calinskiHarabasz",
  "daviesBouldin",
  "gap",
];
const COLORS: Readonly<Record<KPanelCriterion, string>> = {
  inertia: "#4269d0",
  silhouette: "#3ca951",
  calinskiHarabasz: "#a463f2",
  daviesBouldin: "#ff725c",
  gap: "#9c6b4e",
};

/**
 * The k-selection panel: one small plot per criterion (inertia with its knee, silhouette,
 * Calinski-Harabasz, Davies-Bouldin, gap statistic), stacked, sharing the k axis, each with the k it
 * picks marked. Criteria that disagree are visible at a glance.
 *
 * @param input ks, criterion values, chosen k per criterion, the suggestion and its reason.
 * @param options Width, height of each plot (default 150), language, title.
 * @returns The chart.
 * @throws {TypeError} If a criterion does not have one value per k.
 * @throws {RangeError} If no criterion is given.
 *
 * @example Two criteria
 * ```ts
 * import { kSelectionPanel } from "./k_selection_panel.ts";
 * import assert from "node:assert/strict";
 * const chart = kSelectionPanel({
 *   ks: [2, 3, 4],
 *   criteria: { silhouette: [0.5, 0.7, 0.4], daviesBouldin: [0.9, 0.5, 0.8] },
 *   chosen: { silhouette: 3, daviesBouldin: 3 },
 *   suggested: 3,
 * });
 * assert.equal(chart.html.match(/<svg/g)?.length, 2);
 * assert.match(chart.html, /Suggested k = 3/);
 * ```
 */
export function kSelectionPanel(
  input: KSelectionPanelInput,
  options: BaseChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 150, lang = "en" } = options;
  const present = ORDER.filter((c) => input.criteria[c] !== undefined);
  if (present.length === 0) {
    throw new RangeError(
      'Cannot draw the k-selection panel: no criterion was given; pass at least one in "criteria"',
    );
  }
  const labels: Readonly<Record<KPanelCriterion, string>> = {
    inertia: tr(L.inertiaShort, lang),
    silhouette: tr(L.silhouette, lang),
    calinskiHarabasz: tr(L.calinskiHarabasz, lang),
    daviesBouldin: tr(L.daviesBouldin, lang),
    gap: tr(L.gap, lang),
  };
  const plots = present.map((c) => {
    const values = input.criteria[c]!;
    checkKs("the k-selection panel", input.ks, values, c);
    const chosen = input.chosen?.[c] ?? null;
    const head = `<div style="font-size:.85em;font-weight:600;margin:.4em 0 0">${labels[c]}</div>`;
    return head + kLinePlot({
      ks: input.ks,
      values,
      xLabel: tr(L.k, lang),
      yLabel: "",
      chosen,
      chosenLabel: chosen === null ? undefined : tr(L.chosen, lang, { k: chosen }),
      width,
      height,
      color: COLORS[c],
    });
  });
  const title = options.title ?? tr(L.kPanelTitle, lang);
  const suggested = input.suggested ?? null;
  const subtitle = suggested === null ? undefined : tr(L.suggested, lang, { k: suggested });
  return makeChart(title, figure(title, subtitle, plots, input.reason ? [input.reason] : []));
}
