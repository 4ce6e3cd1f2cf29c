/**
 * From a table to the numeric matrix every later step works on.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Matrix } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import { suggestColumns } from "../base/suggest_columns.ts";

/** Options for {@linkcode toMatrix}. */
export interface ToMatrixOptions {
  /** The file the table came from, named in errors. @default {"the table"} */
  file?: string;
}

/**
 * Take numeric columns of a table as one row-major `Float64Array` matrix that names its
 * columns, in the order given. The table is not changed.
 *
 * @param table The table (nodejs-polars DataFrame).
 * @param columns The columns to take, at least one, no repeats.
 * @param options See {@linkcode ToMatrixOptions}.
 * @returns The matrix, `table.height` rows by `columns.length` columns.
 * @throws {InputError} If a column is missing; the message lists the closest names present ("did you mean ...").
 * @throws {TypeError} If a column is not numeric (encode categories with {@linkcode oneHot}).
 * @throws {RangeError} If `columns` is empty or repeats a name, or a value is null, NaN or infinite (the message names the column and row index; impute first).
 *
 * @example Two columns
 * ```ts
 * import pl from "nodejs-polars";
 * import { toMatrix } from "./to_matrix.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ id: ["a", "b"], BALANCE: [10, 20], TENURE: [12, 6] });
 * const x = toMatrix(table, ["TENURE", "BALANCE"]);
 * assert.deepEqual([...x.data], [12, 10, 6, 20]);
 * assert.deepEqual(x.columns, ["TENURE", "BALANCE"]);
 * assert.throws(() => toMatrix(table, ["BALANCES"]), /did you mean "BALANCE"/);
 * ```
 */
export function toMatrix(
  table: pl.DataFrame,
  columns: readonly string[],
  options: ToMatrixOptions = {},
): Matrix {
  const { file = "the table" } = options;
  if (columns.length === 0) {
    throw new RangeError(
      `Cannot make a matrix from ${file}: no columns given; name at least one numeric column`,
    );
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) {
      throw new RangeError(
        `Cannot make a matrix from ${file}: column "${c}" is named twice; name each column once`,
      );
    }
    seen.add(c);
  }
  const present = table.columns;
  const missing = columns.filter((c) => !present.includes(c));
  if (missing.length > 0) {
    const hints = missing.map((m) => {
      const close = suggestColumns(m, present);
      return close.length > 0
        ? `"${m}" (did you mean ${close.map((c) => `"${c}"`).join(" or ")}?)`
        : `"${m}"`;
    });
    throw new InputError(
      `Cannot find column${missing.length > 1 ? "s" : ""} ${hints.join(", ")} in ${file}; columns present: ${
        present.map((c) => `"${c}"`).join(", ")
      }`,
      { file, column: missing[0]! },
    );
  }
  const n = table.height, d = columns.length;
  const data = new Float64Array(n * d);
  columns.forEach((name, t) => {
    const series = table.getColumn(name);
    if (!series.isNumeric()) {
      throw new TypeError(
        `Cannot use column "${name}" of ${file} as a number: its type is ${
          String(series.dtype).replace(/^DataType\((.*)\)$/, "$1")
        }; choose numeric columns, or encode categories with oneHot`,
      );
    }
    if (series.nullCount() > 0) {
      const row = (series.isNull().toArray() as boolean[]).indexOf(true);
      throw new RangeError(
        `Cannot use column "${name}" of ${file}: row index ${row} is empty (null); impute missing values first (or drop those rows)`,
      );
    }
    const values = series.cast(pl.Float64).toTypedArray() as Float64Array;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) {
        throw new RangeError(
          `Cannot use column "${name}" of ${file}: row index ${i} is ${v}; impute or drop non-finite values first`,
        );
      }
      data[i * d + t] = v;
    }
  });
  return { data, rows: n, cols: d, columns: [...columns] };
}
