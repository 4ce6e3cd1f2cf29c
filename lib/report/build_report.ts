/**
 * Turn an analysis into the report's input, the segment-assignment table, and the HTML.
 *
 * @module
 */
import type { Chart, Lang, SegmentProfile } from "../base/types.ts";
import {
  barChart,
  cohortHeatmap,
  correlationHeatmap,
  distributionCharts,
  kDistanceChart,
  monthlyTrendChart,
  rfmGridHeatmap,
  segmentSizesChart,
  zScoreHeatmap,
} from "../chart/mod.ts";
import type { ReportInput, ReportSection, ReportTable } from "./render_report.ts";
import { stabilityReadingLabel } from "../text/validate.ts";
import { rfmProfilesText } from "../text/rfm.ts";
import { bridgeRows } from "../text/periods.ts";
import { segmentSummary } from "../text/segment_summary.ts";
import { rfGridCells } from "../rfm/rf_grid_cells.ts";
import { rfmSegmentProfiles } from "../rfm/rfm_segment_profiles.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { EXACT_SILHOUETTE_MAX_ROWS, fitSampleText } from "../run/segment_matrix.ts";
import { runRecord, VERSION } from "./run_record.ts";
import { assignmentsTable } from "./assignments_table.ts";
import { kSelectionChart } from "../chart/k_selection_chart.ts";
import { pcaScatterChart } from "../chart/pca_scatter_chart.ts";
import { silhouetteChart } from "../chart/silhouette_chart.ts";
import {
  columnLabel,
  currencySymbol,
  fill,
  log1pText,
  noteText,
  warningText,
  withUnit,
  words,
} from "../text/mod.ts";
import { valueSection } from "./_value_section.ts";
import { moneyLikeColumns, reportColumns } from "./_units.ts";
import type { ReportColumns } from "./render_report.ts";

/** Options for {@linkcode buildReport}. */
export interface BuildReportOptions {
  /** Report title. @default {"Customer segments: <file name>"} in the analysis' language */
  title?: string;
  /** How the kind (RFM or features) was decided, for the record. */
  kindReason?: string;
  /**
   * Most customers embedded in the report's dashboard; above it, a sample with every segment in
   * proportion (the segments CSV always has every customer). @default {50000}
   */
  maxDashboardRows?: number;
}

/** The report's fixed-decimal rule: `toFixed` with a decimal comma outside English, "–" when not finite. */
function fmt(lang: Lang, v: number, digits = 2): string {
  if (!Number.isFinite(v)) return "–";
  const s = v.toFixed(digits);
  return lang === "en" ? s : s.replace(".", ",");
}

/**
 * Build everything the report shows for an analysis: verdict, summary numbers, ledger, sections
 * with charts and tables, segment cards, the per-customer table and the run record.
 *
 * @param analysis From `analyzeRfm` or `analyzeFeatures`.
 * @param options See {@linkcode BuildReportOptions}.
 * @returns The input of `renderReport`.
 *
 * @example The report's parts, before rendering
 * ```ts
 * import { analyzeRfm, buildReport, mapRoles, readTable } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { kMax: 3, nBoot: 2, lang: "id" });
 * const input = buildReport(run);
 * assert.equal(input.lang, "id");
 * assert.equal(input.verdict?.headline, run.segmentation.verdict.headline);
 * assert.ok(input.sections?.some((s) => s.id === "choose-k"));
 * ```
 */
export function buildReport(
  analysis: RfmAnalysis | FeatureAnalysis,
  options: BuildReportOptions = {},
): ReportInput {
  const lang = analysis.options.lang;
  const w = words(lang).report.build;
  const { maxDashboardRows = 50_000 } = options;
  const s = analysis.segmentation;
  const file = analysis.loaded.file.split(/[\\/]/).pop() ?? analysis.loaded.file;
  // The sample is chosen from the segments alone, so that only its rows are ever made (a streamed
  // run can have millions of customers).
  const all = analysis.customers.height;
  const picked = all > maxDashboardRows ? dashboardRows(segmentKeys(analysis), maxDashboardRows) : null;
  const assignments = assignmentsTable(analysis, picked === null ? {} : { rows: picked });
  const shown = assignments.rows;
  const dashboardNote = shown.length < all
    ? [fill(w.dashboardSample, { shown: shown.length, all }, lang)]
    : [];
  const cards = analysis.kind === "features" && analysis.primary.by === "rules" && analysis.rules
    ? analysis.rules.profiles
    : s.profiles;
  const sections = analysis.kind === "rfm" ? rfmSections(analysis) : featureSections(analysis);
  return {
    lang,
    title: options.title ?? fill(w.title, { file }, lang),
    subtitle: fill(w.subtitle, {
      file,
      rows: analysis.loaded.rowsRead,
      customers: s.clustering.labels.length,
      k: s.k,
      seed: analysis.options.seed,
    }, lang),
    verdict: { level: s.verdict.level, headline: s.verdict.headline, details: s.verdict.details },
    warnings: [...analysis.warnings, ...dashboardNote],
    summary: summaryNumbers(analysis),
    ledger: {
      entries: analysis.ledger,
      rowsIn: analysis.loaded.rowsRead,
      rowsKept: analysis.cleaned.rowsOut,
    },
    sections,
    segments: cards,
    assignments: {
      columns: assignments.columns,
      rows: shown,
      // RFM: the grid's named segments first (what marketing uses), k-means' a switch away
      ...(analysis.kind === "rfm"
        ? { segmentColumn: "rfm_segment", otherSegmentColumns: [assignments.segmentColumn] }
        : {
          segmentColumn: assignments.segmentColumn,
          otherSegmentColumns: ["segment", "rule_segment"].filter((c) =>
            c !== assignments.segmentColumn && assignments.columns.includes(c)
          ),
        }),
      valueColumns: assignments.valueColumns,
      fileName: `${file.replace(/\.[^.]+$/, "")}-segments.csv`,
    },
    columns: reportColumns(analysis),
    record: runRecord(analysis, options.kindReason ? { kindReason: options.kindReason } : {}),
    generatedBy: `segmenta ${VERSION}`,
  };
}

/** The key numbers: rows read and kept, customers, snapshot date (RFM), k, Hopkins, SigClust p, ARI, silhouette. */
function summaryNumbers(analysis: RfmAnalysis | FeatureAnalysis): NonNullable<ReportInput["summary"]> {
  const lang = analysis.options.lang;
  const w = words(lang).report.build;
  const s = analysis.segmentation;
  return [
    { label: w.sumRows, value: analysis.loaded.rowsRead },
    { label: w.sumKept, value: analysis.cleaned.rowsOut },
    { label: w.sumCustomers, value: s.clustering.labels.length },
    ...(analysis.kind === "rfm"
      ? [{ label: w.sumSnapshot, value: analysis.rfm.snapshot.toISOString().slice(0, 10) }]
      : []),
    { label: w.sumK, value: s.k },
    { label: w.sumHopkins, value: fmt(lang, s.hopkins.statistic) },
    { label: words(lang).report.sigclust, value: fmt(lang, s.sigclust.pValue) },
    { label: w.sumAri, value: fmt(lang, s.stability.ari.mean) },
    { label: w.sumSil, value: fmt(lang, s.silhouette) },
  ];
}

/** A role's name in the reader's language ("id de cliente" for `customer`). */
function roleName(role: string, lang: Lang): string {
  const names: Readonly<Record<string, string>> = words(lang).report.roleNames;
  return Object.hasOwn(names, role) ? names[role]! : role;
}

/** A feature's header with its unit or currency, as the report's tables show it. */
function featureHeader(feature: string, columns: ReportColumns, lang: Lang): string {
  const unit = columns.money?.includes(feature)
    ? currencySymbol(columns.currency, lang)
    : columns.durations?.[feature] !== undefined
    ? words(lang).report.units[columns.durations[feature]!]
    : undefined;
  return withUnit(columnLabel(feature, lang), unit, lang);
}

/** Profiles whose features carry their display names (charts draw the keys as labels). */
function labelledProfiles(
  profiles: readonly SegmentProfile[],
  columns: ReportColumns,
  lang: Lang,
): SegmentProfile[] {
  const rename = <T>(o: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [featureHeader(k, columns, lang), v]));
  return profiles.map((p) => ({
    ...p,
    means: rename(p.means),
    medians: rename(p.medians),
    zScores: rename(p.zScores),
    distinctive: p.distinctive.map((d) => ({ ...d, feature: featureHeader(d.feature, columns, lang) })),
  }));
}

function dataSection(analysis: RfmAnalysis | FeatureAnalysis, lang: Lang): ReportSection {
  const w = words(lang).report.build;
  const tables: ReportTable[] = [];
  if (analysis.kind === "rfm") {
    tables.push({
      caption: w.roles,
      columns: [w.role, w.column],
      rows: Object.entries(analysis.cleaned.roles).map(([r, c]) => [roleName(r, lang), String(c)]),
    });
  }
  const paragraphs = analysis.loaded.notes.map((n) => noteText(n, lang));
  const cleanNotes = analysis.cleaned.notes.map((w) => warningText(w, lang));
  if (analysis.kind === "rfm") {
    paragraphs.push(...analysis.mapping.notes.map((n) => noteText(n, lang)), ...cleanNotes);
  } else paragraphs.push(analysis.featureChoice.reason, ...cleanNotes);
  return { id: "data", title: w.secData, paragraphs, tables };
}

function kSection(analysis: RfmAnalysis | FeatureAnalysis, lang: Lang): ReportSection {
  const w = words(lang).report.build;
  const s = analysis.segmentation, sw = s.sweep;
  const panel = kSelectionChart(s, { lang });
  return {
    id: "choose-k",
    title: w.secK,
    paragraphs: [s.kReason, ...(s.sample ? [fitSampleText(s.sample, lang)] : [])],
    charts: [panel],
    tables: [{
      caption: w.kTable,
      columns: ["k", w.inertia, w.silhouetteColumn, "Calinski-Harabasz", "Davies-Bouldin", "gap"],
      rows: sw.ks.map((
        k,
        i,
      ) => [k, sw.inertia[i]!, sw.silhouette[i]!, sw.calinskiHarabasz[i]!, sw.daviesBouldin[i]!, sw.gap[i]!]),
    }],
  };
}

function validationSection(analysis: RfmAnalysis | FeatureAnalysis, lang: Lang): ReportSection {
  const w = words(lang).report.build;
  const s = analysis.segmentation;
  const names = new Map(s.profiles.map((p) => [p.label, p.name]));
  const silh = new Map(s.silhouetteBySegment.map((p) => [p.label, p.mean]));
  const charts: Chart[] = [];
  const x = analysis.kind === "rfm" ? analysis.transform.scaled.matrix : analysis.transform.matrix;
  if (s.k >= 2 && x.rows <= EXACT_SILHOUETTE_MAX_ROWS) {
    charts.push(silhouetteChart(x, s, { lang }));
  }
  return {
    id: "validation",
    title: w.secValid,
    // The verdict's own bullets: Hopkins, SigClust, the gap statistic and stability, in words that
    // agree with the headline (`verdictDetails`).
    paragraphs: [...(s.sample ? [fitSampleText(s.sample, lang)] : []), ...s.verdict.details],
    charts,
    tables: [{
      caption: w.stabTable,
      columns: [w.segment, w.size, "Jaccard", w.reading, w.silhouette],
      rows: s.stability.perSegment.map((
        p,
      ) => [
        names.get(p.label) ?? String(p.label),
        p.size,
        p.jaccard,
        stabilityReadingLabel(p.reading, lang),
        silh.get(p.label) ?? null,
      ]),
    }],
  };
}

function segmentsSection(
  analysis: RfmAnalysis | FeatureAnalysis,
  lang: Lang,
  extraTables: ReportTable[],
): ReportSection {
  const s = analysis.segmentation;
  const columns = reportColumns(analysis);
  const charts: Chart[] = [
    segmentSizesChart(s.profiles, { lang }),
    zScoreHeatmap(labelledProfiles(s.profiles, columns, lang), { lang }),
  ];
  const scatter = pcaScatterChart(s, { lang });
  if (scatter) charts.push(scatter);
  return {
    // not "segments": the segment cards at the top of the page have that id
    id: "segment-profiles",
    title: words(lang).report.build.secSegments,
    charts,
    tables: [profileTable(s.profiles, lang, columns), summaryTable(s.profiles, lang), ...extraTables],
  };
}

/** Size, shares (of customers and of value), and the mean and median of every feature, per segment. */
function profileTable(
  profiles: readonly SegmentProfile[],
  lang: Lang,
  columns: ReportColumns = {},
): ReportTable {
  const w = words(lang).report.build;
  const features = [...new Set(profiles.flatMap((p) => Object.keys(p.means)))];
  const withValue = profiles.some((p) => p.valueShare !== undefined);
  return {
    caption: w.profileTable,
    columns: [
      w.segment,
      w.customers,
      w.share,
      ...(withValue ? [w.valueShare] : []),
      ...features.flatMap((f) => {
        const feature = featureHeader(f, columns, lang);
        return [fill(w.featureMean, { feature }, lang), fill(w.featureMedian, { feature }, lang)];
      }),
    ],
    formats: [
      undefined,
      undefined,
      "share",
      ...(withValue ? ["share" as const] : []),
      ...features.flatMap((f) =>
        columns.money?.includes(f) && columns.currency
          ? ["money" as const, "money" as const]
          : [undefined, undefined]
      ),
    ],
    rows: profiles.map((p) => [
      p.name,
      p.size,
      p.share,
      ...(withValue ? [p.valueShare ?? null] : []),
      ...features.flatMap((f) => [p.means[f] ?? null, p.medians[f] ?? null]),
    ]),
  };
}

function summaryTable(profiles: readonly SegmentProfile[], lang: Lang): ReportTable {
  const sum = segmentSummary(profiles, { lang });
  return { caption: words(lang).report.build.summaryTable, columns: sum.columns, rows: sum.rows };
}

function crosstabTable(
  caption: string,
  c: { rows: string[]; cols: string[]; counts: number[][] },
): ReportTable {
  return { caption, columns: ["", ...c.cols], rows: c.rows.map((r, i) => [r, ...c.counts[i]!]) };
}

function rfmSections(a: RfmAnalysis): ReportSection[] {
  const lang = a.options.lang;
  const sections: ReportSection[] = [
    dataSection(a, lang),
    rfmEdaSection(a),
    cohortsSection(a),
    rfmScoresSection(a),
  ];
  if (a.movement) sections.push(movementSection(a, a.movement));
  if (a.periods) sections.push(periodsSection(a, a.periods));
  sections.push(
    kSection(a, lang),
    validationSection(a, lang),
    segmentsSection(a, lang, [crosstabTable(words(lang).report.build.crosstab, a.crosstab)]),
  );
  const value = valueSection(a);
  if (value) sections.push(value);
  return sections;
}

/** Monthly trend, the R, F and M distributions, and the top countries. */
function rfmEdaSection(a: RfmAnalysis): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build;
  const col = (name: string) => a.customers.getColumn(name).toArray() as number[];
  return {
    id: "eda",
    title: w.secEda,
    charts: [
      monthlyTrendChart(a.eda.monthly, {
        lang,
        revenueLabel: withUnit(
          words(lang).chart.revenue,
          currencySymbol(reportColumns(a).currency, lang),
          lang,
        ),
      }),
      distributionCharts(
        { recency: col("recency"), frequency: col("frequency"), monetary: col("monetary") },
        {
          lang,
          skews: a.transform.log.skews,
          logColumns: moneyLikeColumns(a),
          labels: Object.fromEntries(
            ["recency", "frequency", "monetary"].map((f) => [f, featureHeader(f, reportColumns(a), lang)]),
          ),
        },
      ),
    ],
    tables: a.eda.countries.length
      ? [{
        caption: w.countries,
        columns: [
          words(lang).report.country,
          withUnit(words(lang).report.countryRevenue, currencySymbol(reportColumns(a).currency, lang), lang),
          words(lang).report.countryShare,
          w.customers,
        ],
        rows: a.eda.countries.map((c) => [c.country, c.revenue, c.revenueShare, c.customers]),
        formats: [undefined, undefined, "share", undefined],
      }]
      : [],
  };
}

function cohortsSection(a: RfmAnalysis): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build;
  return {
    id: "cohorts",
    title: w.secCohorts,
    paragraphs: [w.cohortsText],
    charts: [cohortHeatmap({ cohorts: a.cohorts.cohorts, retention: a.cohorts.retention }, { lang })],
  };
}

/** Score bins and thresholds, the RF grid, and the named RFM segments. */
function rfmScoresSection(a: RfmAnalysis): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build;
  const th = a.scores.thresholds;
  const rfmProfiles = rfmProfilesText(
    rfmSegmentProfiles(a.customers, { ruleSet: a.ruleSet }),
    a.ruleSet,
    lang,
  );
  return {
    id: "rfm",
    title: w.secRfm,
    paragraphs: [
      fill(w.bins, { ...a.scores.distinctBins, bins: a.scores.bins, tie: a.scores.tieRule }, lang),
      a.ruleCheck.summary,
    ],
    charts: [rfmGridHeatmap(rfGridCells(a.customers), { lang })],
    tables: [
      {
        caption: w.thresholds,
        columns: ["", ...th.recency.map((_, i) => `${i + 1}|${i + 2}`)],
        rows: [[w.recencyDays, ...th.recency], [w.frequency, ...th.frequency], [w.monetary, ...th.monetary]],
      },
      { ...profileTable(rfmProfiles, lang, reportColumns(a)), caption: w.rfmSegments },
      summaryTable(rfmProfiles, lang),
    ],
  };
}

/** The two periods compared: who is new, repeating or lapsed, and the revenue bridge. */
function periodsSection(a: RfmAnalysis, p: NonNullable<RfmAnalysis["periods"]>): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).rfm.periods;
  const c = p.customers;
  return {
    id: "periods",
    title: w.title,
    paragraphs: [...p.sentences],
    tables: [
      {
        caption: w.title,
        columns: [w.columns.status, w.columns.customers],
        rows: [
          [w.status.repeating, c.repeating],
          [w.status.new, c.new],
          [`  ${w.status.returned}`, c.returned],
          [w.status.lapsed, c.lapsed],
        ],
      },
      {
        caption: withUnit(w.columns.revenue, currencySymbol(reportColumns(a).currency, lang), lang),
        columns: ["", w.columns.revenue],
        rows: bridgeRows(p, lang).map((r) => [r.label, r.value]),
        formats: [undefined, "money"],
      },
    ],
  };
}

function movementSection(a: RfmAnalysis, movement: NonNullable<RfmAnalysis["movement"]>): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build;
  return {
    id: "movement",
    title: w.secMovement,
    paragraphs: [fill(w.movementText, { from: movement.from, to: movement.to }, lang)],
    tables: [{
      caption: w.secMovement,
      columns: [w.from, w.to, w.customers],
      rows: movement.transitions.filter((x) => x.from !== x.to).slice(0, 20).map((
        x,
      ) => [x.fromName, x.toName, x.customers]),
    }],
  };
}

function featureSections(a: FeatureAnalysis): ReportSection[] {
  const lang = a.options.lang;
  const sections: ReportSection[] = [
    dataSection(a, lang),
    featureEdaSection(a),
    {
      id: "transform",
      title: words(lang).report.build.secTransform,
      paragraphs: [
        log1pText(a.transform.log, lang),
        fill(words(lang).report.build.scaler, {
          scaler: (words(lang).report.scalers as Readonly<Record<string, string>>)[a.transform.scaler] ??
            a.transform.scaler,
        }, lang),
      ],
    },
    kSection(a, lang),
    validationSection(a, lang),
    segmentsSection(a, lang, []),
  ];
  if (a.dbscan) sections.push(dbscanSection(a, a.dbscan));
  if (a.rules) sections.push(rulesSection(a, a.rules));
  return sections;
}

/** The features' distributions and correlation, and the column profile. */
function featureEdaSection(a: FeatureAnalysis): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build, pc = w.profileColumns;
  const dist: Record<string, number[]> = {};
  for (const f of a.cleaned.features) dist[f] = a.cleaned.table.getColumn(f).toArray() as number[];
  return {
    id: "eda",
    title: w.secEda,
    charts: [
      distributionCharts(dist, {
        lang,
        skews: a.transform.log.skews,
        logColumns: moneyLikeColumns(a),
        labels: Object.fromEntries(
          a.cleaned.features.map((f) => [f, featureHeader(f, reportColumns(a), lang)]),
        ),
      }),
      correlationHeatmap({ columns: a.eda.correlation.columns, values: a.eda.correlation.values }, {
        lang,
      }),
    ],
    tables: [{
      caption: w.colProfile,
      columns: ["", pc.missing, pc.min, pc.q1, pc.median, pc.q3, pc.max, pc.mean, pc.skew, pc.outliers],
      rows: a.eda.columns.map((
        c,
      ) => [c.name, c.missing, c.min, c.q1, c.median, c.q3, c.max, c.mean, c.skew, c.outliers]),
    }],
  };
}

function dbscanSection(a: FeatureAnalysis, d: NonNullable<FeatureAnalysis["dbscan"]>): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build;
  return {
    id: "dbscan",
    title: w.secDbscan,
    paragraphs: [
      d.eps.reason,
      fill(w.dbscanText, {
        eps: fmt(lang, d.result.eps, 3),
        min: d.result.minSamples,
        k: d.result.k,
        noise: d.result.nNoise,
        share: fmt(lang, (100 * d.result.nNoise) / d.result.labels.length, 1),
        ari: fmt(lang, d.ariWithKmeans),
      }, lang),
    ],
    charts: [kDistanceChart(d.eps, { lang })],
    tables: [summaryTable(d.profiles, lang)],
  };
}

function rulesSection(a: FeatureAnalysis, r: NonNullable<FeatureAnalysis["rules"]>): ReportSection {
  const lang = a.options.lang;
  const w = words(lang).report.build;
  const firstFeature = a.cleaned.features[0]!;
  return {
    id: "rules",
    title: w.secRules,
    paragraphs: [
      fill(w.rulesText, { origin: r.origin, ari: fmt(lang, r.ariWithKmeans) }, lang),
      a.primary.reason,
      r.disagreement,
      ...(r.riskScoreNote ? [r.riskScoreNote] : []),
    ],
    charts: [
      segmentSizesChart(r.profiles, { lang }),
      barChart(r.profiles.map((p) => ({ label: p.name, value: p.means[firstFeature] ?? NaN })), {
        lang,
        title: fill(w.meanOf, { c: firstFeature }, lang),
        valueLabel: firstFeature,
      }),
    ],
    tables: [
      summaryTable(r.profiles, lang),
      crosstabTable(w.rulesCross, r.crosstab),
    ],
  };
}

/**
 * At most `max` rows, each segment keeping its share (largest remainders), taken at evenly spaced
 * positions within the segment: deterministic, and no segment is lost.
 */
function dashboardRows(keys: ArrayLike<unknown>, max: number): number[] {
  const rows = { length: keys.length };
  const bySegment = new Map<unknown, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const list = bySegment.get(key);
    if (list) list.push(i);
    else bySegment.set(key, [i]);
  }
  const groups = [...bySegment.values()];
  const quota = groups.map((g) => Math.max(1, Math.floor((g.length * max) / rows.length)));
  let left = max - quota.reduce((a, b) => a + b, 0);
  const order = groups.map((g, j) =>
    [(g.length * max) / rows.length - Math.floor((g.length * max) / rows.length), j] as const
  )
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, j] of order) {
    if (left <= 0) break;
    if (quota[j]! < groups[j]!.length) {
      quota[j]!++;
      left--;
    }
  }
  const keep: number[] = [];
  groups.forEach((g, j) => {
    const q = Math.min(quota[j]!, g.length);
    for (let t = 0; t < q; t++) keep.push(g[Math.floor((t * g.length) / q)]!);
  });
  return keep.sort((a, b) => a - b);
}

/**
 * Each customer's lead segment, in the customers' order: the k-means labels of an RFM run (one
 * name each), else the segment column of the assignments table.
 */
function segmentKeys(analysis: RfmAnalysis | FeatureAnalysis): ArrayLike<unknown> {
  if (analysis.kind === "rfm") {
    const names = analysis.segmentation.profiles.map((p) => p.name);
    if (new Set(names).size === names.length) return analysis.segmentation.clustering.labels;
    return analysis.customers.getColumn("cluster_segment").toArray();
  }
  const column = analysis.outputColumns[analysis.primary.by === "rules" ? "rule_segment" : "segment"];
  return analysis.customers.getColumn(column).toArray();
}
