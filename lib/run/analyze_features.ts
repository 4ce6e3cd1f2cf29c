/**
 * The customer-level case end to end: one row per customer, segments from its numeric columns.
 *
 * @module
 */
import {
  fill,
  namedSegmentTexts,
  ruleSegmentationTexts,
  warningText,
  type WordedRuleSegmentation,
  words,
} from "../text/mod.ts";
import { epsText } from "../text/cluster.ts";
import { conceptsUsedText } from "../text/profile.ts";
import pl from "nodejs-polars";
import type { Lang, LedgerEntry, Matrix } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import type { LoadedTable } from "../load/read_table.ts";
import { ROW_COLUMN } from "../load/read_table.ts";
import { suggestColumns } from "../base/suggest_columns.ts";
import { outputColumnNames } from "../base/output_columns.ts";
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
import { type RuleCondition, ruleSegments, type SegmentRules } from "../profile/rule_segments.ts";
import { RISK_DEFAULTS, riskRules } from "../profile/risk_rules.ts";
import { riskScore } from "../profile/risk_score.ts";
import { type Crosstab, crosstab } from "../profile/crosstab.ts";
import type { SegmentProfile } from "../base/types.ts";
import { type MatrixSegmentation, segmentMatrix } from "./segment_matrix.ts";
import { describeRemovals } from "./_describe_removals.ts";
import {
  passSettings,
  type RecordedSettings,
  recordSettings,
  resolveSettings,
  type RunSettings,
} from "./settings.ts";

/** Options for {@linkcode analyzeFeatures}: the shared run settings, and the customer-level case's own. */
export interface AnalyzeFeaturesOptions extends RunSettings {
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
  /** Also run DBSCAN (eps from the k-distance knee); skipped above 200,000 rows. @default {true} */
  dbscan?: boolean;
  /** DBSCAN's minSamples. @default {2 × number of features} */
  minSamples?: number;
  /** Business-rule segments to compare with k-means; `"auto"` uses risk rules when a delay and an active-credits column are recognised. @default {"auto"} */
  rules?: SegmentRules | "auto" | null;
  /**
   * Business parameters of the automatic risk rules (`rules: "auto"`, see `riskRules`); each
   * defaults to `RISK_DEFAULTS` (delay 21 at risk, 7 on time, 2 credits, premium from 1.25 × the
   * median income), never to quantiles of the file.
   */
  risk?: {
    /** Delay from which a customer is at risk (CLI `--delay-threshold`). @default {21} */
    readonly riskDelay?: number;
    /** Delay up to which a customer pays on time (CLI `--disciplined-delay`). @default {7} */
    readonly disciplinedDelay?: number;
    /** Active credits from which an on-time payer is in the disciplined cross-sell group (CLI `--cross-sell-credits`). @default {2} */
    readonly crossSellCredits?: number;
    /** Income from which a customer not at risk is premium (CLI `--premium-income`). @default {1.25 × the median income} */
    readonly premiumIncome?: number;
    /** Unit of the delay column, for the descriptions (CLI `--delay-unit`). @default {"none"} */
    readonly delayUnit?: "months" | "days" | "none";
  };
  /** Column → business concept, for names (overrides what column names suggest). */
  concepts?: ConceptMap;
  /** Column whose share per segment is reported. */
  valueColumn?: string;
  /** File name for messages. */
  file?: string;
}

/** DBSCAN next to k-means. */
export interface DbscanComparison {
  /** The suggested eps, and how it was found in the run's language. */
  readonly eps: EpsSuggestion & { readonly reason: string };
  /** The DBSCAN clustering of the scaled matrix at that eps (label `-1`: noise). */
  readonly result: DbscanResult;
  /** Adjusted Rand index between DBSCAN (noise as its own group) and k-means. */
  readonly ariWithKmeans: number;
  /** One profile per DBSCAN group (noise included), named and worded in the run's language. */
  readonly profiles: readonly NamedSegmentProfile[];
}

/** Business-rule segments next to k-means. */
export interface RulesComparison {
  /** The rules as applied (quantile conditions resolved on this table; see `segmentation.thresholds`). */
  readonly rules: SegmentRules;
  /** The rule segmentation, its segments worded in the run's language. */
  readonly segmentation: WordedRuleSegmentation;
  /** One profile per rule segment (original units), with the rule's name, description and actions. */
  readonly profiles: readonly SegmentProfile[];
  /** Adjusted Rand index between the rule segments and k-means: 1 the same partition, about 0 unrelated. */
  readonly ariWithKmeans: number;
  /** Customers per k-means segment × rule segment, by name. */
  readonly crosstab: Crosstab;
  /** How the thresholds were chosen, in words. */
  readonly origin: string;
  /**
   * Where the rules and k-means disagree about customers, in one generated sentence: how many
   * customers each k-means segment's most common rule segment covers, and the largest group the
   * two put apart, with why.
   */
  readonly disagreement: string;
  /**
   * The per-customer risk score (0-100, `riskScore` with the risk rules' thresholds; the column
   * `risk_score` of `customers`), or `null` where the rules are not risk rules.
   */
  readonly riskScore: Float64Array | null;
  /** The risk score's formula with its thresholds, in words; empty without a risk score. */
  readonly riskScoreNote: string;
}

/** Everything {@linkcode analyzeFeatures} found. */
export interface FeatureAnalysis {
  /** Marks a customer-level (one row per customer) analysis. */
  readonly kind: "features";
  /** The file as read by `readTable`. */
  readonly loaded: LoadedTable;
  /** The customer id column (the option `idColumn`, else recognised by name); `null`: none, rows are identified by spreadsheet row. */
  readonly idColumn: string | null;
  /** Features asked for (or chosen by default) and why. */
  readonly featureChoice: { readonly requested: readonly string[]; readonly reason: string };
  /** The customer rows after `cleanCustomers` (imputation, duplicates), with the features used. */
  readonly cleaned: CleanCustomersResult;
  /** The whole ledger: rows removed at load and rows removed or cells imputed by cleaning. */
  readonly ledger: readonly LedgerEntry[];
  /** Profiles of the features and their Pearson correlations, on the cleaned table in original units. */
  readonly eda: { readonly columns: readonly ColumnProfile[]; readonly correlation: CorrelationMatrix };
  /** The log1p step, the scaler (`standard` or `robust`) and the scaled matrix k-means ran on. */
  readonly transform: {
    readonly log: Log1pColumnsResult;
    readonly scaler: "standard" | "robust";
    readonly matrix: Matrix;
  };
  /** The k-means segmentation: the k sweep, k, stability, verdict and named profiles. */
  readonly segmentation: MatrixSegmentation;
  /** DBSCAN next to k-means; `null` when skipped (the option `dbscan: false`, or above 200,000 rows). */
  readonly dbscan: DbscanComparison | null;
  /** Business-rule segments next to k-means; `null` when none were given or recognised. */
  readonly rules: RulesComparison | null;
  /** Which segmentation the report and the CSV lead with, and why. */
  readonly primary: { readonly by: "kmeans" | "rules"; readonly reason: string };
  /**
   * One row per kept customer: id (or `row`), features (original units), `cluster`, `segment`, and
   * `dbscan_group`/`rule_segment`/`risk_score` where computed; each added column under its name in
   * `outputColumns`.
   */
  readonly customers: pl.DataFrame;
  /**
   * The name each added column has in `customers` (and the segments CSV), by its usual name: the
   * usual name, or with `_segmenta` when the file has a feature (or id) column of that name.
   */
  readonly outputColumns: OutputColumns;
  /** The shared settings used (seed, language, starts, resamples, largest k), for the run record. */
  readonly options: RecordedSettings;
  /** Caveats of every step, in the run's language. */
  readonly warnings: readonly string[];
}

/** The name of each column a feature analysis adds, by its usual name (see `FeatureAnalysis.outputColumns`). */
export type OutputColumns = Readonly<
  Record<"row" | "cluster" | "segment" | "dbscan_group" | "rule_segment" | "risk_score", string>
>;

/** The usual names of the columns the customer table adds to the file's id and features. */
const OUTPUT_COLUMNS: readonly (keyof OutputColumns)[] = [
  "row",
  "cluster",
  "segment",
  "dbscan_group",
  "risk_score",
  "rule_segment",
];

const ID_NAME =
  /(^|[\s_-])(id|ids|kode|code|codigo|código|no|nr|num|number|numero|número)([\s_-]|$)|^(cust|customer|client|cliente|pelanggan|nasabah)[\s_-]?(id|no|kode|code)?$/i;
const LABEL_NAME =
  /^(cluster|clusters|segment|segmen|segmento|segmentasi|label|grupo|group|kelompok|class|kelas)([\s_-].*)?$/i;

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
  const { log = "auto", scaler = "standard", rules = "auto", file = loaded.file } = options;
  const settings = resolveSettings(options);
  const lang = settings.lang;
  const columns = loaded.table.columns.filter((c) => c !== ROW_COLUMN);
  const idColumn = options.idColumn ?? columns.find((c) => ID_NAME.test(c.trim())) ?? null;
  if (idColumn !== null && !columns.includes(idColumn)) throw missingColumn(file, idColumn, columns, "--id");
  const choice = chooseFeatures(loaded, columns, idColumn, options.features, lang);
  const encoding = encodeCategorical(loaded.table, file, columns, options.categorical ?? [], choice, lang);
  const { cleaned, ledger } = cleanFeatures(loaded, encoding.table, choice.requested, idColumn, options);
  const features = cleaned.features;
  const table = cleaned.table;
  const raw = toMatrix(table, features, { file });
  // log1p by measured skew, never on one-hot 0/1 columns (a rare category is skewed, not heavy-tailed).
  const autoLog = log === "auto"
    ? log1pColumns(raw, { columns: "auto" }).transformed.filter((c) => !encoding.created.includes(c))
    : [];
  const logged = log1pColumns(raw, {
    columns: log === "none" ? [] : log === "auto" ? (encoding.created.length ? autoLog : "auto") : [...log],
  });
  const scaled = scaler === "robust" ? robustScale(logged.matrix).matrix : standardize(logged.matrix).matrix;
  const concepts = { ...detectConcepts(features), ...(options.concepts ?? {}) };
  const segmentation = segmentMatrix(scaled, table.select(...features), {
    ...passSettings(settings),
    kind: "features",
    concepts,
    ...(options.valueColumn ? { valueColumn: options.valueColumn } : {}),
  });
  const warnings = [...encoding.warnings, ...segmentation.warnings];
  const context = { features, lang, file, warnings };
  const db = compareDbscan(scaled, table, segmentation, concepts, options, context);
  const ruleSet = rules === "auto"
    ? autoRiskRules(concepts, options.risk ?? {}, lang)
    : rules === null
    ? null
    : { rules, origin: words(lang).run.givenRules };
  const ruleComparison = ruleSet ? compareRules(table, ruleSet, segmentation, context) : null;
  const byRules = ruleComparison !== null && segmentation.verdict.structure === "none";
  // The columns the customer table adds never overwrite one of the file's (said as a warning).
  const output = outputColumnNames([...(idColumn === null ? [] : [idColumn]), ...features], OUTPUT_COLUMNS);
  warnings.push(...output.warnings.map((w) => warningText(w, lang)));
  return {
    kind: "features",
    loaded,
    idColumn,
    featureChoice: { ...choice, reason: choice.reason + conceptsUsedText(concepts, lang) },
    cleaned,
    ledger,
    eda: { columns: profileColumns(table, { columns: features }), correlation: correlationMatrix(raw) },
    transform: { log: logged, scaler, matrix: scaled },
    segmentation,
    dbscan: db,
    rules: ruleComparison,
    primary: {
      by: byRules ? "rules" : "kmeans",
      reason: words(lang).run.primary[byRules ? "rules" : "kmeans"],
    },
    customers: customerTable(table, idColumn, features, segmentation, db, ruleComparison, output.names),
    outputColumns: output.names as OutputColumns,
    options: recordSettings(settings),
    warnings,
  };
}

/**
 * One-hot encode the categorical columns asked for (`column=value` 0/1 columns), add them to the
 * requested features (said in `choice.reason`), and pass on oneHot's warnings in words.
 */
function encodeCategorical(
  source: pl.DataFrame,
  file: string,
  columns: readonly string[],
  categorical: readonly string[],
  choice: { requested: string[]; reason: string },
  lang: Lang,
): { table: pl.DataFrame; created: readonly string[]; warnings: string[] } {
  if (categorical.length === 0) return { table: source, created: [], warnings: [] };
  for (const c of categorical) {
    if (!columns.includes(c)) throw missingColumn(file, c, columns, "--categorical");
  }
  const oh = oneHot(source, categorical);
  choice.requested.push(...oh.created.filter((c) => !choice.requested.includes(c)));
  choice.reason += fill(words(lang).run.features.oneHot, {
    c: categorical.map((c) => `"${c}"`).join(", "),
    n: oh.created.length,
  }, lang);
  return { table: oh.table, created: oh.created, warnings: oh.warnings.map((w) => warningText(w, lang)) };
}

/**
 * Clean the customer rows (imputation, duplicates) and check the ledger; refuse when no feature is
 * usable or fewer than 3 customers remain.
 */
function cleanFeatures(
  loaded: LoadedTable,
  source: pl.DataFrame,
  requested: readonly string[],
  idColumn: string | null,
  options: AnalyzeFeaturesOptions,
): { cleaned: CleanCustomersResult; ledger: LedgerEntry[] } {
  const { impute = "median", duplicates = "error", file = loaded.file } = options;
  const cleaned = cleanCustomers(source, {
    features: requested,
    impute,
    duplicates,
    file,
    ...(idColumn !== null ? { idColumn } : {}),
  });
  checkLedger(cleaned.ledger, cleaned.rowsIn, cleaned.rowsOut);
  const ledger = [...loaded.ledger, ...cleaned.ledger];
  if (cleaned.features.length === 0) {
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
  return { cleaned, ledger };
}

/** What the comparisons with k-means share: the features, the language, the file, the run's warnings. */
interface CompareContext {
  readonly features: readonly string[];
  readonly lang: Lang;
  readonly file: string;
  /** The run's warnings, which a comparison adds to. */
  readonly warnings: string[];
}

/**
 * DBSCAN next to k-means, with eps from the k-distance knee, its groups named; skipped (said in
 * `warnings`) when disabled, when minSamples is not below the number of rows, or above 200,000 rows.
 */
function compareDbscan(
  scaled: Matrix,
  table: pl.DataFrame,
  segmentation: MatrixSegmentation,
  concepts: ConceptMap,
  options: AnalyzeFeaturesOptions,
  { features, lang, file, warnings }: CompareContext,
): DbscanComparison | null {
  const minSamples = options.minSamples ?? 2 * features.length;
  if (!(options.dbscan ?? true)) return null;
  if (minSamples >= scaled.rows) {
    warnings.push(
      fill(words(lang).run.dbscanSmall, { m: minSamples, f: features.length, n: scaled.rows }, lang),
    );
    return null;
  }
  if (scaled.rows > 200_000) {
    warnings.push(fill(words(lang).run.dbscanLarge, { n: scaled.rows }, lang));
    return null;
  }
  const found = suggestEps(scaled, { minSamples });
  const eps = { ...found, reason: epsText(found, lang) };
  const result = dbscan(scaled, { eps: eps.eps, minSamples });
  warnings.push(...result.warnings.map((w) => warningText(w, lang)));
  return {
    eps,
    result,
    ariWithKmeans: adjustedRandScore(result.labels, segmentation.clustering.labels),
    profiles: namedSegmentTexts(
      nameSegments(profileSegments(table, result.labels, { features, file }), {
        kind: "features",
        concepts,
      }),
      lang,
    ),
  };
}

/** Business-rule segments next to k-means: their profiles, the ARI and the cross-tab. */
function compareRules(
  table: pl.DataFrame,
  ruleSet: { rules: SegmentRules; origin: string },
  segmentation: MatrixSegmentation,
  { features, lang, file, warnings }: CompareContext,
): RulesComparison {
  const seg = ruleSegmentationTexts(ruleSegments(table, ruleSet.rules, { file }), lang);
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
  const kmLabels = segmentation.clustering.labels;
  warnings.push(...seg.warnings.map((w) => warningText(w, lang)));
  const cross = crosstab(kmLabels, seg.labels, { aNames: kmNames, bNames: ruleNames });
  const facts = ruleSet.rules.find((r) => "risk" in r && r.risk !== undefined);
  const risk = facts && "risk" in facts ? facts.risk : null;
  const score = risk === null ? null : riskScore(table, {
    delayColumn: risk.delayColumn,
    creditsColumn: risk.creditsColumn,
    riskDelay: risk.riskDelay,
    crossSellCredits: risk.crossSellCredits,
    file,
  });
  return {
    rules: ruleSet.rules,
    segmentation: seg,
    profiles,
    ariWithKmeans: adjustedRandScore(seg.labels, kmLabels),
    crosstab: cross,
    origin: ruleSet.origin,
    disagreement: disagreementText(cross, features.length, ruleColumns(ruleSet.rules), lang),
    riskScore: score,
    riskScoreNote: risk === null
      ? ""
      : fill(words(lang).run.risk.score, { d: risk.riskDelay, c: risk.crossSellCredits }, lang),
  };
}

/** The columns the rules look at, in order of first use. */
function ruleColumns(rules: SegmentRules): string[] {
  const out = new Set<string>();
  const visit = (c: RuleCondition): void => {
    if ("column" in c) out.add(c.column);
    else if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else visit(c.not);
  };
  for (const r of rules) if (r.when) visit(r.when);
  return [...out];
}

/**
 * One sentence on where k-means and the rules disagree, from their cross-tab: each k-means
 * segment read as its most common rule segment, the customers that reading covers, and the
 * largest group of the others (k-means segment, its usual rule segment, the rule segment they are
 * in instead), with the reason: k-means weighs every feature, the rules only their columns.
 */
function disagreementText(
  cross: Crosstab,
  nFeatures: number,
  columns: readonly string[],
  lang: Lang,
): string {
  const w = words(lang).run.rulesDisagree;
  let agree = 0, worst = { count: 0, km: "", usual: "", rule: "" };
  cross.counts.forEach((row, i) => {
    const top = row.indexOf(Math.max(...row));
    agree += row[top]!;
    row.forEach((count, j) => {
      if (j !== top && count > worst.count) {
        worst = { count, km: cross.rows[i]!, usual: cross.cols[top]!, rule: cross.cols[j]! };
      }
    });
  });
  const values = {
    agree,
    n: cross.total,
    pct: Math.round((1000 * agree) / Math.max(cross.total, 1)) / 10,
    differ: cross.total - agree,
    ...worst,
    f: nFeatures,
    cols: columns.map((c) => `"${c}"`).join(", "),
  };
  return fill(worst.count === 0 ? w.none : w.some, values, lang);
}

/**
 * One row per kept customer: the id (or the spreadsheet row, so the CRM can map rows back), the
 * features in original units, `cluster`, `segment`, and the DBSCAN and rule groups where run.
 */
function customerTable(
  table: pl.DataFrame,
  idColumn: string | null,
  features: readonly string[],
  segmentation: MatrixSegmentation,
  db: DbscanComparison | null,
  rules: RulesComparison | null,
  names: Readonly<Record<string, string>>,
): pl.DataFrame {
  const named = (labels: Int32Array, names: Record<number, string>) =>
    Array.from(labels, (l) => names[l] ?? String(l));
  const byLabel = (items: readonly { label: number; name: string }[]) =>
    Object.fromEntries(items.map((p) => [p.label, p.name])) as Record<number, string>;
  const kmLabels = segmentation.clustering.labels;
  const name = (usual: string) => names[usual] ?? usual;
  const extra: pl.Series[] = [
    pl.Series(name("cluster"), kmLabels, pl.Int32),
    pl.Series(name("segment"), named(kmLabels, byLabel(segmentation.profiles)), pl.Utf8),
  ];
  if (db) extra.push(pl.Series(name("dbscan_group"), named(db.result.labels, byLabel(db.profiles)), pl.Utf8));
  if (rules) {
    const labels = rules.segmentation.labels;
    extra.push(pl.Series(name("rule_segment"), named(labels, byLabel(rules.segmentation.segments)), pl.Utf8));
    if (rules.riskScore) extra.push(pl.Series(name("risk_score"), rules.riskScore, pl.Float64));
  }
  const keep = idColumn !== null ? [pl.col(idColumn)] : [pl.col(ROW_COLUMN).alias(name("row"))];
  return table.select(...keep, ...features.map((f) => pl.col(f))).withColumns(...extra);
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
    return { requested: [...wanted], reason: words(lang).run.features.given };
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
    ...(ids.length
      ? [fill(words(lang).run.features.ids, { c: ids.map((c) => `"${c}"`).join(", ") }, lang)]
      : []),
    ...(labels.length
      ? [fill(words(lang).run.features.labels, { c: labels.map((c) => `"${c}"`).join(", ") }, lang)]
      : []),
  ];
  return {
    requested,
    reason: words(lang).run.features.every +
      (left.length
        ? fill(words(lang).run.features.leaving, { what: left.join(words(lang).run.features.and) }, lang)
        : ""),
  };
}

/**
 * Risk rules from recognised columns, with the financing team's named thresholds (the options
 * given, else `RISK_DEFAULTS`; said in `origin`), when both a delay and an active-credits column
 * are present.
 */
function autoRiskRules(
  concepts: ConceptMap,
  risk: NonNullable<AnalyzeFeaturesOptions["risk"]>,
  lang: Lang,
): { rules: SegmentRules; origin: string } | null {
  const find = (c: string) => Object.keys(concepts).find((k) => concepts[k] === c);
  const delay = find("delay"), credits = find("activeCredits"), income = find("income");
  if (!delay || !credits) return null;
  const {
    riskDelay = RISK_DEFAULTS.riskDelay,
    disciplinedDelay = RISK_DEFAULTS.disciplinedDelay,
    crossSellCredits = RISK_DEFAULTS.crossSellCredits,
  } = risk;
  const given = [risk.riskDelay, risk.disciplinedDelay, risk.crossSellCredits, risk.premiumIncome]
    .some((v) => v !== undefined);
  return {
    rules: riskRules({
      delayColumn: delay,
      creditsColumn: credits,
      riskDelay,
      disciplinedDelay,
      crossSellCredits,
      delayUnit: risk.delayUnit ?? "none",
      ...(risk.premiumIncome !== undefined ? { premiumIncome: risk.premiumIncome } : {}),
      ...(income ? { incomeColumn: income } : {}),
    }),
    origin: fill(words(lang).run.risk.origin, {
      delay,
      credits,
      income: income ? fill(words(lang).run.risk.premiumBy, { i: income }, lang) : "",
      d: riskDelay,
      dd: disciplinedDelay,
      c: crossSellCredits,
      how: words(lang).run.risk[given ? "howGiven" : "howDefault"],
    }, lang),
  };
}
