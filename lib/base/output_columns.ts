/**
 * Names for the columns segmenta adds to a customer table, clear of the user's own columns.
 *
 * @module
 */
import type { Warning } from "./types.ts";

/** Added to an output column's name when the user's table already has a column of that name. */
export const OUTPUT_SUFFIX = "_segmenta";

/** What {@linkcode outputColumnNames} decided. */
export interface OutputColumnNames {
  /** The name each wanted column gets, by its usual name. */
  readonly names: Readonly<Record<string, string>>;
  /** One `output-column-renamed` warning per renamed column (`column`: the usual name, `renamed`: the one it got). */
  readonly warnings: readonly Warning[];
}

/**
 * Name the columns segmenta adds to a table of the user's columns (`cluster`, `segment`, ...) so
 * that none overwrites a column of the user: a wanted name that is taken gets
 * {@linkcode OUTPUT_SUFFIX} (then `_2`, `_3`, ... if that is taken too), and each rename is a
 * warning. Names are compared exactly (a feature `Segment` does not clash with `segment`).
 *
 * @param taken The user's columns that stay in the table.
 * @param wanted The usual names of the added columns, in order.
 * @returns The names and the warnings.
 *
 * @example A feature called "segment"
 * ```ts
 * import { outputColumnNames } from "./output_columns.ts";
 * import assert from "node:assert/strict";
 * const r = outputColumnNames(["id", "segment", "spend"], ["cluster", "segment"]);
 * assert.deepEqual(r.names, { cluster: "cluster", segment: "segment_segmenta" });
 * assert.deepEqual(r.warnings, [{ code: "output-column-renamed", column: "segment", renamed: "segment_segmenta" }]);
 * ```
 */
export function outputColumnNames(taken: readonly string[], wanted: readonly string[]): OutputColumnNames {
  const used = new Set([...taken, ...wanted.filter((w) => !taken.includes(w))]);
  const names: Record<string, string> = {};
  const warnings: Warning[] = [];
  for (const w of wanted) {
    if (!taken.includes(w)) {
      names[w] = w;
      continue;
    }
    let name = `${w}${OUTPUT_SUFFIX}`;
    for (let i = 2; used.has(name); i++) name = `${w}${OUTPUT_SUFFIX}_${i}`;
    used.add(name);
    names[w] = name;
    warnings.push({ code: "output-column-renamed", column: w, renamed: name });
  }
  return { names, warnings };
}
