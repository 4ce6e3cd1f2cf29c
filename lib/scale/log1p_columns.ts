/**
 * log1p for skewed columns, chosen by measured skew.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { column, pandasSkew } from "../base/stats.ts";

/** Options for {@linkcode log1pColumns}. */
export interface Log1pColumnsOptions {
  /** Columns to transform, or `"auto"`: every column with skew above `skewThreshold` and no negative value. @default {"auto"} */
  columns?: readonly string[] | "auto";
  /** With `"auto"`, transform columns whose skew is above this. @default {1} */
  skewThreshold?: number;
}

/** The result of {@linkcode log1pColumns}. */
export interface Log1pColumnsResult {
  /** The data with `log(1 + x)` in the transformed columns (names unchanged). */
  readonly matrix: Matrix;
  /** The columns transformed, in column order. */
  readonly transformed: readonly string[];
  /** Skew of every column before the transform (pandas' `skew()`). */
  readonly skews: Readonly<Record<string, number>>;
  /** Why: `"given"`, the columns asked for; `"auto"`, the columns skewed above `skewThreshold`. `log1pText` in `lib/text/` says it in words. */
  readonly mode: "given" | "auto";
  /** The skew above which `"auto"` transforms a column. */
  readonly skewThreshold: number;
  /** Columns skewed above the threshold but left as is because they have negative values (`"auto"` only). */
  readonly skewedNegative: readonly string[];
}

/**
 * Replace values by `log(1 + x)` in skewed columns (money amounts, counts), so a few large
 * values do not dominate distances. With `"auto"`, a column is transformed when its skew
 * (pandas' adjusted Fisher-Pearson `Series.skew()`) is above `skewThreshold` and it has no
 * negative value; skewed columns with negative values are left as is and named in `skewedNegative`.
 *
 * @param x The data.
 * @param options See {@linkcode Log1pColumnsOptions}.
 * @returns The new matrix, the columns transformed, every column's skew, and the facts of why.
 * @throws {RangeError} If a named column is missing or has negative values, or `x` has a non-finite value.
 *
 * @example A skewed money column
 * ```ts
 * import { log1pColumns } from "./log1p_columns.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0, 1], [0, 2], [1, 3], [99, 4]], ["amount", "tenure"]);
 * const r = log1pColumns(x);
 * assert.deepEqual(r.transformed, ["amount"]);
 * assert.equal(r.matrix.data[6], Math.log1p(99));
 * assert.equal(r.skews.tenure, 0);
 * ```
 */
export function log1pColumns(x: Matrix, options: Log1pColumnsOptions = {}): Log1pColumnsResult {
  const { columns = "auto", skewThreshold = 1 } = options;
  checkMatrix(x, "take log1p");
  const d = x.cols, n = x.rows;
  const skews: Record<string, number> = {};
  const mins: number[] = [];
  for (let t = 0; t < d; t++) {
    const v = column(x, t);
    skews[x.columns[t]!] = pandasSkew(v);
    mins.push(v.reduce((m, a) => Math.min(m, a), Infinity));
  }
  const chosen = new Set<number>();
  const negative: string[] = [];
  if (columns === "auto") {
    for (let t = 0; t < d; t++) {
      if (skews[x.columns[t]!]! > skewThreshold) {
        if (mins[t]! < 0) negative.push(x.columns[t]!);
        else chosen.add(t);
      }
    }
  } else {
    for (const c of columns) {
      const t = x.columns.indexOf(c);
      if (t < 0) {
        throw new RangeError(
          `Cannot take log1p of column "${c}": it is not in the data; columns present: ${
            x.columns.map((s) => `"${s}"`).join(", ")
          }`,
        );
      }
      if (mins[t]! < 0) {
        throw new RangeError(
          `Cannot take log1p of column "${c}": it has negative values (lowest ${
            mins[t]
          }), and log1p needs values >= 0; leave it out or shift it first`,
        );
      }
      chosen.add(t);
    }
  }
  const data = Float64Array.from(x.data);
  for (const t of chosen) for (let i = 0; i < n; i++) data[i * d + t] = Math.log1p(data[i * d + t]!);
  const transformed = x.columns.filter((_, t) => chosen.has(t));
  return {
    matrix: { data, rows: n, cols: d, columns: [...x.columns] },
    transformed,
    skews,
    mode: columns === "auto" ? "auto" : "given",
    skewThreshold,
    skewedNegative: negative,
  };
}
