/**
 * Value counts as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Options for {@linkcode valueCountsFrame}. */
export interface ValueCountsFrameOptions {
  /** Header of the values' column. @default {"value"} */
  header?: string;
}

/**
 * Value counts (e.g. from `topValues`) as a two-column table, in the order given, like pandas'
 * `s.value_counts().reset_index()`.
 *
 * @param counts The values and how often each occurs.
 * @param options The header of the values' column.
 * @returns Columns `<header>` and `count`.
 *
 * @example Countries
 * ```ts
 * import { valueCountsFrame } from "./value_counts_frame.ts";
 * import assert from "node:assert/strict";
 * const f = valueCountsFrame([{ value: "UK", count: 3 }, { value: "FR", count: 2 }], { header: "country" });
 * assert.deepEqual(f.columns, ["country", "count"]);
 * assert.deepEqual(f.getColumn("count").toArray(), [3, 2]);
 * ```
 */
export function valueCountsFrame(
  counts: readonly { readonly value: string; readonly count: number }[],
  options: ValueCountsFrameOptions = {},
): pl.DataFrame {
  const { header = "value" } = options;
  return pl.DataFrame({
    [header]: pl.Series(header, counts.map((c) => c.value), pl.Utf8),
    count: pl.Series("count", counts.map((c) => c.count), pl.Int64),
  });
}
