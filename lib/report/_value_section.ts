// Private: the report's "Customer value" section and the run record's bgnbd / gammaGamma keys.
import type { Lang } from "../base/types.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { CustomerValue } from "../run/customer_value.ts";
import { trackingChart } from "../chart/tracking_chart.ts";
import { fill, formatMoney, warningText, words } from "../text/mod.ts";
import { reportColumns } from "./_units.ts";
import type { ReportSection, ReportTable } from "./render_report.ts";

/** Holdout totals this close (relative gap) read as "tracks well". */
const CLOSE_GAP = 0.1;
/** Customers listed as most worth saving. */
const TOP_SAVE = 10;
const UNIT_DAYS = { days: 1, weeks: 7, months: 365.25 / 12 } as const;
const DAY_MS = 86_400_000;

/** The "Customer value" section of an RFM report; `null` when the run skipped customer value. */
export function valueSection(a: RfmAnalysis): ReportSection | null {
  const v = a.value;
  if (v === null) return null;
  const lang = a.options.lang;
  const w = words(lang).clv;
  const s = v.summary;
  const unit = w.units[v.timeUnit];
  // amounts with the currency when one is known (written whole, as the prose writes money), else as numbers
  const currency = reportColumns(a).currency;
  const money = (x: number): number | string =>
    currency === undefined ? x : formatMoney(Math.round(x), lang, currency).replace(/[.,]00(?=\D*$)/, "");
  const paragraphs: string[] = [
    fill(w.intro, { start: s.start, end: s.calibrationEnd, customers: s.customers.length, unit }, lang) +
    (s.durationHoldout > 0 ? fill(w.introHoldout, { obs: s.observationEnd }, lang) : ""),
    ...v.warnings.map((x) => warningText(x, lang)),
  ];
  if (v.bgnbd === null) {
    return { id: "value", title: w.title, paragraphs: [...paragraphs, w.skipped] };
  }
  const m = v.bgnbd;
  paragraphs.push(
    fill(w.bgnbd, { rate: m.r / m.alpha, unitOne: w.unitOne[v.timeUnit], drop: m.a / (m.a + m.b) }, lang),
  );
  const gg = v.gammaGamma;
  if (gg !== null) {
    if (gg.q > 1) {
      paragraphs.push(
        fill(w.gammaGamma, { repeat: gg.customers, spend: money((gg.p * gg.gamma) / (gg.q - 1)) }, lang),
      );
    }
    const high = v.warnings.some((x) => x.code === "clv-frequency-value-correlated");
    paragraphs.push(fill(high ? w.correlationHigh : w.correlationOk, { r: gg.correlation }, lang));
  }
  if (v.clv !== null) paragraphs.push(clvText(v.clv, v, lang, money));
  paragraphs.push(holdoutText(v, lang));
  const tables: ReportTable[] = [paramsTable(v, lang)];
  if (v.holdout.length > 0) {
    tables.push({
      caption: w.holdoutCaption,
      columns: [w.calibrationPurchases, w.customers, w.actual, w.predicted],
      rows: v.holdout.map((g) => [
        g.orMore ? fill(w.orMore, { n: g.frequency }, lang) : String(g.frequency),
        g.customers,
        g.actual,
        g.predicted,
      ]),
    });
  }
  tables.push(segmentTable(a, v, lang));
  const save = saveTable(a, v, lang);
  if (save) {
    paragraphs.push(w.saveText);
    tables.push(save);
  }
  const charts = v.tracking
    ? [trackingChart(v.tracking, {
      lang,
      calibrationEnd: ((s.calibrationEnd.getTime() - s.start.getTime()) / DAY_MS + 1) / UNIT_DAYS[v.timeUnit],
    })]
    : [];
  return { id: "value", title: w.title, paragraphs, charts, tables };
}

/** Total and mean CLV, and the share the top tenth of customers hold. */
function clvText(
  clv: Float64Array,
  v: CustomerValue,
  lang: Lang,
  money: (x: number) => number | string,
): string {
  const sorted = Float64Array.from(clv).sort().reverse();
  const total = sorted.reduce((x, y) => x + y, 0);
  const top = sorted.slice(0, Math.max(1, Math.ceil(sorted.length / 10))).reduce((x, y) => x + y, 0);
  return fill(words(lang).clv.clv, {
    months: v.horizonMonths,
    rate: v.discountRate,
    total: money(total),
    mean: money(total / sorted.length),
    topShare: total > 0 ? top / total : 0,
  }, lang);
}

/** Expected against actual purchases over the holdout period, in words. */
function holdoutText(v: CustomerValue, lang: Lang): string {
  const w = words(lang).clv;
  if (v.holdout.length === 0) return w.noHoldout;
  let actual = 0, predicted = 0;
  for (const g of v.holdout) {
    actual += g.customers * g.actual;
    predicted += g.customers * g.predicted;
  }
  const gap = actual > 0 ? Math.abs(predicted - actual) / actual : Infinity;
  const template = gap <= CLOSE_GAP ? w.holdoutClose : predicted > actual ? w.holdoutOver : w.holdoutUnder;
  return fill(template, {
    duration: v.summary.durationHoldout,
    unit: w.units[v.timeUnit],
    predicted: Math.round(predicted),
    actual: Math.round(actual),
    gap: Number.isFinite(gap) ? gap : 1,
  }, lang);
}

function paramsTable(v: CustomerValue, lang: Lang): ReportTable {
  const w = words(lang).clv;
  const m = v.bgnbd!;
  const rows: (string | number | null)[][] = [
    ["BG/NBD r", m.r, m.standardErrors.r],
    ["BG/NBD alpha", m.alpha, m.standardErrors.alpha],
    ["BG/NBD a", m.a, m.standardErrors.a],
    ["BG/NBD b", m.b, m.standardErrors.b],
    [`BG/NBD ${w.logLik}`, m.logLikelihood, null],
  ];
  const gg = v.gammaGamma;
  if (gg) {
    rows.push(
      ["Gamma-Gamma p", gg.p, gg.standardErrors.p],
      ["Gamma-Gamma q", gg.q, gg.standardErrors.q],
      ["Gamma-Gamma gamma", gg.gamma, gg.standardErrors.gamma],
      [`Gamma-Gamma ${w.logLik}`, gg.logLikelihood, null],
    );
  }
  return { caption: w.paramsCaption, columns: [w.parameter, w.estimate, w.standardError], rows };
}

/** The value columns of the customers table, and each customer's lead segment. */
function valueColumns(a: RfmAnalysis, v: CustomerValue) {
  const c = a.customers;
  const h = v.horizonMonths;
  return {
    ids: c.getColumn("customer").toArray().map(String),
    segment: c.getColumn("cluster_segment").toArray() as string[],
    pAlive: c.getColumn("p_alive").toArray() as (number | null)[],
    expected: c.getColumn(`expected_purchases_${h}m`).toArray() as (number | null)[],
    clv: c.getColumn(`clv_${h}m`).toArray() as (number | null)[],
  };
}

function mean(xs: readonly (number | null)[]): number | null {
  const ok = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return ok.length ? ok.reduce((s, x) => s + x, 0) / ok.length : null;
}

/** Mean P(alive), expected purchases and CLV, and total CLV, per lead segment. */
function segmentTable(a: RfmAnalysis, v: CustomerValue, lang: Lang): ReportTable {
  const w = words(lang).clv;
  const col = valueColumns(a, v);
  const months = v.horizonMonths;
  const rows = a.segmentation.profiles.map((p) => {
    const at = col.segment.flatMap((name, i) => (name === p.name ? [i] : []));
    const clv = at.map((i) => col.clv[i]!);
    const known = clv.filter((x): x is number => x !== null);
    return [
      p.name,
      at.length,
      mean(at.map((i) => col.pAlive[i]!)),
      mean(at.map((i) => col.expected[i]!)),
      mean(clv),
      known.length ? known.reduce((s, x) => s + x, 0) : null,
    ];
  });
  return {
    caption: w.segmentCaption,
    columns: [
      w.segment,
      w.customers,
      w.meanPAlive,
      fill(w.meanExpected, { months }, lang),
      fill(w.meanClv, { months }, lang),
      fill(w.totalClv, { months }, lang),
    ],
    rows,
    formats: [undefined, undefined, undefined, undefined, "money", "money"],
  };
}

/** The repeat customers with the most value at risk, CLV × (1 − P(alive)); `null` without CLV. */
function saveTable(a: RfmAnalysis, v: CustomerValue, lang: Lang): ReportTable | null {
  if (v.clv === null) return null;
  const w = words(lang).clv;
  const col = valueColumns(a, v);
  const repeat = new Set(v.summary.customers.filter((_, i) => v.summary.frequency[i]! > 0));
  const ranked = col.ids.flatMap((id, i) => {
    const p = col.pAlive[i], clv = col.clv[i];
    if (!repeat.has(id) || p === null || clv === null || p === undefined || clv === undefined) return [];
    const risk = clv * (1 - p);
    return risk > 0 ? [{ i, risk }] : [];
  }).sort((x, y) => y.risk - x.risk || x.i - y.i).slice(0, TOP_SAVE);
  if (ranked.length === 0) return null;
  const months = v.horizonMonths;
  return {
    caption: fill(w.saveCaption, { n: ranked.length }, lang),
    columns: [w.customer, w.segment, w.pAlive, fill(w.clvColumn, { months }, lang), w.valueAtRisk],
    rows: ranked.map(({ i, risk }) => [col.ids[i]!, col.segment[i]!, col.pAlive[i]!, col.clv[i]!, risk]),
    formats: [undefined, undefined, undefined, "money", "money"],
  };
}

/** The run record's customer-value keys: `customerValue`, `bgnbd`, `gammaGamma` (none when skipped). */
export function valueRecord(a: RfmAnalysis): Record<string, unknown> {
  const v = a.value;
  if (v === null) return {};
  const s = v.summary;
  const m = v.bgnbd, gg = v.gammaGamma;
  return {
    customerValue: {
      timeUnit: v.timeUnit,
      start: s.start.toISOString().slice(0, 10),
      calibrationEnd: s.calibrationEnd.toISOString().slice(0, 10),
      observationEnd: s.observationEnd.toISOString().slice(0, 10),
      holdoutDuration: s.durationHoldout,
      customers: s.customers.length,
      horizonMonths: v.horizonMonths,
      discountRate: v.discountRate,
      warnings: v.warnings,
    },
    bgnbd: m === null ? null : {
      r: m.r,
      alpha: m.alpha,
      a: m.a,
      b: m.b,
      logLik: m.logLikelihood,
      standardErrors: m.standardErrors,
      customers: m.customers,
      converged: m.converged,
      iterations: m.iterations,
      restarts: m.restarts,
    },
    gammaGamma: gg === null ? null : {
      p: gg.p,
      q: gg.q,
      gamma: gg.gamma,
      logLik: gg.logLikelihood,
      standardErrors: gg.standardErrors,
      correlation: gg.correlation,
      customers: gg.customers,
      converged: gg.converged,
    },
  };
}
