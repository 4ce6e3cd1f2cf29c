/**
 * Two periods side by side: which customers are new, repeating or lapsed, and a revenue bridge
 * that says where the change in revenue came from.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap, Warning } from "../base/types.ts";
import { DAY_MS, latestMs, rfmInput } from "./_rfm_core.ts";

/** Options for {@linkcode comparePeriods}. */
export interface ComparePeriodsOptions {
  /** First day of the later period (UTC midnight is used). */
  split: Date;
  /** Day after the later period (exclusive). @default {the day after the latest row} */
  end?: Date;
  /** First day of the earlier period. @default {`split` minus the later period's length} */
  start?: Date;
}

/** A half-open period of days: `start` <= date < `end`. */
export interface Period {
  /** First day, UTC midnight. */
  readonly start: Date;
  /** Day after the last, UTC midnight (exclusive). */
  readonly end: Date;
  /** Whole days in the period. */
  readonly days: number;
}

/**
 * The revenue bridge from the earlier period to the later one. It adds up exactly:
 * `earlier + fromNew - lost + grown - shrunk = later` (up to floating-point rounding).
 */
export interface RevenueBridge {
  /** Revenue of the earlier period. */
  readonly earlier: number;
  /** Revenue of the later period. */
  readonly later: number;
  /** Later-period revenue of new customers (no purchase in the earlier period). */
  readonly fromNew: number;
  /** Earlier-period revenue of lapsed customers (no purchase in the later period). */
  readonly lost: number;
  /** Increase of repeating customers who spent more in the later period (sum of their increases). */
  readonly grown: number;
  /** Decrease of repeating customers who spent less in the later period (sum of their decreases, positive). */
  readonly shrunk: number;
}

/** The result of {@linkcode comparePeriods}. */
export interface PeriodComparison {
  /** The earlier period. */
  readonly earlier: Period;
  /** The later period. */
  readonly later: Period;
  /** Customers by status. */
  readonly customers: {
    /** Bought in the later period and not in the earlier one. */
    readonly new: number;
    /** Of the new: bought before the earlier period too (came back), the rest are first-time buyers. */
    readonly returned: number;
    /** Bought in both periods. */
    readonly repeating: number;
    /** Bought in the earlier period and not in the later one. */
    readonly lapsed: number;
  };
  /** Where the change in revenue came from. */
  readonly revenue: RevenueBridge;
  /**
   * The earliest dated row of the table. When it is after `earlier.start`, the earlier period is
   * only partly covered by the data, and its customers and revenue are fewer than a full period's.
   */
  readonly firstPurchase: Date;
  /**
   * One row per customer active in either period, sorted by id: `customer` (Utf8), `status`
   * (`"new"`, `"repeating"`, `"lapsed"`), `revenue_earlier`, `revenue_later`, `change`
   * (Float64; 0 where the customer did not buy).
   */
  readonly table: pl.DataFrame;
  /** Warnings of the input step (rows without a customer or date, amount from price), as typed facts. */
  readonly warnings: readonly Warning[];
}

function dayStart(d: Date, name: string, action: string): number {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError(
      `Cannot ${action}: "${name}" is "${d}", not a valid date; pass a Date such as new Date("2021-07-01")`,
    );
  }
  return Math.floor(d.getTime() / DAY_MS) * DAY_MS;
}

function periodsOf(options: ComparePeriodsOptions, latest: number, action: string): [Period, Period] {
  const split = dayStart(options.split, "split", action);
  const end = options.end === undefined
    ? Math.floor(latest / DAY_MS) * DAY_MS + DAY_MS
    : dayStart(options.end, "end", action);
  if (!(split < end)) {
    throw new RangeError(
      `Cannot ${action}: the later period is empty (split ${
        new Date(split).toISOString().slice(0, 10)
      }, end ${new Date(end).toISOString().slice(0, 10)}); choose a split before the last purchase`,
    );
  }
  const start = options.start === undefined
    ? split - (end - split)
    : dayStart(options.start, "start", action);
  if (!(start < split)) {
    throw new RangeError(`Cannot ${action}: "start" must be before "split"; choose an earlier start`);
  }
  const period = (a: number, b: number): Period => ({
    start: new Date(a),
    end: new Date(b),
    days: (b - a) / DAY_MS,
  });
  return [period(start, split), period(split, end)];
}

/**
 * Compare two periods of transactions, as a retention report does: customers who bought in the
 * later period and not the earlier are **new** (of them, those who had bought before the
 * earlier period **returned**), customers who bought in both are **repeating**, and those who
 * bought only in the earlier period are **lapsed**. The revenue bridge splits the change in
 * revenue into what new customers brought, what lapsed customers took away, and how much
 * repeating customers grew or shrank; its parts add up to the later revenue exactly.
 *
 * By default the later period runs from `split` to the last purchase's day and the earlier one
 * has the same number of days just before it. Days are UTC calendar days. Revenue is the sum of
 * the amount role (or quantity × price), as in `computeRfm`; clean the lines first.
 *
 * @param table Cleaned invoice lines.
 * @param roles `customer`, `date`, and `amount` (or `quantity` and `price`).
 * @param options The split day, and optionally the later period's end and the earlier one's start.
 * @returns Counts by status, the revenue bridge and the per-customer table.
 * @throws {RangeError} If a date is invalid or a period is empty.
 * @throws {TypeError} As `computeRfm` for bad roles.
 *
 * @example Three customers over two months
 * ```ts
 * import pl from "nodejs-polars";
 * import { comparePeriods } from "./compare_periods.ts";
 * import assert from "node:assert/strict";
 * const lines = pl.DataFrame({
 *   id: ["a", "a", "b", "c", "c"],
 *   when: ["2021-01-05", "2021-02-03", "2021-01-20", "2021-02-10", "2021-02-11"].map((d) => new Date(d + "T00:00Z")),
 *   total: [10, 25, 40, 5, 5],
 * });
 * const r = comparePeriods(lines, { customer: "id", date: "when", amount: "total" }, {
 *   split: new Date("2021-02-01T00:00Z"), end: new Date("2021-03-01T00:00Z"), start: new Date("2021-01-01T00:00Z"),
 * });
 * assert.deepEqual(r.customers, { new: 1, returned: 0, repeating: 1, lapsed: 1 });
 * assert.deepEqual(r.revenue, { earlier: 50, later: 35, fromNew: 10, lost: 40, grown: 15, shrunk: 0 });
 * ```
 */
export function comparePeriods(
  table: pl.DataFrame,
  roles: RoleMap,
  options: ComparePeriodsOptions,
): PeriodComparison {
  const { rows, warnings } = rfmInput(table, roles, ACTION);
  const [earlier, later] = comparedPeriods(options, latestMs(rows));
  const firstPurchase = new Date(Number(rows.select(pl.col("__t").min()).row(0)[0]));
  const t = pl.col("__t");
  const ms = (d: Date) => pl.lit(d.getTime()).cast(pl.Int64);
  const inside = (p: Period) => t.gtEq(ms(p.start)).and(t.lt(ms(p.end)));
  const spend = (p: Period) =>
    pl.when(inside(p)).then(pl.col("__m").fillNull(0).fillNan(0)).otherwise(pl.lit(0));
  const aggregates = rows.lazy()
    .filter(t.lt(ms(later.end)))
    .groupBy("customer")
    .agg(
      spend(earlier).sum().cast(pl.Float64).alias("revenue_earlier"),
      spend(later).sum().cast(pl.Float64).alias("revenue_later"),
      inside(earlier).any().alias("in_earlier"),
      inside(later).any().alias("in_later"),
      t.lt(ms(earlier.start)).any().alias("before"),
    )
    .filter(pl.col("in_earlier").or(pl.col("in_later")))
    .sort("customer")
    .collectSync();
  return periodComparisonOf(aggregates, { earlier, later, firstPurchase, warnings });
}

const ACTION = "compare periods";

/**
 * The two periods {@linkcode comparePeriods} compares, from its options and the latest row's
 * time. Shared with its SQL twin (`comparePeriodsSql`), which finds `latest` in the database.
 *
 * @param options The split day, and optionally the later period's end and the earlier one's start.
 * @param latest The latest row's time (epoch ms), or `null` when there is no dated row.
 * @returns The earlier and the later period.
 * @throws {RangeError} If there is no row, a date is invalid or a period is empty.
 */
export function comparedPeriods(options: ComparePeriodsOptions, latest: number | null): [Period, Period] {
  if (latest === null) {
    throw new RangeError(`Cannot ${ACTION}: the table has no dated rows; check the date column`);
  }
  return periodsOf(options, latest, ACTION);
}

/** What {@linkcode periodComparisonOf} needs besides the per-customer aggregates. */
export interface PeriodFacts {
  /** The earlier period (from {@linkcode comparedPeriods}). */
  readonly earlier: Period;
  /** The later period. */
  readonly later: Period;
  /** The earliest dated row. */
  readonly firstPurchase: Date;
  /** The input step's warnings. */
  readonly warnings: readonly Warning[];
}

/**
 * The {@linkcode PeriodComparison} of per-customer aggregates: counts by status, the revenue
 * bridge and the per-customer table. The in-memory part of {@linkcode comparePeriods}, shared
 * with its SQL twin.
 *
 * @param aggregates One row per customer who bought in either period, sorted by customer id:
 *   `customer` (Utf8), `revenue_earlier` and `revenue_later` (Float64, the period's spend, 0
 *   without a purchase), `in_earlier`, `in_later` (Boolean, bought in the period) and `before`
 *   (Boolean, bought before the earlier period).
 * @param facts The periods, the first purchase and the input warnings.
 * @returns The comparison `comparePeriods` returns.
 */
export function periodComparisonOf(aggregates: pl.DataFrame, facts: PeriodFacts): PeriodComparison {
  const { earlier, later, firstPurchase } = facts;
  const grouped = aggregates.withColumns(
    pl.when(pl.col("in_earlier").and(pl.col("in_later"))).then(pl.lit("repeating"))
      .when(pl.col("in_later")).then(pl.lit("new"))
      .otherwise(pl.lit("lapsed")).alias("status"),
  );
  const status = grouped.getColumn("status").toArray() as string[];
  const before = grouped.getColumn("before").toArray() as boolean[];
  const a = grouped.getColumn("revenue_earlier").toArray() as number[];
  const b = grouped.getColumn("revenue_later").toArray() as number[];
  const customers = { new: 0, returned: 0, repeating: 0, lapsed: 0 };
  const revenue = { earlier: 0, later: 0, fromNew: 0, lost: 0, grown: 0, shrunk: 0 };
  for (let i = 0; i < status.length; i++) {
    revenue.earlier += a[i]!;
    revenue.later += b[i]!;
    if (status[i] === "new") {
      customers.new++;
      if (before[i]) customers.returned++;
      revenue.fromNew += b[i]!;
    } else if (status[i] === "lapsed") {
      customers.lapsed++;
      revenue.lost += a[i]!;
    } else {
      customers.repeating++;
      const change = b[i]! - a[i]!;
      if (change > 0) revenue.grown += change;
      else revenue.shrunk -= change;
    }
  }
  const out = grouped.select(
    pl.col("customer"),
    pl.col("status"),
    pl.col("revenue_earlier"),
    pl.col("revenue_later"),
    pl.col("revenue_later").sub(pl.col("revenue_earlier")).alias("change"),
  );
  return { earlier, later, customers, revenue, firstPurchase, table: out, warnings: [...facts.warnings] };
}
