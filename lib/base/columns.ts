/**
 * Private: column checks shared by the profile functions: the missing-column error (with
 * lib/load's `suggestColumns` for "did you mean"), and the numeric-column check.
 *
 * @module
 */
import { InputError } from "./errors.ts";
import { suggestColumns } from "./suggest_columns.ts";

/** Throw an InputError if any of `wanted` is not a column of `present`. */
export function requireColumns(
  action: string,
  wanted: readonly string[],
  present: readonly string[],
  file: string,
): void {
  for (const w of wanted) {
    if (present.includes(w)) continue;
    const near = suggestColumns(w, present);
    const shown = present.slice(0, 30).map((c) => `"${c}"`).join(", ") + (present.length > 30 ? ", ..." : "");
    const guess = near.length > 0 ? `did you mean ${near.map((c) => `"${c}"`).join(" or ")}? ` : "";
    throw new InputError(
      `Cannot ${action}: column "${w}" is missing; ${guess}use one of the columns present: ${shown}`,
      { file, column: w },
    );
  }
}

/** A polars dtype as people read it: `String`, `Int64`. */
export function dtypeName(dtype: unknown): string {
  return String(dtype).replace(/^DataType\((.*)\)$/, "$1");
}

/** Throw a TypeError if a column is not numeric (integers, floats, booleans, decimals). */
export function requireNumeric(
  action: string,
  columns: Iterable<string>,
  dtypeOf: (column: string) => unknown,
): void {
  for (const c of columns) {
    const name = dtypeName(dtypeOf(c));
    if (!/^(U?Int\d+|Float\d+|Boolean|Bool|Decimal)/.test(name)) {
      throw new TypeError(
        `Cannot ${action}: column "${c}" is of type ${name}, not numeric; use numeric columns or convert it first`,
      );
    }
  }
}
