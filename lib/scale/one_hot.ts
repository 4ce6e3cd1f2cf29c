/**
 * One-hot encoding of categorical columns.
 *
 * @module
 */
import pl from "nodejs-polars";
import { InputError } from "../base/errors.ts";
import type { Warning } from "../base/types.ts";
import { suggestColumns } from "../base/suggest_columns.ts";

/** Options for {@linkcode oneHot}. */
export interface OneHotOptions {
  /** Most indicator columns per input column; beyond it, the rarest levels are grouped as `"other"`. @default {20} */
  maxLevels?: number;
  /** Leave out the first level's column (it is implied by the others), as pandas' `drop_first`. @default {false} */
  dropFirst?: boolean;
}

/** The result of {@linkcode oneHot}. */
export interface OneHotResult {
  /** The table with each encoded column replaced by its 0/1 columns (Float64), added at the end. */
  readonly table: pl.DataFrame;
  /** The columns created, named `column=value`, in order. */
  readonly created: readonly string[];
  /**
   * Grouped rare levels (`levels-grouped`: `column`, `levels`, `maxLevels`, `grouped`, `rows`;
   * `other-level-exists`: `column`) and empty cells (`empty-cells-zero`: `column`, `n`), as typed
   * facts; `lib/text/` says them.
   */
  readonly warnings: readonly Warning[];
}

/**
 * Replace categorical columns by 0/1 indicator columns named `column=value`, one per level in
 * ascending order of the value's text (pandas' `get_dummies`). An empty cell gets 0 in every
 * indicator (pandas' default), and a warning counts them. A column with more than `maxLevels`
 * levels keeps its `maxLevels - 1` most frequent levels (ties: ascending text) and groups the
 * rest as `column=other`, with a warning. The input table is not changed.
 *
 * @param table The table (nodejs-polars DataFrame).
 * @param columns The columns to encode (any type; values are compared as text).
 * @param options See {@linkcode OneHotOptions}.
 * @returns The new table, the columns created and warnings.
 * @throws {InputError} If a column is missing (the message suggests close names).
 * @throws {RangeError} If `maxLevels` is not an integer >= 2.
 *
 * @example Two levels
 * ```ts
 * import pl from "nodejs-polars";
 * import { oneHot } from "./one_hot.ts";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({ id: [1, 2, 3], plan: ["gold", "basic", "gold"] });
 * const r = oneHot(t, ["plan"]);
 * assert.deepEqual(r.created, ["plan=basic", "plan=gold"]);
 * assert.deepEqual(r.table.getColumn("plan=gold").toArray(), [1, 0, 1]);
 * assert.deepEqual(r.table.columns, ["id", "plan=basic", "plan=gold"]);
 * ```
 */
export function oneHot(
  table: pl.DataFrame,
  columns: readonly string[],
  options: OneHotOptions = {},
): OneHotResult {
  const { maxLevels = 20, dropFirst = false } = options;
  if (!Number.isInteger(maxLevels) || maxLevels < 2) {
    throw new RangeError(`Cannot one-hot encode with maxLevels = ${maxLevels}: use an integer of at least 2`);
  }
  const present = table.columns;
  for (const c of columns) {
    if (!present.includes(c)) {
      const close = suggestColumns(c, present);
      throw new InputError(
        `Cannot one-hot encode column "${c}": it is not in the table${
          close.length > 0 ? `; did you mean ${close.map((s) => `"${s}"`).join(" or ")}?` : ""
        }; columns present: ${present.map((s) => `"${s}"`).join(", ")}`,
        { file: "the table", column: c },
      );
    }
  }
  const warnings: Warning[] = [];
  const created: string[] = [];
  const added: pl.Series[] = [];
  for (const c of columns) {
    const text = table.getColumn(c).cast(pl.Utf8).toArray() as (string | null)[];
    const { levels, grouped } = chooseLevels(c, text, maxLevels, warnings);
    const names = [...levels];
    if (grouped !== null && !names.includes("other")) names.push("other");
    const index = new Map<string, number>();
    names.forEach((l, p) => index.set(l, p));
    const code = new Int32Array(text.length).fill(-1);
    text.forEach((v, i) => {
      if (v === null) return;
      code[i] = grouped?.has(v) ? index.get("other")! : index.get(v)!;
    });
    names.forEach((level, p) => {
      if (dropFirst && p === 0) return;
      const values = new Float64Array(text.length);
      for (let i = 0; i < text.length; i++) values[i] = code[i] === p ? 1 : 0;
      const name = `${c}=${level}`;
      if (present.includes(name) && !columns.includes(name)) {
        throw new RangeError(
          `Cannot one-hot encode column "${c}": the table already has a column "${name}"; rename it first`,
        );
      }
      created.push(name);
      added.push(pl.Series(name, values, pl.Float64));
    });
  }
  const kept = columns.length > 0 ? table.drop(columns as string[]) : table;
  return { table: added.length > 0 ? kept.withColumns(...added) : kept, created, warnings };
}

/**
 * The levels of one column in ascending order of their text; beyond `maxLevels`, the
 * `maxLevels - 1` most frequent (ties: ascending text) and the rest `grouped`. Grouped levels
 * and empty cells are said in `warnings`.
 */
function chooseLevels(
  c: string,
  text: readonly (string | null)[],
  maxLevels: number,
  warnings: Warning[],
): { levels: string[]; grouped: Set<string> | null } {
  const counts = new Map<string, number>();
  let empty = 0;
  for (const v of text) {
    if (v === null) empty++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let levels = [...counts.keys()].sort(compareText);
  let grouped: Set<string> | null = null;
  if (levels.length > maxLevels) {
    const byFrequency = [...levels].sort((a, b) => counts.get(b)! - counts.get(a)! || compareText(a, b));
    const kept = new Set(byFrequency.slice(0, maxLevels - 1));
    grouped = new Set(levels.filter((l) => !kept.has(l)));
    const rows = [...grouped].reduce((s, l) => s + counts.get(l)!, 0);
    warnings.push({
      code: "levels-grouped",
      column: c,
      levels: levels.length,
      maxLevels,
      grouped: grouped.size,
      rows,
    });
    levels = levels.filter((l) => kept.has(l));
    if (levels.includes("other")) {
      warnings.push({ code: "other-level-exists", column: c });
    }
  }
  if (empty > 0) {
    warnings.push({ code: "empty-cells-zero", column: c, n: empty });
  }
  return { levels, grouped };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
