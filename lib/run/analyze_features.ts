/**
 * The customer-level case end to end: one row per customer, segments from its numeric columns.
 *
 * @module
 */
import { warningText } from "../text/mod.ts";
import pl from "nodejs-polars";
import type { Lang, LedgerEntry, Matrix, ProgressCallback } from "../base/types.ts";
import { tr } from "../base/i18n.ts";
import { InputError } from "../base/errors.ts";
import type { LoadedTable } from "../load/read_table.ts";
import { ROW_COLUMN } from "../load/read_table.ts";
import { suggestColumns } from "../base/suggest_columns.ts";
import { cleanCustomers, type CleanCustomersResult } from "../clean/clean_customers.ts";
import { checkLedger } from "../clean/check_ledger.ts";
import { type ColumnProfile, profileColumns } from "../eda/profile_columns.ts";
import { type CorrelationMatrix, correlationMatrix } from "../eda/correlation_matrix.ts";
import { toMatrix } from "../scale/to_matrix.ts";
import { log1pColumns, type Log1pColumnsResult } from "../scale/log1p_columns.ts";
import { standardize } from "../scale/standardize.ts";
import { robustScale } from "../scale/robust_scale.ts";
import { oneHot } from "../scale/one_hot.ts";
import { dbscan, type DbscanResult } from "../cluster/dbscan.ts";
import { type EpsSuggestion, suggestEps } from "../cluster/suggest_eps.ts";
import { adjustedRandScore } from "../validate/adjusted_rand_score.ts";
import { profileSegments } from "../profile/profile_segments.ts";
import { type NamedSegmentProfile, nameSegments } from "../profile/name_segments.ts";
import { type ConceptMap, detectConcepts } from "../profile/detect_concepts.ts";
import { type RuleSegmentation, ruleSegments, type SegmentRules } from "../profile/rule_segments.ts";
import { riskRules } from "../profile/risk_rules.ts";
import { type Crosstab, crosstab } from "../profile/crosstab.ts";
import type { SegmentProfile } from "../base/types.ts";
import { type MatrixSegmentation, segmentMatrix } from "./segment_matrix.ts";
import { describeRemovals } from "./_describe_removals.ts";

/** Options for {@linkcode analyzeFeatures}. */
export interface AnalyzeFeaturesOptions {
  /** Feature columns. @default {every numeric column except ids and earlier analyses' labels} */
  features?: readonly string[];
  /** Customer id column. @default {the mapped customer role, else a column whose name says id, else none} */
  idColumn?: string;
  /** Categorical (text) columns to one-hot encode (`column=value` 0/1 columns) and add to the features. @default {[]} */
  categorical?: readonly string[];
  /** Missing values: median or KNN imputation, or drop the row. @default {"median"} */
  impute?: "median" | "knn" | "drop";
  /** Duplicate customer ids: stop with an error, or keep the first row. @default {"error"} */
  duplicates?: "error" | "first";
  /** log1p: chosen by measured skew (`"auto"`), the columns given, or none. @default {"auto"} */
  log?: "auto" | "none" | readonly string[];
  /** Scaling before clustering. @default {"standard"} */
  scaler?: "standard" | "robust";
  /** Number of k-means segments. @default {the sweep's suggestion} */
  k?: number;
  /** Largest k tried. @default {10} */
  kMax?: number;
  /** k-means starts per fit. @default {10} */
  nInit?: number;
  /** Bootstrap resamples for stability. @default {20} */
  nBoot?: number;
  /** Seed of every random step. @default {0} */
  seed?: number;
  /** Language of names, descriptions, reasons. @default {"en"} */
  lang?: Lang;
  /** Also run DBSCAN (eps from the k-distance knee); skipped above 200,000 rows. @default {true} */
  dbscan?: boolean;
  /** DBSCAN's minSamples. @default {2 × number of features} */
  minSamples?: number;
  /** Business-rule segments to compare with k-means; `"auto"` uses risk rules when a delay and an active-credits column are recognised. @default {"auto"} */
  rules?: SegmentRules | "auto" | null;
  /** Thresholds of the automatic risk rules (`rules: "auto"`); default: this file's upper quartiles, said to be illustrative. */
  risk?: {
    readonly delay?: number;
    readonly credits?: number;
    readonly delayUnit?: "months" | "days" | "none";
  };
  /** Column → business concept, for names (overrides what column names suggest). */
  concepts?: ConceptMap;
  /** Column whose share per segment is reported. */
  valueColumn?: string;
  /** File name for messages. */
  file?: string;
  /** Progress of the long steps. */
  onProgress?: ProgressCallback;
}

/** DBSCAN next to k-means. */
export interface DbscanComparison {
  readonly eps: EpsSuggestion;
  readonly result: DbscanResult;
  /** Adjusted Rand index between DBSCAN (noise as its own group) and k-means. */
  readonly ariWithKmeans: number;
  readonly profiles: readonly NamedSegmentProfile[];
}

/** Business-rule segments next to k-means. */
export interface RulesComparison {
  /** The rules as applied (quantile conditions resolved on this table; see `segmentation.thresholds`). */
  readonly rules: SegmentRules;
  readonly segmentation: RuleSegmentation;
  readonly profiles: readonly SegmentProfile[];
  readonly ariWithKmeans: number;
  readonly crosstab: Crosstab;
  /** How the thresholds were chosen, in words. */
  readonly origin: string;
}

/** Everything {@linkcode analyzeFeatures} found. */
export interface FeatureAnalysis {
  readonly kind: "features";
  readonly loaded: LoadedTable;
  readonly idColumn: string | null;
  /** Features asked for (or chosen by default) and why. */
  readonly featureChoice: { readonly requested: readonly string[]; readonly reason: string };
  readonly cleaned: CleanCustomersResult;
  readonly ledger: readonly LedgerEntry[];
  readonly eda: { readonly columns: readonly ColumnProfile[]; readonly correlation: CorrelationMatrix };
  readonly transform: {
    readonly log: Log1pColumnsResult;
    readonly scaler: "standard" | "robust";
    readonly matrix: Matrix;
  };
  readonly segmentation: MatrixSegmentation;
  readonly dbscan: DbscanComparison | null;
  readonly rules: RulesComparison | null;
  /** Which segmentation the report and the CSV lead with, and why. */
  readonly primary: { readonly by: "kmeans" | "rules"; readonly reason: string };
  /** One row per kept customer: id, features (original units), `cluster`, `segment`, and rule/DBSCAN groups. */
  readonly customers: pl.DataFrame;
  readonly options: {
    readonly seed: number;
    readonly lang: Lang;
    readonly nInit: number;
    readonly nBoot: number;
    readonly kMax: number;
  };
  readonly warnings: readonly string[];
}

const ID_NAME =
  /(^|[\s_-])(id|ids|kode|code|codigo|código|no|nr|num|number|numero|número)([\s_-]|$)|^(cust|customer|client|cliente|pelanggan|nasabah)[\s_-]?(id|no|kode|code)?$/i;
const LABEL_NAME =
  /^(cluster|clusters|segment|segmen|segmento|segmentasi|label|grupo|group|kelompok|class|kelas)([\s_-].*)?$/i;

const FT = {
  given: {
    en: "features given by the analyst",
    es: "variables elegidas por el analista",
    id: "fitur dipilih oleh analis",
  },
  every: { en: "every numeric column", es: "todas las columnas numéricas", id: "semua kolom numerik" },
  leaving: { en: ", leaving out {what}", es: ", sin {what}", id: ", kecuali {what}" },
  and: { en: " and ", es: " y ", id: " dan " },
  ids: { en: "ids {c}", es: "los identificadores {c}", id: "pengenal {c}" },
  labels: {
    en: "earlier analyses' labels {c}",
    es: "las etiquetas de análisis anteriores {c}",
    id: "label analisis sebelumnya {c}",
  },
  oneHot: {
    en: "; one-hot encoded {c} into {n} 0/1 columns",
    es: "; {c} codificadas en {n} columnas 0/1 (one-hot)",
    id: "; {c} dikodekan menjadi {n} kolom 0/1 (one-hot)",
  },
  dbscanSmall: {
    en: "DBSCAN skipped: minSamples = {m} (2 × {f} features) needs more than {n} customers",
    es: "DBSCAN omitido: minSamples = {m} (2 × {f} variables) necesita más de {n} clientes",
    id: "DBSCAN dilewati: minSamples = {m} (2 × {f} fitur) memerlukan lebih dari {n} pelanggan",
  },
  dbscanLarge: {
    en: "DBSCAN skipped: {n} rows is above the 200,000 this report runs it on",
    es: "DBSCAN omitido: {n} filas supera las 200.000 con las que este informe lo ejecuta",
    id: "DBSCAN dilewati: {n} baris melebihi batas 200.000 untuk laporan ini",
  },
  origin: {
    en:
      'risk rules on "{delay}" and "{credits}"{income}: at risk from delay >= {d} or active credits >= {c}{how}',
    es:
      'reglas de riesgo sobre "{delay}" y "{credits}"{income}: en riesgo desde un atraso >= {d} o créditos activos >= {c}{how}',
    id:
      'aturan risiko pada "{delay}" dan "{credits}"{income}: berisiko mulai keterlambatan >= {d} atau kredit aktif >= {c}{how}',
  },
  premiumBy: { en: ' (premium by "{i}")', es: ' (premium según "{i}")', id: ' (premium menurut "{i}")' },
  howGiven: {
    en: " (thresholds set by the analyst)",
    es: " (umbrales fijados por el analista)",
    id: " (ambang ditetapkan oleh analis)",
  },
  howOne: {
    en: " (one threshold set by the analyst, the other at this file's upper quartile)",
    es: " (un umbral fijado por el analista, el otro en el cuartil superior de este archivo)",
    id: " (satu ambang ditetapkan oleh analis, yang lain pada kuartil atas berkas ini)",
  },
  howQuartiles: {
    en:
      " (thresholds at this file's upper quartiles: illustrative only, since a quartile always flags about a quarter; set --delay-threshold and --credits-threshold with the credit team)",
    es:
      " (umbrales en los cuartiles superiores de este archivo: solo ilustrativos, porque un cuartil siempre marca más o menos una cuarta parte; fije --delay-threshold y --credits-threshold con el equipo de crédito)",
    id:
      " (ambang pada kuartil atas berkas ini: hanya ilustrasi, karena kuartil selalu menandai sekitar seperempat; tetapkan --delay-threshold dan --credits-threshold bersama tim kredit)",
  },
} as const;

const PRIMARY = {
  kmeans: {
    en: "k-means segments lead: the data has enough structure for them",
    es: "Los segmentos k-means van primero: los datos tienen estructura suficiente",
    id: "Segmen k-means diutamakan: data memiliki struktur yang cukup",
  },
  rules: {
    en:
      "Business-rule segments lead: the data has no natural grouping, so k-means segments would be arbitrary",
    es:
      "Los segmentos por reglas de negocio van primero: los datos no tienen agrupación natural y los segmentos k-means serían arbitrarios",
    id:
      "Segmen aturan bisnis diutamakan: data tidak memiliki pengelompokan alami sehingga segmen k-means akan sembarang",
  },
} as const;

/**
 * Run the customer-level analysis: pick and clean the features (imputation in the ledger),
 * explore them, log-transform the skewed ones, scale, sweep k, fit k-means, validate
 * (Hopkins, bootstrap stability, silhouette), run DBSCAN alongside, compare with business-rule
 * segments where there are rules, and name every segment from its profile.
 *
 * @param loaded From `readTable`.
 * @param options See {@linkcode AnalyzeFeaturesOptions}.
 * @returns Every step's result; see {@linkcode FeatureAnalysis}.
 * @throws {InputError} If a feature column is missing (with the closest names), or no usable feature or customer remains.
 *
 * @example The bundled credit-card sample
 * ```ts ignore
 * import { analyzeFeatures, readTable } from "../mod.ts";
 * const loaded = await readTable("data/credit_card_sample.csv");
 * const run = analyzeFeatures(loaded, { features: ["BALANCE", "PURCHASES", "CREDIT_LIMIT"] });
 * console.log(run.segmentation.verdict.headline);
 * ```
 */
export function analyzeFeatures(loaded: LoadedTable, options: AnalyzeFeaturesOptions = {}): FeatureAnalysis {
  const {
    impute = "median",
    duplicates = "error",
    log = "auto",
    scaler = "standard",
    kMax = 10,
    nInit = 10,
    nBoot = 20,
    seed = 0,
    lang = "en",
    rules = "auto",
    file = loaded.file,
    onProgress,
  } = options;
  const columns = loaded.table.columns.filter((c) => c !== ROW_COLUMN);
  const idColumn = options.idColumn ?? columns.find((c) => ID_NAME.test(c.trim())) ?? null;
  if (idColumn !== null && !columns.includes(idColumn)) throw missingColumn(file, idColumn, columns, "--id");
  const choice = chooseFeatures(loaded, columns, idColumn, options.features, lang);
  let source = loaded.table;
  let encoded: readonly string[] = [];
  const encodingWarnings: string[] = [];
  if (options.categorical && options.categorical.length > 0) {
    for (const c of options.categorical) {
      if (!columns.includes(c)) throw missingColumn(file, c, columns, "--categorical");
    }
    const oh = oneHot(loaded.table, options.categorical);
    source = oh.table;
    encoded = oh.created;
    encodingWarnings.push(...oh.warnings);
    choice.requested.push(...encoded.filter((c) => !choice.requested.includes(c)));
    choice.reason += tr(FT.oneHot, lang, {
      c: options.categorical.map((c) => `"${c}"`).join(", "),
      n: encoded.length,
    });
  }
  const cleaned = cleanCustomers(source, {
    features: choice.requested,
    impute,
    duplicates,
    language: lang,
    file,
    ...(idColumn !== null ? { idColumn } : {}),
  });
  checkLedger(cleaned.ledger, cleaned.rowsIn, cleaned.rowsOut);
  const ledger = [...loaded.ledger, ...cleaned.ledger];
  const features = cleaned.features;
  if (features.length === 0) {
    throw new InputError(
      `Cannot segment "${file}": none of the features is usable (${
        cleaned.excludedFeatures.join(", ")
      } excluded as constant or empty); choose other columns with --features`,
      { file },
    );
  }
  if (cleaned.rowsOut < 3) {
    throw new InputError(
      `Cannot segment "${file}": only ${cleaned.rowsOut} customer(s) remain after cleaning (${
        describeRemovals(ledger)
      }); segmentation needs at least 3 customers, better hundreds`,
      { file },
    );
  }
  const table = cleaned.table;
  const raw = toMatrix(table, features, { file });
  // log1p by measured skew, never on one-hot 0/1 columns (a rare category is skewed, not heavy-tailed).
  const autoLog = log === "auto"
    ? log1pColumns(raw, { columns: "auto", lang }).transformed.filter((c) => !encoded.includes(c))
    : [];
  const logged = log1pColumns(raw, {
    columns: log === "none" ? [] : log === "auto" ? (encoded.length ? autoLog : "auto") : [...log],
    lang,
  });
  const scaled = scaler === "robust" ? robustScale(logged.matrix).matrix : standardize(logged.matrix).matrix;
  const concepts = { ...detectConcepts(features), ...(options.concepts ?? {}) };
  const segmentation = segmentMatrix(scaled, table.select(...features), {
    ...(options.k !== undefined ? { k: options.k } : {}),
    kMax,
    nInit,
    nBoot,
    seed,
    lang,
    kind: "features",
    concepts,
    ...(options.valueColumn ? { valueColumn: options.valueColumn } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const kmLabels = segmentation.clustering.labels;
  const warnings = [...encodingWarnings, ...segmentation.warnings];

  let db: DbscanComparison | null = null;
  const minSamples = options.minSamples ?? 2 * features.length;
  if ((options.dbscan ?? true) && minSamples >= scaled.rows) {
    warnings.push(
      tr(FT.dbscanSmall, lang, { m: minSamples, f: features.length, n: scaled.rows }),
    );
  } else if ((options.dbscan ?? true) && scaled.rows <= 200_000) {
    const eps = suggestEps(scaled, { minSamples, lang });
    const result = dbscan(scaled, { eps: eps.eps, minSamples });
    warnings.push(...result.warnings.map((w) => warningText(w, lang)));
    db = {
      eps,
      result,
      ariWithKmeans: adjustedRandScore(result.labels, kmLabels),
      profiles: nameSegments(profileSegments(table, result.labels, { features, file }), {
        lang,
        kind: "features",
        concepts,
      }),
    };
  } else if (options.dbscan ?? true) {
    warnings.push(tr(FT.dbscanLarge, lang, { n: scaled.rows }));
  }

  const ruleSet = rules === "auto"
    ? autoRiskRules(table, concepts, options.risk ?? {}, lang)
    : rules === null
    ? null
    : { rules, origin: "given" };
  let ruleComparison: RulesComparison | null = null;
  if (ruleSet) {
    const seg = ruleSegments(table, ruleSet.rules, { lang, file });
    const names: Record<number, string> = {};
    for (const s of seg.segments) names[s.label] = s.name;
    const profiles = profileSegments(table, seg.labels, { features, names, file }).map((p) => {
      const s = seg.segments.find((x) => x.label === p.label);
      return s ? { ...p, description: s.description, actions: s.actions } : p;
    });
    const kmNames: Record<string, string> = {};
    for (const p of segmentation.profiles) kmNames[String(p.label)] = p.name;
    const ruleNames: Record<string, string> = {};
    for (const s of seg.segments) ruleNames[String(s.label)] = s.name;
    ruleComparison = {
      rules: ruleSet.rules,
      segmentation: seg,
      profiles,
      ariWithKmeans: adjustedRandScore(seg.labels, kmLabels),
      crosstab: crosstab(kmLabels, seg.labels, { aNames: kmNames, bNames: ruleNames }),
      origin: ruleSet.origin,
    };
    warnings.push(...seg.warnings.map((w) => warningText(w, lang)));
  }
  const byRules = ruleComparison !== null && segmentation.verdict.structure === "none";
  const primary = {
    by: byRules ? "rules" as const : "kmeans" as const,
    reason: PRIMARY[byRules ? "rules" : "kmeans"][lang],
  };

  const kmName: Record<number, string> = {};
  for (const p of segmentation.profiles) kmName[p.label] = p.name;
  const extra: pl.Series[] = [
    pl.Series("cluster", kmLabels, pl.Int32),
    pl.Series("segment", Array.from(kmLabels, (l) => kmName[l] ?? String(l)), pl.Utf8),
  ];
  if (db) {
    const dbName: Record<number, string> = {};
    for (const p of db.profiles) dbName[p.label] = p.name;
    extra.push(
      pl.Series("dbscan_group", Array.from(db.result.labels, (l) => dbName[l] ?? String(l)), pl.Utf8),
    );
  }
  if (ruleComparison) {
    const rn: Record<number, string> = {};
    for (const s of ruleComparison.segmentation.segments) rn[s.label] = s.name;
    extra.push(
      pl.Series(
        "rule_segment",
        Array.from(ruleComparison.segmentation.labels, (l) => rn[l] ?? String(l)),
        pl.Utf8,
      ),
    );
  }
  // Without an id column the spreadsheet row identifies each customer, so the CRM can map rows back.
  const keep = idColumn !== null ? [pl.col(idColumn)] : [pl.col(ROW_COLUMN).alias("row")];
  const customers = table.select(...keep, ...features.map((f) => pl.col(f))).withColumns(...extra);
  return {
    kind: "features",
    loaded,
    idColumn,
    featureChoice: choice,
    cleaned,
    ledger,
    eda: { columns: profileColumns(table, { columns: features }), correlation: correlationMatrix(raw) },
    transform: { log: logged, scaler, matrix: scaled },
    segmentation,
    dbscan: db,
    rules: ruleComparison,
    primary,
    customers,
    options: { seed, lang, nInit, nBoot, kMax },
    warnings,
  };
}

function missingColumn(file: string, name: string, present: readonly string[], flag: string): InputError {
  const near = suggestColumns(name, present);
  return new InputError(
    `Cannot use column "${name}" of "${file}": there is no such column${
      near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""
    } Columns present: ${present.map((c) => `"${c}"`).join(", ")}; name one with ${flag}`,
    { file, column: name },
  );
}

function chooseFeatures(
  loaded: LoadedTable,
  columns: readonly string[],
  idColumn: string | null,
  wanted: readonly string[] | undefined,
  lang: Lang,
): { requested: string[]; reason: string } {
  const file = loaded.file;
  if (wanted && wanted.length > 0) {
    const missing = wanted.filter((w) => !columns.includes(w));
    if (missing.length > 0) {
      const parts = missing.map((m) => {
        const near = suggestColumns(m, columns);
        return `"${m}"${near.length ? ` (did you mean "${near[0]}"?)` : ""}`;
      });
      throw new InputError(
        `Cannot segment "${file}": ${missing.length === 1 ? "feature" : "features"} ${parts.join(", ")} ${
          missing.length === 1 ? "is" : "are"
        } not in the file. Columns present: ${
          columns.map((c) => `"${c}"`).join(", ")
        }; fix the names in --features`,
        { file, column: missing[0]! },
      );
    }
    const notNumeric = wanted.filter((w) => loaded.columns.find((c) => c.name === w)?.kind !== "number");
    if (notNumeric.length > 0) {
      throw new InputError(
        `Cannot segment "${file}": ${notNumeric.map((c) => `"${c}"`).join(", ")} ${
          notNumeric.length === 1 ? "is" : "are"
        } not numeric; segment on numeric columns (one-hot encode categories with oneHot in a notebook)`,
        { file, column: notNumeric[0]! },
      );
    }
    return { requested: [...wanted], reason: tr(FT.given, lang) };
  }
  const numeric = loaded.columns.filter((c) => c.kind === "number" && c.name !== ROW_COLUMN).map((c) =>
    c.name
  );
  const labels = numeric.filter((c) => LABEL_NAME.test(c.trim()));
  const ids = numeric.filter((c) => c === idColumn || ID_NAME.test(c.trim()));
  const requested = numeric.filter((c) => !labels.includes(c) && !ids.includes(c));
  if (requested.length === 0) {
    throw new InputError(
      `Cannot segment "${file}": it has no numeric columns to segment on (columns: ${
        columns.map((c) => `"${c}"`).join(", ")
      }); check the delimiter and decimal separator, or name features with --features`,
      { file },
    );
  }
  const left = [
    ...(ids.length ? [tr(FT.ids, lang, { c: ids.map((c) => `"${c}"`).join(", ") })] : []),
    ...(labels.length ? [tr(FT.labels, lang, { c: labels.map((c) => `"${c}"`).join(", ") })] : []),
  ];
  return {
    requested,
    reason: tr(FT.every, lang) +
      (left.length ? tr(FT.leaving, lang, { what: left.join(tr(FT.and, lang)) }) : ""),
  };
}

/**
 * Risk rules from recognised columns, with thresholds at this file's upper quartile of delay and
 * active credits (said in `origin`), when both a delay and an active-credits column are present.
 */
function autoRiskRules(
  table: pl.DataFrame,
  concepts: ConceptMap,
  risk: NonNullable<AnalyzeFeaturesOptions["risk"]>,
  lang: Lang,
): { rules: SegmentRules; origin: string } | null {
  const find = (c: string) => Object.keys(concepts).find((k) => concepts[k] === c);
  const delay = find("delay"), credits = find("activeCredits"), income = find("income");
  if (!delay || !credits) return null;
  const q = (col: string) => Number(table.getColumn(col).quantile(0.75));
  const given = risk.delay !== undefined && risk.credits !== undefined;
  const delayThreshold = risk.delay ?? Math.max(q(delay), Number.MIN_VALUE);
  const creditsThreshold = risk.credits ?? Math.max(q(credits), 1);
  return {
    rules: riskRules({
      delayColumn: delay,
      creditsColumn: credits,
      delayThreshold,
      creditsThreshold,
      delayUnit: risk.delayUnit ?? "none",
      ...(income ? { incomeColumn: income } : {}),
    }),
    origin: tr(FT.origin, lang, {
      delay,
      credits,
      income: income ? tr(FT.premiumBy, lang, { i: income }) : "",
      d: delayThreshold,
      c: creditsThreshold,
      how: tr(
        given
          ? FT.howGiven
          : risk.delay !== undefined || risk.credits !== undefined
          ? FT.howOne
          : FT.howQuartiles,
        lang,
      ),
    }),
  };
}
