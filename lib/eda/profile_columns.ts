/**
 * A profile of every column: type, missing values, distinct values, quartiles, skew, outliers.
 *
 * @module
 */
import { skewFromMoments } from "../base/stats.ts";
import pl from "nodejs-polars";
import { isNumericDtype, isTemporalDtype, isTextDtype, ROW_COLUMN } from "../base/frame.ts";

/** A value and how many rows hold it. */
export interface ValueCount {
  /** The value as text (numbers as JavaScript writes them). */
  readonly value: string;
  /** Rows that hold it. */
  readonly count: number;
}

/** What {@linkcode profileColumns} says about one column. Number fields are `null` for other kinds. */
export interface ColumnProfile {
  /** The column's header. */
  readonly name: string;
  /** What the column holds. */
  readonly kind: "number" | "date" | "text" | "boolean" | "other";
  /** Values present: not null, not NaN or ±Infinity, not blank text. */
  readonly count: number;
  /** Rows without a value: null, NaN, ±Infinity, or text that is empty or only spaces. */
  readonly missing: number;
  /** Distinct values present. */
  readonly distinct: number;
  /** Smallest value. */
  readonly min: number | null;
  /** First quartile (linear interpolation, pandas' and numpy's default). */
  readonly q1: number | null;
  /** Median. */
  readonly median: number | null;
  /** Third quartile. */
  readonly q3: number | null;
  /** Largest value. */
  readonly max: number | null;
  /** Mean. */
  readonly mean: number | null;
  /** Sample standard deviation (ddof = 1); NaN with fewer than 2 values. */
  readonly std: number | null;
  /** Adjusted Fisher-Pearson skewness (pandas' `Series.skew()`); NaN with fewer than 3 values, 0 if constant. */
  readonly skew: number | null;
  /** Values below `q1 - 1.5 IQR` or above `q3 + 1.5 IQR` (Tukey's fences). */
  readonly outliers: number | null;
  /** `q1 - 1.5 (q3 - q1)`. */
  readonly lowerFence: number | null;
  /** `q3 + 1.5 (q3 - q1)`. */
  readonly upperFence: number | null;
  /** Earliest date, `YYYY-MM-DD HH:MM:SS` (naive UTC); `null` for other kinds. */
  readonly earliest: string | null;
  /** Latest date, same form. */
  readonly latest: string | null;
  /** Most frequent values of text and boolean columns, most frequent first (ties by value); empty for others. */
  readonly top: readonly ValueCount[];
}

/** Options for {@linkcode profileColumns}. */
export interface ProfileColumnsOptions {
  /** The columns to profile, in this order. @default {every column but `__row`} */
  columns?: readonly string[];
  /** How many top values to list for text and boolean columns. @default {5} */
  top?: number;
}

/**
 * Profile the columns of a table, as pandas' `df.describe(include="all")` plus missing
 * values, distinct values, skewness and IQR outliers. NaN and ±Infinity count as missing
 * (as they would after cleaning), and so does blank text. Quartiles interpolate linearly
 * (`Series.quantile`), `std` has ddof = 1 (`Series.std()`), and `skew` is pandas'
 * `Series.skew()`: `n √(n-1) / (n-2) · m3 / m2^1.5` on sums of centred powers, 0 when the
 * values are constant. All statistics are polars expressions: two passes over the table
 * whatever its size.
 *
 * @param table The table; the row-number column `__row` is skipped.
 * @param options See {@linkcode ProfileColumnsOptions}.
 * @returns One profile per column, in the table's order.
 * @throws {RangeError} If a column asked for is not in the table, or `top` is not a whole number at least 0.
 *
 * @example Quartiles and outliers of a small column
 * ```ts
 * import pl from "nodejs-polars";
 * import { profileColumns } from "./profile_columns.ts";
 * import assert from "node:assert/strict";
 * const [p] = profileColumns(pl.DataFrame({ x: [1, 2, 3, 4, 100, null] }));
 * assert.equal(p!.kind, "number");
 * assert.deepEqual([p!.count, p!.missing, p!.q1, p!.median, p!.q3], [5, 1, 2, 3, 4]);
 * assert.equal(p!.outliers, 1); // 100 > 4 + 1.5 * 2
 * ```
 */
export function profileColumns(table: pl.DataFrame, options: ProfileColumnsOptions = {}): ColumnProfile[] {
  const { columns = table.columns.filter((c) => c !== ROW_COLUMN), top = 5 } = options;
  for (const c of columns) {
    if (!table.columns.includes(c)) {
      throw new RangeError(
        `Cannot profile column "${c}": it is not in the table; choose one of ${
          JSON.stringify(table.columns)
        }`,
      );
    }
  }
  if (!Number.isInteger(top) || top < 0) {
    throw new RangeError(`Cannot profile columns with top = ${top}: give a whole number at least 0`);
  }
  const kinds = columns.map((c) => kindOf(table.getColumn(c).dtype));
  const exprs = columns.flatMap((c, i) => statExprs(c, kinds[i]!, (s) => `${i}\u0000${s}`));
  const stats: Record<string, unknown> = exprs.length === 0
    ? {}
    : table.select(...exprs).toRecords()[0] ?? {};
  const tops = new Map<number, ValueCount[]>();
  columns.forEach((c, i) => {
    const kind = kinds[i]!;
    if (kind !== "text" && kind !== "boolean") return;
    const counted = countValues(table, c, kind);
    stats[`${i}\u0000n`] = counted.count;
    stats[`${i}\u0000d`] = counted.distinct;
    tops.set(
      i,
      counted.groups.head(top).toRecords().map((r) => ({ value: String(r[VALUE]), count: Number(r[COUNT]) })),
    );
  });
  const num = (i: number, s: string): number => {
    const x = stats[`${i}\u0000${s}`];
    return x === null || x === undefined ? Number.NaN : Number(x);
  };
  const { fences, outliers } = countOutliers(table, columns, kinds, num);
  return columns.map((name, i): ColumnProfile => {
    const kind = kinds[i]!;
    const count = num(i, "n");
    const base = emptyProfile(name, kind, count, table.height - count, num(i, "d"));
    if (kind === "number") {
      const fence = fences[i]!;
      return {
        ...base,
        min: num(i, "min"),
        q1: num(i, "q1"),
        median: num(i, "median"),
        q3: num(i, "q3"),
        max: num(i, "max"),
        mean: num(i, "mean"),
        std: count < 2 ? Number.NaN : num(i, "std"),
        skew: skewFromMoments(count, num(i, "m2"), num(i, "m3")),
        outliers: count === 0 ? 0 : Number(outliers[`${i}`] ?? 0),
        lowerFence: fence.lo,
        upperFence: fence.hi,
      };
    }
    if (kind === "date") {
      const earliest = stats[`${i}\u0000earliest`], latest = stats[`${i}\u0000latest`];
      return {
        ...base,
        earliest: typeof earliest === "string" ? earliest : null,
        latest: typeof latest === "string" ? latest : null,
      };
    }
    if (kind === "text" || kind === "boolean") return { ...base, top: tops.get(i)! };
    return base;
  });
}

/** The one-pass statistics of a number, date or other column, named by `key` (text and booleans are counted apart). */
function statExprs(c: string, kind: ColumnProfile["kind"], key: (s: string) => string): pl.Expr[] {
  if (kind === "number") {
    const v = pl.col(c).cast(pl.Float64);
    const f = v.filter(v.isFinite());
    const centred = f.sub(f.mean());
    return [
      f.count().alias(key("n")),
      f.nUnique().alias(key("d")),
      f.min().alias(key("min")),
      f.quantile(0.25, "linear").alias(key("q1")),
      f.quantile(0.5, "linear").alias(key("median")),
      f.quantile(0.75, "linear").alias(key("q3")),
      f.max().alias(key("max")),
      f.mean().alias(key("mean")),
      f.std().alias(key("std")),
      centred.pow(2).sum().alias(key("m2")),
      centred.pow(2).mul(centred).sum().alias(key("m3")),
    ];
  }
  if (kind === "date") {
    const v = pl.col(c).dropNulls();
    return [
      v.count().alias(key("n")),
      v.nUnique().alias(key("d")),
      v.min().dt.strftime("%Y-%m-%d %H:%M:%S").alias(key("earliest")),
      v.max().dt.strftime("%Y-%m-%d %H:%M:%S").alias(key("latest")),
    ];
  }
  if (kind === "other") {
    const v = pl.col(c).dropNulls();
    return [v.count().alias(key("n")), v.nUnique().alias(key("d"))];
  }
  return [];
}

/** Tukey's fences (1.5 × IQR beyond the quartiles) of every number column, and the finite values outside them, in one pass. */
function countOutliers(
  table: pl.DataFrame,
  columns: readonly string[],
  kinds: readonly ColumnProfile["kind"][],
  num: (i: number, s: string) => number,
): { fences: ({ lo: number; hi: number } | null)[]; outliers: Record<string, unknown> } {
  const fences = columns.map((_, i) => {
    if (kinds[i] !== "number") return null;
    const q1 = num(i, "q1"), q3 = num(i, "q3");
    return { lo: q1 - 1.5 * (q3 - q1), hi: q3 + 1.5 * (q3 - q1) };
  });
  const outlierExprs = columns.flatMap((c, i) => {
    const fence = fences[i];
    if (fence === null || fence === undefined || Number.isNaN(fence.lo)) return [];
    const v = pl.col(c).cast(pl.Float64);
    const f = v.filter(v.isFinite());
    return [f.filter(f.lt(fence.lo).or(f.gt(fence.hi))).count().alias(`${i}`)];
  });
  const outliers = outlierExprs.length === 0 ? {} : table.select(...outlierExprs).toRecords()[0] ?? {};
  return { fences, outliers };
}

/** A profile with the counts only; the kind's own fields are filled by the caller. */
function emptyProfile(
  name: string,
  kind: ColumnProfile["kind"],
  count: number,
  missing: number,
  distinct: number,
): ColumnProfile {
  return {
    name,
    kind,
    count,
    missing,
    distinct,
    min: null,
    q1: null,
    median: null,
    q3: null,
    max: null,
    mean: null,
    std: null,
    skew: null,
    outliers: null,
    lowerFence: null,
    upperFence: null,
    earliest: null,
    latest: null,
    top: [],
  };
}

function kindOf(dtype: pl.DataType): ColumnProfile["kind"] {
  if (isNumericDtype(dtype)) return "number";
  if (isTemporalDtype(dtype)) return "date";
  if (isTextDtype(dtype)) return "text";
  if (dtype.variant === "Bool") return "boolean";
  return "other";
}

const VALUE = "__value", COUNT = "__count";

/**
 * Count the values of a text or boolean column: one group-by on the raw values; blank
 * text is dropped from the groups afterwards (far fewer groups than rows to strip).
 */
function countValues(
  table: pl.DataFrame,
  name: string,
  kind: "text" | "boolean",
): { count: number; distinct: number; groups: pl.DataFrame } {
  let groups = table.select(pl.col(name).alias(VALUE)).filter(pl.col(VALUE).isNotNull())
    .groupBy(VALUE).agg(pl.col(VALUE).count().alias(COUNT));
  if (kind === "text") groups = groups.filter(pl.col(VALUE).str.strip().str.lengths().gt(0));
  groups = groups.withColumns(pl.col(VALUE).cast(pl.Utf8)).sort([COUNT, VALUE], [true, false]);
  const count = groups.height === 0 ? 0 : Number(groups.select(pl.col(COUNT).sum()).toRecords()[0]![COUNT]);
  return { count, distinct: groups.height, groups };
}
