/**
 * The retail RFM case end to end, from a loaded invoice table to named, validated segments.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang, LedgerEntry, ProgressCallback } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import type { LoadedTable } from "../load/read_table.ts";
import type { RoleMapping } from "../load/map_roles.ts";
import { requireRoles } from "../load/require_roles.ts";
import {
  cleanTransactions,
  type CleanTransactionsOptions,
  type CleanTransactionsResult,
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
import { toMatrix } from "../scale/to_matrix.ts";
import { log1pColumns, type Log1pColumnsResult } from "../scale/log1p_columns.ts";
import { standardize, type StandardizeResult } from "../scale/standardize.ts";
import { type Crosstab, crosstab } from "../profile/crosstab.ts";
import { type MatrixSegmentation, segmentMatrix } from "./segment_matrix.ts";
import { describeRemovals } from "./_describe_removals.ts";

/** Options for {@linkcode analyzeRfm}. */
export interface AnalyzeRfmOptions {
  /** RFM snapshot date. @default {the day after the last invoice} */
  snapshot?: Date;
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
  /** Cleaning rules to change. */
  clean?: CleanTransactionsOptions;
  /** Named-segment rule set (checked first). @default {RF_GRID_SEGMENTS} */
  ruleSet?: RfmRuleSet;
  /** Days between the two snapshots of the segment-movement table; 0 skips it. @default {90} */
  movementDays?: number;
  /** Progress of the long steps. */
  onProgress?: ProgressCallback;
}

/** Everything {@linkcode analyzeRfm} found, step by step. */
export interface RfmAnalysis {
  readonly kind: "rfm";
  readonly loaded: LoadedTable;
  readonly mapping: RoleMapping;
  readonly cleaned: CleanTransactionsResult;
  /** The whole ledger: rows removed at load, by cleaning, and customers left out of clustering. */
  readonly ledger: readonly LedgerEntry[];
  readonly eda: {
    readonly columns: readonly ColumnProfile[];
    readonly monthly: readonly MonthlyPoint[];
    readonly countries: readonly CountryTotal[];
  };
  readonly cohorts: CohortTable;
  readonly rfm: RfmResult;
  readonly scores: RfmScores;
  /** One row per customer: customer, recency, frequency, monetary, scores, `segment`, `segment_name`. */
  readonly customers: pl.DataFrame;
  readonly ruleSet: RfmRuleSet;
  readonly ruleCheck: RuleSetCheck;
  readonly movement: SegmentMovement | null;
  /** log1p then standardization of R, F, M. */
  readonly transform: { readonly log: Log1pColumnsResult; readonly scaled: StandardizeResult };
  readonly segmentation: MatrixSegmentation;
  /** Cluster segments × named RFM segments. */
  readonly crosstab: Crosstab;
  readonly options: {
    readonly seed: number;
    readonly lang: Lang;
    readonly nInit: number;
    readonly nBoot: number;
    readonly kMax: number;
  };
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
  const {
    kMax = 10,
    nInit = 10,
    nBoot = 20,
    seed = 0,
    lang = "en",
    ruleSet = RF_GRID_SEGMENTS,
    movementDays = 90,
    onProgress,
  } = options;
  const columns = loaded.table.columns;
  requireRoles(mapping, ["customer", "date"], columns, loaded.file);
  if (!mapping.roles.amount && !(mapping.roles.quantity && mapping.roles.price)) {
    requireRoles(mapping, ["amount"], columns, loaded.file);
  }
  const cleaned = cleanTransactions(loaded.table, mapping.roles, { ...options.clean });
  checkLedger(cleaned.ledger, cleaned.rowsIn, cleaned.rowsOut);
  const roles = cleaned.roles;
  if (cleaned.rowsOut === 0) {
    throw new InputError(
      `Cannot segment "${loaded.file}": cleaning removed every row (${
        describeRemovals(cleaned.ledger)
      }); check the role mapping and the cleaning rules`,
      { file: loaded.file },
    );
  }
  const eda = {
    columns: profileColumns(cleaned.table),
    monthly: monthlyTrend(cleaned.table, roles),
    countries: roles.country ? topCountries(cleaned.table, roles, { n: 10 }) : [],
  };
  const cohorts = cohortRetention(cleaned.table, roles);
  const rfm = computeRfm(cleaned.table, roles, options.snapshot ? { snapshot: options.snapshot } : {});
  const scores = scoreRfm(rfm.table, { lang });
  const ruleCheck = checkRuleSet(ruleSet, scores.bins, { lang });
  const named = segmentRfm(scores, ruleSet, { lang });

  let movement: SegmentMovement | null = null;
  const warnings: string[] = [...rfm.warnings, ...scores.warnings];
  if (movementDays > 0) {
    const to = rfm.snapshot;
    const from = new Date(to.getTime() - movementDays * DAY_MS);
    const first = Math.min(
      ...eda.monthly.map((m) => Date.UTC(+m.month.slice(0, 4), +m.month.slice(5, 7) - 1, 1)),
    );
    if (from.getTime() > first) movement = segmentMovement(cleaned.table, roles, { from, to, ruleSet, lang });
    else {warnings.push(
        `Segment movement skipped: the data starts less than ${movementDays} days before the snapshot`,
      );}
  }

  // Customers whose net spend is not positive cannot take log1p(monetary): left out, in the ledger.
  const positive = named.filter(pl.col("monetary").gt(0));
  const ledger: LedgerEntry[] = [...loaded.ledger, ...cleaned.ledger];
  const dropped = named.height - positive.height;
  if (dropped > 0) {
    const ex = named.filter(pl.col("monetary").ltEq(0)).head(5);
    ledger.push({
      step: "features",
      reason: "non-positive-monetary",
      facts: {},
      action: "removed",
      rows: dropped,
      examples: ex.getColumn("customer").toArray().map((c, i) => ({
        customer: String(c),
        cells: [{ value: Number(ex.getColumn("monetary").toArray()[i]) }],
      })),
    });
  }
  if (positive.height < 3) {
    throw new InputError(
      `Cannot segment "${loaded.file}": only ${positive.height} customer(s) remain after cleaning (${
        describeRemovals(ledger)
      }); segmentation needs at least 3 customers, better hundreds`,
      { file: loaded.file },
    );
  }
  const raw = toMatrix(positive, RFM_COLUMNS, { file: loaded.file });
  const log = log1pColumns(raw, { columns: [...RFM_COLUMNS] });
  const scaled = standardize(log.matrix);
  const segmentation = segmentMatrix(scaled.matrix, positive.select(...RFM_COLUMNS), {
    ...(options.k !== undefined ? { k: options.k } : {}),
    kMax,
    nInit,
    nBoot,
    seed,
    lang,
    kind: "rfm",
    valueColumn: "monetary",
    ...(onProgress ? { onProgress } : {}),
  });
  const names: Record<number, string> = {};
  for (const p of segmentation.profiles) names[p.label] = p.name;
  const clusterNames = Array.from(segmentation.clustering.labels, (l) => names[l] ?? String(l));
  const customers = positive.withColumns(
    pl.Series("cluster", segmentation.clustering.labels, pl.Int32),
    pl.Series("cluster_segment", clusterNames, pl.Utf8),
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
    movement,
    transform: { log, scaled },
    segmentation,
    crosstab: crosstab(clusterNames, rfmNames, {
      aOrder: segmentation.profiles.map((p) => p.name),
      bOrder: ruleSet.segments.map((s) => s.names[lang]),
    }),
    options: { seed, lang, nInit, nBoot, kMax },
    warnings: [...warnings, ...segmentation.warnings],
  };
}
