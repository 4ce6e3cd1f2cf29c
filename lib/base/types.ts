/**
 * Shared data shapes of the segmenta pipeline. Every step takes and returns these plain,
 * readonly values; see `STYLE.md` in the shared folder for the conventions.
 *
 * @module
 */

/** A language the reports, segment names and messages for analysts speak. */
export type Lang = "en" | "es" | "id";

/** The languages segmenta speaks, in a stable order. */
export const LANGS: readonly Lang[] = ["en", "es", "id"];

/** Row-major numeric matrix: entry (i, j) is `data[i * cols + j]`. */
export interface Matrix {
  /** The values, row after row. */
  readonly data: Float64Array;
  /** Number of rows (observations). */
  readonly rows: number;
  /** Number of columns (features). */
  readonly cols: number;
  /** The name of every column, `cols` of them. */
  readonly columns: readonly string[];
}

/** The result of any clustering: labels per row, `-1` for noise (scikit-learn's convention). */
export interface Clustering {
  /** Which algorithm made the labels. */
  readonly algorithm: "kmeans" | "dbscan" | "rules";
  /** One label per row of the input, in `[-1, k)`. */
  readonly labels: Int32Array;
  /** Number of clusters asked for (k-means) or found (DBSCAN, rules), noise not counted. */
  readonly k: number;
  /** Cluster centres in the input's space, `k` rows; `null` where the algorithm has none. */
  readonly centroids: Matrix | null;
  /** Sum of squared distances of rows to their centre; `NaN` where there are no centres. */
  readonly inertia: number;
  /** Seed of every random draw, `null` for deterministic algorithms. */
  readonly seed: number | null;
  /** Weak results as typed facts: fewer distinct clusters than `k`, only noise, ... */
  readonly warnings: readonly Warning[];
}

/**
 * A weak result or a caveat as a typed fact (STYLE.md 2): `code` names it, the other fields are
 * the numbers and names it cites. Computations return these; the text layer (`lib/text/`) says
 * them in the reader's language, from the template of the same code.
 */
export interface Warning {
  /** Stable machine-readable name, e.g. `"dbscan-all-noise"`; the key of its text in `lib/text/`. */
  readonly code: string;
  /** The facts the sentence cites. */
  readonly [field: string]: string | number | boolean | readonly (string | number)[] | undefined;
}

/** The facts a sentence cites, by name: numbers, names, lists. */
export type Facts = {
  readonly [name: string]: string | number | boolean | readonly (string | number)[] | undefined;
};

/** What a cleaning step did to rows or cells, for the ledger the notebook and report show. */
export interface LedgerEntry {
  /** The pipeline step, e.g. `"clean"`, `"impute"`, `"features"`. */
  readonly step: string;
  /** Stable machine-readable reason, e.g. `"missing-customer"`, `"cancellation"`; the key of its words in `lib/text/`. */
  readonly reason: string;
  /** The facts its words cite, e.g. `{ column: "Monto" }`; `ledgerText` in `lib/text/` says the reason in words. */
  readonly facts: Facts;
  /** `removed` rows leave the table; `imputed` cells were filled; `excluded` columns were set aside. */
  readonly action: "removed" | "imputed" | "excluded" | "merged";
  /** How many rows (or cells, for `imputed`) this entry covers. */
  readonly rows: number;
  /** The column concerned, where there is one. */
  readonly column?: string;
  /** Up to a few examples, as facts (row numbers, columns, values); `exampleText` in `lib/text/` says one in words. */
  readonly examples: readonly LedgerExample[];
}

/** A value a ledger example shows: text, a number, a flag, or `null` for a missing cell. */
export type ExampleValue = string | number | boolean | null;

/**
 * One example of a ledger entry, as facts: the row, the cells it shows, and for an imputed cell
 * the value it got, for a repeated row the row it repeats. The text layer writes it, e.g.
 * `row 12: x = "" → 3` in English.
 */
export interface LedgerExample {
  /** The spreadsheet row (header = 1), where the example is a row of the file. */
  readonly row?: number;
  /** The customer, where the example is a customer rather than a row. */
  readonly customer?: string | number;
  /** The cells shown, in order; a cell without `column` shows its value alone. */
  readonly cells?: readonly { readonly column?: string; readonly value: ExampleValue }[];
  /** For an imputed cell: the value it was filled with. */
  readonly filled?: ExampleValue;
  /** For a repeat: the row it repeats (the first row with the same values). */
  readonly first?: number;
}

/**
 * A decision the loader made (the encoding, the delimiter, how a column was read, which column
 * plays which role), as a typed fact shaped like a {@linkcode Warning}: `code` names it, the
 * other fields are the facts it cites. `noteText` in `lib/text/` says it in words.
 */
export type Note = Warning;

/** Every removal or imputation of one run, in order. */
export type Ledger = readonly LedgerEntry[];

/** The meaning a column can play in a transaction (invoice-line) file. */
export type Role = "customer" | "invoice" | "date" | "amount" | "quantity" | "price" | "country";

/** Which column of the user's file plays which role; keeps the user's own header text. */
export type RoleMap = { readonly [R in Role]?: string };

/** Progress of a long step, reported through an `onProgress` option. */
export interface Progress {
  /** What is running, in words: `"k-means sweep"`, `"bootstrap stability"`, `"reading"`. */
  readonly step: string;
  /** Units done so far. */
  readonly done: number;
  /** Units in all. */
  readonly total: number;
}

/** Callback that long steps call as they go; must not throw. */
export type ProgressCallback = (progress: Progress) => void;

/** A chart: SVG/HTML markup that displays in Jupyter and embeds in the report. */
export interface Chart {
  /** Title shown above the chart. */
  readonly title: string;
  /** Self-contained markup (inline SVG and styles), safe to embed as is. */
  readonly html: string;
}

/**
 * Description of one segment in the units of the user's data, from
 * `profileSegments` and named by `nameSegments`.
 */
export interface SegmentProfile {
  /** The label in `Clustering.labels`; `-1` is the outliers group of DBSCAN. */
  readonly label: number;
  /** Short name for people, in the report's language. */
  readonly name: string;
  /** One sentence that says what sets the segment apart. */
  readonly description: string;
  /** Recommended actions, most important first. */
  readonly actions: readonly string[];
  /** Number of customers. */
  readonly size: number;
  /** Share of customers, 0..1. */
  readonly share: number;
  /** Share of revenue (or of the chosen value column), 0..1, where there is one. */
  readonly valueShare?: number;
  /** Mean of every feature, in original units. */
  readonly means: Readonly<Record<string, number>>;
  /** Median of every feature, in original units. */
  readonly medians: Readonly<Record<string, number>>;
  /** (segment mean - overall mean) / overall std, per feature. */
  readonly zScores: Readonly<Record<string, number>>;
  /** Features that most set the segment apart, strongest first. */
  readonly distinctive: readonly { readonly feature: string; readonly z: number }[];
}
