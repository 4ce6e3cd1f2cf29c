/**
 * Column profiles (EDA) as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { ColumnProfile } from "../eda/profile_columns.ts";
import { round } from "./_round.ts";

/** The fields of a {@linkcode ColumnProfile} that {@linkcode columnsFrame} shows. */
export type ColumnsFrameInput = Pick<
  ColumnProfile,
  | "name"
  | "kind"
  | "missing"
  | "distinct"
  | "min"
  | "q1"
  | "median"
  | "q3"
  | "max"
  | "mean"
  | "std"
  | "skew"
  | "outliers"
>;

/**
 * Column profiles as a table, like pandas' `df.describe()` turned sideways: `column`, `kind`,
 * `missing`, `distinct`, `min`, `q1`, `median`, `q3`, `max`, `mean`, `std`, `skew` (3 decimals;
 * `null` for columns that are not numbers) and `outliers` (outside Tukey's fences).
 *
 * @param columns From `profileColumns` (whole `ColumnProfile`s fit).
 * @returns One row per column.
 *
 * @example A number and a text column
 * ```ts
 * import { columnsFrame } from "./columns_frame.ts";
 * import assert from "node:assert/strict";
 * const none = { min: null, q1: null, median: null, q3: null, max: null, mean: null, std: null, skew: null, outliers: null };
 * const f = columnsFrame([
 *   { name: "spend", kind: "number", missing: 1, distinct: 4, min: 1, q1: 2, median: 3.14159, q3: 4, max: 9, mean: 3.5, std: 2, skew: 0.5, outliers: 1 },
 *   { ...none, name: "country", kind: "text", missing: 0, distinct: 2 },
 * ]);
 * assert.deepEqual(f.getColumn("median").toArray(), [3.142, null]);
 * assert.deepEqual(f.getColumn("kind").toArray(), ["number", "text"]);
 * ```
 */
export function columnsFrame(columns: readonly ColumnsFrameInput[]): pl.DataFrame {
  const num = (f: (c: ColumnsFrameInput) => number | null, digits = 3) =>
    columns.map((c) => {
      const v = f(c);
      return v === null ? null : round(v, digits);
    });
  return pl.DataFrame({
    column: columns.map((c) => c.name),
    kind: columns.map((c) => c.kind),
    missing: columns.map((c) => c.missing),
    distinct: columns.map((c) => c.distinct),
    min: num((c) => c.min),
    q1: num((c) => c.q1),
    median: num((c) => c.median),
    q3: num((c) => c.q3),
    max: num((c) => c.max),
    mean: num((c) => c.mean),
    std: num((c) => c.std),
    skew: num((c) => c.skew),
    outliers: columns.map((c) => c.outliers),
  });
}
