/**
 * The invoice lines dated before an RFM snapshot, and a ledger entry for the later ones.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { LedgerEntry, RoleMap } from "../base/types.ts";
import { examplesFrom, MAX_EXAMPLES, ROW_COLUMN, withRowNumbers } from "../base/frame.ts";

/** What {@linkcode splitAtSnapshot} found. */
export interface SnapshotSplit {
  /** The lines dated strictly before the snapshot (and any without a date), in input order. */
  readonly before: pl.DataFrame;
  /** The lines dated on or after it, in input order. */
  readonly after: pl.DataFrame;
  /**
   * The `after-snapshot` ledger entry (action `removed`, `rows` = the later lines; facts: `column`,
   * `snapshot` (`YYYY-MM-DD`, with ` HH:MM:SS` when not midnight UTC), `customers`: how many customers bought only on or after it and so drop
   * out of the analysis), with up to 5 example lines, those customers' first; `null` when no line is later.
   */
  readonly entry: LedgerEntry | null;
}

/**
 * Split invoice lines at an RFM snapshot: an analysis "as of" the snapshot cannot see later
 * purchases, so those lines leave the table, each accounted for in one ledger entry, and the
 * customers who bought only later are counted (they are in no segment). `computeRfm` applies the
 * same cut (`date >= snapshot` is later) but only warns; a whole run uses this function first so
 * that its ledger balances (rows in = rows kept + rows removed) and no customer goes unaccounted.
 *
 * @param table Invoice lines with the `customer` and `date` roles (dates `Date` or `Datetime`), e.g. `cleanTransactions(...).table`.
 * @param roles Which columns are the customer and the date.
 * @param snapshot The RFM snapshot.
 * @returns The earlier lines, the later ones and the ledger entry.
 * @throws {RangeError} If the snapshot is not a valid date, a role has no column, or no line is dated before the snapshot.
 *
 * @example One customer bought only after the snapshot
 * ```ts
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * import { splitAtSnapshot } from "./split_at_snapshot.ts";
 * const lines = pl.DataFrame({
 *   id: ["a", "a", "b"],
 *   when: [new Date("2021-03-01Z"), new Date("2021-04-02Z"), new Date("2021-04-03Z")],
 *   total: [10, 5, 7],
 * });
 * const s = splitAtSnapshot(lines, { customer: "id", date: "when" }, new Date("2021-04-01Z"));
 * assert.equal(s.before.height, 1);
 * assert.equal(s.entry?.rows, 2);
 * assert.deepEqual(s.entry?.facts, { column: "when", snapshot: "2021-04-01", customers: 1 });
 * ```
 */
export function splitAtSnapshot(table: pl.DataFrame, roles: RoleMap, snapshot: Date): SnapshotSplit {
  const action = "split the lines at the snapshot";
  if (!(snapshot instanceof Date) || Number.isNaN(snapshot.getTime())) {
    throw new RangeError(
      `Cannot ${action}: snapshot "${snapshot}" is not a valid date; pass a Date such as new Date("2021-12-10")`,
    );
  }
  const { customer, date } = roles;
  for (const [role, column] of [["customer", customer], ["date", date]] as const) {
    if (column === undefined || !table.columns.includes(column)) {
      throw new RangeError(
        `Cannot ${action}: no column plays the "${role}" role; map it to one of ${
          table.columns.map((c) => `"${c}"`).join(", ")
        }`,
      );
    }
  }
  const t = withRowNumbers(table);
  const isAfter = pl.col(date!).cast(pl.Datetime("ms")).cast(pl.Int64).gtEq(pl.lit(snapshot.getTime()))
    .fillNull(false);
  const own = (frame: pl.DataFrame) => (table.columns.includes(ROW_COLUMN) ? frame : frame.drop(ROW_COLUMN));
  const after = t.filter(isAfter);
  if (after.height === 0) return { before: table, after: own(after), entry: null };
  const before = t.filter(isAfter.not());
  if (before.filter(pl.col(date!).isNotNull()).height === 0) {
    throw new RangeError(
      `Cannot compute RFM at snapshot "${snapshot.toISOString()}": no row is dated before it; pick a later snapshot`,
    );
  }
  const lost = after.filter(pl.col(customer!).isIn(before.getColumn(customer!).implode()).not());
  const customers =
    lost.select(pl.col(customer!).dropNulls().nUnique().alias("n")).getColumn("n").toArray()[0];
  const shown = lost.head(MAX_EXAMPLES);
  const more = after.filter(pl.col(ROW_COLUMN).isIn(shown.getColumn(ROW_COLUMN).implode()).not())
    .head(MAX_EXAMPLES - shown.height);
  const examples = examplesFrom(pl.concat([shown, more], { how: "vertical" }), [customer!, date!]);
  return {
    before: own(before),
    after: own(after),
    entry: {
      step: "rfm",
      reason: "after-snapshot",
      facts: { column: date!, snapshot: dayOrTime(snapshot), customers: Number(customers ?? 0) },
      action: "removed",
      rows: after.height,
      column: date!,
      examples,
    },
  };
}

/** `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when the time is not midnight (UTC). */
function dayOrTime(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}
