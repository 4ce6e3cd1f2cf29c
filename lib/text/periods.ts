/**
 * The words of `comparePeriods` (lib/rfm): the periods, the customers by status and the
 * revenue bridge, as sentences and as labelled rows for a table or a waterfall chart.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { PeriodComparison } from "../rfm/compare_periods.ts";
import { fill, words } from "./mod.ts";

const DAY_MS = 86_400_000;

/**
 * What a period comparison says, in a language: the two periods, who is new, repeating or
 * lapsed, and where the change in revenue came from. Each sentence is built from the numbers:
 * "rose" only when the later revenue is higher, "fell" only when it is lower.
 *
 * @param c From `comparePeriods`.
 * @param lang The reader's language.
 * @returns Two or three sentences, and one more when the earlier period starts before the data.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { comparePeriods } from "../rfm/compare_periods.ts";
 * import { periodSentences } from "./periods.ts";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({
 *   id: ["a", "a", "b"],
 *   when: [new Date("2021-01-05Z"), new Date("2021-02-05Z"), new Date("2021-02-06Z")],
 *   total: [10, 30, 5],
 * });
 * const c = comparePeriods(t, { customer: "id", date: "when", amount: "total" }, {
 *   split: new Date("2021-02-01Z"),
 *   start: new Date("2021-01-01Z"),
 * });
 * assert.equal(
 *   periodSentences(c, "en")[2],
 *   "Revenue rose from 10 to 35 (250.0 %): new customers brought 5, lapsed customers took away 0, repeating customers who spent more added 20 and those who spent less took away 0.",
 * );
 * ```
 */
export function periodSentences(c: PeriodComparison, lang: Lang): string[] {
  const w = words(lang).rfm.periods;
  const last = (d: Date) => new Date(d.getTime() - DAY_MS);
  const out = [
    fill(w.periods, {
      earlierStart: c.earlier.start,
      earlierLast: last(c.earlier.end),
      earlierDays: c.earlier.days,
      laterStart: c.later.start,
      laterLast: last(c.later.end),
      laterDays: c.later.days,
    }, lang),
  ];
  const n = c.customers;
  if (n.new + n.repeating + n.lapsed === 0) return [...out, w.noCustomers];
  out.push(fill(w.customers, { ...n }, lang));
  const r = c.revenue;
  const values = { ...r, change: r.earlier === 0 ? 0 : (r.later - r.earlier) / Math.abs(r.earlier) };
  const template = r.earlier === 0 && r.later > 0
    ? w.revenueFromZero
    : r.later > r.earlier
    ? w.revenueUp
    : r.later < r.earlier
    ? w.revenueDown
    : w.revenueSame;
  out.push(fill(template, values, lang));
  if (c.firstPurchase.getTime() > c.earlier.start.getTime()) {
    const firstDay = Math.floor(c.firstPurchase.getTime() / DAY_MS) * DAY_MS;
    const covered = Math.max(0, (c.earlier.end.getTime() - firstDay) / DAY_MS);
    out.push(fill(w.partial, { first: c.firstPurchase, covered, days: c.earlier.days }, lang));
  }
  return out;
}

/** One step of the revenue bridge: its label and signed amount (the two ends are totals). */
export interface BridgeRow {
  /** The step in words, e.g. `"+ new customers"`. */
  readonly label: string;
  /** The amount: the revenue for the two ends, a signed change for the steps between. */
  readonly value: number;
  /** Whether the row is one of the two period totals. */
  readonly total: boolean;
}

/**
 * The revenue bridge as rows, earlier period first: the earlier total, + new, - lapsed,
 * + grown, - shrunk, the later total. The steps' values add the earlier total up to the later.
 *
 * @param c From `comparePeriods`.
 * @param lang The reader's language.
 * @returns Six rows.
 */
export function bridgeRows(c: PeriodComparison, lang: Lang): BridgeRow[] {
  const b = words(lang).rfm.periods.bridge;
  const r = c.revenue;
  return [
    { label: b.earlier, value: r.earlier, total: true },
    { label: b.fromNew, value: r.fromNew, total: false },
    { label: b.lost, value: -r.lost, total: false },
    { label: b.grown, value: r.grown, total: false },
    { label: b.shrunk, value: -r.shrunk, total: false },
    { label: b.later, value: r.later, total: true },
  ];
}
