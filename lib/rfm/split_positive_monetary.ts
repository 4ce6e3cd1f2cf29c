/**
 * The customers whose net spend is positive, and a ledger entry for the others.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { LedgerEntry } from "../base/types.ts";

/** What {@linkcode splitPositiveMonetary} found. */
export interface PositiveMonetarySplit {
  /** The customers whose `monetary` is above 0. */
  readonly positive: pl.DataFrame;
  /** The `non-positive-monetary` ledger entry for the others (up to 5 examples), or `null` when none. */
  readonly entry: LedgerEntry | null;
}

/**
 * Keep the customers whose net spend (`monetary`) is positive: log1p(monetary) and a money value per
 * customer need it; the others (refunds exceeding purchases, zero-value orders) are left out, and
 * the ledger entry says how many and shows up to five, with their spend.
 *
 * @param customers One row per customer with `customer` and `monetary` columns.
 * @returns The kept customers and the ledger entry of the others.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * import { splitPositiveMonetary } from "./split_positive_monetary.ts";
 * const { positive, entry } = splitPositiveMonetary(pl.DataFrame({ customer: ["a", "b"], monetary: [10, -2] }));
 * assert.equal(positive.height, 1);
 * assert.equal(entry?.rows, 1);
 * assert.deepEqual(entry?.examples, [{ customer: "b", cells: [{ value: -2 }] }]);
 * ```
 */
export function splitPositiveMonetary(customers: pl.DataFrame): PositiveMonetarySplit {
  const positive = customers.filter(pl.col("monetary").gt(0));
  const dropped = customers.height - positive.height;
  if (dropped === 0) return { positive, entry: null };
  const ex = customers.filter(pl.col("monetary").ltEq(0)).head(5);
  const spend = ex.getColumn("monetary").toArray();
  return {
    positive,
    entry: {
      step: "features",
      reason: "non-positive-monetary",
      facts: {},
      action: "removed",
      rows: dropped,
      examples: ex.getColumn("customer").toArray().map((c, i) => ({
        customer: String(c),
        cells: [{ value: Number(spend[i]) }],
      })),
    },
  };
}
