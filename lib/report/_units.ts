// Private: which columns of an analysis hold money (and in which currency) and which hold durations
// (and in which unit), so that the report writes "gasto (€)", "Rp 12.000.000", "30 días".
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { type Concept, detectConcepts } from "../profile/detect_concepts.ts";
import type { ReportColumns } from "./render_report.ts";

/** Concepts whose columns hold amounts of money. */
const MONEY: ReadonlySet<Concept> = new Set<Concept>([
  "balance",
  "purchases",
  "cashAdvance",
  "creditLimit",
  "payments",
  "minPayments",
  "income",
  "price",
  "downPayment",
]);

/** Names of counts, frequencies and shares, which a money concept's name may contain (`CASH_ADVANCE_TRX`). */
const NOT_MONEY =
  /(^|[^a-z])(frequency|freq|trx|count|number|num|prc|pct|percent|rate|ratio|share|frecuencia|jumlah|frekuensi)([^a-z]|$)/i;

/** Whether a column of a money concept holds an amount (not a count or a share of one). */
function isMoney(column: string, concept: Concept | null | undefined): boolean {
  return concept !== null && concept !== undefined && MONEY.has(concept) && !NOT_MONEY.test(column);
}

/**
 * Duration concepts whose unit is known: recency is computed in days; tenure is counted in months
 * (the card file's `TENURE`); payment delay is in months, the risk rules' documented default
 * (`delayUnit`), as the vehicle-financing team reads it.
 */
const DURATIONS: Readonly<Partial<Record<Concept, "days" | "months">>> = {
  recency: "days",
  tenure: "months",
  delay: "months",
};

/**
 * Money and duration columns of an analysis, with the currency: the analyst's (`currency`
 * setting), else the one detected in the money column's cells. Money columns of a customer file
 * are those with a detected currency, and, once a currency is known, those whose name means money.
 */
export function reportColumns(analysis: RfmAnalysis | FeatureAnalysis): ReportColumns {
  const info = new Map(analysis.loaded.columns.map((c) => [c.name, c]));
  if (analysis.kind === "rfm") {
    const roles = analysis.cleaned.roles;
    const source = roles.amount ?? roles.price;
    const currency = analysis.options.currency ??
      (source !== undefined ? info.get(source)?.currency : undefined);
    const h = analysis.value?.horizonMonths;
    return {
      ...(currency !== undefined ? { currency } : {}),
      money: ["monetary", ...(h !== undefined ? [`clv_${h}m`] : [])],
      durations: { recency: "days" },
    };
  }
  const features = analysis.cleaned.features;
  const detected = features.map((f) => info.get(f)?.currency).find((c) => c !== undefined);
  const currency = analysis.options.currency ?? detected;
  const concepts = detectConcepts(features);
  const money = features.filter((f) =>
    info.get(f)?.currency !== undefined || (currency !== undefined && isMoney(f, concepts[f]))
  );
  const durations: Record<string, "days" | "months"> = {};
  for (const f of features) {
    const unit = concepts[f] ? DURATIONS[concepts[f]!] : undefined;
    if (unit) durations[f] = unit;
  }
  return { ...(currency !== undefined ? { currency } : {}), money, durations };
}

/**
 * Money columns whose histograms go on a log axis when skewed: RFM's monetary value; a customer
 * file's columns with a currency or whose name means money (whether or not a currency is known).
 */
export function moneyLikeColumns(analysis: RfmAnalysis | FeatureAnalysis): string[] {
  if (analysis.kind === "rfm") return ["monetary"];
  const info = new Map(analysis.loaded.columns.map((c) => [c.name, c]));
  const features = analysis.cleaned.features;
  const concepts = detectConcepts(features);
  return features.filter((f) => info.get(f)?.currency !== undefined || isMoney(f, concepts[f]));
}
