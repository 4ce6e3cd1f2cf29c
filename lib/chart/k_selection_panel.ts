/**
 * Every k-selection criterion in one stacked panel, each with the k it picks.
 *
 * @module
 */
import { fill, words } from "../text/mod.ts";
import { bestK, checkKs, kLinePlot } from "./_k_line.ts";
import { type BaseChartOptions, figure } from "./_render.ts";
import { type DisplayableChart, makeChart } from "./make_chart.ts";

/** The criteria {@linkcode kSelectionPanel} can show. */
export type KPanelCriterion = "inertia" | "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap";

/**
 * What {@linkcode kSelectionPanel} draws. A `KSweep` from `sweepK` fits as is; add `suggested`,
 * `reason` and `votes` from `suggestK`.
 */
export interface KSelectionPanelInput {
  /** The k values, increasing. */
  readonly ks: readonly number[];
  /** Inertia per k. */
  readonly inertia?: readonly number[];
  /** Mean silhouette per k (`NaN` where undefined). Higher is better. */
  readonly silhouette?: readonly number[];
  /** Calinski-Harabasz index per k. Higher is better. */
  readonly calinskiHarabasz?: readonly number[];
  /** Davies-Bouldin index per k. Lower is better. */
  readonly daviesBouldin?: readonly number[];
  /** Gap statistic per k. */
  readonly gap?: readonly number[];
  /** The knee of the inertia curve (marked on the inertia plot). */
  readonly knee?: number | null;
  /** Tibshirani's gap choice (marked on the gap plot). */
  readonly gapK?: number | null;
  /** The k each criterion picks, overriding the defaults; criterion `"elbow"` means inertia. */
  readonly votes?: readonly { readonly criterion: string; readonly k: number }[];
  /** The reconciled suggestion, shown in the subtitle when no `chosen` k is given. */
  readonly suggested?: number | null;
  /** The k actually used: marked once (on the first plot) and named in the subtitle. */
  readonly chosen?: number | null;
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
 * Calinski-Harabasz, Davies-Bouldin, gap statistic), stacked on the same k axis, each with its own
 * best k marked "best by <criterion>" in its colour, so agreement and disagreement show at a
 * glance; the k actually used (`chosen`) is marked once, in red on the first plot, and named in
 * the subtitle. A criterion that is absent or all `NaN` (not computed) is left out. Best k per
 * criterion: `votes` where given, else the knee (inertia), `gapK` (gap), the highest silhouette
 * and Calinski-Harabasz, the lowest Davies-Bouldin.
 *
 * @param input ks, criterion values, knee, gapK, votes, the suggestion and its reason.
 * @param options Width, height of each plot (default 150), language, title.
 * @returns The chart.
 * @throws {TypeError} If a criterion does not have one value per k.
 * @throws {RangeError} If no criterion has a finite value.
 *
 * @example Two criteria that agree
 * ```ts
 * import { kSelectionPanel } from "./k_selection_panel.ts";
 * import assert from "node:assert/strict";
 * const chart = kSelectionPanel({
 *   ks: [2, 3, 4],
 *   silhouette: [0.5, 0.7, 0.4],
 *   daviesBouldin: [0.9, 0.5, 0.8],
 *   chosen: 3,
 * });
 * assert.equal(chart.html.match(/<svg/g)?.length, 2);
 * assert.equal(chart.html.match(/chosen k = 3/g)?.length, 1);
 * assert.match(chart.html, /best by silhouette/);
 * assert.match(chart.html, /best by Davies-Bouldin/);
 * assert.match(chart.html, /Chosen k = 3/);
 * ```
 */
export function kSelectionPanel(
  input: KSelectionPanelInput,
  options: BaseChartOptions = {},
): DisplayableChart {
  const { width = 640, height = 150, lang = "en" } = options;
  const present = ORDER.filter((c) => input[c] !== undefined && input[c]!.some(Number.isFinite));
  if (present.length === 0) {
    throw new RangeError(
      'Cannot draw the k-selection panel: no criterion has a finite value; pass at least one of "inertia", "silhouette", "calinskiHarabasz", "daviesBouldin", "gap"',
    );
  }
  const labels: Readonly<Record<KPanelCriterion, string>> = {
    inertia: words(lang).chart.inertiaShort,
    silhouette: words(lang).chart.silhouette,
    calinskiHarabasz: words(lang).chart.calinskiHarabasz,
    daviesBouldin: words(lang).chart.daviesBouldin,
    gap: words(lang).chart.gap,
  };
  const voted = new Map<string, number>();
  for (const v of input.votes ?? []) voted.set(v.criterion === "elbow" ? "inertia" : v.criterion, v.k);
  const chosenK = input.chosen ?? null;
  const plots = present.map((c, i) => {
    const values = input[c]!;
    checkKs("the k-selection panel", input.ks, values, c);
    const defaults: Record<KPanelCriterion, () => number | null> = {
      inertia: () => input.knee ?? null,
      gap: () => input.gapK ?? null,
      silhouette: () => bestK(input.ks, values, 1),
      calinskiHarabasz: () => bestK(input.ks, values, 1),
      daviesBouldin: () => bestK(input.ks, values, -1),
    };
    const best = voted.get(c) ?? defaults[c]();
    const chosen = i === 0 ? chosenK : null;
    const head = `<div style="font-size:.85em;font-weight:600;margin:.4em 0 0">${labels[c]}</div>`;
    return head + kLinePlot({
      ks: input.ks,
      values,
      xLabel: words(lang).chart.k,
      lang,
      yLabel: "",
      chosen,
      chosenLabel: chosen === null ? undefined : fill(words(lang).chart.chosen, { k: chosen }, lang),
      best,
      bestLabel: best === null
        ? undefined
        : fill(words(lang).chart.bestBy, { criterion: words(lang).chart.criterionShort[c] }, lang),
      width,
      height,
      color: COLORS[c],
    });
  });
  const title = options.title ?? words(lang).chart.kPanelTitle;
  const suggested = input.suggested ?? null;
  const subtitle = chosenK !== null
    ? fill(words(lang).chart.chosenK, { k: chosenK }, lang)
    : suggested === null
    ? undefined
    : fill(words(lang).chart.suggested, { k: suggested }, lang);
  return makeChart(title, figure(title, subtitle, plots, input.reason ? [input.reason] : []));
}
