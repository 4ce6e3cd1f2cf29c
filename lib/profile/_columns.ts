/**
 * Private: column checks shared by the profile functions: closest names for "did you mean"
 * messages, the missing-column error, and the numeric-column check.
 * Stand-in until `suggestColumns` lands in lib/load; same idea (normalised edit distance).
 *
 * @module
 */
import { InputError } from "../errors.ts";

function norm(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
}

function distance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Up to `n` names of `present` closest to `wanted`, closest first (ties in `present` order). */
export function closestColumns(wanted: string, present: readonly string[], n = 3): string[] {
  const w = norm(wanted);
  return present
    .map((name, i) => {
      const p = norm(name);
      const d = p.includes(w) || w.includes(p) ? Math.abs(p.length - w.length) * 0.1 : distance(w, p);
      return { name, i, d: d / Math.max(w.length, p.length, 1) };
    })
    .filter((c) => c.d <= 0.5)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((c) => c.name);
}

/** Throw an InputError if any of `wanted` is not a column of `present`. */
export function requireColumns(
  action: string,
  wanted: readonly string[],
  present: readonly string[],
  file: string,
): void {
  for (const w of wanted) {
    if (present.includes(w)) continue;
    const near = closestColumns(w, present);
    const hint = near.length > 0
      ? `did you mean ${near.map((c) => `"${c}"`).join(" or ")}?`
      : `columns present: ${present.map((c) => `"${c}"`).join(", ")}`;
    throw new InputError(
      `Cannot ${action}: column "${w}" is missing; ${hint} Pass a column name that exists in the table`,
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
