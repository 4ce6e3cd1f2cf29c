/**
 * Calendar months as integers (private to lib/eda and lib/cohorts).
 *
 * @module
 */
import pl from "nodejs-polars";

/** `year * 12 + month - 1` of a date column, as Int32, from its naive UTC value. */
export function monthIndex(column: string): pl.Expr {
  return pl.col(column).dt.year().cast(pl.Int32).mul(12).add(pl.col(column).dt.month().cast(pl.Int32)).sub(1);
}

/** `YYYY-MM` of a month index `year * 12 + month - 1`. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12), month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
