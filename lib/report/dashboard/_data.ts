// Private: what the server hands the dashboard script, shared by `lib/report/_dashboard.ts` (which
// embeds it) and the browser code in this folder (which reads it). Types and constants only.

/**
 * The dashboard's own words, already in the report's language; `{name}` marks a value to fill in.
 * The server writes these keys: `countsTitle` (counts chart), `meansTitle` (means chart, with
 * `{column}`), `showing` (status line, with `{from}`, `{to}`, `{n}`, `{total}`), `page` (pager, with
 * `{page}`, `{pages}`) and `noRows` (the cell shown when no row passes the filter).
 */
export type DashboardStrings = Readonly<Record<string, string>>;

/** One table cell as embedded: text, a number, or empty. */
export type Cell = string | number | null;

/** One way of grouping the customers into segments (the RFM grid's, k-means'), offered by a switch. */
export interface DashboardGrouping {
  /** The switch's label, in the report's language. */
  readonly label: string;
  /** Index of the column holding this grouping's segment. */
  readonly segmentIndex: number;
  /** Segment values (as text) in display order, with their colours. */
  readonly segments: readonly string[];
  readonly colors: readonly string[];
}

/** What the dashboard script reads from `<script type="application/json" id="segmenta-dashboard-data">`. */
export interface DashboardData {
  readonly lang: string;
  /** The `Intl` locale of the report's language (`"es-ES"`); `lang` where absent. */
  readonly locale?: string;
  /** Column codes: the CSV download's header. */
  readonly columns: readonly string[];
  /** Column names as the reader sees them (table headers, chart titles); `columns` where absent. */
  readonly labels?: readonly string[];
  /**
   * The groupings the reader can switch between, the first shown at first (its segment column,
   * segments and colours are also `segmentIndex`, `segments` and `colors`). @default {that one only}
   */
  readonly groupings?: readonly DashboardGrouping[];
  /** Rows as arrays (compact for 100k customers). */
  readonly rows: readonly (readonly Cell[])[];
  /** Index of the segment column. */
  readonly segmentIndex: number;
  /** Indices of numeric columns whose mean per segment can be shown. */
  readonly valueIndices: readonly number[];
  /** Segment values (as text) in display order, with their colours. */
  readonly segments: readonly string[];
  readonly colors: readonly string[];
  readonly pageSize: number;
  readonly fileName: string;
  readonly strings: DashboardStrings;
}

/** Geometry of the horizontal bar charts, the same with scripts on (browser) and off (server). */
export const BAR_LAYOUT = { width: 480, row: 24, label: 160, gap: 6, valueRoom: 90 } as const;

/** One bar: the segment, its value (bar length), the value as shown, and the segment's colour. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly color: string;
}
