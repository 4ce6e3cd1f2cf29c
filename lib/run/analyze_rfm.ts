/**
 * The retail RFM case end to end, from a loaded invoice table to named, validated segments.
 *
 * @module
 */
import { splitPositiveMonetary } from "../rfm/split_positive_monetary.ts";
import { splitAtSnapshot } from "../rfm/split_at_snapshot.ts";
import { ROW_COLUMN } from "../base/frame.ts";
import {
  passSettings,
  type RecordedSettings,
  recordSettings,
  resolveSettings,
  type RunSettings,
} from "./settings.ts";
import pl from "nodejs-polars";
import type { LedgerEntry } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import type { LoadedTable } from "../load/read_table.ts";
import type { RoleMapping } from "../load/map_roles.ts";
import { requireRoles } from "../load/require_roles.ts";
import {
  cleanTransactions,
  type CleanTransactionsOptions,
  type CleanTransactionsResult,
  REASON_COLUMN,
} from "../clean/clean_transactions.ts";
import { checkLedger } from "../clean/check_ledger.ts";
import { type ColumnProfile, profileColumns } from "../eda/profile_columns.ts";
import { type MonthlyPoint, monthlyTrend } from "../eda/monthly_trend.ts";
import { type CountryTotal, topCountries } from "../eda/top_countries.ts";
import { cohortRetention, type CohortTable } from "../cohorts/cohort_retention.ts";
import { computeRfm, type RfmResult } from "../rfm/compute_rfm.ts";
import { type RfmScores, scoreRfm } from "../rfm/score_rfm.ts";
import { segmentRfm } from "../rfm/segment_rfm.ts";
import { checkRuleSet, type RuleSetCheck } from "../rfm/check_rule_set.ts";
import { RF_GRID_SEGMENTS } from "../rfm/rf_grid_segments.ts";
import type { RfmRuleSet } from "../rfm/check_rule_set.ts";
import { type SegmentMovement, segmentMovement } from "../rfm/segment_movement.ts";
import { comparePeriods, type PeriodComparison } from "../rfm/compare_periods.ts";
import { periodSentences } from "../text/periods.ts";
import { toMatrix } from "../scale/to_matrix.ts";
import { log1pColumns, type Log1pColumnsResult } from "../scale/log1p_columns.ts";
import { standardize, type StandardizeResult } from "../scale/standardize.ts";
import { type Crosstab, crosstab } from "../profile/crosstab.ts";
import { type MatrixSegmentation, segmentMatrix } from "./segment_matrix.ts";
import { describeRemovals } from "./_describe_removals.ts";
import { type CustomerValue, customerValue } from "./customer_value.ts";
import type { TimeUnit } from "../clv/types.ts";
import { fill, warningText, words } from "../text/mod.ts";
import {
  type NamedSegmentMovement,
  nameMovement,
  ruleSetCheckText,
  ruleSetSegmentNames,
  tieRuleText,
  withSegmentNames,
} from "../text/rfm.ts";

/** Options for {@linkcode analyzeRfm}: the shared run settings, and the RFM case's own. */
export interface AnalyzeRfmOptions extends RunSettings {
  /**
   * RFM snapshot date: the run is "as of" it, so lines dated on or after it are removed (ledger
   * entry `after-snapshot`, with the customers who bought only later). @default {the day after the last invoice}
   */
  snapshot?: Date;
  /** Cleaning rules to change. */
  clean?: CleanTransactionsOptions;
  /** Named-segment rule set (checked first). @default {RF_GRID_SEGMENTS} */
  ruleSet?: RfmRuleSet;
  /** Days between the two snapshots of the segment-movement table; 0 skips it. @default {90} */
  movementDays?: number;
  /**
   * First day of the later of the two compared periods (new, repeating and lapsed customers and
   * the revenue bridge); the later period ends at the snapshot and the earlier one is as long,
   * just before it. `false` skips the comparison.
   * @default {90 days before the snapshot, or the middle of the data when it covers less than 180 days}
   */
  compareFrom?: Date | false;
  /** Compute customer value (BG/NBD, Gamma-Gamma, CLV); `false` skips it. @default {true} */
  value?: boolean;
  /**
   * Last day of the customer-value calibration period: the models are fitted on the purchases up
   * to it, P(alive) and CLV are as of it, and the later purchases check the fit.
   * @default {the middle day of the observed period (the holdout is as long as the calibration)}
   */
  calibrationEnd?: Date;
  /** Time unit of the customer-value models. @default {"weeks"} */
  timeUnit?: TimeUnit;
  /** Horizon of expected purchases and CLV, in months. @default {12} */
  horizonMonths?: number;
  /** Monthly discount rate of the CLV. @default {0.01} */
  discountRate?: number;
}

/** Everything {@linkcode analyzeRfm} found, step by step. */
export interface RfmAnalysis {
  /** Marks an RFM (transactions) analysis. */
  readonly kind: "rfm";
  /** The file as read by `readTable`. */
  readonly loaded: LoadedTable;
  /** Which column plays which role (customer, date, amount or quantity × price, ...), from `mapRoles`. */
  readonly mapping: RoleMapping;
  /**
   * The invoice lines after `cleanTransactions` (cancellations, returns, duplicates removed); a
   * streamed run (`lib/scan/`) has its ledger, counts, notes and roles, and no rows in `table`.
   */
  readonly cleaned: CleanTransactionsResult;
  /** The whole ledger: rows removed at load, by cleaning, and customers left out of clustering. */
  readonly ledger: readonly LedgerEntry[];
  /** Profiles of the columns (none in a streamed run), the monthly trend and the top countries, on the cleaned lines. */
  readonly eda: {
    readonly columns: readonly ColumnProfile[];
    readonly monthly: readonly MonthlyPoint[];
    readonly countries: readonly CountryTotal[];
  };
  /** Monthly cohort retention of the cleaned lines. */
  readonly cohorts: CohortTable;
  /** Recency (whole days), frequency (distinct invoices, or days) and monetary (total spend) per customer, and the snapshot. */
  readonly rfm: RfmResult;
  /** The scores, and their tie rule in the run's language. */
  readonly scores: RfmScores & { readonly tieRule: string };
  /** One row per customer: customer, recency, frequency, monetary, scores, `segment`, `segment_name`, `cluster`, `cluster_segment`, and the value columns (see `value`). */
  readonly customers: pl.DataFrame;
  /** The named-segment rule set used (the option `ruleSet`, else `RF_GRID_SEGMENTS`). */
  readonly ruleSet: RfmRuleSet;
  /** The rule-set check, and its findings in one sentence in the run's language. */
  readonly ruleCheck: RuleSetCheck & { readonly summary: string };
  /** Segment movement, with the segments' names in the run's language. */
  readonly movement: NamedSegmentMovement | null;
  /**
   * The two periods compared (`comparePeriods`), with what they say in the run's language;
   * `null` when skipped (`compareFrom: false`) or when the data covers less than two days.
   */
  readonly periods: (PeriodComparison & { readonly sentences: readonly string[] }) | null;
  /** log1p then standardization of R, F, M. */
  readonly transform: { readonly log: Log1pColumnsResult; readonly scaled: StandardizeResult };
  /** The k-means segmentation of the scaled R, F, M: the k sweep, k, stability, verdict and named profiles. */
  readonly segmentation: MatrixSegmentation;
  /** Cluster segments × named RFM segments. */
  readonly crosstab: Crosstab;
  /**
   * Customer value (BG/NBD, Gamma-Gamma, CLV) with its own typed warnings; `null` when skipped
   * (`value: false`). Its per-customer columns are in `customers`: `p_alive`,
   * `expected_purchases_<h>m`, `clv_<h>m` (null for a customer outside the calibration period).
   */
  readonly value: CustomerValue | null;
  /** The shared settings used (seed, language, starts, resamples, largest k), for the run record. */
  readonly options: RecordedSettings;
  /** Caveats of every step, in the run's language. */
  readonly warnings: readonly string[];
}

const DAY_MS = 86_400_000;
const RFM_COLUMNS = ["recency", "frequency", "monetary"] as const;

/**
 * Run the RFM analysis: clean the invoice lines (ledger), explore them (columns, months,
 * countries, cohorts), compute R, F, M and their 1..5 scores, name the RFM segments from a
 * checked rule set, measure segment movement over the last `movementDays`, then segment the
 * customers by k-means on log-transformed, standardized R, F, M with k chosen by the sweep,
 * and validate and name those segments.
 *
 * @param loaded From `readTable`.
 * @param mapping From `mapRoles`; needs customer and date, and amount or quantity × price.
 * @param options See {@linkcode AnalyzeRfmOptions}.
 * @returns Every step's result; see {@linkcode RfmAnalysis}.
 * @throws {InputError} If a role is missing, or cleaning leaves fewer than 3 customers.
 *
 * @example The bundled sample
 * ```ts ignore
 * import { analyzeRfm, mapRoles, readTable } from "../mod.ts";
 * const loaded = await readTable("data/retail_sample.csv");
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { seed: 42 });
 * console.log(run.segmentation.profiles.map((p) => p.name));
 * ```
 */
export function analyzeRfm(
  loaded: LoadedTable,
  mapping: RoleMapping,
  options: AnalyzeRfmOptions = {},
): RfmAnalysis {
  const { ruleSet = RF_GRID_SEGMENTS, movementDays = 90 } = options;
  const cleaned = cutAtSnapshot(cleanInvoices(loaded, mapping, options.clean ?? {}), options.snapshot);
  const roles = cleaned.roles;
  const eda = {
    columns: profileColumns(cleaned.table),
    monthly: monthlyTrend(cleaned.table, roles),
    countries: roles.country ? topCountries(cleaned.table, roles, { n: 10 }) : [],
  };
  const cohorts = cohortRetention(cleaned.table, roles);
  const rfm = computeRfm(cleaned.table, roles, options.snapshot ? { snapshot: options.snapshot } : {});
  const windows = rfmWindows(rfm, eda.monthly, movementDays, options.compareFrom);
  const movement = windows.movementFrom === null || windows.movementFrom === "skipped"
    ? windows.movementFrom
    : segmentMovement(cleaned.table, cleaned.roles, {
      from: windows.movementFrom,
      to: rfm.snapshot,
      ruleSet,
    });
  const periods = windows.split === null
    ? null
    : comparePeriods(cleaned.table, cleaned.roles, { split: windows.split, end: windows.end });
  const value = options.value === false ? null : customerValue(cleaned.table, roles, valueOptions(options));
  return finishRfm({ loaded, mapping, cleaned, eda, cohorts, rfm, movement, periods, value }, options);
}

/**
 * What {@linkcode analyzeRfm} computes from the invoice lines; everything after it is computed
 * from these per-customer and per-month results (the streamed path, `lib/scan/`, computes the
 * same results in SQL and finishes with {@linkcode finishRfm}).
 */
export interface RfmLineResults {
  /** The file as read (the streamed path: its head, with the whole file's counts). */
  readonly loaded: LoadedTable;
  /** The role mapping. */
  readonly mapping: RoleMapping;
  /** The cleaning's ledger, counts, notes and roles (the streamed path: no rows in `table`). */
  readonly cleaned: CleanTransactionsResult;
  /** Profiles of the columns, the monthly trend and the top countries. */
  readonly eda: RfmAnalysis["eda"];
  /** Monthly cohort retention. */
  readonly cohorts: CohortTable;
  /** RFM per customer at the snapshot. */
  readonly rfm: RfmResult;
  /** The movement over the windows of {@linkcode rfmWindows}: `"skipped"` or `null` as it says. */
  readonly movement: SegmentMovement | "skipped" | null;
  /** The two periods compared over the windows of {@linkcode rfmWindows}, or `null`. */
  readonly periods: PeriodComparison | null;
  /** Customer value, or `null` when skipped (`value: false`). */
  readonly value: CustomerValue | null;
}

/** The windows of the movement table and the period comparison, from {@linkcode rfmWindows}. */
export interface RfmWindows {
  /** Start of the movement window (it ends at the snapshot); `"skipped"` when the data starts later, `null` when `movementDays` is 0. */
  readonly movementFrom: Date | "skipped" | null;
  /** First day of the later compared period, or `null` when the comparison is skipped or the data covers less than two days. */
  readonly split: Date | null;
  /** End of the later compared period: midnight UTC of the snapshot's day. */
  readonly end: Date;
}

/**
 * The movement window (`movementDays` before the snapshot; skipped when the data's first month
 * starts later) and the compared periods (from `compareFrom`, else the last 90 days, or the
 * second half of the data when it covers less than 180 days).
 *
 * @throws {RangeError} If `compareFrom` is on or after the snapshot.
 */
export function rfmWindows(
  rfm: RfmResult,
  monthly: readonly MonthlyPoint[],
  movementDays: number,
  compareFrom: Date | false | undefined,
): RfmWindows {
  const to = rfm.snapshot;
  let movementFrom: Date | "skipped" | null = null;
  if (movementDays > 0) {
    const from = new Date(to.getTime() - movementDays * DAY_MS);
    const first = Math.min(
      ...monthly.map((m) => Date.UTC(+m.month.slice(0, 4), +m.month.slice(5, 7) - 1, 1)),
    );
    movementFrom = from.getTime() <= first ? "skipped" : from;
  }
  const end = Math.floor(to.getTime() / DAY_MS) * DAY_MS;
  if (compareFrom === false) return { movementFrom, split: null, end: new Date(end) };
  const firstMs = rfm.table.getColumn("first_purchase").min() as unknown;
  const firstDay = Math.floor((firstMs instanceof Date ? firstMs.getTime() : Number(firstMs)) / DAY_MS) *
    DAY_MS;
  const days = Math.round((end - firstDay) / DAY_MS);
  if (compareFrom === undefined && days < 2) return { movementFrom, split: null, end: new Date(end) };
  if (compareFrom !== undefined && !(Math.floor(compareFrom.getTime() / DAY_MS) * DAY_MS < end)) {
    throw new RangeError(
      `Cannot compare periods: compareFrom ${
        compareFrom.toISOString().slice(0, 10)
      } is not before the snapshot ${
        new Date(end).toISOString().slice(0, 10)
      }, so the later period would be empty; give an earlier compareFrom, or pass compareFrom: false to skip the comparison`,
    );
  }
  const split = compareFrom ?? new Date(end - Math.min(90, Math.floor(days / 2)) * DAY_MS);
  return { movementFrom, split, end: new Date(end) };
}

/** The customer-value options of an RFM run. */
export function valueOptions(options: AnalyzeRfmOptions): Parameters<typeof customerValue>[2] {
  return {
    ...(options.calibrationEnd ? { calibrationEnd: options.calibrationEnd } : {}),
    ...(options.timeUnit ? { timeUnit: options.timeUnit } : {}),
    ...(options.horizonMonths !== undefined ? { horizonMonths: options.horizonMonths } : {}),
    ...(options.discountRate !== undefined ? { discountRate: options.discountRate } : {}),
  };
}

/**
 * The RFM analysis from its line-level results: scores and named RFM segments, the movement and
 * periods in words, then the k-means segmentation of log-transformed, standardized R, F, M, the
 * cross-tab and the value columns (see {@linkcode analyzeRfm}).
 *
 * @param lines The line-level results (in memory from {@linkcode analyzeRfm}, or in SQL from `lib/scan/`).
 * @param options The run's options (as {@linkcode analyzeRfm}'s).
 * @returns Every step's result.
 * @throws {InputError} If fewer than 3 customers have a positive spend.
 */
export function finishRfm(lines: RfmLineResults, options: AnalyzeRfmOptions = {}): RfmAnalysis {
  const { loaded, mapping, cleaned, eda, cohorts, rfm, value } = lines;
  const { ruleSet = RF_GRID_SEGMENTS, movementDays = 90 } = options;
  const settings = resolveSettings(options);
  const lang = settings.lang;
  const scored = scoreRfm(rfm.table);
  const scores = { ...scored, tieRule: tieRuleText(scored, lang) };
  const checked = checkRuleSet(ruleSet, scores.bins);
  const ruleCheck = { ...checked, summary: ruleSetCheckText(checked, ruleSet, lang) };
  const named = withSegmentNames(segmentRfm(scores, ruleSet), ruleSet, lang);
  const warnings: string[] = [...rfm.warnings, ...scores.warnings].map((w) => warningText(w, lang));
  const movement = lines.movement === null || lines.movement === "skipped"
    ? lines.movement
    : nameMovement(lines.movement, ruleSet, lang);
  if (movement === "skipped") {
    warnings.push(fill(words(lang).run.movementSkipped, { days: movementDays }, lang));
  }
  const periods = lines.periods === null
    ? null
    : { ...lines.periods, sentences: periodSentences(lines.periods, lang) };
  const ledger: LedgerEntry[] = [...loaded.ledger, ...cleaned.ledger];
  const positive = withPositiveMonetary(named, ledger, loaded.file);
  const raw = toMatrix(positive, RFM_COLUMNS, { file: loaded.file });
  const log = log1pColumns(raw, { columns: [...RFM_COLUMNS] });
  const scaled = standardize(log.matrix);
  const gridKeys = ruleSet.segments.map((s) => s.key);
  const gridNames = ruleSetSegmentNames(ruleSet, lang);
  const segmentation = segmentMatrix(scaled.matrix, positive.select(...RFM_COLUMNS), {
    ...passSettings(settings),
    kind: "rfm",
    valueColumn: "monetary",
    // k-means segments are named consistently with the RFM grid segments they hold.
    grid: {
      keys: positive.getColumn("segment").toArray() as string[],
      names: Object.fromEntries(gridKeys.map((k, i) => [k, gridNames[i]!])),
    },
  });
  const names: Record<number, string> = {};
  for (const p of segmentation.profiles) names[p.label] = p.name;
  const clusterNames = Array.from(segmentation.clustering.labels, (l) => names[l] ?? String(l));
  const customers = withValueColumns(
    positive.withColumns(
      pl.Series("cluster", segmentation.clustering.labels, pl.Int32),
      pl.Series("cluster_segment", clusterNames, pl.Utf8),
    ),
    value,
  );
  const rfmNames = customers.getColumn("segment_name").toArray() as string[];
  return {
    kind: "rfm",
    loaded,
    mapping,
    cleaned,
    ledger,
    eda,
    cohorts,
    rfm,
    scores,
    customers,
    ruleSet,
    ruleCheck,
    movement: movement === "skipped" ? null : movement,
    periods,
    transform: { log, scaled },
    segmentation,
    crosstab: crosstab(clusterNames, rfmNames, {
      aOrder: segmentation.profiles.map((p) => p.name),
      bOrder: ruleSetSegmentNames(ruleSet, lang),
    }),
    value,
    options: recordSettings(settings),
    warnings: [...warnings, ...segmentation.warnings],
  };
}

/** Check the roles, clean the invoice lines and check the ledger; refuse a file cleaning empties. */
function cleanInvoices(
  loaded: LoadedTable,
  mapping: RoleMapping,
  clean: CleanTransactionsOptions,
): CleanTransactionsResult {
  const columns = loaded.table.columns;
  requireRoles(mapping, ["customer", "date"], columns, loaded.file);
  if (!mapping.roles.amount && !(mapping.roles.quantity && mapping.roles.price)) {
    requireRoles(mapping, ["amount"], columns, loaded.file);
  }
  const cleaned = cleanTransactions(loaded.table, mapping.roles, { file: loaded.file, ...clean });
  checkLedger(cleaned.ledger, cleaned.rowsIn, cleaned.rowsOut);
  if (cleaned.rowsOut === 0) {
    throw new InputError(
      `Cannot segment "${loaded.file}": cleaning removed every row (${
        describeRemovals(cleaned.ledger)
      }); check the role mapping and the cleaning rules`,
      { file: loaded.file },
    );
  }
  return cleaned;
}

/**
 * The cleaned lines as of the snapshot: the later ones leave the table with an `after-snapshot`
 * ledger entry (which counts the customers who bought only later) and join the removed rows, so
 * the ledger still balances and every customer is segmented or accounted for. Unchanged without a
 * snapshot (the default one is the day after the last line) or when no line is later.
 */
function cutAtSnapshot(
  cleaned: CleanTransactionsResult,
  snapshot: Date | undefined,
): CleanTransactionsResult {
  if (snapshot === undefined) return cleaned;
  const { before, after, entry } = splitAtSnapshot(cleaned.table, cleaned.roles, snapshot);
  if (entry === null) return cleaned;
  const ledger = [...cleaned.ledger, entry];
  checkLedger(ledger, cleaned.rowsIn, before.height);
  const removed = pl.concat(
    [cleaned.removed, after.withColumns(pl.lit("after-snapshot").alias(REASON_COLUMN))],
    { how: "vertical" },
  ).sort(ROW_COLUMN);
  return { ...cleaned, table: before, rowsOut: before.height, ledger, removed };
}

/**
 * The customers whose net spend is positive: the others cannot take log1p(monetary), so they are
 * left out, with a ledger entry (pushed onto `ledger`); refuse when fewer than 3 remain.
 */
function withPositiveMonetary(named: pl.DataFrame, ledger: LedgerEntry[], file: string): pl.DataFrame {
  const { positive, entry } = splitPositiveMonetary(named);
  if (entry !== null) ledger.push(entry);
  if (positive.height < 3) {
    throw new InputError(
      `Cannot segment "${file}": only ${positive.height} customer(s) remain after cleaning (${
        describeRemovals(ledger)
      }); segmentation needs at least 3 customers, better hundreds`,
      { file },
    );
  }
  return positive;
}

/**
 * The customers with their value columns joined by customer id: `p_alive`,
 * `expected_purchases_<h>m`, `clv_<h>m` (null where a customer has none); unchanged without value.
 */
function withValueColumns(customers: pl.DataFrame, value: CustomerValue | null): pl.DataFrame {
  if (value === null) return customers;
  // A left join in polars keeps the customers' order and holds no per-customer JavaScript objects
  // (millions of customers in a streamed run).
  const h = value.horizonMonths;
  const named: [string, Float64Array | null][] = [
    ["p_alive", value.pAlive],
    [`expected_purchases_${h}m`, value.expectedPurchases],
    [`clv_${h}m`, value.clv],
  ];
  const side = pl.DataFrame([
    pl.Series(VALUE_KEY, value.summary.customers, pl.Utf8),
    ...named.filter(([, v]) => v !== null).map(([name, v]) => pl.Series(name, v!, pl.Float64)),
  ]);
  const joined = customers
    .withColumns(pl.col("customer").cast(pl.Utf8).alias(VALUE_KEY))
    .join(side, { on: VALUE_KEY, how: "left" })
    .drop(VALUE_KEY);
  return joined.withColumns(
    ...named.filter(([, v]) => v === null).map(([name]) => pl.lit(null).cast(pl.Float64).alias(name)),
  ).select(...customers.columns, ...named.map(([name]) => name));
}

/** The join key of {@linkcode withValueColumns}, a name no customer table has. */
const VALUE_KEY = "\u0000customer";
