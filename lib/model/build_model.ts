/**
 * Build the saved model of an analysis.
 *
 * @module
 */
import pl from "nodejs-polars";
import denoJson from "../../deno.json" with { type: "json" };
import type { Lang, Matrix } from "../base/types.ts";
import type { Translations } from "../base/i18n.ts";
import type { RfmRuleSet } from "../rfm/check_rule_set.ts";
import { segmentWords } from "../text/rfm.ts";
import { ruleSegmentationTexts } from "../text/profile.ts";
import { ROW_COLUMN } from "../base/frame.ts";
import { standardize } from "../scale/standardize.ts";
import { robustScale } from "../scale/robust_scale.ts";
import type { RuleCondition, SegmentRules } from "../profile/rule_segments.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { fitBins } from "./_bins.ts";
import {
  type FeatureBins,
  MODEL_FORMAT_VERSION,
  type ModelCustomers,
  type ModelRfm,
  type ModelRules,
  type SegmentModel,
} from "./segment_model.ts";

/** Options for {@linkcode buildModel}. */
export interface BuildModelOptions {
  /**
   * Prefix of cancelled invoices used by the run.
   * @default {the prefix in the run's cancellation ledger entry, else "C"}
   */
  cancellationPrefix?: string;
}

const DAY_MS = 86_400_000;
const RFM_FEATURES = ["recency", "frequency", "monetary"] as const;

/**
 * The saved model of an analysis: a plain JSON-able object (format version 2, described by
 * lib/model/model.schema.json) with everything `scoreCustomers` needs to assign new customers
 * without refitting: the cleaning rules, the RFM snapshot rule, score cuts and rule set (RFM
 * runs); the features, log1p columns, the fitted scaler, the k-means centroids and the segment
 * names and sizes; risk rules with their thresholds fixed; training deciles of every feature for
 * drift; the input's SHA-256 and the library version. scikit-learn's equivalent is pickling a
 * fitted `Pipeline`; here the model is data, read back by `parseModel`.
 *
 * @param analysis From `analyzeRfm`, `analyzeFeatures` or `analyzeFile(...).analysis`.
 * @param options See {@linkcode BuildModelOptions}.
 * @returns The model.
 * @throws {RangeError} If the analysis encoded categorical columns (one-hot), which models do not carry yet.
 *
 * @example A model of the bundled sample
 * ```ts
 * import { analyzeRfm, buildModel, mapRoles, readTable } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { k: 3, nBoot: 2 });
 * const model = buildModel(run);
 * assert.equal(model.version, 2);
 * assert.equal(model.kmeans.centroids.length, 3);
 * assert.deepEqual(model.features, ["recency", "frequency", "monetary"]);
 * ```
 */
export function buildModel(
  analysis: RfmAnalysis | FeatureAnalysis,
  options: BuildModelOptions = {},
): SegmentModel {
  const ruled = analysis.kind === "rfm"
    ? analysis.cleaned.ledger.find((e) => e.reason === "cancellation")?.facts.prefix
    : undefined;
  const { cancellationPrefix = typeof ruled === "string" ? ruled : "C" } = options;
  const seg = analysis.segmentation;
  const lang = analysis.options.lang;
  const k = seg.k;
  const names = Array.from(
    { length: k },
    (_, l) => seg.profiles.find((p) => p.label === l)?.name ?? String(l),
  );
  const sizes = new Array<number>(k).fill(0);
  for (const l of seg.clustering.labels) sizes[l]!++;
  const common = {
    format: "segmenta-model" as const,
    version: MODEL_FORMAT_VERSION as 2,
    library: { name: "segmenta" as const, version: String(denoJson.version) },
    input: { file: analysis.loaded.file, sha256: analysis.loaded.sha256, rows: analysis.loaded.rowsRead },
    lang,
    kmeans: {
      k,
      seed: seg.clustering.seed,
      centroids: rowsOf(seg.clustering.centroids),
      names: { [lang]: names },
      sizes,
    },
  };
  if (analysis.kind === "rfm") {
    const scaler = analysis.transform.scaled.scaler;
    return {
      ...common,
      kind: "rfm",
      features: [...RFM_FEATURES],
      transform: {
        log1p: [...analysis.transform.log.transformed],
        scaler: { kind: "standard", center: [...scaler.mean], scale: [...scaler.scale] },
      },
      drift: driftBins(analysis.customers, RFM_FEATURES),
      rfm: rfmPart(analysis, cancellationPrefix),
      customers: null,
      rules: null,
    };
  }
  const features = [...analysis.transform.matrix.columns];
  const present = analysis.loaded.table.columns;
  const encoded = features.filter((f) => !present.includes(f));
  if (encoded.length > 0) {
    throw new RangeError(
      `Cannot build a model of this analysis: features ${
        encoded.map((f) => `"${f}"`).join(", ")
      } were one-hot encoded from categorical columns, which models do not carry yet; run without --categorical to save a model`,
    );
  }
  const logged = analysis.transform.log.matrix;
  const fitted = analysis.transform.scaler === "robust"
    ? robustScale(logged).scaler
    : standardize(logged).scaler;
  const center = "mean" in fitted ? fitted.mean : fitted.center;
  checkRefit(logged, center, fitted.scale, analysis.transform.matrix);
  return {
    ...common,
    kind: "features",
    features,
    transform: {
      log1p: [...analysis.transform.log.transformed],
      scaler: { kind: analysis.transform.scaler, center: [...center], scale: [...fitted.scale] },
    },
    drift: driftBins(analysis.customers, features),
    rfm: null,
    customers: customersPart(analysis, features),
    rules: rulesPart(analysis),
  };
}

function rowsOf(m: Matrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

function driftBins(table: pl.DataFrame, features: readonly string[]): Record<string, FeatureBins> {
  const out: Record<string, FeatureBins> = {};
  for (const f of features) {
    out[f] = fitBins(table.getColumn(f).cast(pl.Float64).toArray() as number[]);
  }
  return out;
}

function rfmPart(analysis: RfmAnalysis, cancellationPrefix: string): ModelRfm {
  const has = (reason: string) => analysis.cleaned.ledger.some((e) => e.reason === reason);
  const roles = analysis.mapping.roles;
  const signed = roles.quantity !== undefined || roles.amount !== undefined;
  const dateColumn = analysis.cleaned.roles.date!;
  const latest = Number(
    analysis.cleaned.table.select(pl.col(dateColumn).cast(pl.Datetime("ms")).cast(pl.Int64).max().alias("t"))
      .getColumn("t").toArray()[0],
  );
  const snapshot = analysis.rfm.snapshot;
  const dayAfter = (Math.floor(latest / DAY_MS) + 1) * DAY_MS;
  return {
    roles: JSON.parse(JSON.stringify(roles)),
    clean: {
      dropCancellations: roles.invoice === undefined ? true : has("cancellation"),
      cancellationPrefix,
      dropReturns: signed ? has("negative") : true,
      dropNonPositive: has("non-positive-amount"),
      dropDuplicates: has("duplicate"),
    },
    snapshot: {
      // Lines after a given snapshot were removed, so the latest kept line cannot tell the rule.
      rule: snapshot.getTime() === dayAfter && !has("after-snapshot") ? "day-after-latest" : "fixed",
      date: snapshot.toISOString(),
    },
    scores: {
      bins: analysis.scores.bins,
      thresholds: {
        recency: [...analysis.scores.thresholds.recency],
        frequency: [...analysis.scores.thresholds.frequency],
        monetary: [...analysis.scores.thresholds.monetary],
      },
    },
    ruleSet: wordedRuleSet(analysis.ruleSet),
  };
}

function customersPart(analysis: FeatureAnalysis, features: readonly string[]): ModelCustomers {
  const ledger = analysis.cleaned.ledger;
  const impute = ledger.some((e) => e.reason === "missing-value")
    ? "drop"
    : ledger.some((e) => e.reason === "imputed-knn")
    ? "knn"
    : "median";
  const duplicates = ledger.some((e) => e.reason === "duplicate-id" && e.rows > 0) ? "first" : "error";
  // The fill value of each feature: what median imputation wrote into a missing cell, or else the
  // median of the training values (for missing cells of new files).
  const original = analysis.loaded.table.select(
    pl.col(ROW_COLUMN),
    ...features.map((f) => pl.col(f).cast(pl.Float64).alias(`__orig_${f}`)),
  );
  const joined = analysis.cleaned.table.select(pl.col(ROW_COLUMN), ...features.map((f) => pl.col(f)))
    .join(original, { on: ROW_COLUMN, how: "left" });
  const fill: Record<string, number> = {};
  for (const f of features) {
    const o = pl.col(`__orig_${f}`);
    const missing = o.isNull().or(o.isNan());
    const imputed = joined.filter(missing).getColumn(f).toArray() as number[];
    fill[f] = impute === "median" && imputed.length > 0
      ? Number(imputed[0])
      : Number(joined.filter(missing.not()).getColumn(f).cast(pl.Float64).median());
  }
  return { idColumn: analysis.idColumn, impute, duplicates, fill, lead: analysis.primary.by };
}

const LANGS: readonly Lang[] = ["en", "es", "id"];

/** One text per language. */
function perLang(text: (lang: Lang) => string): Translations {
  return { en: text("en"), es: text("es"), id: text("id") };
}

/**
 * The rule set with every segment's words in every language (a built-in rule set keeps them in
 * lib/text; the model must carry them, so that it scores without this library's words).
 */
function wordedRuleSet(ruleSet: RfmRuleSet): RfmRuleSet {
  const { textKey: _key, ...rest } = ruleSet;
  return JSON.parse(JSON.stringify({
    ...rest,
    segments: ruleSet.segments.map((s) => {
      const w = (l: Lang) => segmentWords(ruleSet, s.key, l);
      return {
        ...s,
        names: perLang((l) => w(l).name),
        descriptions: perLang((l) => w(l).description),
        actions: w("en").actions.map((_, a) => perLang((l) => w(l).actions[a] ?? "")),
      };
    }),
  }));
}

function rulesPart(analysis: FeatureAnalysis): ModelRules | null {
  const r = analysis.rules;
  if (r === null) return null;
  const thresholds = r.segmentation.thresholds;
  const freeze = (c: RuleCondition): RuleCondition => {
    if ("all" in c) return { all: c.all.map(freeze) };
    if ("any" in c) return { any: c.any.map(freeze) };
    if ("not" in c) return { not: freeze(c.not) };
    if ("quantile" in c) return { column: c.column, op: c.op, value: thresholds[c.name ?? c.column]! };
    return c;
  };
  // Each rule keeps its words in every language (a risk rule's are written from its facts here).
  const worded = Object.fromEntries(LANGS.map((l) => [l, ruleSegmentationTexts(r.segmentation, l).segments]));
  const rules: SegmentRules = r.rules.map((rule, i) => {
    const { risk: _facts, ...base } = JSON.parse(JSON.stringify(rule));
    const w = (l: Lang) => worded[l]![i]!;
    return {
      ...base,
      names: perLang((l) => w(l).name),
      descriptions: perLang((l) => w(l).description),
      actions: w("en").actions.map((_, a) => perLang((l) => w(l).actions[a] ?? "")),
      when: rule.when === null ? null : freeze(rule.when),
    };
  });
  const facts = r.rules.find((rule) => "risk" in rule && rule.risk !== undefined);
  const risk = facts && "risk" in facts ? facts.risk : null;
  return {
    rules,
    names: r.segmentation.segments.map((s) => s.name),
    sizes: r.segmentation.segments.map((s) => s.size),
    risk: risk === null ? null : {
      delayColumn: risk.delayColumn,
      creditsColumn: risk.creditsColumn,
      riskDelay: risk.riskDelay,
      disciplinedDelay: risk.disciplinedDelay,
      crossSellCredits: risk.crossSellCredits,
    },
  };
}

/** The refitted scaler must reproduce the analysis' matrix exactly; otherwise the model would lie. */
function checkRefit(logged: Matrix, center: Float64Array, scale: Float64Array, matrix: Matrix): void {
  const d = logged.cols;
  for (let i = 0; i < logged.data.length; i++) {
    const t = i % d;
    if ((logged.data[i]! - center[t]!) / scale[t]! !== matrix.data[i]) {
      throw new Error(
        `Cannot build the model: the refitted scaler does not reproduce the analysis' matrix at row ${
          Math.floor(i / d)
        }, column "${logged.columns[t]}" (a bug; please report it)`,
      );
    }
  }
}
