/**
 * The messages between the app's server and its analysis worker (app/_worker.ts), and what the
 * page receives as JSON.
 *
 * @module
 */
import type { AnalyzeFileOptions, Lang } from "../lib/mod.ts";

/** A message the server sends. */
export type WorkerRequest =
  | { readonly type: "inspect"; readonly path: string; readonly read: AnalyzeFileOptions["read"] }
  | { readonly type: "run"; readonly path: string; readonly options: AnalyzeFileOptions };

/** Where an input error is, as `InputError.at` says. */
export interface ErrorAt {
  readonly file?: string;
  readonly column?: string;
  readonly row?: number;
  readonly rows?: readonly number[];
}

/** The page's control that fixes a typed input error, which the error panel offers right there. */
export type ErrorFix = "decimal" | "dayFirst" | "sheet" | "cancellation";

/** An error, as the page shows it. */
export type WorkerError =
  | {
    readonly kind: "input";
    /** The library's message (English). */
    readonly message: string;
    /** The message in each language, with the fix named as the page's control, for the typed errors. */
    readonly messages?: Readonly<Record<Lang, string>>;
    readonly fix?: ErrorFix;
    readonly at: ErrorAt;
  }
  | { readonly kind: "internal" };

/** One feature the page offers, suggested or left out with a reason. */
export interface FeatureOffer {
  readonly name: string;
  readonly suggested: boolean;
  /** Why it is left out (a key of the page's words), when it is. */
  readonly why?: "leftOutId" | "leftOutLabel" | "notNumeric";
}

/** What the page shows after a file is read. */
export interface Detection {
  readonly format: "csv" | "parquet" | "xlsx";
  readonly rows: number;
  readonly columns: readonly {
    readonly name: string;
    readonly kind: string;
    readonly dateFormat?: string;
    readonly decimal?: string;
  }[];
  /** A workbook's sheets, the one read first (empty for other formats). */
  readonly sheets: readonly string[];
  readonly dialect: {
    readonly delimiter: string;
    readonly decimal: string;
    readonly thousands: string | null;
    readonly encoding: string;
    /** Why each was detected, in each language. */
    readonly reasons: Readonly<Record<Lang, readonly string[]>>;
  };
  /** The loader's notes, in each language. */
  readonly notes: Readonly<Record<Lang, readonly string[]>>;
  readonly roles: Readonly<Record<string, string>>;
  readonly kind: "rfm" | "features";
  readonly kindReason: Readonly<Record<Lang, string>>;
  readonly features: readonly FeatureOffer[];
}

/** A segment as the page lists it. */
export interface SegmentRow {
  readonly label: number;
  readonly name: string;
  readonly description: string;
  readonly size: number;
  readonly share: number;
  readonly actions: readonly string[];
}

/** What a run gives the page. */
export interface RunResult {
  readonly kind: "rfm" | "features";
  readonly kindReason: string;
  readonly verdict: string;
  readonly kReason: string;
  readonly k: number;
  /** Why business-rule or k-means segments lead (customer files), else empty. */
  readonly leadReason: string;
  readonly segments: readonly SegmentRow[];
  readonly warnings: readonly string[];
  readonly html: string;
  readonly csv: string;
  /** The saved model (`<name>-model.json`, as the CLI writes it), or `null` when the run cannot be saved as one. */
  readonly model: string | null;
  /** Why there is no model (the library's message), or `null`. */
  readonly noModel: string | null;
}

/** A message the worker sends. */
export type WorkerReply =
  | { readonly type: "progress"; readonly step: string; readonly done: number; readonly total: number }
  | { readonly type: "inspected"; readonly detection: Detection }
  | { readonly type: "result"; readonly result: RunResult }
  | { readonly type: "error"; readonly error: WorkerError };
