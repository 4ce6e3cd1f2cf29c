/**
 * Calendar months (private to lib/eda and lib/cohorts).
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * The first instant of the month of a date column (naive UTC). Truncating is several times
 * cheaper than taking the year and month of every row: do it on the big table, and turn
 * the few distinct months into indices with {@linkcode monthIndex} after grouping.
 */
export function monthStart(column: string): pl.Expr {
  return pl.col(column).dt.truncate("1mo");
}

/** `year * 12 + month - 1` of a date column, as Int32. */
export function monthIndex(column: string): pl.Expr {
  return pl.col(column).dt.year().cast(pl.Int32).mul(12).add(pl.col(column).dt.month().cast(pl.Int32)).sub(1);
}

/** `YYYY-MM` of a month index `year * 12 + month - 1`. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12), month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
