/**
 * The first rows of a table, as the user's file has them.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { ROW_COLUMN } from "../load/read_table.ts";

/** Options for {@linkcode previewFrame}. */
export interface PreviewFrameOptions {
  /** How many rows to show. @default {5} */
  rows?: number;
}

/**
 * The first rows of a table without the internal row-number column `readTable` adds
 * (`ROW_COLUMN`), like pandas' `df.head(rows)`.
 *
 * @param table Any table, e.g. `readTable(...).table`.
 * @param options How many rows.
 * @returns A new table with at most `rows` rows and the user's columns.
 * @throws {RangeError} If `rows` is not a non-negative integer.
 *
 * @example Two rows
 * ```ts
 * import { previewFrame } from "./preview_frame.ts";
 * import { ROW_COLUMN } from "../load/read_table.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ [ROW_COLUMN]: [2, 3, 4], name: ["a", "b", "c"] });
 * const f = previewFrame(table, { rows: 2 });
 * assert.deepEqual(f.columns, ["name"]);
 * assert.deepEqual(f.getColumn("name").toArray(), ["a", "b"]);
 * ```
 */
export function previewFrame(table: pl.DataFrame, options: PreviewFrameOptions = {}): pl.DataFrame {
  const { rows = 5 } = options;
  if (!Number.isInteger(rows) || rows < 0) {
    throw new RangeError(
      `Cannot preview the table with rows = ${rows}: rows must be a whole number from 0 up; pass e.g. { rows: 5 }`,
    );
  }
  const head = table.head(rows);
  return head.columns.includes(ROW_COLUMN) ? head.drop(ROW_COLUMN) : head;
}
