/** Private: the parts of scoring shared by scoreCustomers and scoreRfmTable. */
import { splitPositiveMonetary } from "../rfm/split_positive_monetary.ts";
import { withSegmentNames } from "../text/rfm.ts";
import pl from "nodejs-polars";
import type { LedgerEntry, Matrix } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import { idAsText, ROW_COLUMN } from "../base/frame.ts";
import { suggestColumns } from "../base/suggest_columns.ts";
import { segmentRfm } from "../rfm/segment_rfm.ts";
import { toMatrix } from "../scale/to_matrix.ts";
import { log1pColumns } from "../scale/log1p_columns.ts";
import { applyScaler } from "../scale/apply_scaler.ts";
import { predictKmeans } from "../cluster/predict_kmeans.ts";
import type { SegmentModel } from "./segment_model.ts";
import type { ScoredCustomers, SegmentMove } from "./score_customers.ts";
import { applyScores } from "./_apply_scores.ts";
import { populationStability } from "./population_stability.ts";

/** The column of the scored table holding a feature (RFM recency is `recency_days`). */
export function featureColumn(model: SegmentModel, feature: string): string {
  return model.kind === "rfm" && feature === "recency" ? "recency_days" : feature;
}

export interface Part {
  readonly out: pl.DataFrame;
  readonly idColumn: string;
  readonly segmentColumn: string;
  readonly labels: Int32Array;
  readonly ledger: LedgerEntry[];
  readonly snapshot: Date | null;
}

export function assign(raw: Matrix, model: SegmentModel): Int32Array {
  const logged = log1pColumns(raw, { columns: [...model.transform.log1p] }).matrix;
  const { kind, center, scale } = model.transform.scaler;
  const columns = [...model.features];
  const scaler = kind === "standard"
    ? { mean: Float64Array.from(center), scale: Float64Array.from(scale), columns }
    : {
      center: Float64Array.from(center),
      scale: Float64Array.from(scale),
      columns,
      quantileRange: [25, 75] as const,
    };
  const centroids: Matrix = {
    data: Float64Array.from(model.kmeans.centroids.flat()),
    rows: model.kmeans.k,
    cols: columns.length,
    columns,
  };
  return predictKmeans(applyScaler(logged, scaler), centroids);
}

export function requireColumns(table: pl.DataFrame, wanted: readonly string[], file: string): void {
  const present = table.columns.filter((c) => c !== ROW_COLUMN);
  for (const c of wanted) {
    if (!present.includes(c)) {
      const near = suggestColumns(c, present);
      throw new InputError(
        `Cannot score "${file}" with the model: it has no column "${c}"${
          near.length ? ` (did you mean ${near.map((x) => `"${x}"`).join(" or ")}?)` : ""
        }, which the model was trained on; rename the column in the file, or use a model trained on this layout`,
        { file, column: c },
      );
    }
  }
}

/** Scores, names and k-means segments of an RFM table (`customer`, `recency`, `frequency`, `monetary`). */
export function rfmTail(
  rfm: pl.DataFrame,
  model: SegmentModel,
  ledger: LedgerEntry[],
  snapshot: Date | null,
  file: string,
): Part {
  const rfmModel = model.rfm!;
  const lang = model.lang;
  const scored = applyScores(rfm, rfmModel.scores);
  const named = withSegmentNames(
    segmentRfm(
      {
        table: scored,
        bins: rfmModel.scores.bins,
        thresholds: rfmModel.scores.thresholds,
        distinctBins: { r: 0, f: 0, m: 0 },
        warnings: [],
      },
      rfmModel.ruleSet,
    ),
    rfmModel.ruleSet,
    lang,
  );
  const { positive, entry } = splitPositiveMonetary(named);
  if (entry !== null) ledger.push(entry);
  if (positive.height === 0) {
    throw new InputError(`Cannot score "${file}": no customer has a positive total spend`, { file });
  }
  const labels = assign(toMatrix(positive, model.features, { file }), model);
  const names = model.kmeans.names[lang]!;
  const out = positive.select(
    pl.col("customer").alias("customer_id"),
    pl.col("recency").alias("recency_days"),
    pl.col("frequency"),
    pl.col("monetary"),
    pl.col("r_score"),
    pl.col("f_score"),
    pl.col("m_score"),
    pl.col("rfm").alias("rfm_code"),
    pl.col("segment_name").alias("rfm_segment"),
  ).withColumns(
    pl.Series("cluster", labels, pl.Int32),
    pl.Series("cluster_segment", Array.from(labels, (l) => names[l]!), pl.Utf8),
  );
  return {
    out,
    idColumn: "customer_id",
    segmentColumn: "cluster_segment",
    labels,
    ledger,
    snapshot,
  };
}

/** Sizes, drift and movement of scored customers. */
export function finish(
  part: Part,
  model: SegmentModel,
  previous: pl.DataFrame | undefined,
  file: string,
): ScoredCustomers {
  const { out, idColumn, segmentColumn, labels, ledger, snapshot } = part;
  const lang = model.lang;
  const names = model.kmeans.names[lang]!;
  const n = labels.length;
  const trained = model.kmeans.sizes.reduce((a, b) => a + b, 0);
  const counts = new Array<number>(model.kmeans.k).fill(0);
  for (const l of labels) counts[l]!++;
  const sizes = counts.map((now, label) => ({
    label,
    name: names[label]!,
    now,
    nowShare: now / n,
    model: model.kmeans.sizes[label]!,
    modelShare: model.kmeans.sizes[label]! / trained,
  }));
  const drift = model.features.map((feature) => {
    const values = out.getColumn(featureColumn(model, feature)).cast(pl.Float64).toArray() as number[];
    const r = populationStability(values, model.drift[feature]!);
    return { feature, ...r };
  });
  let result = out;
  let movement: SegmentMove[] | null = null;
  if (previous) {
    const moved = compare(out, previous, idColumn, segmentColumn, file);
    result = moved.table;
    movement = moved.movement;
  }
  return { table: result, idColumn, segmentColumn, ledger, snapshot, sizes, drift, movement };
}

/** Join the previous segments by customer id: `previous_segment`, `segment_changed`, and from → to counts. */
export function compare(
  out: pl.DataFrame,
  previous: pl.DataFrame,
  idColumn: string,
  segmentColumn: string,
  file: string,
): { table: pl.DataFrame; movement: SegmentMove[] } {
  requireColumns(previous, [idColumn, segmentColumn], `${file} (previous segments)`);
  const prev = previous.select(
    idAsText(previous, idColumn).alias("__id"),
    pl.col(segmentColumn).cast(pl.Utf8).alias("previous_segment"),
  );
  const now = out.withColumns(idAsText(out, idColumn).alias("__id"));
  const table = now.join(prev, { on: "__id", how: "left" }).withColumns(
    pl.when(pl.col("previous_segment").isNull()).then(pl.lit(null).cast(pl.Bool))
      .otherwise(pl.col("previous_segment").neq(pl.col(segmentColumn))).alias("segment_changed"),
  );
  const counts = new Map<string, SegmentMove>();
  const add = (from: string | null, to: string | null) => {
    const key = JSON.stringify([from, to]);
    const m = counts.get(key);
    counts.set(key, { from, to, customers: (m?.customers ?? 0) + 1 });
  };
  const nowIds = new Set(table.getColumn("__id").toArray() as string[]);
  const from = table.getColumn("previous_segment").toArray() as (string | null)[];
  const to = table.getColumn(segmentColumn).toArray() as string[];
  from.forEach((f, i) => add(f, to[i]!));
  const prevIds = prev.getColumn("__id").toArray() as (string | null)[];
  const prevSeg = prev.getColumn("previous_segment").toArray() as (string | null)[];
  prevIds.forEach((id, i) => {
    if (id === null || !nowIds.has(id)) add(prevSeg[i] ?? null, null);
  });
  const movement = [...counts.values()].sort((a, b) =>
    String(a.from).localeCompare(String(b.from)) || String(a.to).localeCompare(String(b.to))
  );
  return { table: table.drop("__id"), movement };
}
