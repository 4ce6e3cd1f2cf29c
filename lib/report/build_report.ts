/**
 * Turn an analysis into the report's input, the segment-assignment table, and the HTML.
 *
 * @module
 */
import type { Chart, Lang, SegmentProfile } from "../base/types.ts";
import { tr, type Translations } from "../base/i18n.ts";
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
import { hopkinsText, stabilityReadingLabel, stabilityText } from "../text/validate.ts";
import { rfmProfilesText } from "../text/rfm.ts";
import { segmentSummary } from "../profile/segment_summary.ts";
import { rfGridCells } from "../rfm/rf_grid_cells.ts";
import { rfmSegmentProfiles } from "../rfm/rfm_segment_profiles.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { EXACT_SILHOUETTE_MAX_ROWS } from "../run/segment_matrix.ts";
import { runRecord, VERSION } from "./run_record.ts";
import { assignmentsTable } from "./assignments_table.ts";
import { kSelectionChart } from "../chart/k_selection_chart.ts";
import { pcaScatterChart } from "../chart/pca_scatter_chart.ts";
import { silhouetteChart } from "../chart/silhouette_chart.ts";

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

type T3 = Translations;
const t = (en: string, es: string, id: string): T3 => ({ en, es, id });
const S = {
  title: t("Customer segments: {file}", "Segmentos de clientes: {file}", "Segmen pelanggan: {file}"),
  subtitle: t(
    "{file} · {rows} rows · {customers} customers · k = {k} · seed {seed}",
    "{file} · {rows} filas · {customers} clientes · k = {k} · semilla {seed}",
    "{file} · {rows} baris · {customers} pelanggan · k = {k} · seed {seed}",
  ),
  sumRows: t("Rows in the file", "Filas en el archivo", "Baris dalam berkas"),
  sumKept: t(
    "Rows kept after cleaning",
    "Filas conservadas tras la limpieza",
    "Baris dipertahankan setelah pembersihan",
  ),
  sumCustomers: t("Customers segmented", "Clientes segmentados", "Pelanggan yang disegmentasi"),
  sumK: t("Segments (k)", "Segmentos (k)", "Segmen (k)"),
  sumHopkins: t("Hopkins statistic", "Estadístico de Hopkins", "Statistik Hopkins"),
  sumAri: t("Stability (mean ARI)", "Estabilidad (ARI medio)", "Stabilitas (ARI rata-rata)"),
  sumSil: t("Mean silhouette", "Silueta media", "Rata-rata silhouette"),
  sumSnapshot: t("RFM snapshot date", "Fecha de corte RFM", "Tanggal acuan RFM"),
  secData: t("Data and how it was read", "Datos y cómo se leyeron", "Data dan cara membacanya"),
  roles: t("Column roles", "Roles de las columnas", "Peran kolom"),
  role: t("Role", "Rol", "Peran"),
  column: t("Column", "Columna", "Kolom"),
  secEda: t("Exploration", "Exploración", "Eksplorasi"),
  colProfile: t("Column profile", "Perfil de columnas", "Profil kolom"),
  countries: t(
    "Top countries by revenue",
    "Principales países por ingresos",
    "Negara teratas menurut pendapatan",
  ),
  secCohorts: t("Cohort retention", "Retención por cohortes", "Retensi kohort"),
  cohortsText: t(
    "Share of each first-purchase month's customers who bought again n months later.",
    "Proporción de clientes de cada mes de primera compra que volvieron a comprar n meses después.",
    "Porsi pelanggan tiap bulan pembelian pertama yang membeli lagi n bulan kemudian.",
  ),
  secRfm: t(
    "RFM scores and named segments",
    "Puntuaciones RFM y segmentos con nombre",
    "Skor RFM dan segmen bernama",
  ),
  thresholds: t("Score thresholds (1..5)", "Umbrales de puntuación (1..5)", "Ambang skor (1..5)"),
  rfmSegments: t("Named RFM segments", "Segmentos RFM con nombre", "Segmen RFM bernama"),
  bins: t(
    "Distinct score bins obtained: R {r}, F {f}, M {m} of {bins}. {tie}",
    "Intervalos de puntuación distintos obtenidos: R {r}, F {f}, M {m} de {bins}. {tie}",
    "Jumlah bin skor yang benar-benar terisi: R {r}, F {f}, M {m} dari {bins}. {tie}",
  ),
  secMovement: t("Segment movement", "Movimiento entre segmentos", "Perpindahan segmen"),
  movementText: t(
    "Customers by named segment at {from} and at {to}: where they moved.",
    "Clientes por segmento con nombre el {from} y el {to}: hacia dónde se movieron.",
    "Pelanggan per segmen bernama pada {from} dan {to}: ke mana mereka berpindah.",
  ),
  from: t("From", "Desde", "Dari"),
  to: t("To", "Hacia", "Ke"),
  customers: t("Customers", "Clientes", "Pelanggan"),
  secK: t("Choosing the number of segments", "Elección del número de segmentos", "Memilih jumlah segmen"),
  kTable: t("Criteria per k", "Criterios por k", "Kriteria per k"),
  secValid: t(
    "Validation: is the structure real?",
    "Validación: ¿la estructura es real?",
    "Validasi: apakah strukturnya nyata?",
  ),
  stabTable: t(
    "Stability per segment (bootstrap Jaccard)",
    "Estabilidad por segmento (Jaccard bootstrap)",
    "Stabilitas per segmen (Jaccard bootstrap)",
  ),
  segment: t("Segment", "Segmento", "Segmen"),
  size: t("Size", "Tamaño", "Ukuran"),
  reading: t("Reading", "Lectura", "Bacaan"),
  silhouette: t("Silhouette", "Silueta", "Silhouette"),
  secSegments: t("The segments", "Los segmentos", "Segmen-segmen"),
  crosstab: t(
    "k-means segments (rows) × named RFM segments (columns)",
    "Segmentos k-means (filas) × segmentos RFM con nombre (columnas)",
    "Segmen k-means (baris) × segmen RFM bernama (kolom)",
  ),
  secTransform: t("Transformations", "Transformaciones", "Transformasi"),
  scaler: t(
    "Then every feature was scaled ({scaler}) so that no unit dominates the distances.",
    "Después cada variable se escaló ({scaler}) para que ninguna unidad domine las distancias.",
    "Lalu setiap fitur diskalakan ({scaler}) agar tidak ada satuan yang mendominasi jarak.",
  ),
  secDbscan: t(
    "DBSCAN: density-based groups and outliers",
    "DBSCAN: grupos por densidad y atípicos",
    "DBSCAN: kelompok berbasis kepadatan dan pencilan",
  ),
  dbscanText: t(
    "DBSCAN with eps = {eps} and minSamples = {min} found {k} group(s) and {noise} outlier(s) ({share}% of customers). Agreement with k-means: adjusted Rand index {ari}.",
    "DBSCAN con eps = {eps} y minSamples = {min} encontró {k} grupo(s) y {noise} atípico(s) ({share}% de los clientes). Concordancia con k-means: índice de Rand ajustado {ari}.",
    "DBSCAN dengan eps = {eps} dan minSamples = {min} menemukan {k} kelompok dan {noise} pencilan ({share}% pelanggan). Kesesuaian dengan k-means: adjusted Rand index {ari}.",
  ),
  secRules: t("Business-rule segments", "Segmentos por reglas de negocio", "Segmen aturan bisnis"),
  rulesText: t(
    "Segments by explicit business rules ({origin}). Agreement with k-means: adjusted Rand index {ari}.",
    "Segmentos por reglas de negocio explícitas ({origin}). Concordancia con k-means: índice de Rand ajustado {ari}.",
    "Segmen berdasarkan aturan bisnis eksplisit ({origin}). Kesesuaian dengan k-means: adjusted Rand index {ari}.",
  ),
  rulesCross: t(
    "k-means segments (rows) × rule segments (columns)",
    "Segmentos k-means (filas) × segmentos por reglas (columnas)",
    "Segmen k-means (baris) × segmen aturan (kolom)",
  ),
  summaryTable: t("Segment summary", "Resumen de segmentos", "Ringkasan segmen"),
  dashboardSample: t(
    "The customer table below shows {shown} of {all} customers, every segment in proportion, to keep the report light; the segments CSV has all of them",
    "La tabla de clientes muestra {shown} de {all} clientes, cada segmento en proporción, para que el informe sea ligero; el CSV de segmentos los tiene todos",
    "Tabel pelanggan di bawah menampilkan {shown} dari {all} pelanggan, tiap segmen secara proporsional, agar laporan tetap ringan; CSV segmen memuat semuanya",
  ),
  profileTable: t(
    "Segment profiles: size, shares, mean and median of every feature",
    "Perfiles de los segmentos: tamaño, proporciones, media y mediana de cada variable",
    "Profil segmen: ukuran, porsi, rata-rata dan median setiap fitur",
  ),
  share: t("Share of customers", "Proporción de clientes", "Porsi pelanggan"),
  valueShare: t("Share of value", "Proporción del valor", "Porsi nilai"),
  mean: t("mean", "media", "rata-rata"),
  median: t("median", "mediana", "median"),
  meanOf: t("Mean {c} per segment", "{c} medio por segmento", "Rata-rata {c} per segmen"),
} as const;

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
  const { maxDashboardRows = 50_000 } = options;
  const s = analysis.segmentation;
  const file = analysis.loaded.file.split(/[\\/]/).pop() ?? analysis.loaded.file;
  const assignments = assignmentsTable(analysis);
  const shown = dashboardRows(
    assignments.rows,
    assignments.columns.indexOf(assignments.segmentColumn),
    maxDashboardRows,
  );
  const dashboardNote = shown.length < assignments.rows.length
    ? [tr(S.dashboardSample, lang, { shown: shown.length, all: assignments.rows.length })]
    : [];
  const cards = analysis.kind === "features" && analysis.primary.by === "rules" && analysis.rules
    ? analysis.rules.profiles
    : s.profiles;
  const summary = [
    { label: tr(S.sumRows, lang), value: analysis.loaded.rowsRead },
    { label: tr(S.sumKept, lang), value: analysis.cleaned.rowsOut },
    { label: tr(S.sumCustomers, lang), value: s.clustering.labels.length },
    ...(analysis.kind === "rfm"
      ? [{ label: tr(S.sumSnapshot, lang), value: analysis.rfm.snapshot.toISOString().slice(0, 10) }]
      : []),
    { label: tr(S.sumK, lang), value: s.k },
    { label: tr(S.sumHopkins, lang), value: fmt(lang, s.hopkins.statistic) },
    { label: tr(S.sumAri, lang), value: fmt(lang, s.stability.ari.mean) },
    { label: tr(S.sumSil, lang), value: fmt(lang, s.silhouette) },
  ];
  const sections = analysis.kind === "rfm" ? rfmSections(analysis) : featureSections(analysis);
  return {
    lang,
    title: options.title ?? tr(S.title, lang, { file }),
    subtitle: tr(S.subtitle, lang, {
      file,
      rows: analysis.loaded.rowsRead,
      customers: s.clustering.labels.length,
      k: s.k,
      seed: analysis.options.seed,
    }),
    verdict: { level: s.verdict.level, headline: s.verdict.headline, details: s.verdict.details },
    warnings: [...analysis.warnings, ...dashboardNote],
    summary,
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
      segmentColumn: assignments.segmentColumn,
      valueColumns: assignments.valueColumns,
      fileName: `${file.replace(/\.[^.]+$/, "")}-segments.csv`,
    },
    record: runRecord(analysis, options.kindReason ? { kindReason: options.kindReason } : {}),
    generatedBy: `segmenta ${VERSION}`,
  };
}

function dataSection(analysis: RfmAnalysis | FeatureAnalysis, lang: Lang): ReportSection {
  const tables: ReportTable[] = [];
  if (analysis.kind === "rfm") {
    tables.push({
      caption: tr(S.roles, lang),
      columns: [tr(S.role, lang), tr(S.column, lang)],
      rows: Object.entries(analysis.cleaned.roles).map(([r, c]) => [r, String(c)]),
    });
  }
  const paragraphs = [...analysis.loaded.notes];
  if (analysis.kind === "rfm") paragraphs.push(...analysis.mapping.notes, ...analysis.cleaned.notes);
  else paragraphs.push(analysis.featureChoice.reason, ...analysis.cleaned.notes);
  return { id: "data", title: tr(S.secData, lang), paragraphs, tables };
}

function kSection(analysis: RfmAnalysis | FeatureAnalysis, lang: Lang): ReportSection {
  const s = analysis.segmentation, w = s.sweep;
  const panel = kSelectionChart(s, { lang });
  return {
    id: "choose-k",
    title: tr(S.secK, lang),
    paragraphs: [s.kReason],
    charts: [panel],
    tables: [{
      caption: tr(S.kTable, lang),
      columns: ["k", "inertia", "silhouette", "Calinski-Harabasz", "Davies-Bouldin", "gap"],
      rows: w.ks.map((
        k,
        i,
      ) => [k, w.inertia[i]!, w.silhouette[i]!, w.calinskiHarabasz[i]!, w.daviesBouldin[i]!, w.gap[i]!]),
    }],
  };
}

function validationSection(analysis: RfmAnalysis | FeatureAnalysis, lang: Lang): ReportSection {
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
    title: tr(S.secValid, lang),
    paragraphs: [hopkinsText(s.hopkins, lang), stabilityText(s.stability, lang)],
    charts,
    tables: [{
      caption: tr(S.stabTable, lang),
      columns: [
        tr(S.segment, lang),
        tr(S.size, lang),
        "Jaccard",
        tr(S.reading, lang),
        tr(S.silhouette, lang),
      ],
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
  const charts: Chart[] = [segmentSizesChart(s.profiles, { lang }), zScoreHeatmap(s.profiles, { lang })];
  const scatter = pcaScatterChart(s, { lang });
  if (scatter) charts.push(scatter);
  return {
    id: "segments",
    title: tr(S.secSegments, lang),
    charts,
    tables: [profileTable(s.profiles, lang), summaryTable(s.profiles, lang), ...extraTables],
  };
}

/** Size, shares (of customers and of value), and the mean and median of every feature, per segment. */
function profileTable(profiles: readonly SegmentProfile[], lang: Lang): ReportTable {
  const features = [...new Set(profiles.flatMap((p) => Object.keys(p.means)))];
  const withValue = profiles.some((p) => p.valueShare !== undefined);
  return {
    caption: tr(S.profileTable, lang),
    columns: [
      tr(S.segment, lang),
      tr(S.customers, lang),
      tr(S.share, lang),
      ...(withValue ? [tr(S.valueShare, lang)] : []),
      ...features.flatMap((f) => [`${f} (${tr(S.mean, lang)})`, `${f} (${tr(S.median, lang)})`]),
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
  return { caption: tr(S.summaryTable, lang), columns: sum.columns, rows: sum.rows };
}

function crosstabTable(
  caption: string,
  c: { rows: string[]; cols: string[]; counts: number[][] },
): ReportTable {
  return { caption, columns: ["", ...c.cols], rows: c.rows.map((r, i) => [r, ...c.counts[i]!]) };
}

function rfmSections(a: RfmAnalysis): ReportSection[] {
  const lang = a.options.lang;
  const customers = a.customers;
  const col = (name: string) => customers.getColumn(name).toArray() as number[];
  const th = a.scores.thresholds;
  const rfmProfiles = rfmProfilesText(rfmSegmentProfiles(customers, { ruleSet: a.ruleSet }), a.ruleSet, lang);
  const sections: ReportSection[] = [
    dataSection(a, lang),
    {
      id: "eda",
      title: tr(S.secEda, lang),
      charts: [
        monthlyTrendChart(a.eda.monthly, { lang }),
        distributionCharts(
          { recency: col("recency"), frequency: col("frequency"), monetary: col("monetary") },
          { lang, skews: a.transform.log.skews },
        ),
      ],
      tables: a.eda.countries.length
        ? [{
          caption: tr(S.countries, lang),
          columns: [tr(S.column, lang), "revenue", "share", tr(S.customers, lang)],
          rows: a.eda.countries.map((c) => [c.country, c.revenue, c.revenueShare, c.customers]),
        }]
        : [],
    },
    {
      id: "cohorts",
      title: tr(S.secCohorts, lang),
      paragraphs: [tr(S.cohortsText, lang)],
      charts: [cohortHeatmap({ cohorts: a.cohorts.cohorts, retention: a.cohorts.retention }, { lang })],
    },
    {
      id: "rfm",
      title: tr(S.secRfm, lang),
      paragraphs: [
        tr(S.bins, lang, { ...a.scores.distinctBins, bins: a.scores.bins, tie: a.scores.tieRule }),
        a.ruleCheck.summary,
      ],
      charts: [rfmGridHeatmap(rfGridCells(customers), { lang })],
      tables: [
        {
          caption: tr(S.thresholds, lang),
          columns: ["", ...th.recency.map((_, i) => `${i + 1}|${i + 2}`)],
          rows: [["recency (days)", ...th.recency], ["frequency", ...th.frequency], [
            "monetary",
            ...th.monetary,
          ]],
        },
        { ...profileTable(rfmProfiles, lang), caption: tr(S.rfmSegments, lang) },
        summaryTable(rfmProfiles, lang),
      ],
    },
  ];
  if (a.movement) {
    sections.push({
      id: "movement",
      title: tr(S.secMovement, lang),
      paragraphs: [tr(S.movementText, lang, {
        from: a.movement.from.toISOString().slice(0, 10),
        to: a.movement.to.toISOString().slice(0, 10),
      })],
      tables: [{
        caption: tr(S.secMovement, lang),
        columns: [tr(S.from, lang), tr(S.to, lang), tr(S.customers, lang)],
        rows: a.movement.transitions.filter((x) => x.from !== x.to).slice(0, 20).map((
          x,
        ) => [x.fromName, x.toName, x.customers]),
      }],
    });
  }
  sections.push(
    kSection(a, lang),
    validationSection(a, lang),
    segmentsSection(a, lang, [crosstabTable(tr(S.crosstab, lang), a.crosstab)]),
  );
  return sections;
}

function featureSections(a: FeatureAnalysis): ReportSection[] {
  const lang = a.options.lang;
  const features = a.cleaned.features;
  const table = a.cleaned.table;
  const dist: Record<string, number[]> = {};
  for (const f of features) dist[f] = table.getColumn(f).toArray() as number[];
  const sections: ReportSection[] = [
    dataSection(a, lang),
    {
      id: "eda",
      title: tr(S.secEda, lang),
      charts: [
        distributionCharts(dist, { lang, skews: a.transform.log.skews }),
        correlationHeatmap({ columns: a.eda.correlation.columns, values: a.eda.correlation.values }, {
          lang,
        }),
      ],
      tables: [{
        caption: tr(S.colProfile, lang),
        columns: ["", "missing", "min", "q1", "median", "q3", "max", "mean", "skew", "IQR outliers"],
        rows: a.eda.columns.map((
          c,
        ) => [c.name, c.missing, c.min, c.q1, c.median, c.q3, c.max, c.mean, c.skew, c.outliers]),
      }],
    },
    {
      id: "transform",
      title: tr(S.secTransform, lang),
      paragraphs: [a.transform.log.reason, tr(S.scaler, lang, { scaler: a.transform.scaler })],
    },
    kSection(a, lang),
    validationSection(a, lang),
    segmentsSection(a, lang, []),
  ];
  if (a.dbscan) {
    const d = a.dbscan;
    sections.push({
      id: "dbscan",
      title: tr(S.secDbscan, lang),
      paragraphs: [
        d.eps.reason,
        tr(S.dbscanText, lang, {
          eps: fmt(lang, d.result.eps, 3),
          min: d.result.minSamples,
          k: d.result.k,
          noise: d.result.nNoise,
          share: fmt(lang, (100 * d.result.nNoise) / d.result.labels.length, 1),
          ari: fmt(lang, d.ariWithKmeans),
        }),
      ],
      charts: [kDistanceChart(d.eps, { lang })],
      tables: [summaryTable(d.profiles, lang)],
    });
  }
  if (a.rules) {
    const r = a.rules;
    const firstFeature = features[0]!;
    sections.push({
      id: "rules",
      title: tr(S.secRules, lang),
      paragraphs: [
        tr(S.rulesText, lang, { origin: r.origin, ari: fmt(lang, r.ariWithKmeans) }),
        a.primary.reason,
      ],
      charts: [
        segmentSizesChart(r.profiles, { lang }),
        barChart(r.profiles.map((p) => ({ label: p.name, value: p.means[firstFeature] ?? NaN })), {
          lang,
          title: tr(S.meanOf, lang, { c: firstFeature }),
          valueLabel: firstFeature,
        }),
      ],
      tables: [
        summaryTable(r.profiles, lang),
        crosstabTable(tr(S.rulesCross, lang), r.crosstab),
      ],
    });
  }
  return sections;
}

/**
 * At most `max` rows, each segment keeping its share (largest remainders), taken at evenly spaced
 * positions within the segment: deterministic, and no segment is lost.
 */
function dashboardRows<T extends readonly unknown[]>(
  rows: readonly T[],
  segmentIndex: number,
  max: number,
): readonly T[] {
  if (rows.length <= max) return rows;
  const bySegment = new Map<unknown, number[]>();
  rows.forEach((r, i) => {
    const key = r[segmentIndex];
    const list = bySegment.get(key);
    if (list) list.push(i);
    else bySegment.set(key, [i]);
  });
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
  return keep.sort((a, b) => a - b).map((i) => rows[i]!);
}
