/**
 * Recency, frequency and monetary value per customer.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap, Warning } from "../base/types.ts";
import { DAY_MS, latestMs, rfmGroup, rfmInput } from "./_rfm_core.ts";

/** Options for {@linkcode computeRfm}. */
export interface ComputeRfmOptions {
  /**
   * The date RFM is measured at; only rows dated strictly before it count.
   * @default {midnight (UTC) of the day after the latest date in the table}
   */
  snapshot?: Date;
}

/** RFM per customer, from {@linkcode computeRfm}. */
export interface RfmResult {
  /**
   * One row per customer, sorted by customer id: `customer` (Utf8), `recency` (Int32, whole
   * days), `frequency` (Int32), `monetary` (Float64), `first_purchase` and `last_purchase`
   * (Datetime ms, naive UTC).
   */
  readonly table: pl.DataFrame;
  /** The snapshot used. */
  readonly snapshot: Date;
  /** Number of customers (rows of `table`). */
  readonly customers: number;
  /** What frequency counts: distinct `"invoices"`, or distinct `"days"` when there is no invoice role. */
  readonly frequencyBasis: "invoices" | "days";
  /** Rows set aside and substitutions made, as typed facts (codes `rfm-...`); `lib/text/` says them. */
  readonly warnings: readonly Warning[];
}

/**
 * Compute recency, frequency and monetary value per customer from invoice lines.
 *
 * - **recency**: whole days from the customer's last purchase to the snapshot, rounded down:
 *   `floor((snapshot - last) / 1 day)`, as pandas' `(snapshot - last).days`. With the default
 *   snapshot (midnight after the latest day) a purchase on the latest day gives 0, the day
 *   before 1.
 * - **frequency**: distinct invoice ids, so an invoice split over several rows counts once.
 *   Without an `invoice` role it counts distinct purchase days (UTC calendar days) instead, and
 *   says so in `warnings` and `frequencyBasis`.
 * - **monetary**: sum of the amount column (or quantity × price when there is no `amount` role).
 *
 * Only rows dated strictly before the snapshot count; later rows are left out with a warning.
 * The table should come from the clean step (no cancellations, positive amounts); rows without a
 * customer or date are left out with a warning. Everything runs in polars (one group-by).
 * This is the RFM of Hughes (1994); pandas users write it as a `groupby().agg()`.
 *
 * @param table Cleaned invoice lines: dates as `Datetime` or `Date`, amounts numeric, customer ids text.
 * @param roles Which columns are the customer, invoice, date and amount.
 * @param options The snapshot date.
 * @returns One row per customer, the snapshot, the customer count and warnings.
 * @throws {TypeError} If a role is not mapped, its column is absent, or has the wrong type.
 * @throws {RangeError} If the snapshot is not a valid date, or no row is dated before it.
 *
 * @example A split invoice counts once
 * ```ts
 * import pl from "nodejs-polars";
 * import { computeRfm } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const lines = pl.DataFrame({
 *   id: ["a", "a", "b"],
 *   inv: ["1", "1", "2"],
 *   when: [new Date("2021-03-01T10:00Z"), new Date("2021-03-01T10:01Z"), new Date("2021-03-05T09:00Z")],
 *   total: [10, 5, 7.5],
 * });
 * const rfm = computeRfm(lines, { customer: "id", invoice: "inv", date: "when", amount: "total" });
 * assert.equal(rfm.snapshot.toISOString(), "2021-03-06T00:00:00.000Z");
 * assert.deepEqual(rfm.table.getColumn("recency").toArray(), [4, 0]);
 * assert.deepEqual(rfm.table.getColumn("frequency").toArray(), [1, 1]);
 * assert.deepEqual(rfm.table.getColumn("monetary").toArray(), [15, 7.5]);
 * ```
 */
export function computeRfm(table: pl.DataFrame, roles: RoleMap, options: ComputeRfmOptions = {}): RfmResult {
  const { snapshot } = options;
  checkSnapshot(snapshot);
  const { rows, invoices, warnings } = rfmInput(table, roles, ACTION);
  const snapshotMs = rfmSnapshotMs(snapshot, latestMs(rows));
  const later = Number(
    rows.select(pl.col("__t").gtEq(pl.lit(snapshotMs).cast(pl.Int64)).sum().alias("n")).getColumn("n")
      .toArray()[0] ??
      0,
  );
  const grouped = rfmGroup(rows, invoices, snapshotMs, later === 0);
  return rfmResultOf(grouped, { snapshotMs, rows: rows.height, later, invoices, warnings });
}

const ACTION = "compute RFM";

function checkSnapshot(snapshot: Date | undefined): void {
  if (snapshot !== undefined && (!(snapshot instanceof Date) || Number.isNaN(snapshot.getTime()))) {
    throw new RangeError(
      `Cannot ${ACTION}: snapshot "${snapshot}" is not a valid date; pass a Date such as new Date("2021-12-10")`,
    );
  }
}

/**
 * The snapshot {@linkcode computeRfm} uses, as epoch milliseconds: the given one, or midnight
 * (UTC) after the latest row. Shared with its SQL twin (`computeRfmSql`), which finds `latest`
 * in the database.
 *
 * @param snapshot The `snapshot` option.
 * @param latest The latest row's time (epoch ms), or `null` when there is no row.
 * @returns The snapshot in epoch milliseconds.
 * @throws {RangeError} If the snapshot is not a valid date, or there is no row.
 */
export function rfmSnapshotMs(snapshot: Date | undefined, latest: number | null): number {
  checkSnapshot(snapshot);
  if (latest === null) {
    throw new RangeError(
      `Cannot ${ACTION}: the table has no rows with a customer and a date; check the cleaning ledger`,
    );
  }
  return snapshot?.getTime() ?? (Math.floor(latest / DAY_MS) + 1) * DAY_MS;
}

/** What {@linkcode rfmResultOf} needs besides the per-customer table. */
export interface RfmFacts {
  /** The snapshot, epoch milliseconds (from {@linkcode rfmSnapshotMs}). */
  readonly snapshotMs: number;
  /** Rows with a customer and a date. */
  readonly rows: number;
  /** Of them, rows dated on or after the snapshot (left out). */
  readonly later: number;
  /** Whether frequency counts invoices (`true`) or distinct days. */
  readonly invoices: boolean;
  /** The input step's warnings, in order; the snapshot's and the table's are added after them. */
  readonly warnings: readonly Warning[];
}

/**
 * The {@linkcode RfmResult} of a per-customer RFM table (columns and order as `RfmResult.table`):
 * refuses a snapshot no row is dated before, and adds the warnings about rows after the snapshot
 * and customers whose monetary is not positive. The in-memory part of {@linkcode computeRfm},
 * shared with its SQL twin.
 *
 * @param table One row per customer, as `RfmResult.table`.
 * @param facts The snapshot, row counts, frequency basis and input warnings.
 * @returns The result `computeRfm` returns.
 * @throws {RangeError} If every row is dated on or after the snapshot.
 */
export function rfmResultOf(table: pl.DataFrame, facts: RfmFacts): RfmResult {
  const { snapshotMs, rows, later, invoices } = facts;
  const warnings = [...facts.warnings];
  if (later === rows) {
    throw new RangeError(
      `Cannot ${ACTION} at snapshot "${
        new Date(snapshotMs).toISOString()
      }": no row is dated before it; pick a later snapshot`,
    );
  }
  if (later > 0) {
    warnings.push({
      code: "rfm-rows-after-snapshot",
      rows: later,
      snapshot: new Date(snapshotMs).toISOString(),
    });
  }
  const nonPositive = table.filter(pl.col("monetary").ltEq(0)).height;
  if (nonPositive > 0) {
    warnings.push({ code: "rfm-non-positive-customers", customers: nonPositive });
  }
  return {
    table,
    snapshot: new Date(snapshotMs),
    customers: table.height,
    frequencyBasis: invoices ? "invoices" : "days",
    warnings,
  };
}
