/**
 * A short name for a run's outputs, from the input file's path.
 *
 * @module
 */

/**
 * The file's base name without its extension, to name the report and segment CSV after the data
 * (`"../data/retail_sample.csv"` → `"retail_sample"`). Both `/` and `\` separate folders; only the
 * last extension goes (`"a.tar.gz"` → `"a.tar"`); a name with no extension, or a hidden file like
 * `".env"`, stays; an empty name gives `"segments"`.
 *
 * @param path A file path or name.
 * @returns The base name without extension, never empty.
 *
 * @example Paths and names
 * ```ts
 * import { outputName } from "./output_name.ts";
 * import assert from "node:assert/strict";
 * assert.equal(outputName("../data/retail_sample.csv"), "retail_sample");
 * assert.equal(outputName("C:\\data\\cards.xlsx"), "cards");
 * assert.equal(outputName("customers"), "customers");
 * assert.equal(outputName(""), "segments");
 * ```
 */
export function outputName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  const name = dot > 0 ? base.slice(0, dot) : base;
  return name === "" ? "segments" : name;
}
