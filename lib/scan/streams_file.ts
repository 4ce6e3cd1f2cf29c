/**
 * Whether a run streams a file through DuckDB: a module without dependencies, so that the CLI's
 * launcher can decide the permissions (DuckDB's native addon) before anything is loaded.
 *
 * @module
 */

/** Which engine reads the lines: DuckDB in streaming, in memory, or chosen by the file's size. */
export type Engine = "auto" | "memory" | "duckdb";

/** From this size (bytes) `engine: "auto"` streams an invoice CSV through DuckDB. */
export const STREAM_BYTES: number = 256 * 1024 * 1024;

/** Whether the streamed path can read the file: CSV text (not a workbook or Parquet). */
export function streamable(path: string): boolean {
  const ext = (/\.([^.\\/]+)$/.exec(path)?.[1] ?? "").toLowerCase();
  return !["parquet", "pq", "xlsx", "xlsm", "xls", "ods", "xlsb"].includes(ext);
}

/**
 * Whether a run streams the file through DuckDB: `engine: "duckdb"`, or `"auto"` for a CSV of
 * {@linkcode STREAM_BYTES} or more (whether it holds invoice lines is checked on its head).
 *
 * @example
 * ```ts
 * import { streamsFile } from "./streams_file.ts";
 * import assert from "node:assert/strict";
 * assert.equal(streamsFile("big.csv", 300 * 1024 * 1024), true);
 * assert.equal(streamsFile("big.csv", 300 * 1024 * 1024, "memory"), false);
 * assert.equal(streamsFile("book.xlsx", 300 * 1024 * 1024), false);
 * ```
 */
export function streamsFile(path: string, size: number, engine: Engine = "auto"): boolean {
  if (engine === "memory" || !streamable(path)) return false;
  return engine === "duckdb" || size >= STREAM_BYTES;
}
