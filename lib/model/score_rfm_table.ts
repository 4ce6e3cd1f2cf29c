/**
 * Score customers whose RFM was aggregated elsewhere (in a database, by `rfmQuery`).
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { LedgerEntry } from "../base/types.ts";
import type { SegmentModel } from "./segment_model.ts";
import type { ScoredCustomers } from "./score_customers.ts";
import { finish, requireColumns, rfmTail } from "./_score.ts";

/** Options for {@linkcode scoreRfmTable}. */
export interface ScoreRfmTableOptions {
  /** The cleaning ledger of the aggregation (from the ledger query), carried into the result. */
  ledger?: readonly LedgerEntry[];
  /** The snapshot the aggregation used, if known. */
  snapshot?: Date;
  /** Previous segments CSV, as in `scoreCustomers`. */
  previous?: pl.DataFrame;
  /** Name of the source, for messages. @default {"table"} */
  file?: string;
}

/**
 * The second half of `scoreCustomers` for an RFM model, on a table that already holds one row per
 * customer (`customer`, `recency`, `frequency`, `monetary`), as `rfmQuery` returns it from a
 * database: the training score cuts and rule set, log1p, the training scaler, the nearest
 * centroid, names, sizes, drift and movement. Only the customer table leaves the database.
 *
 * @param rfm One row per customer with `customer`, `recency`, `frequency`, `monetary`.
 * @param model An RFM model.
 * @param options The ledger and snapshot of the aggregation, previous segments, the source's name.
 * @returns The scored customers, as `scoreCustomers`.
 * @throws {TypeError} If the model is not an RFM model.
 * @throws {InputError} If a column is missing, or no customer has a positive monetary value.
 *
 * @example Two customers from a database
 * ```ts ignore
 * const scored = scoreRfmTable(pl.DataFrame(rows), model, { ledger });
 * ```
 */
export function scoreRfmTable(
  rfm: pl.DataFrame,
  model: SegmentModel,
  options: ScoreRfmTableOptions = {},
): ScoredCustomers {
  const { file = "table" } = options;
  if (model.kind !== "rfm" || model.rfm === null) {
    throw new TypeError(
      `Cannot score an RFM table with a "${model.kind}" model; score the customer table with scoreCustomers`,
    );
  }
  requireColumns(rfm, ["customer", "recency", "frequency", "monetary"], file);
  const part = rfmTail(rfm, model, [...(options.ledger ?? [])], options.snapshot ?? null, file);
  return finish(part, model, options.previous, file);
}
