/**
 * Transactions as rows of customer index, UTC day and amount (private to lib/clv).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap } from "../base/types.ts";
import { checkRoleColumns, requireRole } from "../base/frame.ts";
import type { Transactions } from "./types.ts";
import { DAY_MS } from "./_units.ts";

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

export function checkDay(d: Date | undefined, name: string, action: string): number | undefined {
  if (d === undefined) return undefined;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError(
      `Cannot ${action}: ${name} "${d}" is not a valid date; pass a Date such as new Date("1997-09-30")`,
    );
  }
  return Math.floor(d.getTime() / DAY_MS);
}

/** The transactions as arrays, from arrays or a DataFrame with the columns named by `roles`. */
export function asTransactions(
  transactions: Transactions | pl.DataFrame,
  roles: RoleMap,
  action: string,
): Transactions {
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
  return data;
}

/** Transactions as rows: customer index, UTC day, amount, and which rows have all three. */
export interface TransactionRows {
  /** Customer ids as text, in order of first appearance. */
  readonly idList: readonly string[];
  readonly rowCust: Int32Array;
  readonly rowDay: Float64Array;
  readonly rowAmt: Float64Array;
  /** 1 where the row has a customer, a date and (when there are amounts) an amount. */
  readonly keep: Uint8Array;
  /** Rows without a customer, date or amount. */
  readonly skipped: number;
  /** Whether every id is a number (they then sort as numbers). */
  readonly allNumeric: boolean;
  readonly minDay: number;
  readonly maxDay: number;
  readonly hasAmount: boolean;
}

/** Read checked transactions into rows; throws on a value that is not a date. */
export function transactionRows(data: Transactions, action: string): TransactionRows {
  const n = data.customer.length;
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
  return { idList, rowCust, rowDay, rowAmt, keep, skipped, allNumeric, minDay, maxDay, hasAmount };
}
