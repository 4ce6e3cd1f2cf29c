/**
 * How customers moved between named RFM segments from one snapshot to another.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap, Warning } from "../base/types.ts";
import type { RfmRuleSet } from "./check_rule_set.ts";
import { RF_GRID_SEGMENTS } from "./rf_grid_segments.ts";
import { rfmGroup, rfmInput } from "./_rfm_core.ts";
import { scoreRfm } from "./score_rfm.ts";
import { segmentRfm } from "./segment_rfm.ts";

/** The `from` key of customers who had not bought yet at the earlier snapshot. */
const NEW = "(new)";

/** Options for {@linkcode segmentMovement}. */
export interface SegmentMovementOptions {
  /** The earlier snapshot: RFM from rows dated strictly before it. */
  from: Date;
  /** The later snapshot: RFM from rows dated strictly before it. */
  to: Date;
  /** The named segments. @default {RF_GRID_SEGMENTS} */
  ruleSet?: RfmRuleSet;
  /** Scores per axis. @default {5} */
  bins?: number;
}

/** One from → to pair and how many customers made that move. */
export interface SegmentTransition {
  /** Segment key at the earlier snapshot, or `"(new)"` for customers who had not bought yet. */
  readonly from: string;
  /** Segment key at the later snapshot. */
  readonly to: string;
  /** Number of customers who moved so. */
  readonly customers: number;
}

/** The from → to table of {@linkcode segmentMovement}. */
export interface SegmentMovement {
  /** The earlier snapshot. */
  readonly from: Date;
  /** The later snapshot. */
  readonly to: Date;
  /** Every non-empty from → to pair, largest first (ties in rule-set order). */
  readonly transitions: readonly SegmentTransition[];
  /**
   * The same counts as a full matrix: `counts[i][j]` customers went from `rows[i]` to
   * `columns[j]`. Rows are the segment keys in rule-set order then `"(new)"`; columns the keys.
   */
  readonly matrix: {
    readonly rows: readonly string[];
    readonly columns: readonly string[];
    readonly counts: readonly (readonly number[])[];
  };
  /** Customers with RFM at each snapshot. */
  readonly customers: { readonly from: number; readonly to: number };
  /**
   * Warnings of the RFM and scoring steps, as typed facts; those of the scoring at one snapshot
   * carry its date (`at`, `YYYY-MM-DD`). `movementWarningText` (`lib/text/rfm.ts`) says them.
   */
  readonly warnings: readonly Warning[];
}

/**
 * Compute RFM, scores and named segments at two snapshots and count how customers moved between
 * segments ("Champions → At Risk: 31"). Each snapshot sees only rows dated strictly before it, and
 * each is scored against its own customers (quintiles at that date). Customers whose first
 * purchase falls between the two snapshots appear with `from = "(new)"`. Every customer of the
 * earlier snapshot is also in the later one, so nobody disappears.
 *
 * @param table Cleaned invoice lines, as for `computeRfm`.
 * @param roles Which columns are the customer, invoice, date and amount.
 * @param options The two snapshots, rule set and bins.
 * @returns The transitions (segment keys), largest first, and the full from × to matrix;
 *   `nameTransitions` (`lib/text/rfm.ts`) names them in a language.
 * @throws {RangeError} If `from` is not before `to`, a date is invalid, or no row is dated before `to`.
 * @throws {TypeError} As `computeRfm` for bad roles, and as `segmentRfm` for a bad rule set.
 *
 * @example Two customers over two quarters
 * ```ts
 * import pl from "nodejs-polars";
 * import { segmentMovement } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const lines = pl.DataFrame({
 *   id: ["a", "a", "b"],
 *   inv: ["1", "2", "3"],
 *   when: [new Date("2021-01-05Z"), new Date("2021-02-05Z"), new Date("2021-05-01Z")],
 *   total: [10, 20, 5],
 * });
 * const move = segmentMovement(lines, { customer: "id", invoice: "inv", date: "when", amount: "total" }, {
 *   from: new Date("2021-04-01Z"), to: new Date("2021-07-01Z"),
 * });
 * // At April 1 only "a" had bought: alone, it scores r1 f1 (Hibernating).
 * // At July 1 "a" (2 invoices, 146 days ago) is r1 f5 and "b" (1 invoice, 61 days ago) r5 f1.
 * assert.deepEqual(move.transitions.map((t) => `${t.from} -> ${t.to}: ${t.customers}`), [
 *   "hibernating -> cant_lose: 1",
 *   "(new) -> new: 1",
 * ]);
 * ```
 */
export function segmentMovement(
  table: pl.DataFrame,
  roles: RoleMap,
  options: SegmentMovementOptions,
): SegmentMovement {
  const { from, to } = options;
  checkMovementDates(from, to);
  const { rows, invoices, warnings } = rfmInput(table, roles, ACTION);
  return segmentMovementOf(
    { from: rfmGroup(rows, invoices, from.getTime()), to: rfmGroup(rows, invoices, to.getTime()) },
    { ...options, warnings },
  );
}

const ACTION = "compute segment movement";

/**
 * Check the two snapshots of {@linkcode segmentMovement}: valid dates, `from` before `to`.
 *
 * @param from The earlier snapshot.
 * @param to The later snapshot.
 * @throws {RangeError} If a date is invalid or `from` is not before `to`.
 */
export function checkMovementDates(from: Date, to: Date): void {
  for (const [name, d] of [["from", from], ["to", to]] as const) {
    if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
      throw new RangeError(
        `Cannot ${ACTION}: "${name}" is "${d}", not a valid date; pass a Date such as new Date("2021-10-01")`,
      );
    }
  }
  if (!(from.getTime() < to.getTime())) {
    throw new RangeError(
      `Cannot ${ACTION}: "from" (${from.toISOString()}) must be before "to" (${to.toISOString()}); swap them`,
    );
  }
}

/** Options for {@linkcode segmentMovementOf}: those of {@linkcode segmentMovement}, and the input warnings. */
export interface SegmentMovementOfOptions extends SegmentMovementOptions {
  /** Warnings of the input step, first in the result's. @default {[]} */
  warnings?: readonly Warning[];
}

/**
 * The segment movement of two RFM tables: scores and named segments at each snapshot, and the
 * from → to counts. The part of {@linkcode segmentMovement} after the RFM tables, shared with its
 * SQL twin (`segmentMovementSql`).
 *
 * @param rfm The RFM tables (as `RfmResult.table`, sorted by customer) of the rows dated before
 *   `from` and before `to`; an empty `from` table means nobody had bought yet.
 * @param options The two snapshots, rule set, bins and input warnings.
 * @returns The movement `segmentMovement` returns.
 * @throws {RangeError} If a date is invalid, `from` is not before `to`, or the `to` table is empty.
 * @throws {TypeError} As `segmentRfm` for a bad rule set.
 */
export function segmentMovementOf(
  rfm: { readonly from: pl.DataFrame; readonly to: pl.DataFrame },
  options: SegmentMovementOfOptions,
): SegmentMovement {
  const { from, to, ruleSet = RF_GRID_SEGMENTS, bins = 5 } = options;
  checkMovementDates(from, to);
  const warnings: Warning[] = [...(options.warnings ?? [])];
  const at = (table: pl.DataFrame, snapshot: Date): pl.DataFrame | null => {
    if (table.height === 0) return null;
    const scores = scoreRfm(table, { bins });
    for (const w of scores.warnings) warnings.push({ ...w, at: snapshot.toISOString().slice(0, 10) });
    return segmentRfm(scores, ruleSet).select(pl.col("customer"), pl.col("segment"));
  };
  const later = at(rfm.to, to);
  if (later === null) {
    throw new RangeError(
      `Cannot ${ACTION}: no row is dated before "to" (${to.toISOString()}); pick a later date`,
    );
  }
  const earlier = at(rfm.from, from);
  const joined = earlier === null
    ? later.select(pl.lit(NEW).alias("__from"), pl.col("segment").alias("__to"))
    : later.join(earlier.rename({ segment: "__from" }), { on: "customer", how: "left" })
      .select(pl.col("__from").fillNull(pl.lit(NEW)), pl.col("segment").alias("__to"));
  const counted = joined.groupBy(["__from", "__to"]).agg(pl.len().alias("n"));
  const froms = counted.getColumn("__from").toArray() as string[];
  const tos = counted.getColumn("__to").toArray() as string[];
  const ns = counted.getColumn("n").toArray().map(Number);

  const keys = ruleSet.segments.map((s) => s.key);
  if (tos.includes("other")) keys.push("other"); // only with rule sets segmentRfm accepts in non-strict mode
  const rowKeys = [...keys, NEW];
  const counts = rowKeys.map(() => keys.map(() => 0));
  const transitions: SegmentTransition[] = [];
  for (let i = 0; i < ns.length; i++) {
    counts[rowKeys.indexOf(froms[i]!)]![keys.indexOf(tos[i]!)] = ns[i]!;
    transitions.push({
      from: froms[i]!,
      to: tos[i]!,
      customers: ns[i]!,
    });
  }
  transitions.sort((a, b) =>
    b.customers - a.customers || rowKeys.indexOf(a.from) - rowKeys.indexOf(b.from) ||
    keys.indexOf(a.to) - keys.indexOf(b.to)
  );
  return {
    from,
    to,
    transitions,
    matrix: { rows: rowKeys, columns: keys, counts },
    customers: { from: earlier?.height ?? 0, to: later.height },
    warnings,
  };
}
