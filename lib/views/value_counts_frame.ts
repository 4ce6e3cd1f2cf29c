/**
 * Value counts as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang } from "../base/types.ts";
import { words } from "../text/mod.ts";

/** Options for {@linkcode valueCountsFrame}. */
export interface ValueCountsFrameOptions {
  /** Header of the values' column. @default {"value"} */
  header?: string;
  /** Language of the counts' header ("Rows", "Filas", "Baris"); without it the header is `count`. */
  lang?: Lang;
}

/**
 * Value counts (e.g. from `topValues`) as a two-column table, in the order given, like pandas'
 * `s.value_counts().reset_index()`.
 *
 * @param counts The values and how often each occurs.
 * @param options The header of the values' column, and the language of the counts' header.
 * @returns Columns `<header>` and `count` (or the rows header in `lang`).
 *
 * @example Countries
 * ```ts
 * import { valueCountsFrame } from "./value_counts_frame.ts";
 * import assert from "node:assert/strict";
 * const f = valueCountsFrame([{ value: "UK", count: 3 }, { value: "FR", count: 2 }], { header: "country" });
 * assert.deepEqual(f.columns, ["country", "count"]);
 * assert.deepEqual(f.getColumn("count").toArray(), [3, 2]);
 * assert.deepEqual(valueCountsFrame([{ value: "UK", count: 3 }], { lang: "id" }).columns, ["value", "Baris"]);
 * ```
 */
export function valueCountsFrame(
  counts: readonly { readonly value: string; readonly count: number }[],
  options: ValueCountsFrameOptions = {},
): pl.DataFrame {
  const { header = "value" } = options;
  const count = options.lang ? words(options.lang).report.render.rows : "count";
  return pl.DataFrame({
    [header]: pl.Series(header, counts.map((c) => c.value), pl.Utf8),
    [count]: pl.Series(count, counts.map((c) => c.count), pl.Int64),
  });
}
