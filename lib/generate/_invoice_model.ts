/**
 * The model behind the invoice generators: planted customer types, the calendar of the real
 * file (busy November, no Friday invoices, office hours) and its quirks, written straight into
 * CSV text block by block (typed arrays, no row objects), so that ten million lines take seconds.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { Random } from "../base/random.ts";

/** Header of the invoice file in each language; Spanish is the real file's. */
export const INVOICE_HEADERS: Readonly<Record<Lang, string>> = {
  es: "N° de factura,Fecha de factura,ID Cliente,País,Cantidad,Monto",
  en: "Invoice,Invoice date,Customer ID,Country,Quantity,Amount",
  id: "Nomor faktur,Tanggal faktur,ID pelanggan,Negara,Kuantitas,Nilai",
};

/** Invoices per day by calendar month (January first), from the real file. */
const MONTH_WEIGHTS = [48, 50, 64, 58, 70, 67, 62, 56, 78, 85, 116, 65];
/** Invoices by weekday (Sunday first), from the real file: it has no Friday invoices. */
const WEEKDAY_WEIGHTS = [41, 47, 48, 57, 42, 0, 24];
/** Invoices by hour from 6:00 to 20:00, from the real file. */
const HOUR_WEIGHTS = [22, 31, 624, 1827, 2970, 3171, 3965, 3374, 3141, 3081, 1960, 1207, 333, 219, 28];
const FIRST_HOUR = 6;
/** Countries and their share of rows in the real file. */
const COUNTRIES: readonly (readonly [string, number])[] = [
  ["United Kingdom", 23542],
  ["Germany", 603],
  ["France", 462],
  ["EIRE", 362],
  ["Belgium", 119],
  ["Spain", 105],
  ["Netherlands", 101],
  ["Switzerland", 74],
  ["Portugal", 71],
  ["Australia", 69],
  ["Italy", 55],
  ["Finland", 48],
  ["Sweden", 46],
  ["Norway", 40],
  ["Channel Islands", 34],
];

/** A planted customer type: how many invoices, when, and how large. */
interface CustomerType {
  readonly name: string;
  readonly share: number;
  readonly minInvoices: number;
  readonly maxInvoices: number;
  /** Median invoice amount (money) and price per unit. */
  readonly median: number;
  readonly unitPrice: number;
  /** Active window [first, last] day, as a function of the period's length in days. */
  window(days: number, rng: Random): [number, number];
}

const last = (days: number) => days - 1;
const upTo = (rng: Random, x: number) => Math.floor(rng.next() * (x + 1));

/** The planted types, in a fixed order. Expected ~5.5 purchases per customer. */
export const CUSTOMER_TYPES: readonly CustomerType[] = [
  {
    name: "champion", // buys often, a lot, and recently
    share: 0.08,
    minInvoices: 15,
    maxInvoices: 40,
    median: 700,
    unitPrice: 1.8,
    window: (t, rng) => [upTo(rng, 0.25 * t), last(t)],
  },
  {
    name: "loyal", // regular, mid-sized, still active
    share: 0.18,
    minInvoices: 6,
    maxInvoices: 14,
    median: 350,
    unitPrice: 2.0,
    window: (t, rng) => [upTo(rng, 0.35 * t), last(t) - upTo(rng, 0.1 * t)],
  },
  {
    name: "wholesaler", // few, very large orders
    share: 0.02,
    minInvoices: 4,
    maxInvoices: 10,
    median: 4500,
    unitPrice: 0.9,
    window: (t, rng) => [upTo(rng, 0.3 * t), last(t) - upTo(rng, 0.15 * t)],
  },
  {
    name: "new", // first purchase in the last weeks
    share: 0.12,
    minInvoices: 1,
    maxInvoices: 3,
    median: 250,
    unitPrice: 2.2,
    window: (t, rng) => [Math.max(0, last(t) - upTo(rng, 0.12 * t)), last(t)],
  },
  {
    name: "lapsed", // bought a few times, then stopped half a year or more before the end
    share: 0.2,
    minInvoices: 2,
    maxInvoices: 6,
    median: 300,
    unitPrice: 2.0,
    window: (t, rng) => {
      const a = upTo(rng, 0.2 * t);
      return [a, Math.max(a, Math.min(a + Math.floor(0.1 * t) + upTo(rng, 0.25 * t), Math.floor(0.55 * t)))];
    },
  },
  {
    name: "one-off", // a single purchase at any time
    share: 0.4,
    minInvoices: 1,
    maxInvoices: 1,
    median: 180,
    unitPrice: 2.2,
    window: (t) => [0, last(t)],
  },
];

/** Rates of the real file's quirks, per purchase. */
const ANONYMOUS_PER_PURCHASE = 0.141; // -> ~12% of rows without customer id
const ANONYMOUS_ZERO = 0.45; // share of anonymous rows that are zero-amount adjustments
const CANCEL_PER_PURCHASE = 0.035; // -> ~3% of rows are cancellations
const SPLIT_PER_PURCHASE = 0.002; // invoice split over two rows a minute apart
const DUPLICATE_PER_ROW = 0.0008; // exact duplicate rows
const FIRST_INVOICE = 536365;

/** The calendar: day strings, time strings and the weights of days and hours. */
export interface Calendar {
  readonly days: number;
  /** `M/D/YYYY ` for every day of the period. */
  readonly dayText: readonly string[];
  /** `H:MM:00` for every minute of the day. */
  readonly timeText: readonly string[];
  /** Cumulative day weights, `days + 1` entries starting at 0. */
  readonly dayCdf: Float64Array;
  readonly hourCdf: Float64Array;
  readonly countryCdf: Float64Array;
}

/**
 * Build the calendar of a period of whole months from an ISO start date (time-zone free).
 *
 * @param start `YYYY-MM-DD`.
 * @param months Length of the period in months.
 * @returns The calendar.
 * @throws {RangeError} If `start` is not a valid ISO date or `months` is not an integer from 1 to 120.
 */
export function makeCalendar(start: string, months: number): Calendar {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const t0 = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  const check = new Date(t0);
  if (
    !m || Number.isNaN(t0) || check.getUTCDate() !== Number(m[3]) || check.getUTCMonth() !== Number(m[2]) - 1
  ) {
    throw new RangeError(
      `Cannot generate invoices from start "${start}": use an ISO date such as "2020-12-01"`,
    );
  }
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new RangeError(`Cannot generate invoices over ${months} months: use an integer from 1 to 120`);
  }
  const t1 = Date.UTC(Number(m[1]), Number(m[2]) - 1 + months, Number(m[3]));
  const days = Math.round((t1 - t0) / 86_400_000);
  const dayText: string[] = [];
  const dayCdf = new Float64Array(days + 1);
  for (let i = 0; i < days; i++) {
    const d = new Date(t0 + i * 86_400_000);
    dayText.push(`${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} `);
    dayCdf[i + 1] = dayCdf[i]! + MONTH_WEIGHTS[d.getUTCMonth()]! * WEEKDAY_WEIGHTS[d.getUTCDay()]!;
  }
  const timeText: string[] = [];
  for (let t = 0; t < 1440; t++) {
    timeText.push(`${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}:00`);
  }
  return {
    days,
    dayText,
    timeText,
    dayCdf,
    hourCdf: cumulative(HOUR_WEIGHTS),
    countryCdf: cumulative(COUNTRIES.map((c) => c[1])),
  };
}

function cumulative(weights: readonly number[]): Float64Array {
  const cdf = new Float64Array(weights.length + 1);
  for (let i = 0; i < weights.length; i++) cdf[i + 1] = cdf[i]! + weights[i]!;
  return cdf;
}

/** Index i with cdf[i] <= u < cdf[i + 1], searching in [lo, hi). */
function search(cdf: Float64Array, u: number, lo: number, hi: number): number {
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! <= u) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** A weighted day in [a, b]; uniform where the window has no weight (a lone Friday). */
function drawDay(cal: Calendar, rng: Random, a: number, b: number): number {
  const lo = cal.dayCdf[a]!, hi = cal.dayCdf[b + 1]!;
  if (hi <= lo) return a + rng.int(b - a + 1);
  return search(cal.dayCdf, lo + rng.next() * (hi - lo), a, b + 1);
}

function drawMinute(cal: Calendar, rng: Random): number {
  const h = search(cal.hourCdf, rng.next() * cal.hourCdf[cal.hourCdf.length - 1]!, 0, HOUR_WEIGHTS.length);
  return (FIRST_HOUR + h) * 60 + rng.int(60);
}

/** Growable columns of one block of rows. */
class Rows {
  n = 0;
  event = new Int32Array(1024);
  day = new Int32Array(1024);
  minute = new Int32Array(1024);
  qty = new Int32Array(1024);
  cents = new Float64Array(1024);
  customer = new Int32Array(1024);
  country = new Uint8Array(1024);
  // events (invoices): time of first row and whether it is a cancellation
  nEvents = 0;
  eventTime = new Float64Array(1024);
  eventCancel = new Uint8Array(1024);

  push(
    event: number,
    day: number,
    minute: number,
    qty: number,
    cents: number,
    customer: number,
    country: number,
  ) {
    if (this.n === this.day.length) this.grow();
    const i = this.n++;
    this.event[i] = event;
    this.day[i] = day;
    this.minute[i] = minute;
    this.qty[i] = qty;
    this.cents[i] = cents;
    this.customer[i] = customer;
    this.country[i] = country;
  }

  copyRow(i: number) {
    this.push(
      this.event[i]!,
      this.day[i]!,
      this.minute[i]!,
      this.qty[i]!,
      this.cents[i]!,
      this.customer[i]!,
      this.country[i]!,
    );
  }

  newEvent(day: number, minute: number, cancel: boolean): number {
    if (this.nEvents === this.eventTime.length) {
      const cap = this.eventTime.length * 2;
      this.eventTime = grow(this.eventTime, new Float64Array(cap));
      this.eventCancel = grow(this.eventCancel, new Uint8Array(cap));
    }
    const e = this.nEvents++;
    this.eventTime[e] = day * 1440 + minute;
    this.eventCancel[e] = cancel ? 1 : 0;
    return e;
  }

  private grow() {
    const cap = this.day.length * 2;
    this.event = grow(this.event, new Int32Array(cap));
    this.day = grow(this.day, new Int32Array(cap));
    this.minute = grow(this.minute, new Int32Array(cap));
    this.qty = grow(this.qty, new Int32Array(cap));
    this.cents = grow(this.cents, new Float64Array(cap));
    this.customer = grow(this.customer, new Int32Array(cap));
    this.country = grow(this.country, new Uint8Array(cap));
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}

/** State carried from block to block: next customer id and next invoice number. */
export interface ModelState {
  nextCustomer: number;
  nextInvoice: number;
  /** Mean gap between customer ids is about (idGap + 1) / 2. */
  readonly idGap: number;
}

/** Start state for a file of about `customers` customers: ids spread like the real 12346..18287. */
export function startState(customers: number): ModelState {
  return {
    nextCustomer: 12346,
    nextInvoice: FIRST_INVOICE,
    idGap: Math.max(1, Math.floor(11880 / customers)),
  };
}

const typeCdf = cumulative(CUSTOMER_TYPES.map((t) => t.share));

/**
 * Generate the rows of `customers` customers (and the anonymous rows, cancellations, splits and
 * duplicates that come with them), shuffled, as UTF-8 CSV lines with CRLF ends.
 *
 * @param cal The calendar.
 * @param rng The random source, advanced.
 * @param state Next customer id and invoice number, advanced.
 * @param customers How many customers in this block.
 * @returns The lines' bytes, each line ending in `\r\n`.
 */
export function generateBlock(cal: Calendar, rng: Random, state: ModelState, customers: number): Uint8Array {
  const rows = new Rows();
  const t = cal.days;
  const nCountries = COUNTRIES.length;
  const countryTotal = cal.countryCdf[nCountries]!;
  for (let c = 0; c < customers; c++) {
    const id = state.nextCustomer;
    state.nextCustomer += 1 + rng.int(state.idGap);
    const type = CUSTOMER_TYPES[search(typeCdf, rng.next(), 0, CUSTOMER_TYPES.length)]!;
    const country = search(cal.countryCdf, rng.next() * countryTotal, 0, nCountries);
    const median = type.median * Math.exp(0.5 * rng.normal());
    const price = type.unitPrice * Math.exp(0.35 * rng.normal());
    const [a, b] = type.window(t, rng);
    const n = type.minInvoices + rng.int(type.maxInvoices - type.minInvoices + 1);
    for (let p = 0; p < n; p++) {
      const day = drawDay(cal, rng, a, b);
      let minute = drawMinute(cal, rng);
      const cents = Math.max(39, Math.round(median * Math.exp(0.55 * rng.normal()) * 100));
      const qty = Math.max(1, Math.round(cents / 100 / (price * Math.exp(0.25 * rng.normal()))));
      const e = rows.newEvent(day, minute, false);
      if (rng.next() < SPLIT_PER_PURCHASE && minute < 1439) {
        const q1 = Math.max(1, Math.round(qty * (0.2 + 0.6 * rng.next())));
        const c1 = Math.max(1, Math.round(cents * (q1 / (qty + 1))));
        rows.push(e, day, minute, q1, c1, id, country);
        minute += 1;
        rows.push(e, day, minute, Math.max(1, qty - q1), Math.max(1, cents - c1), id, country);
      } else {
        rows.push(e, day, minute, qty, cents, id, country);
      }
      if (rng.next() < DUPLICATE_PER_ROW) rows.copyRow(rows.n - 1);
      if (rng.next() < CANCEL_PER_PURCHASE) {
        const cday = Math.min(t - 1, day + rng.int(20));
        const cmin = drawMinute(cal, rng);
        const cq = 1 + rng.int(Math.min(qty, 12));
        const cc = Math.max(1, Math.round((cents / qty) * cq));
        rows.push(rows.newEvent(cday, cmin, true), cday, cmin, -cq, -cc, id, country);
      }
      if (rng.next() < ANONYMOUS_PER_PURCHASE) {
        const aday = drawDay(cal, rng, 0, t - 1);
        const amin = drawMinute(cal, rng);
        const ac = search(cal.countryCdf, rng.next() * countryTotal, 0, nCountries);
        const ae = rows.newEvent(aday, amin, false);
        if (rng.next() < ANONYMOUS_ZERO) {
          rows.push(ae, aday, amin, rng.int(80) - 20 || 1, 0, -1, ac);
        } else {
          const acents = Math.max(39, Math.round(250 * Math.exp(0.9 * rng.normal()) * 100));
          rows.push(ae, aday, amin, Math.max(1, Math.round(acents / 200)), acents, -1, ac);
        }
      }
    }
  }
  return formatRows(cal, rng, state, rows);
}

/** Number invoices in time order, shuffle rows, and write them as UTF-8 CSV lines. */
function formatRows(cal: Calendar, rng: Random, state: ModelState, rows: Rows): Uint8Array {
  const ne = rows.nEvents;
  const keys = new Float64Array(ne);
  for (let e = 0; e < ne; e++) keys[e] = rows.eventTime[e]! * 536870912 + e;
  keys.sort();
  const number = new Int32Array(ne);
  let next = state.nextInvoice;
  for (let r = 0; r < ne; r++) {
    number[keys[r]! % 536870912] = next;
    next += 1 + (rng.next() < 0.6 ? 1 : 0);
  }
  state.nextInvoice = next;
  const n = rows.n;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const b = bytesOf(cal);
  const out = new Uint8Array(n * 112);
  let p = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const e = rows.event[i]!;
    if (rows.eventCancel[e]) out[p++] = 67; // C
    p = writeInt(out, p, number[e]!);
    out[p++] = 44;
    const dt = b.day[rows.day[i]!]!;
    for (let k = 0; k < dt.length; k++) out[p++] = dt[k]!;
    const tt = b.time[rows.minute[i]!]!;
    for (let k = 0; k < tt.length; k++) out[p++] = tt[k]!;
    out[p++] = 44;
    const cust = rows.customer[i]!;
    if (cust >= 0) p = writeInt(out, p, cust);
    out[p++] = 44;
    const ct = b.country[rows.country[i]!]!;
    for (let k = 0; k < ct.length; k++) out[p++] = ct[k]!;
    out[p++] = 44;
    p = writeInt(out, p, rows.qty[i]!);
    out[p++] = 44;
    out[p++] = 34; // "
    const cents = rows.cents[i]!;
    const a = Math.abs(cents);
    const units = Math.floor(a / 100), rest = a - units * 100;
    if (cents < 0) out[p++] = 45; // -
    p = writeInt(out, p, units);
    out[p++] = 44;
    out[p++] = 48 + Math.floor(rest / 10);
    out[p++] = 48 + (rest % 10);
    out[p++] = 34;
    out[p++] = 13;
    out[p++] = 10;
  }
  return out.subarray(0, p);
}

/** Write a (possibly negative) integer in decimal at `p`; returns the new position. */
function writeInt(out: Uint8Array, p: number, v: number): number {
  if (v < 0) {
    out[p++] = 45;
    v = -v;
  }
  if (v >= 2147483648) {
    const s = String(v);
    for (let k = 0; k < s.length; k++) out[p++] = s.charCodeAt(k);
    return p;
  }
  let digits = 1;
  for (let x = v; x >= 10; x = (x / 10) | 0) digits++;
  for (let k = p + digits - 1; k >= p; k--) {
    const q = (v / 10) | 0;
    out[k] = 48 + v - q * 10;
    v = q;
  }
  return p + digits;
}

const encoder = new TextEncoder();
const byteCache = new WeakMap<Calendar, { day: Uint8Array[]; time: Uint8Array[]; country: Uint8Array[] }>();

function bytesOf(cal: Calendar): { day: Uint8Array[]; time: Uint8Array[]; country: Uint8Array[] } {
  let b = byteCache.get(cal);
  if (b === undefined) {
    b = {
      day: cal.dayText.map((s) => encoder.encode(s)),
      time: cal.timeText.map((s) => encoder.encode(s)),
      country: COUNTRIES.map((c) => encoder.encode(c[0])),
    };
    byteCache.set(cal, b);
  }
  return b;
}

/** Number of lines in UTF-8 CSV bytes (count of LF). */
export function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) n++;
  return n;
}

/** The first `lines` lines of UTF-8 CSV bytes. */
export function firstLines(bytes: Uint8Array, lines: number): Uint8Array {
  if (lines <= 0) return bytes.subarray(0, 0);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 && ++n === lines) return bytes.subarray(0, i + 1);
  }
  return bytes;
}

/** Expected rows per customer, for sizing blocks. */
export const ROWS_PER_CUSTOMER = 6.6;
