// Private (dashboard, runs in the browser): which slice of the rows the table shows, and its words.
import type { DashboardStrings } from "./_data.ts";
import { fill } from "./_format.ts";

/** One page of rows. */
export interface Page<Row> {
  /** The page shown, from 0, clamped to the last page. */
  readonly page: number;
  /** Number of pages, at least 1 (an empty table has one empty page). */
  readonly pages: number;
  /** Index of the page's first row among all rows. */
  readonly start: number;
  /** The page's rows. */
  readonly rows: readonly Row[];
}

/**
 * Cut the rows into pages of `pageSize` and take page `page` (or the last one, if it is past the end).
 *
 * @param rows All rows that pass the filter, in order.
 * @param pageSize Rows per page.
 * @param page The page asked for, from 0.
 * @returns The page.
 */
export function paginate<Row>(rows: readonly Row[], pageSize: number, page: number): Page<Row> {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = Math.min(page, pages - 1);
  const start = shown * pageSize;
  return { page: shown, pages, start, rows: rows.slice(start, start + pageSize) };
}

/**
 * The status line ("Rows 26–40 of 40 (filtered from 60)") and the pager text ("Page 2 of 2").
 *
 * @param view The page shown.
 * @param matching How many rows pass the filter.
 * @param total How many rows there are.
 * @param strings The dashboard's words.
 * @param nf The report's number format.
 * @returns Both texts.
 */
export function pageTexts(
  view: Page<unknown>,
  matching: number,
  total: number,
  strings: DashboardStrings,
  nf: Intl.NumberFormat,
): { status: string; page: string } {
  return {
    status: fill(strings.showing, {
      from: matching ? nf.format(view.start + 1) : "0",
      to: nf.format(view.start + view.rows.length),
      n: nf.format(matching),
      total: nf.format(total),
    }),
    page: fill(strings.page, { page: view.page + 1, pages: view.pages }),
  };
}
