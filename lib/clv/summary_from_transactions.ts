/**
 * Frequency, recency, age and mean repeat value per customer from transactions, with a
 * calibration / holdout split: the input of the BG/NBD and Gamma-Gamma models.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap, Warning } from "../base/types.ts";
import { checkRoleColumns, requireRole } from "../base/frame.ts";
import type { TimeUnit } from "./types.ts";
import { DAY_MS, UNIT_DAYS } from "./_units.ts";

/** Transactions as parallel arrays: entry `i` of each is transaction `i`. */
export interface Transactions {
  /** Customer id of every transaction. */
  readonly customer: ArrayLike<string | number | null | undefined>;
  /** When: a `Date` (its UTC day), epoch milliseconds, or text starting `YYYY-MM-DD` or `YYYYMMDD` (the day as written). */
  readonly date: ArrayLike<Date | number | string | null | undefined>;
  /** Value of every transaction, for `monetaryValue`. */
  readonly amount?: ArrayLike<number | null | undefined>;
}

/** Options for {@linkcode summaryFromTransactions}. */
export interface SummaryFromTransactionsOptions {
  /** For a DataFrame: the columns of the customer, the date and (optional) the amount. @default {{ customer: "customer", date: "date" }} */
  roles?: RoleMap;
  /** Unit of recency, T and the holdout duration. @default {"weeks"} */
  unit?: TimeUnit;
  /**
   * Last day of the calibration period (its UTC day; purchases on it count in calibration).
   * @default {the middle day of the observed period: first day + floor((last day - first day) / 2), so the holdout is as long as the calibration (Fader, Hardie & Lee 2005 fit 39 weeks and predict the next 39)}
   */
  calibrationEnd?: Date;
  /** Last day of the observation period (purchases after it are left out). @default {the latest day in the data} */
  observationEnd?: Date;
}

/** Per customer, from {@linkcode summaryFromTransactions}; entry `i` of every array is `customers[i]`. */
export interface CustomerSummary {
  /** Customer ids as text, sorted (numerically when every id is a number). */
  readonly customers: readonly string[];
  /** Repeat purchase days in the calibration period: distinct purchase days minus one. */
  readonly frequency: Float64Array;
  /** Time from the first to the last purchase day in the calibration period. */
  readonly recency: Float64Array;
  /** Time from the first purchase day to `calibrationEnd`. */
  readonly T: Float64Array;
  /** Mean value of the repeat purchase days (a day's value is the sum of its transactions); `0` without repeats or amounts. */
  readonly monetaryValue: Float64Array;
  /** Purchase days in the holdout period (after `calibrationEnd`, up to `observationEnd`). */
  readonly frequencyHoldout: Float64Array;
  /** Mean value of the holdout purchase days; `0` without any. */
  readonly monetaryValueHoldout: Float64Array;
  /** The first purchase day (epoch milliseconds of its UTC midnight). */
  readonly firstPurchase: Float64Array;
  /** Length of the holdout period. */
  readonly durationHoldout: number;
  /** The unit of the times. */
  readonly unit: TimeUnit;
  /** The first day in the data (UTC midnight). */
  readonly start: Date;
  /** The calibration period's last day (UTC midnight). */
  readonly calibrationEnd: Date;
  /** The observation period's last day (UTC midnight). */
  readonly observationEnd: Date;
  /** Whether amounts were given (else `monetaryValue` is all 0). */
  readonly hasAmount: boolean;
  /**
   * Typed facts: `clv-rows-skipped` (`rows` without a customer, date or amount),
   * `clv-customers-after-calibration` (`customers` whose first purchase is after the calibration
   * period, left out as lifetimes does), `clv-rows-after-observation` (`rows` left out).
   */
  readonly warnings: readonly Warning[];
}

/** The UTC day number of a value, or `null` when there is none; `NaN` when it is not a date. */
function dayOf(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Math.floor(v.getTime() / DAY_MS);
  if (typeof v === "number") return Number.isFinite(v) ? Math.floor(v / DAY_MS) : Number.NaN;
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return null;
    const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])/.exec(s);
    if (!m) return Number.NaN;
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
      return Number.NaN;
    }
    return ms / DAY_MS;
  }
  return Number.NaN;
}

function fromFrame(table: pl.DataFrame, roles: RoleMap, action: string): Transactions {
  checkRoleColumns(table, roles, action);
  const customer = requireRole(roles, "customer", action), date = requireRole(roles, "date", action);
  const amount = roles.amount;
  const out: { customer: unknown[]; date: unknown[]; amount?: unknown[] } = {
    customer: table.getColumn(customer).toArray(),
    date: table.getColumn(date).toArray(),
  };
  if (amount !== undefined) out.amount = table.getColumn(amount).cast(pl.Float64).toArray();
  return out as unknown as Transactions;
}

function isFrame(v: unknown): v is pl.DataFrame {
  return typeof v === "object" && v !== null && typeof (v as pl.DataFrame).getColumn === "function" &&
    Array.isArray((v as pl.DataFrame).columns);
}

function checkDay(d: Date | undefined, name: string, action: string): number | undefined {
  if (d === undefined) return undefined;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError(
      `Cannot ${action}: ${name} "${d}" is not a valid date; pass a Date such as new Date("1997-09-30")`,
    );
  }
  return Math.floor(d.getTime() / DAY_MS);
}

/**
 * Summarise transactions per customer for the BG/NBD and Gamma-Gamma models, as lifetimes'
 * `calibration_and_holdout_data` (and `summary_data_from_transaction_data`) with daily
 * purchases: transactions of one customer on one UTC calendar day are one purchase (their values
 * add up), so `frequency` counts repeat purchase *days*, the convention of Fader, Hardie & Lee
 * (2005) on the CDNOW data. In the chosen unit:
 *
 * - `frequency`: distinct purchase days up to `calibrationEnd`, minus one;
 * - `recency`: last purchase day minus first purchase day;
 * - `T`: `calibrationEnd` minus the first purchase day;
 * - `monetaryValue`: mean value of the repeat purchase days (the first day left out, lifetimes'
 *   convention for the Gamma-Gamma model), `0` for one-time buyers;
 * - holdout: purchase days after `calibrationEnd` up to `observationEnd`, their mean value, and
 *   the holdout's length `durationHoldout`.
 *
 * Days are UTC calendar days, so the result does not depend on the machine's time zone.
 * Customers whose first purchase is after the calibration period are left out (with a warning).
 *
 * @param transactions Parallel arrays `{ customer, date, amount? }`, or a nodejs-polars DataFrame with the columns named by `roles`.
 * @param options Column roles, unit, calibration and observation ends.
 * @returns One entry per customer, sorted by id, plus the periods used and warnings.
 * @throws {TypeError} If a column or array is missing or arrays differ in length.
 * @throws {RangeError} If a date is not a date, an end is invalid or out of order, or no transaction is left.
 *
 * @example Repeat purchase days, recency and age in days
 * ```ts
 * import { summaryFromTransactions } from "./summary_from_transactions.ts";
 * import assert from "node:assert/strict";
 * const s = summaryFromTransactions({
 *   customer: ["a", "a", "a", "b", "a"],
 *   date: ["2024-01-01", "2024-01-01", "2024-01-05", "2024-01-03", "2024-01-20"],
 *   amount: [10, 5, 20, 7, 30],
 * }, { unit: "days", calibrationEnd: new Date("2024-01-10") });
 * assert.deepEqual(s.customers, ["a", "b"]);
 * assert.deepEqual([...s.frequency], [1, 0]); // a: 1 and 5 January; the second row of the 1st is the same day
 * assert.deepEqual([...s.recency], [4, 0]);
 * assert.deepEqual([...s.T], [9, 7]);
 * assert.deepEqual([...s.monetaryValue], [20, 0]);
 * assert.deepEqual([...s.frequencyHoldout], [1, 0]);
 * assert.equal(s.durationHoldout, 10);
 * ```
 */
export function summaryFromTransactions(
  transactions: Transactions | pl.DataFrame,
  options: SummaryFromTransactionsOptions = {},
): CustomerSummary {
  const action = "summarise transactions per customer";
  const { roles = { customer: "customer", date: "date" }, unit = "weeks", calibrationEnd, observationEnd } =
    options;
  if (!(unit in UNIT_DAYS)) {
    throw new RangeError(`Cannot ${action} in unit "${unit}": use "days", "weeks" or "months"`);
  }
  const unitDays = UNIT_DAYS[unit];
  const data: Transactions = isFrame(transactions) ? fromFrame(transactions, roles, action) : transactions;
  if (data === null || typeof data !== "object" || !data.customer || !data.date) {
    throw new TypeError(`Cannot ${action}: pass { customer, date, amount? } arrays or a DataFrame`);
  }
  const n = data.customer.length;
  if (data.date.length !== n || (data.amount !== undefined && data.amount.length !== n)) {
    throw new TypeError(
      `Cannot ${action}: customer, date and amount have ${n}, ${data.date.length} and ${data.amount?.length} entries; give one per transaction in each`,
    );
  }
  const calEndOpt = checkDay(calibrationEnd, "calibrationEnd", action);
  const obsEndOpt = checkDay(observationEnd, "observationEnd", action);
  const hasAmount = data.amount !== undefined;

  // ids -> indices, days, amounts
  const ids = new Map<string, number>();
  const idList: string[] = [];
  const rowCust = new Int32Array(n), rowDay = new Float64Array(n), rowAmt = new Float64Array(n);
  const keep = new Uint8Array(n);
  let skipped = 0, allNumeric = true, minDay = Infinity, maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const c = data.customer[i];
    const d = dayOf(data.date[i]);
    const m = hasAmount ? data.amount![i] : 0;
    if (Number.isNaN(d)) {
      throw new RangeError(
        `Cannot ${action}: date ${i} is "${
          data.date[i]
        }", which is not a date; use Dates, epoch milliseconds or text "YYYY-MM-DD"`,
      );
    }
    if (
      c === null || c === undefined || c === "" || d === null || m === null || m === undefined ||
      Number.isNaN(m)
    ) {
      skipped++;
      continue;
    }
    const key = String(c);
    let k = ids.get(key);
    if (k === undefined) {
      k = idList.length;
      ids.set(key, k);
      idList.push(key);
      if (typeof c !== "number" && !/^-?\d+(\.\d+)?$/.test(key)) allNumeric = false;
    }
    rowCust[i] = k;
    rowDay[i] = d;
    rowAmt[i] = m;
    keep[i] = 1;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  if (idList.length === 0) {
    throw new RangeError(`Cannot ${action}: no transaction has a customer and a date; check the columns`);
  }
  const obsEnd = obsEndOpt ?? maxDay;
  const calEnd = calEndOpt ?? minDay + Math.floor((obsEnd - minDay) / 2);
  if (calEnd > obsEnd) {
    throw new RangeError(
      `Cannot ${action}: calibrationEnd ${
        new Date(calEnd * DAY_MS).toISOString().slice(0, 10)
      } is after observationEnd ${
        new Date(obsEnd * DAY_MS).toISOString().slice(0, 10)
      }; pick a calibration end on or before the observation end`,
    );
  }

  // rows in (customer, day) order
  let kept = 0, afterObs = 0;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    if (rowDay[i]! > obsEnd) {
      keep[i] = 0;
      afterObs++;
    } else kept++;
  }
  const order = new Uint32Array(kept);
  for (let i = 0, j = 0; i < n; i++) if (keep[i]) order[j++] = i;
  order.sort((p, q) => (rowCust[p]! - rowCust[q]!) || (rowDay[p]! - rowDay[q]!) || (p - q));

  // per customer, walking its days in order
  const nc = idList.length;
  const freq = new Float64Array(nc), rec = new Float64Array(nc), age = new Float64Array(nc);
  const mon = new Float64Array(nc), freqH = new Float64Array(nc), monH = new Float64Array(nc);
  const first = new Float64Array(nc).fill(Number.NaN);
  const present = new Uint8Array(nc);
  for (let j = 0; j < kept;) {
    const c = rowCust[order[j]!]!;
    const f = rowDay[order[j]!]!;
    let days = 0, last = f, repeatSum = 0, holdDays = 0, holdSum = 0;
    while (j < kept && rowCust[order[j]!] === c) {
      const day = rowDay[order[j]!]!;
      let daySum = 0;
      while (j < kept && rowCust[order[j]!] === c && rowDay[order[j]!] === day) {
        daySum += rowAmt[order[j++]!]!;
      }
      if (day <= calEnd) {
        if (days > 0) repeatSum += daySum;
        days++;
        last = day;
      } else {
        holdDays++;
        holdSum += daySum;
      }
    }
    if (f > calEnd) continue;
    present[c] = 1;
    freq[c] = days - 1;
    rec[c] = (last - f) / unitDays;
    age[c] = (calEnd - f) / unitDays;
    mon[c] = days > 1 ? repeatSum / (days - 1) : 0;
    freqH[c] = holdDays;
    monH[c] = holdDays > 0 ? holdSum / holdDays : 0;
    first[c] = f * DAY_MS;
  }
  const idx: number[] = [];
  for (let c = 0; c < nc; c++) if (present[c]) idx.push(c);
  if (idx.length === 0) {
    throw new RangeError(
      `Cannot ${action}: no customer bought in the calibration period; pick a later calibrationEnd`,
    );
  }
  idx.sort(
    allNumeric
      ? (p, q) => (Number(idList[p]) - Number(idList[q])) || (idList[p]! < idList[q]! ? -1 : 1)
      : (p, q) => (idList[p]! < idList[q]! ? -1 : idList[p]! > idList[q]! ? 1 : 0),
  );
  const pick = (a: Float64Array) => Float64Array.from(idx, (c) => a[c]!);
  const warnings: Warning[] = [];
  if (skipped > 0) warnings.push({ code: "clv-rows-skipped", rows: skipped });
  if (afterObs > 0) warnings.push({ code: "clv-rows-after-observation", rows: afterObs });
  if (idx.length < nc) warnings.push({ code: "clv-customers-after-calibration", customers: nc - idx.length });
  return {
    customers: idx.map((c) => idList[c]!),
    frequency: pick(freq),
    recency: pick(rec),
    T: pick(age),
    monetaryValue: pick(mon),
    frequencyHoldout: pick(freqH),
    monetaryValueHoldout: pick(monH),
    firstPurchase: pick(first),
    durationHoldout: (obsEnd - calEnd) / unitDays,
    unit,
    start: new Date(minDay * DAY_MS),
    calibrationEnd: new Date(calEnd * DAY_MS),
    observationEnd: new Date(obsEnd * DAY_MS),
    hasAmount,
    warnings,
  };
}
