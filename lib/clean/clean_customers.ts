/**
 * Cleaning a customer-level table (one row per customer), with a ledger of every removed
 * row, excluded column and imputed cell.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { LedgerEntry, Warning } from "../base/types.ts";
import { InputError } from "../base/errors.ts";
import {
  examplesFrom,
  exampleValue,
  idAsText,
  isFloatDtype,
  isNumericDtype,
  isTextDtype,
  MAX_EXAMPLES,
  quoteList,
  ROW_COLUMN,
  showValue,
  withRowNumbers,
} from "../base/frame.ts";
import { knnImpute } from "./_knn_impute.ts";
import { idMerges } from "./_id_merges.ts";
import { suggestColumns } from "../load/mod.ts";
import { type CleanResult, REASON_COLUMN } from "./clean_transactions.ts";

/** Options for {@linkcode cleanCustomers}. */
export interface CleanCustomersOptions {
  /** Column of customer ids; rows without one are removed, repeated ids are an error or removed. */
  idColumn?: string;
  /** The numeric columns to segment on. */
  features: readonly string[];
  /** How to fill missing values: column median, mean of the nearest customers, or drop the row. @default {"median"} */
  impute?: "median" | "knn" | "drop";
  /** Neighbours for `impute: "knn"`. @default {5} */
  nNeighbors?: number;
  /** What to do with repeated customer ids: stop with an error, or keep the first row of each. @default {"error"} */
  duplicates?: "error" | "first";
  /** The file's name, for error messages. */
  file?: string;
}

/** The result of {@linkcode cleanCustomers}. */
export interface CleanCustomersResult extends CleanResult {
  /** The features kept, in the order given: not empty and not constant. */
  readonly features: string[];
  /** The features set aside because they were entirely empty or constant. */
  readonly excludedFeatures: string[];
}

/**
 * Prepare a one-row-per-customer table for segmentation, and account for every change.
 *
 * In order: ids are made text (trimmed, Unicode NFC, `17850` not `17850.0` whether read as a
 * number or as text; how many ids that merged is said in `notes`, `ids-merged`) and rows
 * without one are removed (`missing-customer`); repeated ids (after that normalisation) stop with an {@linkcode InputError} naming the
 * id and its rows, or with `duplicates: "first"` the later rows are removed
 * (`duplicate-id`); features become Float64 and NaN or ±Infinity count as missing (said in
 * `notes`); features that are entirely empty (`empty-column`) or have one value in every
 * row (`constant-column`, zero variance) are excluded (action `excluded`); then missing
 * values are filled, each filled cell counted per column (action `imputed`, `rows` =
 * cells), or, with `impute: "drop"`, rows with any missing feature are removed
 * (`missing-value`). Median imputation uses the median of the kept rows (scikit-learn's
 * `SimpleImputer(strategy="median")`). KNN imputation fills a cell with the mean of the
 * `nNeighbors` rows nearest on the other features, standardized, over the coordinates both
 * rows have (scikit-learn's `KNNImputer` on standardized data, nan-euclidean distance);
 * ties go to the earlier row, so it is deterministic. A cell whose row shares no value
 * with any other row falls back to the median (said in `notes`).
 *
 * @param table The loaded table, with an Int32 `__row` (added as 2, 3, ... if absent).
 * @param options The features, and see {@linkcode CleanCustomersOptions}.
 * @returns The kept rows with the features filled, the ledger, counts, notes, the removed rows, and the features kept and excluded.
 * @throws {InputError} If a feature or the id column is not in the table (with the nearest name), a feature is
 *   not numeric, ids repeat and `duplicates` is `"error"`, or every feature is empty or constant.
 * @throws {RangeError} If `features` is empty, contains the id column, or `nNeighbors` is not a positive integer.
 *
 * @example Median imputation and a constant column
 * ```ts
 * import pl from "nodejs-polars";
 * import { cleanCustomers } from "./clean_customers.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ id: ["a", "b", "c"], x: [1, null, 3], k: [7, 7, 7] });
 * const r = cleanCustomers(table, { idColumn: "id", features: ["x", "k"] });
 * assert.deepEqual(r.features, ["x"]);
 * assert.deepEqual(r.excludedFeatures, ["k"]);
 * assert.deepEqual(r.table.getColumn("x").toArray(), [1, 2, 3]);
 * assert.deepEqual(r.ledger.map((e) => [e.action, e.reason, e.rows]), [
 *   ["removed", "missing-customer", 0], ["removed", "duplicate-id", 0],
 *   ["excluded", "constant-column", 3], ["imputed", "imputed-median", 1],
 * ]);
 * ```
 */
export function cleanCustomers(table: pl.DataFrame, options: CleanCustomersOptions): CleanCustomersResult {
  const { idColumn, impute = "median", nNeighbors = 5, duplicates = "error", file } = options;
  const at: Where = {
    file: file ?? "table",
    subject: file === undefined ? "clean the customer table" : `use ${JSON.stringify(file)}`,
    isFile: file !== undefined,
  };
  const features = [...new Set(options.features)];
  checkOptions(table, features, idColumn, nNeighbors, at);
  const t0 = withRowNumbers(table);
  const blank = emptyTextColumns(t0, features, at);
  const notes: Warning[] = nonFiniteNotes(t0, features);
  const ledger: LedgerEntry[] = [];
  const removedParts: pl.DataFrame[] = [];
  const t1 = t0.withColumns(
    ...features.map((f) => asFloat(f, blank.has(f))),
    ...(idColumn === undefined ? [] : [idAsText(t0, idColumn)]),
  );
  let kept = t1;
  if (idColumn !== undefined) {
    const merged = idMerges(t0, t1, idColumn);
    if (merged !== null) notes.push(merged);
    kept = removeMissingIds(t0, kept, idColumn, ledger, removedParts);
    kept = removeRepeatedIds(kept, idColumn, duplicates, at, ledger, removedParts);
  }
  const excludedFeatures = kept.height > 0 ? excludeFlatColumns(kept, features, at, ledger) : [];
  const used = features.filter((f) => !excludedFeatures.includes(f));
  if (impute === "drop") kept = dropMissing(kept, used, ledger, removedParts);
  else if (kept.height > 0) kept = fillMissing(kept, used, impute, nNeighbors, ledger, notes);

  const removed = removedParts.length === 0
    ? kept.head(0).withColumns(pl.lit(null).cast(pl.Utf8).alias(REASON_COLUMN))
    : pl.concat(removedParts, { how: "vertical" }).sort(ROW_COLUMN);
  if (kept.height === 0 && t0.height > 0) notes.push({ code: "no-rows-left" });
  return {
    table: kept,
    ledger,
    rowsIn: t0.height,
    rowsOut: kept.height,
    notes,
    removed,
    features: used,
    excludedFeatures,
  };
}

/** Where an error happened, for the messages: the file (or `"table"`) and what we were doing. */
interface Where {
  readonly file: string;
  readonly subject: string;
  readonly isFile: boolean;
}

/** Refuse no features, a bad `nNeighbors`, the id among the features, and columns not in the table. */
function checkOptions(
  table: pl.DataFrame,
  features: readonly string[],
  idColumn: string | undefined,
  nNeighbors: number,
  at: Where,
): void {
  const { subject } = at;
  if (features.length === 0) {
    throw new RangeError(
      `Cannot ${subject}: no feature columns were given; name the numeric columns to segment on`,
    );
  }
  if (!Number.isInteger(nNeighbors) || nNeighbors < 1) {
    throw new RangeError(
      `Cannot ${subject}: nNeighbors is "${nNeighbors}"; give a whole number of neighbours, at least 1`,
    );
  }
  if (idColumn !== undefined && features.includes(idColumn)) {
    throw new RangeError(
      `Cannot ${subject}: the id column "${idColumn}" is also a feature; leave it out of the features`,
    );
  }
  const present = table.columns.filter((c) => c !== ROW_COLUMN);
  const absent = [...(idColumn === undefined ? [] : [idColumn]), ...features].filter((c) =>
    !present.includes(c)
  );
  if (absent.length > 0) {
    const named = absent.map((c) => {
      const near = suggestColumns(c, present, 1)[0];
      return near === undefined
        ? JSON.stringify(c)
        : `${JSON.stringify(c)} (did you mean ${JSON.stringify(near)}?)`;
    });
    throw new InputError(
      `Cannot ${subject}: ${absent.length === 1 ? "column" : "columns"} ${named.join(", ")} ${
        absent.length === 1 ? "is" : "are"
      } not in the ${at.isFile ? "file" : "table"}; the columns are ${quoteList(present)}; check the names`,
      { file: at.file, column: absent[0]! },
    );
  }
}

/**
 * The features that are text with no value at all (the loader reads an empty column as
 * text): they are empty, not text, and excluded later with the other empty columns. A
 * feature holding any other non-numeric value is an error.
 */
function emptyTextColumns(t0: pl.DataFrame, features: readonly string[], at: Where): Set<string> {
  const blank = new Set<string>();
  for (const f of features) {
    const s = t0.getColumn(f);
    if (!isNumericDtype(s.dtype) && s.dtype.variant !== "Null") {
      const present = isTextDtype(s.dtype)
        ? pl.col(f).str.strip().str.lengths().gt(0)
        : pl.col(f).isNotNull();
      const first = t0.filter(present).select(ROW_COLUMN, f).head(1).toRecords()[0];
      if (first === undefined) {
        blank.add(f);
        continue;
      }
      const example = ` (row ${first[ROW_COLUMN]} has ${showValue(first[f])})`;
      throw new InputError(
        `Cannot ${at.subject}: column "${f}" holds ${s.dtype.variant} values${example}, not numbers; choose numeric features, or fix the column in the file`,
        { file: at.file, column: f, row: Number(first[ROW_COLUMN]) },
      );
    }
  }
  return blank;
}

/** A note per float feature with NaN or ±Infinity values (they count as missing). */
function nonFiniteNotes(t0: pl.DataFrame, features: readonly string[]): Warning[] {
  const nonFinite = features.filter((f) => isFloatDtype(t0.getColumn(f).dtype));
  if (nonFinite.length === 0) return [];
  const counts = t0.select(
    ...nonFinite.map((f) => pl.col(f).isNan().or(pl.col(f).isInfinite()).sum().alias(f)),
  )
    .toRecords()[0]!;
  return nonFinite.map((f) => ({ code: "non-finite-values", n: Number(counts[f]), column: f }))
    .filter((w) => w.n > 0);
}

/** A feature as Float64, NaN and ±Infinity missing; an empty text column all missing. */
function asFloat(f: string, blank: boolean): pl.Expr {
  if (blank) return pl.lit(null).cast(pl.Float64).alias(f);
  const c = pl.col(f).cast(pl.Float64);
  return pl.when(c.isNan().or(c.isInfinite())).then(pl.lit(null).cast(pl.Float64)).otherwise(c).alias(f);
}

/** Remove the rows without a customer id (`missing-customer`). */
function removeMissingIds(
  t0: pl.DataFrame,
  kept: pl.DataFrame,
  idColumn: string,
  ledger: LedgerEntry[],
  removedParts: pl.DataFrame[],
): pl.DataFrame {
  const missing = kept.filter(pl.col(idColumn).isNull());
  const missingRows = t0.filter(idAsText(t0, idColumn).isNull());
  ledger.push({
    step: "clean",
    reason: "missing-customer",
    facts: { column: idColumn },
    action: "removed",
    rows: missing.height,
    column: idColumn,
    examples: examplesFrom(missingRows, [idColumn]),
  });
  removedParts.push(missing.withColumns(pl.lit("missing-customer").alias(REASON_COLUMN)));
  return kept.filter(pl.col(idColumn).isNotNull());
}

/** Repeated ids: an error naming the id and its rows, or with `duplicates: "first"` the later rows removed (`duplicate-id`). */
function removeRepeatedIds(
  kept: pl.DataFrame,
  idColumn: string,
  duplicates: "error" | "first",
  at: Where,
  ledger: LedgerEntry[],
  removedParts: pl.DataFrame[],
): pl.DataFrame {
  const first = "__first_row";
  const withFirst = kept.withColumns(pl.col(ROW_COLUMN).min().over(idColumn).alias(first));
  const repeated = withFirst.filter(pl.col(ROW_COLUMN).neq(pl.col(first))).sort(ROW_COLUMN);
  if (repeated.height > 0 && duplicates === "error") {
    const id = String(repeated.getColumn(idColumn).toArray()[0]);
    const rows = kept.filter(pl.col(idColumn).eq(pl.lit(id))).getColumn(ROW_COLUMN).toArray().map(Number);
    const ids = repeated.select(pl.col(idColumn).nUnique()).toRecords()[0]![idColumn];
    const shown = rows.slice(0, 10).join(", ") + (rows.length > 10 ? `, ... (${rows.length} rows)` : "");
    throw new InputError(
      `Cannot ${at.subject}: customer id ${
        JSON.stringify(id)
      } in column "${idColumn}" appears on rows ${shown}${
        Number(ids) > 1 ? ` (${ids} ids repeat, ${repeated.height} extra rows in all)` : ""
      }; each customer needs exactly one row: remove the repeated rows, or set { duplicates: "first" } to keep the first row of each id`,
      { file: at.file, column: idColumn, row: rows[0]!, rows },
    );
  }
  const head = repeated.head(MAX_EXAMPLES).select(ROW_COLUMN, idColumn, first).toRecords();
  ledger.push({
    step: "clean",
    reason: "duplicate-id",
    facts: { column: idColumn },
    action: "removed",
    rows: repeated.height,
    column: idColumn,
    examples: head.map((r) => ({
      row: Number(r[ROW_COLUMN]),
      cells: [{ column: idColumn, value: exampleValue(r[idColumn]) }],
      first: Number(r[first]),
    })),
  });
  removedParts.push(repeated.drop(first).withColumns(pl.lit("duplicate-id").alias(REASON_COLUMN)));
  return withFirst.filter(pl.col(ROW_COLUMN).eq(pl.col(first))).drop(first);
}

/**
 * The features that are entirely empty (`empty-column`) or have one value in every row
 * (`constant-column`), excluded in the ledger; an error if that leaves none.
 */
function excludeFlatColumns(
  kept: pl.DataFrame,
  features: readonly string[],
  at: Where,
  ledger: LedgerEntry[],
): string[] {
  const excluded: string[] = [];
  const stats = kept.select(
    ...features.flatMap((f) => [
      pl.col(f).isNotNull().sum().alias(`${f}\u0000n`),
      pl.col(f).dropNulls().nUnique().alias(`${f}\u0000d`),
      pl.col(f).dropNulls().first().alias(`${f}\u0000v`),
    ]),
  ).toRecords()[0]!;
  for (const f of features) {
    const n = Number(stats[`${f}\u0000n`]), d = Number(stats[`${f}\u0000d`]);
    if (n > 0 && d > 1) continue;
    const value = stats[`${f}\u0000v`];
    excluded.push(f);
    ledger.push({
      step: "clean",
      reason: n === 0 ? "empty-column" : "constant-column",
      facts: n === 0 ? { column: f } : { column: f, value: value as number },
      action: "excluded",
      rows: kept.height,
      column: f,
      examples: n === 0 ? [] : [{ cells: [{ column: f, value: exampleValue(value) }] }],
    });
  }
  if (excluded.length === features.length) {
    throw new InputError(
      `Cannot ${at.subject}: every feature column is entirely empty or has the same value in every row (${
        quoteList(excluded)
      }); choose columns whose values vary between customers`,
      { file: at.file, column: excluded[0]! },
    );
  }
  return excluded;
}

/** With `impute: "drop"`: remove the rows with any missing feature (`missing-value`). */
function dropMissing(
  kept: pl.DataFrame,
  used: readonly string[],
  ledger: LedgerEntry[],
  removedParts: pl.DataFrame[],
): pl.DataFrame {
  const anyMissing = used.map((f) => pl.col(f).isNull()).reduce((a, b) => a.or(b));
  const dropped = kept.filter(anyMissing);
  const examples = dropped.head(MAX_EXAMPLES).select(ROW_COLUMN, ...used).toRecords().map((r) => ({
    row: Number(r[ROW_COLUMN]),
    cells: used.filter((f) => r[f] === null).map((f) => ({ column: f, value: null })),
  }));
  ledger.push({
    step: "clean",
    reason: "missing-value",
    facts: { columns: used },
    action: "removed",
    rows: dropped.height,
    examples,
  });
  removedParts.push(dropped.withColumns(pl.lit("missing-value").alias(REASON_COLUMN)));
  return kept.filter(anyMissing.not());
}

/**
 * Fill the missing values of the used features: by the column median, or by the mean of the
 * nearest customers (a cell with no neighbour falls back to the median, said in `notes`);
 * one `imputed` ledger entry per column filled.
 */
function fillMissing(
  kept: pl.DataFrame,
  used: readonly string[],
  impute: "median" | "knn",
  nNeighbors: number,
  ledger: LedgerEntry[],
  notes: Warning[],
): pl.DataFrame {
  const stats = kept.select(
    ...used.flatMap((
      f,
    ) => [pl.col(f).isNull().sum().alias(`${f}\u0000m`), pl.col(f).median().alias(`${f}\u0000q`)]),
  ).toRecords()[0]!;
  const missing = used.filter((f) => Number(stats[`${f}\u0000m`]) > 0);
  if (missing.length === 0) return kept;
  const median = (f: string) => Number(stats[`${f}\u0000q`]);
  const filled = impute === "median"
    ? kept.withColumns(...missing.map((f) => pl.col(f).fillNull(pl.lit(median(f))).alias(f)))
    : fillNearest(kept, used, missing, nNeighbors, median, (f) => Number(stats[`${f}\u0000m`]), notes);
  for (const f of missing) {
    const at = kept.filter(pl.col(f).isNull()).head(MAX_EXAMPLES).select(ROW_COLUMN);
    const rows = filled.join(at, { on: ROW_COLUMN, how: "semi" }).sort(ROW_COLUMN).select(ROW_COLUMN, f)
      .toRecords();
    ledger.push({
      step: "clean",
      reason: impute === "median" ? "imputed-median" : "imputed-knn",
      facts: { column: f, value: median(f), k: nNeighbors },
      action: "imputed",
      rows: Number(stats[`${f}\u0000m`]),
      column: f,
      examples: rows.map((r) => ({
        row: Number(r[ROW_COLUMN]),
        cells: [{ column: f, value: null }],
        filled: exampleValue(r[f]),
      })),
    });
  }
  return filled;
}

/** KNN imputation of the `missing` columns; cells with no neighbour get the median (a note per column). */
function fillNearest(
  kept: pl.DataFrame,
  used: readonly string[],
  missing: readonly string[],
  nNeighbors: number,
  median: (f: string) => number,
  nMissing: (f: string) => number,
  notes: Warning[],
): pl.DataFrame {
  const arrays = kept.select(...used.map((f) => pl.col(f).fillNull(pl.lit(Number.NaN)).alias(f)))
    .getColumns().map((s) => Float64Array.from(s.toTypedArray() as Float64Array));
  const knn = used.length > 1 ? knnImpute(arrays, nNeighbors) : null;
  const columns = knn === null ? arrays.map((a) => Float64Array.from(a)) : knn.columns;
  const series: pl.Series[] = [];
  used.forEach((f, j) => {
    const col = columns[j]!;
    const unmatched = knn === null ? nMissing(f) : knn.unmatched[j]!;
    if (unmatched > 0) {
      for (let i = 0; i < col.length; i++) if (Number.isNaN(col[i]!)) col[i] = median(f);
      notes.push({ code: "knn-fallback-median", n: unmatched, column: f, value: median(f) });
    }
    if (missing.includes(f)) series.push(pl.Series(f, col, pl.Float64));
  });
  return kept.withColumns(...series);
}
