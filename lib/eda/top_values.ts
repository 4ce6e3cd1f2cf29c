/**
 * The most frequent values of a column.
 *
 * @module
 */
import pl from "nodejs-polars";
import { isTemporalDtype, isTextDtype } from "../base/frame.ts";
import type { ValueCount } from "./profile_columns.ts";

/** Options for {@linkcode topValues}. */
export interface TopValuesOptions {
  /** How many values at most. @default {10} */
  n?: number;
}

/**
 * The `n` most frequent values of a column, most frequent first, ties in value order
 * (so the answer never depends on row order). Missing values, NaN and blank text are
 * left out. Numbers are written as JavaScript writes them (`17850`, not `17850.0`),
 * dates as `YYYY-MM-DD HH:MM:SS`. Like pandas' `s.value_counts().head(n)`, with a
 * stable tie rule.
 *
 * @param table The table.
 * @param column The column's header.
 * @param options See {@linkcode TopValuesOptions}.
 * @returns Up to `n` values with their counts.
 * @throws {RangeError} If the column is not in the table, or `n` is not a whole number at least 0.
 *
 * @example Top two countries by rows
 * ```ts
 * import pl from "nodejs-polars";
 * import { topValues } from "./top_values.ts";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({ country: ["UK", "FR", "UK", null, "DE", "FR", "UK"] });
 * assert.deepEqual(topValues(t, "country", { n: 2 }), [{ value: "UK", count: 3 }, { value: "FR", count: 2 }]);
 * ```
 */
export function topValues(table: pl.DataFrame, column: string, options: TopValuesOptions = {}): ValueCount[] {
  const { n = 10 } = options;
  if (!table.columns.includes(column)) {
    throw new RangeError(
      `Cannot count the values of column "${column}": it is not in the table; choose one of ${
        JSON.stringify(table.columns)
      }`,
    );
  }
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Cannot count the top values with n = ${n}: give a whole number at least 0`);
  }
  const dtype = table.getColumn(column).dtype;
  const c = pl.col(column);
  let present = c.isNotNull();
  if (isTextDtype(dtype)) present = present.and(c.str.strip().str.lengths().gt(0));
  if (dtype.variant === "Float64" || dtype.variant === "Float32") present = present.and(c.isNotNan());
  const v = "__value", k = "__count";
  const shown = isTemporalDtype(dtype) ? c.dt.strftime("%Y-%m-%d %H:%M:%S") : c;
  const counted = table.filter(present).select(shown.alias(v)).groupBy(v).agg(pl.col(v).count().alias(k))
    .sort([k, v], [true, false]).head(n).toRecords();
  return counted.map((r) => ({ value: String(r[v]), count: Number(r[k]) }));
}
