/**
 * Count how two labelings of the same customers overlap.
 *
 * @module
 */

/** Options for {@linkcode crosstab}. */
export interface CrosstabOptions {
  /** Display name of some values of `a` (keyed by the value as text); others show as text. @default {{}} */
  aNames?: Readonly<Record<string, string>>;
  /** Display name of some values of `b`. @default {{}} */
  bNames?: Readonly<Record<string, string>>;
  /** Values of `a` to list first, in this order (e.g. RFM segments best first); the rest follow sorted. @default {[]} */
  aOrder?: readonly (number | string)[];
  /** Values of `b` to list first, in this order. @default {[]} */
  bOrder?: readonly (number | string)[];
}

/** The result of {@linkcode crosstab}. */
export interface Crosstab {
  /** Display names of the values of `a`, one per row. */
  readonly rows: string[];
  /** Display names of the values of `b`, one per column. */
  readonly cols: string[];
  /** `counts[i][j]`: customers with the i-th value of `a` and the j-th value of `b`. */
  readonly counts: number[][];
  /** Customers in all (the length of `a`). */
  readonly total: number;
}

function levels(
  values: ArrayLike<number | string>,
  order: readonly (number | string)[],
): (number | string)[] {
  const seen = new Map<string, number | string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!seen.has(String(v))) seen.set(String(v), v);
  }
  const first = order.filter((v) => seen.has(String(v)));
  const firstKeys = new Set(first.map(String));
  const rest = [...seen.values()].filter((v) => !firstKeys.has(String(v))).sort((x, y) => {
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return [...new Map([...first, ...rest].map((v) => [String(v), v])).values()];
}

/**
 * Cross-tabulate two labelings of the same rows, e.g. k-means segments against named RFM
 * segments or rule segments (pandas' `pd.crosstab(a, b)`). Row and column order never depends
 * on row order: values given in `aOrder` / `bOrder` come first, then the rest sorted (numbers
 * ascending before text, text by code point). Only values that occur are listed.
 *
 * @param a First labeling, one value per row.
 * @param b Second labeling, as long as `a`.
 * @param options Display names and preferred order of the values.
 * @returns Row and column names, the counts, and the total.
 * @throws {TypeError} If `a` and `b` differ in length.
 *
 * @example Clusters against RFM segments
 * ```ts
 * import { crosstab } from "./crosstab.ts";
 * import assert from "node:assert/strict";
 * const t = crosstab([0, 0, 1, 1, 1], ["New", "Loyal", "Loyal", "Loyal", "New"], { aNames: { "0": "Low", "1": "High" }, bOrder: ["Loyal"] });
 * assert.deepEqual(t.rows, ["Low", "High"]);
 * assert.deepEqual(t.cols, ["Loyal", "New"]);
 * assert.deepEqual(t.counts, [[1, 1], [2, 1]]);
 * assert.equal(t.total, 5);
 * ```
 */
export function crosstab(
  a: ArrayLike<number | string>,
  b: ArrayLike<number | string>,
  options: CrosstabOptions = {},
): Crosstab {
  const { aNames = {}, bNames = {}, aOrder = [], bOrder = [] } = options;
  if (a.length !== b.length) {
    throw new TypeError(
      `Cannot cross-tabulate: the labelings have ${a.length} and ${b.length} values; pass one value per row in both`,
    );
  }
  const ra = levels(a, aOrder), rb = levels(b, bOrder);
  const ia = new Map(ra.map((v, i) => [String(v), i])), ib = new Map(rb.map((v, i) => [String(v), i]));
  const counts = ra.map(() => new Array<number>(rb.length).fill(0));
  for (let i = 0; i < a.length; i++) counts[ia.get(String(a[i]))!]![ib.get(String(b[i]))!]!++;
  const show = (names: Readonly<Record<string, string>>) => (v: number | string) =>
    names[String(v)] ?? String(v);
  return { rows: ra.map(show(aNames)), cols: rb.map(show(bNames)), counts, total: a.length };
}
