/**
 * The saved model of an analysis: everything needed to assign new customers without refitting.
 *
 * @module
 */
import type { Lang, RoleMap } from "../base/types.ts";
import type { RfmRuleSet } from "../rfm/check_rule_set.ts";
import type { SegmentRules } from "../profile/rule_segments.ts";

/**
 * The model format this library writes and reads. Version 2 added `rules.risk` (the risk score's
 * inputs); `parseModel` reads a version-1 model as version 2 with `rules.risk: null` (no risk score).
 */
export const MODEL_FORMAT_VERSION = 2;

/** Training distribution of one feature, for the population stability index. */
export interface FeatureBins {
  /** The 9 cut values (training deciles, linear interpolation); bin `b` holds `edges[b-1] < x <= edges[b]`. */
  readonly edges: readonly number[];
  /** Share of the training customers in each of the 10 bins (sums to 1). */
  readonly shares: readonly number[];
}

/** The cleaning rules of invoice lines, as `cleanTransactions` options. */
export interface ModelCleaningRules {
  /** Whether rows whose invoice id starts with `cancellationPrefix` (cancellations) were removed. */
  readonly dropCancellations: boolean;
  /** Prefix of cancelled invoice ids, compared without regard to case, e.g. `"C"`. */
  readonly cancellationPrefix: string;
  /** Whether returns (rows with a negative quantity or amount) were removed. */
  readonly dropReturns: boolean;
  /** Whether rows with a zero amount (or negative, when returns are kept) were removed. */
  readonly dropNonPositive: boolean;
  /** Whether exact duplicate rows were removed, keeping the first. */
  readonly dropDuplicates: boolean;
}

/** The RFM part of a model (transaction files). */
export interface ModelRfm {
  /** Which column plays which role in the training file; scoring reads new files with the same roles. */
  readonly roles: RoleMap;
  /** The cleaning rules of the training run. */
  readonly clean: ModelCleaningRules;
  /**
   * The snapshot rule: `"day-after-latest"` (midnight UTC after the latest date of the scored
   * file) or `"fixed"` (always `date`). `date` is the training run's snapshot (ISO 8601).
   */
  readonly snapshot: { readonly rule: "day-after-latest" | "fixed"; readonly date: string };
  /** Scores per axis and the training cuts (`bins - 1` per axis, ascending). */
  readonly scores: {
    readonly bins: number;
    readonly thresholds: {
      readonly recency: readonly number[];
      readonly frequency: readonly number[];
      readonly monetary: readonly number[];
    };
  };
  /** The named-segment rule set over the scores. */
  readonly ruleSet: RfmRuleSet;
}

/** The customer-table part of a model (one row per customer). */
export interface ModelCustomers {
  /** Customer id column, or `null` (rows are then identified by their spreadsheet row). */
  readonly idColumn: string | null;
  /** How the training run filled missing values; scoring fills with the training medians (`"drop"`: removes the row). */
  readonly impute: "median" | "knn" | "drop";
  /** Repeated customer ids: stop with an error, or keep the first row (as the training run). */
  readonly duplicates: "error" | "first";
  /** The value missing cells of each feature get when scoring: the training fill value (median). */
  readonly fill: Readonly<Record<string, number>>;
  /** Which segmentation leads the report and the CSV. */
  readonly lead: "kmeans" | "rules";
}

/** Business-rule (risk) segments with their thresholds fixed at training. */
export interface ModelRules {
  /** The rules; every quantile comparison replaced by its training value. */
  readonly rules: SegmentRules;
  /** Rule segment names by label, in the model's language. */
  readonly names: readonly string[];
  /** Training customers per rule segment. */
  readonly sizes: readonly number[];
  /**
   * The risk rules' facts where the rules are risk rules (`riskRules`): the columns and thresholds
   * `riskScore` reads to give each customer a `risk_score`; `null` for other rule sets.
   */
  readonly risk: ModelRisk | null;
}

/** The inputs of the per-customer risk score (`riskScore`) and the risk rules' business parameters. */
export interface ModelRisk {
  /** Column with the (average) payment delay. */
  readonly delayColumn: string;
  /** Column with the number of active credits. */
  readonly creditsColumn: string;
  /** Delay from which a customer is at risk (full delay part of the score). */
  readonly riskDelay: number;
  /** Delay up to which a customer pays on time. */
  readonly disciplinedDelay: number;
  /** Active credits from which an on-time payer is disciplined (full credits part of the score). */
  readonly crossSellCredits: number;
}

/** A saved segmentation model, format version 2 (see lib/model/model.schema.json). */
export interface SegmentModel {
  /** Marks the JSON as a segmenta model. */
  readonly format: "segmenta-model";
  /** Format version ({@linkcode MODEL_FORMAT_VERSION}); `parseModel` refuses others. */
  readonly version: 2;
  /** What it was trained on: `"rfm"` (invoice lines) or `"features"` (one row per customer). */
  readonly kind: "rfm" | "features";
  /** The library that wrote it. */
  readonly library: { readonly name: "segmenta"; readonly version: string };
  /** The training input: its file name, SHA-256 and rows read. */
  readonly input: { readonly file: string; readonly sha256: string; readonly rows: number };
  /** Language of the segment names stored. */
  readonly lang: Lang;
  /** The matrix columns, in order (RFM: recency, frequency, monetary). */
  readonly features: readonly string[];
  /** log1p columns and the fitted scaler, in the order of `features`. */
  readonly transform: {
    readonly log1p: readonly string[];
    readonly scaler: {
      readonly kind: "standard" | "robust";
      readonly center: readonly number[];
      readonly scale: readonly number[];
    };
  };
  /** The k-means centroids (scaled space, one row per segment) and names by language. */
  readonly kmeans: {
    readonly k: number;
    readonly seed: number;
    readonly centroids: readonly (readonly number[])[];
    /** Segment names by label (`names[lang][label]`). */
    readonly names: Readonly<Partial<Record<Lang, readonly string[]>>>;
    /** Training customers per segment. */
    readonly sizes: readonly number[];
  };
  /** Training distribution of every feature (original units), for drift. */
  readonly drift: Readonly<Record<string, FeatureBins>>;
  /** Roles, cleaning, snapshot and score cuts of an RFM model; `null` for `kind: "features"`. */
  readonly rfm: ModelRfm | null;
  /** Id, imputation and duplicates of a customer-table model; `null` for `kind: "rfm"`. */
  readonly customers: ModelCustomers | null;
  /** The business-rule (risk) segments fixed at training; `null` where the run had none. */
  readonly rules: ModelRules | null;
}
