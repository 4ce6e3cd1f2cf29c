/**
 * Private helper of `readTable`: find the totals rows at the end of a file by their values, not
 * their words. A row is a totals row when its numbers equal the sums of the rows above it (every
 * number column where it has a value, within rounding), or when it has no id and no date in a
 * file that has id or date columns. A label such as "Total" is no evidence: a customer may be
 * called "Total".
 *
 * @module
 */
import pl from "nodejs-polars";
import type { ColumnDecision } from "./_columns.ts";
import { ROW } from "./_names.ts";

/** Rows looked at, from the end of the file. */
const TAIL = 3;
/** Rows above a totals row that must hold the numbers it sums: with fewer, a sum is too easily a coincidence (1, 2, 3). */
const MIN_SUMMED = 3;

/** A totals row found: its spreadsheet row and the rule that found it. */
export interface TotalsRow {
  readonly row: number;
  /** `"sums"`: its numbers are the sums of the rows above; `"no-key"`: no id and no date. */
  readonly rule: "sums" | "no-key";
}

/** Sums agree within rounding: a cent, or a millionth of the sum for large ones. */
function close(value: number, sum: number): boolean {
  return Math.abs(value - sum) <= 0.01 + 1e-6 * Math.abs(sum);
}

/**
 * The totals rows among the last {@linkcode TAIL} rows of `df` (cells already trimmed), walking
 * up from the last row and stopping at the first row that is not one. The sums rule also asks
 * that the row has no date (a totals row sums a period; a purchase has its day) and that each
 * sum has at least {@linkcode MIN_SUMMED} values, so that a customer whose amount happens to
 * equal the others' sum (1, 2, 3) is kept.
 *
 * @param df The table, every cell text (or typed, for Parquet), with the row column.
 * @param decisions How each text column is typed (the number columns' `expr` reads the numbers).
 * @param keys The id columns and the date column (by their names' roles); the no-id-no-date rule needs one.
 * @returns The totals rows, last row first.
 */
export function totalsRows(
  df: pl.DataFrame,
  decisions: readonly ColumnDecision[],
  keys: { readonly ids: readonly string[]; readonly date: string | undefined },
): TotalsRow[] {
  const columns = [...keys.ids, ...(keys.date === undefined ? [] : [keys.date])];
  if (df.height < 3) return [];
  // Both rules need the last row without a date: a file whose last row has one costs no pass.
  if (keys.date !== undefined) {
    const last = df.select(pl.col(keys.date)).tail(1).toRecords()[0]!;
    if (last[keys.date] !== null && last[keys.date] !== undefined) return [];
  }
  const numbers = decisions.filter((d) => d.kind === "number");
  const name = (i: number) => `__totals_sum${i}`;
  const typed = df.select(
    pl.col(ROW),
    ...columns.map((k) => pl.col(k)),
    ...numbers.map((d, i) => d.expr.alias(name(i))),
  );
  const totals = (numbers.length
    ? typed.select(
      ...numbers.map((_, i) => pl.col(name(i)).sum().alias(name(i))),
      ...numbers.map((_, i) => pl.col(name(i)).isNotNull().sum().alias(`__totals_count${i}`)),
    ).toRecords()[0]
    : {}) as Record<string, unknown>;
  const tail = typed.tail(TAIL).toRecords();
  const found: TotalsRow[] = [];
  const below = numbers.map(() => 0), belowCount = numbers.map(() => 0);
  for (let k = tail.length - 1; k >= 0 && df.height - found.length > 2; k--) {
    const r = tail[k]!;
    const values = numbers.map((_, i) => r[name(i)] as number | null);
    const given = values.map((v, i) => [v, i] as const).filter(([v]) => v !== null && Number.isFinite(v));
    const missing = (c: string | undefined) => c === undefined || r[c] === null || r[c] === undefined;
    const sums = given.length > 0 && missing(keys.date) &&
      given.every(([v, i]) =>
        Number(totals[`__totals_count${i}`] ?? 0) - belowCount[i]! - 1 >= MIN_SUMMED &&
        close(v!, Number(totals[name(i)] ?? 0) - below[i]! - v!)
      );
    const noKey = columns.length > 0 && columns.every(missing);
    if (!sums && !noKey) break;
    found.push({ row: Number(r[ROW]), rule: sums ? "sums" : "no-key" });
    values.forEach((v, i) => {
      below[i]! += v ?? 0;
      belowCount[i]! += v === null ? 0 : 1;
    });
  }
  return found;
}
