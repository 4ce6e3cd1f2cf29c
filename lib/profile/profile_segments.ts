/**
 * Describe every segment in the units of the user's data.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { SegmentProfile } from "../base/types.ts";
import { requireColumns, requireNumeric } from "../base/columns.ts";

/** Options for {@linkcode profileSegments}. */
export interface ProfileSegmentsOptions {
  /** Numeric columns to describe (usually the clustering features, before any transform). */
  features: readonly string[];
  /** Column whose sum is split into `valueShare` (revenue, monetary, purchases); none by default. */
  valueColumn?: string;
  /** Names already chosen for some labels (for instance kept from an earlier run); others stay `""`. @default {{}} */
  names?: Readonly<Record<number, string>>;
  /** Name of the file the table came from, for error messages. @default {"table"} */
  file?: string;
}

const LABEL = "__segmenta_label__";

function numbers(series: pl.Series): Float64Array {
  const values = series.cast(pl.Float64).toArray() as (number | null)[];
  return Float64Array.from(values, (v) => (v === null || v === undefined ? NaN : v));
}

/**
 * Profile segments: for every label (the `-1` outliers group included where present) its size,
 * share of customers, share of the value column's sum, and the mean and median of every feature
 * in original units, with z-scores `(segment mean - overall mean) / overall std` and the features
 * sorted by how far they set the segment apart (`|z|`, largest first; ties keep feature order).
 *
 * The std is the population one (ddof = 0, as scikit-learn's `StandardScaler`), so z-scores are
 * in the units the clustering saw after standard scaling. Missing cells (nulls) are left out of
 * means, medians and sums but the row still counts in `size`; a feature that is constant gets
 * z = 0. Segments come in label order, non-negative labels first and `-1` last. `name`,
 * `description` and `actions` are empty until {@linkcode nameSegments} fills them. The grouping
 * runs in polars, so 100k+ rows take milliseconds.
 *
 * Like pandas' `df.groupby(labels)[features].agg(["mean", "median"])` plus the z-scores.
 *
 * @param table The customer table (one row per customer), in original units.
 * @param labels One label per row of `table`, `-1` for noise.
 * @param options The features to describe, and the value column for `valueShare`.
 * @returns One profile per distinct label.
 * @throws {TypeError} If `labels` and `table` differ in length, no feature is given, or a feature is not numeric.
 * @throws {InputError} If a feature or the value column is not a column of `table` (the message lists the closest names).
 * @throws {RangeError} If the table has no rows.
 *
 * @example Two segments worked out by hand
 * ```ts
 * import pl from "nodejs-polars";
 * import { profileSegments } from "./profile_segments.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ spend: [0, 6, 8, 14] });
 * const [a, b] = profileSegments(table, Int32Array.of(0, 0, 1, 1), { features: ["spend"], valueColumn: "spend" });
 * assert.equal(a.size, 2);
 * assert.equal(a.means.spend, 3);
 * assert.equal(b.medians.spend, 11);
 * assert.equal(b.valueShare, 22 / 28);
 * // overall mean 7, population std sqrt((49 + 1 + 1 + 49) / 4) = 5: z = (3 - 7) / 5
 * assert.equal(a.zScores.spend, -0.8);
 * ```
 */
export function profileSegments(
  table: pl.DataFrame,
  labels: Int32Array,
  options: ProfileSegmentsOptions,
): SegmentProfile[] {
  const { features, valueColumn, names = {}, file = "table" } = options;
  const wanted = valueColumn === undefined ? [...features] : [...features, valueColumn];
  checkInputs(table, labels, features, wanted, file);
  const stats = segmentStats(table, labels, features, wanted, valueColumn);
  const order = Array.from(stats.groupLabels.keys()).sort((a, b) => {
    const la = stats.groupLabels[a]!, lb = stats.groupLabels[b]!;
    return (la < 0 ? Infinity : la) - (lb < 0 ? Infinity : lb);
  });
  return order.map((g) => profileOf(g, stats, features, names, table.height));
}

/** Check the features, the columns and the labels before any work. */
function checkInputs(
  table: pl.DataFrame,
  labels: Int32Array,
  features: readonly string[],
  wanted: readonly string[],
  file: string,
): void {
  if (features.length === 0) {
    throw new TypeError(
      `Cannot profile segments: no feature given; pass the columns to describe in { features }`,
    );
  }
  requireColumns("profile segments", wanted, table.columns, file);
  if (labels.length !== table.height) {
    throw new TypeError(
      `Cannot profile segments: ${labels.length} labels for ${table.height} rows; pass one label per row of the table`,
    );
  }
  if (table.height === 0) {
    throw new RangeError(
      `Cannot profile segments of an empty table: it has no rows; profile a table with customers`,
    );
  }
  requireNumeric("profile segments", new Set(wanted), (c) => table.getColumn(c).dtype);
}

/** Per-group and overall numbers, feature by feature (index `i` of `features`), group by group (index `g`). */
interface SegmentStats {
  readonly groupLabels: Float64Array;
  readonly sizes: Float64Array;
  readonly means: Float64Array[];
  readonly medians: Float64Array[];
  /** Value-column sum per group, or `null` without a value column. */
  readonly values: Float64Array | null;
  readonly totalValue: number;
  readonly overallMean: number[];
  /** Population standard deviation of each feature over the whole table. */
  readonly overallStd: number[];
}

/** One polars pass over the whole table and one grouped by label. */
function segmentStats(
  table: pl.DataFrame,
  labels: Int32Array,
  features: readonly string[],
  wanted: readonly string[],
  valueColumn: string | undefined,
): SegmentStats {
  const alias = (kind: string, i: number) => `${kind}${i}`;
  const value = valueColumn === undefined ? null : pl.col(valueColumn).cast(pl.Float64);
  const x = (i: number) => pl.col(features[i]!).cast(pl.Float64);
  const frame = table.select(...new Set(wanted)).withColumn(pl.Series(LABEL, labels, pl.Int32));

  const overallExprs = features.flatMap((_, i) => [
    x(i).mean().alias(alias("m", i)),
    x(i).sub(x(i).mean()).pow(2).mean().pow(0.5).alias(alias("s", i)),
  ]);
  if (value) overallExprs.push(value.sum().alias("v"));
  const overall = frame.select(...overallExprs);
  const one = (name: string) => numbers(overall.getColumn(name))[0]!;

  const groupExprs = [pl.len().alias("n")];
  features.forEach((_, i) =>
    groupExprs.push(x(i).mean().alias(alias("m", i)), x(i).median().alias(alias("d", i)))
  );
  if (value) groupExprs.push(value.sum().alias("v"));
  const groups = frame.groupBy(LABEL).agg(...groupExprs);
  return {
    groupLabels: numbers(groups.getColumn(LABEL)),
    sizes: numbers(groups.getColumn("n")),
    means: features.map((_, i) => numbers(groups.getColumn(alias("m", i)))),
    medians: features.map((_, i) => numbers(groups.getColumn(alias("d", i)))),
    values: value ? numbers(groups.getColumn("v")) : null,
    totalValue: value ? one("v") : NaN,
    overallMean: features.map((_, i) => one(alias("m", i))),
    overallStd: features.map((_, i) => one(alias("s", i))),
  };
}

/** The profile of group `g`: means, medians, z-scores and the features that most set it apart. */
function profileOf(
  g: number,
  stats: SegmentStats,
  features: readonly string[],
  names: Readonly<Record<number, string>>,
  rows: number,
): SegmentProfile {
  const label = stats.groupLabels[g]!;
  const meanOf: Record<string, number> = {},
    medianOf: Record<string, number> = {},
    z: Record<string, number> = {};
  features.forEach((f, i) => {
    meanOf[f] = stats.means[i]![g]!;
    medianOf[f] = stats.medians[i]![g]!;
    const sd = stats.overallStd[i]!;
    z[f] = sd > 0 ? (meanOf[f] - stats.overallMean[i]!) / sd : Number.isNaN(meanOf[f]) ? NaN : 0;
  });
  const distinctive = features
    .map((feature) => ({ feature, z: z[feature]! }))
    .filter((d) => !Number.isNaN(d.z))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
  const profile: SegmentProfile = {
    label,
    name: names[label] ?? "",
    description: "",
    actions: [],
    size: stats.sizes[g]!,
    share: stats.sizes[g]! / rows,
    means: meanOf,
    medians: medianOf,
    zScores: z,
    distinctive,
  };
  return stats.values ? { ...profile, valueShare: stats.values[g]! / stats.totalValue } : profile;
}
