/**
 * Assign the customers of a new file with a saved model: no refit.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { LedgerEntry } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import { ROW_COLUMN } from "../base/frame.ts";
import { outputColumnNames } from "../base/output_columns.ts";
import { cleanTransactions } from "../clean/clean_transactions.ts";
import { cleanCustomers } from "../clean/clean_customers.ts";
import { checkLedger } from "../clean/check_ledger.ts";
import { splitAtSnapshot } from "../rfm/split_at_snapshot.ts";
import { computeRfm } from "../rfm/compute_rfm.ts";
import { toMatrix } from "../scale/to_matrix.ts";
import { ruleSegments } from "../profile/rule_segments.ts";
import { riskScore } from "../profile/risk_score.ts";
import type { SegmentModel } from "./segment_model.ts";
import type { DriftLevel } from "./population_stability.ts";
import { assign, finish, type Part, requireColumns, rfmTail } from "./_score.ts";

/** Options for {@linkcode scoreCustomers}. */
export interface ScoreCustomersOptions {
  /** A previous segments CSV (as read by `readTable`): adds `previous_segment`, `segment_changed` and the movement table. */
  previous?: pl.DataFrame;
  /** Name of the scored file, for messages. @default {"table"} */
  file?: string;
}

/** Segment size now and in the model's training data. */
export interface ScoredSegmentSize {
  /** The segment's k-means label, `0 .. k - 1`, as in the model. */
  readonly label: number;
  /** The segment's name in the model's language (`model.kmeans.names[lang][label]`). */
  readonly name: string;
  /** Customers of the scored file assigned to the segment; `0`: the segment emptied. */
  readonly now: number;
  /** `now` as a share of the scored customers, in `[0, 1]`. */
  readonly nowShare: number;
  /** Training customers in the segment (`model.kmeans.sizes[label]`). */
  readonly model: number;
  /** `model` as a share of the training customers, in `[0, 1]`. */
  readonly modelShare: number;
}

/** Drift of one feature: the population stability index against the training deciles. */
export interface FeatureDrift {
  /** The feature (a column of `model.features`, original units). */
  readonly feature: string;
  /** The population stability index: Σ (actual − expected) × ln(actual / expected) over the 10 bins. */
  readonly psi: number;
  /** `psi` read: `stable` below 0.1, `moderate` below 0.25, `major` from 0.25. */
  readonly level: DriftLevel;
  /** Training share per decile bin (`model.drift[feature].shares`). */
  readonly expected: readonly number[];
  /** Share of the scored customers per bin, cut at the training deciles. */
  readonly actual: readonly number[];
}

/** Customers that moved from one segment to another (`null`: not in that file). */
export interface SegmentMove {
  /** Segment in the previous segments CSV; `null`: the customer is new. */
  readonly from: string | null;
  /** Segment now; `null`: the customer is not in the scored file. */
  readonly to: string | null;
  /** Customers with this from → to pair. */
  readonly customers: number;
}

/** The result of {@linkcode scoreCustomers}. */
export interface ScoredCustomers {
  /** One row per scored customer, with the columns of the segments CSV (plus `previous_segment`, `segment_changed`). */
  readonly table: pl.DataFrame;
  /** The id column of `table`, and the column holding the lead segment. */
  readonly idColumn: string;
  /** The column of `table` holding the lead segment: `"segment"` (k-means) or `"rule_segment"`. */
  readonly segmentColumn: string;
  /** Every removed or imputed row or cell. */
  readonly ledger: readonly LedgerEntry[];
  /** RFM models: the snapshot used. */
  readonly snapshot: Date | null;
  /** k-means segment sizes now and at training. */
  readonly sizes: readonly ScoredSegmentSize[];
  /** Drift per feature. */
  readonly drift: readonly FeatureDrift[];
  /** From → to counts against the previous segments (`null` without `previous`). */
  readonly movement: readonly SegmentMove[] | null;
}

/**
 * Assign every customer of a new file with a saved model's definitions, never refitting: for
 * RFM models the same cleaning rules (`cleanTransactions` with the model's parameters), the
 * snapshot rule, RFM (`computeRfm`), the training score cuts and rule set (`segmentRfm`);
 * for both kinds the training log1p columns, the training scaler, and the nearest training
 * centroid (`predictKmeans`), named as at training. Customer files get missing cells filled
 * with the training medians, and risk rules with their training thresholds (and, for risk
 * rules, the `risk_score` of `riskScore` with the model's columns and thresholds). With `previous`
 * (an earlier segments CSV) each customer gets `previous_segment` and `segment_changed`, and
 * the result a from → to table. Drift per feature is the population stability index against
 * the model's training deciles. scikit-learn: `pipeline.predict(X_new)`.
 *
 * @param table The loaded table of the new file (`readTable(...).table`).
 * @param model From `parseModel` or `buildModel`.
 * @param options The previous segments and the file name.
 * @returns The scored customers, ledger, sizes (a segment with `now: 0` emptied), drift (`level` reads the index) and movement.
 * @throws {InputError} If a column the model needs is missing, or no customer is left to score.
 *
 * @example Scoring the training file gives the training labels
 * ```ts
 * import { analyzeRfm, buildModel, mapRoles, readTable, scoreCustomers } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { k: 3, nBoot: 2 });
 * const scored = scoreCustomers(loaded.table, buildModel(run));
 * assert.deepEqual(scored.table.getColumn("cluster").toArray(), run.customers.getColumn("cluster").toArray());
 * ```
 */
export function scoreCustomers(
  table: pl.DataFrame,
  model: SegmentModel,
  options: ScoreCustomersOptions = {},
): ScoredCustomers {
  const { file = "table" } = options;
  const part = model.kind === "rfm" ? scoreRfm(table, model, file) : scoreFeatures(table, model, file);
  return finish(part, model, options.previous, file);
}

function scoreRfm(table: pl.DataFrame, model: SegmentModel, file: string): Part {
  const rfmModel = model.rfm!;
  requireColumns(
    table,
    Object.values(rfmModel.roles).filter((c): c is string => typeof c === "string"),
    file,
  );
  const cleaned = cleanTransactions(table, rfmModel.roles, { ...rfmModel.clean, file });
  checkLedger(cleaned.ledger, cleaned.rowsIn, cleaned.rowsOut);
  if (cleaned.rowsOut === 0) {
    throw new InputError(
      `Cannot score "${file}": cleaning removed every row; check the file against the model's roles`,
      {
        file,
      },
    );
  }
  const ledger = [...cleaned.ledger];
  let lines = cleaned.table;
  if (rfmModel.snapshot.rule === "fixed") {
    // Lines on or after the fixed snapshot are removed with their own ledger entry, as in the training run.
    const split = splitAtSnapshot(lines, cleaned.roles, new Date(rfmModel.snapshot.date));
    lines = split.before;
    if (split.entry !== null) ledger.push(split.entry);
  }
  const rfm = computeRfm(
    lines,
    cleaned.roles,
    rfmModel.snapshot.rule === "fixed" ? { snapshot: new Date(rfmModel.snapshot.date) } : {},
  );
  return rfmTail(rfm.table, model, ledger, rfm.snapshot, file);
}

function scoreFeatures(table: pl.DataFrame, model: SegmentModel, file: string): Part {
  const c = model.customers!;
  const lang = model.lang;
  const features = model.features;
  requireColumns(table, [...(c.idColumn !== null ? [c.idColumn] : []), ...features], file);
  const ledger: LedgerEntry[] = [];
  let source = table;
  if (c.impute !== "drop") {
    // Missing cells get the training fill value (never this file's own median).
    const missing = (f: string) => pl.col(f).cast(pl.Float64).isNull().or(pl.col(f).cast(pl.Float64).isNan());
    // Aliases of our own: polars exposes a column named like a method ("row") as a property.
    const counts = table.select(...features.map((f, i) => missing(f).sum().alias(`__n${i}`))).row(0).map(
      Number,
    );
    source = table.withColumns(
      ...features.map((f) =>
        pl.when(missing(f)).then(pl.lit(c.fill[f]!)).otherwise(pl.col(f).cast(pl.Float64)).alias(f)
      ),
    );
    features.forEach((f, i) => {
      if (counts[i]! > 0) {
        ledger.push({
          step: "score",
          reason: "imputed-training-value",
          facts: { column: f, value: c.fill[f]! },
          action: "imputed",
          rows: counts[i]!,
          column: f,
          examples: [],
        });
      }
    });
  }
  const cleaned = cleanCustomers(source, {
    features,
    impute: c.impute === "drop" ? "drop" : "median",
    duplicates: c.duplicates,
    file,
    ...(c.idColumn !== null ? { idColumn: c.idColumn } : {}),
  });
  checkLedger(cleaned.ledger, cleaned.rowsIn, cleaned.rowsOut);
  ledger.unshift(...cleaned.ledger.filter((e) => e.action !== "excluded"));
  if (cleaned.rowsOut === 0) {
    throw new InputError(`Cannot score "${file}": no customer is left after cleaning`, { file });
  }
  const t = cleaned.table;
  const labels = assign(toMatrix(t, features, { file }), model);
  const names = model.kmeans.names[lang]!;
  // The added columns never overwrite a feature or the id (a feature called "segment" stays itself).
  const { names: added } = outputColumnNames(
    [...(c.idColumn === null ? [] : [c.idColumn]), ...features],
    ["row", "cluster", "segment", "rule_segment", "risk_score"],
  );
  const idColumn = c.idColumn ?? added.row!;
  const extra: pl.Series[] = [
    pl.Series(added.cluster!, labels, pl.Int32),
    pl.Series(added.segment!, Array.from(labels, (l) => names[l]!), pl.Utf8),
  ];
  if (model.rules) {
    const seg = ruleSegments(t, model.rules.rules, { file });
    extra.push(
      pl.Series(added.rule_segment!, Array.from(seg.labels, (l) => model.rules!.names[l]!), pl.Utf8),
    );
    const risk = model.rules.risk;
    if (risk) {
      const { delayColumn, creditsColumn, riskDelay, crossSellCredits } = risk;
      const score = riskScore(t, { delayColumn, creditsColumn, riskDelay, crossSellCredits, file });
      extra.push(pl.Series(added.risk_score!, score, pl.Float64));
    }
  }
  const keep = c.idColumn !== null ? [pl.col(c.idColumn)] : [pl.col(ROW_COLUMN).alias(idColumn)];
  const out = t.select(...keep, ...features.map((f) => pl.col(f))).withColumns(...extra);
  const segmentColumn = c.lead === "rules" && model.rules ? added.rule_segment! : added.segment!;
  return { out, idColumn, segmentColumn, labels, ledger, snapshot: null };
}
