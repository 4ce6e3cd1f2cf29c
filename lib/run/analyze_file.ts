/**
 * Any customer file in, an analysis out: read it, map its roles, decide whether it holds
 * transactions (RFM) or one row per customer (features), and run that analysis.
 *
 * @module
 */
import type { RoleMap } from "../base/types.ts";
import pl from "nodejs-polars";
import { InputError } from "../base/errors.ts";
import { ROW_COLUMN } from "../load/read_table.ts";
import { passSettings, resolveSettings, type RunSettings } from "./settings.ts";
import { type LoadedTable, readTable, type ReadTableOptions } from "../load/read_table.ts";
import { mapRoles } from "../load/map_roles.ts";
import { detectKind, type KindDecision } from "../load/detect_kind.ts";
import { analyzeRfm, type AnalyzeRfmOptions, type RfmAnalysis } from "./analyze_rfm.ts";
import { analyzeFeatures, type AnalyzeFeaturesOptions, type FeatureAnalysis } from "./analyze_features.ts";

/** Options for {@linkcode analyzeFile}: the shared run settings, and how to read and which analysis. */
export interface AnalyzeFileOptions extends RunSettings {
  /** `rfm`, `features`, or decided from the file. @default {"auto"} */
  kind?: "auto" | "rfm" | "features";
  /** Role overrides: which column is the customer, date, amount, ... */
  roles?: RoleMap;
  /** How to read the file (delimiter, decimal, encoding, bad values, ...). */
  read?: Omit<ReadTableOptions, "onProgress">;
  /** Options of the RFM analysis (transactions), beyond the shared settings. */
  rfm?: Omit<AnalyzeRfmOptions, keyof RunSettings>;
  /** Options of the customer-level analysis, beyond the shared settings. */
  features?: Omit<AnalyzeFeaturesOptions, keyof RunSettings>;
}

/** What {@linkcode analyzeFile} did. */
export interface FileAnalysis {
  /** Which analysis ran and why. */
  readonly decision: KindDecision & { readonly overridden: boolean };
  /** The analysis that ran: `kind: "rfm"` for transactions, `kind: "features"` for one row per customer. */
  readonly analysis: RfmAnalysis | FeatureAnalysis;
}

/**
 * Analyse a customer file end to end.
 *
 * @param path CSV, TSV, Parquet or .xlsx file.
 * @param options See {@linkcode AnalyzeFileOptions}.
 * @returns The decision (kind and reason) and the analysis.
 * @throws {InputError} For a file that cannot be used, with the file, column, row and the fix.
 *
 * @example
 * ```ts ignore
 * const { decision, analysis } = await analyzeFile("data/retail_sample.csv", { lang: "es", seed: 42 });
 * decision.kind; // "rfm"
 * ```
 */
export async function analyzeFile(path: string, options: AnalyzeFileOptions = {}): Promise<FileAnalysis> {
  const { onProgress } = options;
  const loaded = await readTable(path, { ...options.read, ...(onProgress ? { onProgress } : {}) });
  return analyzeLoaded(loaded, options);
}

/**
 * Analyse a table already read by `readTable`: map its roles, decide the kind (or take the
 * override), and run the RFM or the customer-level analysis.
 *
 * @param loaded From `readTable`.
 * @param options See {@linkcode AnalyzeFileOptions} (`read` is not used here).
 * @returns The decision and the analysis.
 * @throws {InputError} For roles or features that cannot be used, with the fix.
 */
export function analyzeLoaded(loaded: LoadedTable, options: AnalyzeFileOptions = {}): FileAnalysis {
  const { kind = "auto" } = options;
  const mapping = mapRoles(loaded.table.columns, {
    ...(options.roles ? { overrides: options.roles } : {}),
    file: loaded.file,
  });
  const detected = detectKind(loaded, mapping);
  if (kind !== "features") refuseUnreadDates(loaded, mapping.roles, detected, kind === "rfm");
  const decision = kind === "auto"
    ? { ...detected, overridden: false }
    : { ...detected, kind, detected: detected.kind, overridden: true };
  const common = passSettings(resolveSettings(options));
  const analysis = decision.kind === "rfm"
    ? analyzeRfm(loaded, mapping, { ...options.rfm, ...common })
    : analyzeFeatures(loaded, {
      ...options.features,
      ...common,
      ...(options.roles?.customer && !options.features?.idColumn ? { idColumn: options.roles.customer } : {}),
    });
  return { decision, analysis };
}

/**
 * A file that is a transaction file but for its date column (named like one, values not read as
 * dates, customer ids repeating; or any such file with `kind: "rfm"`) stops here with the column
 * named: analysed as one row per customer it would fail on the repeated ids, which hides the cause.
 */
function refuseUnreadDates(
  loaded: LoadedTable,
  roles: RoleMap,
  detected: KindDecision,
  forced: boolean,
): void {
  const missing = detected.facts.missing;
  if (detected.reason !== "missing-roles" || !Array.isArray(missing) || !missing.includes("not-dates")) {
    return;
  }
  if (!forced && missing.length !== 1) return;
  const date = roles.date!;
  const info = loaded.columns.find((c) => c.name === date);
  if (info === undefined || info.kind === "empty") return;
  const customer = roles.customer;
  let repeat = "";
  if (customer !== undefined) {
    const ids = loaded.table.select(
      pl.col(customer).dropNulls().nUnique().alias("distinct"),
      pl.col(customer).isNotNull().sum().alias("present"),
    ).toRecords()[0];
    if (Number(ids.distinct) < Number(ids.present)) {
      repeat = `, and the customer ids in "${customer}" repeat as in a transaction file`;
    } else if (!forced) return;
  } else if (!forced) return;
  const ex =
    loaded.table.filter(pl.col(date).isNotNull()).select(pl.col(ROW_COLUMN), pl.col(date).cast(pl.Utf8))
      .head(1).toRecords()[0];
  const file = loaded.file;
  const example = ex === undefined ? "" : ` (e.g. "${ex[date]}" in row ${ex[ROW_COLUMN]})`;
  throw new InputError(
    `Cannot read "${file}": column "${date}" is named like the date of a transaction, but its values were not recognised as dates${example}${repeat}; give the format of its dates with dateFormat: { "${date}": "<format>" } (CLI --date-format "<format>", in chrono codes such as "%d.%m.%Y %H:%M"), name the date column with roles: { date: "<column>" } (CLI --date COLUMN), or pass kind: "features" (CLI --kind features) if the file has one row per customer`,
    { file, column: date, ...(ex === undefined ? {} : { row: Number(ex[ROW_COLUMN]) }) },
  );
}
