/**
 * Invoice files like the retail case's `ventas-por-factura.csv`, generated from a seed.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { makeRandom } from "../base/random.ts";
import {
  countLines,
  firstLines,
  generateBlock,
  INVOICE_HEADERS,
  makeCalendar,
  ROWS_PER_CUSTOMER,
  startState,
} from "./_invoice_model.ts";

/** Options for {@linkcode generateInvoices}. */
export interface GenerateInvoicesOptions {
  /** Number of customers with an id. @default {600} */
  customers?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
  /** First day of the period, ISO `YYYY-MM-DD` (dates are naive, no time zone). @default {"2020-12-01"} */
  start?: string;
  /** Length of the period in months. @default {13} */
  months?: number;
  /** Language of the header row; the values are the same in every language. @default {"es"} */
  lang?: Lang;
}

/**
 * Generate an invoice file (CSV text) shaped like the real retail export: one row per invoice
 * with the headers `N° de factura,Fecha de factura,ID Cliente,País,Cantidad,Monto`, CRLF line
 * ends, dates `M/D/YYYY H:MM:SS`, and `Monto` with a decimal comma in quotes (`"229,33"`).
 *
 * Planted customer types, so that RFM and k-means have something to find: champions (often,
 * much, recently), loyal regulars, a few big wholesalers, new customers (first purchase in the
 * last weeks), lapsed customers (stopped half a year or more before the end) and one-off buyers.
 * The real file's quirks: about 12% rows without a customer id (half of them zero-amount
 * adjustments), about 3% cancellations (invoice `C` + number, negative `Cantidad` and `Monto`),
 * a few exact duplicate rows, a few invoices split over two rows a minute apart, mostly
 * `United Kingdom` then Germany, France, EIRE, ..., a busy November and no Friday invoices.
 * Invoice numbers rise with time from 536365; rows are shuffled.
 *
 * @param options See {@linkcode GenerateInvoicesOptions}.
 * @returns The file's text, header included, every line ending in `\r\n`.
 * @throws {RangeError} If `customers` is not a positive integer, `start` is not an ISO date,
 *   `months` is not an integer from 1 to 120, `lang` is unknown or `seed` is not finite.
 *
 * @example Same seed, same file; Spanish header and decimal commas
 * ```ts
 * import { generateInvoices } from "./invoices.ts";
 * import assert from "node:assert/strict";
 * const csv = generateInvoices({ customers: 20, seed: 1 });
 * assert.equal(csv, generateInvoices({ customers: 20, seed: 1 }));
 * assert.ok(csv.startsWith("N° de factura,Fecha de factura,ID Cliente,País,Cantidad,Monto\r\n"));
 * assert.match(csv, /,"\d+,\d\d"\r\n/);
 * ```
 */
export function generateInvoices(options: GenerateInvoicesOptions = {}): string {
  const { customers = 600, seed = 0, start = "2020-12-01", months = 13, lang = "es" } = options;
  if (!Number.isInteger(customers) || customers < 1) {
    throw new RangeError(`Cannot generate invoices for ${customers} customers: use a positive integer`);
  }
  const header = headerFor(lang);
  const cal = makeCalendar(start, months);
  const rng = makeRandom(seed);
  return header + new TextDecoder().decode(generateBlock(cal, rng, startState(customers), customers));
}

/** Options for {@linkcode generateInvoiceChunks}. */
export interface GenerateInvoiceChunksOptions {
  /** Number of data lines (rows after the header), exactly. */
  lines: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
  /** First day of the period, ISO `YYYY-MM-DD`. @default {"2020-12-01"} */
  start?: string;
  /** Length of the period in months. @default {13} */
  months?: number;
  /** Language of the header row. @default {"es"} */
  lang?: Lang;
  /** About how many lines per chunk. @default {65536} */
  chunkLines?: number;
}

/**
 * Generate a large invoice file as a sequence of UTF-8 byte chunks, for benchmarks: the same model,
 * format and quirks as {@linkcode generateInvoices}, about `lines / 6.6` customers with
 * consecutive ids from 12346, rows shuffled within each chunk. The first chunk starts with the
 * header. Write the chunks to a file as they come (`file.write(chunk)`); the rows are written
 * straight into bytes, so ten million lines take seconds and never sit in memory at once.
 *
 * @param options See {@linkcode GenerateInvoiceChunksOptions}.
 * @returns A generator of UTF-8 CSV chunks whose data lines number exactly `lines`.
 * @throws {RangeError} If `lines` is not a non-negative integer, or another option is out of
 *   range (as for {@linkcode generateInvoices}); thrown at the first `next()`.
 *
 * @example Exactly the lines asked for
 * ```ts
 * import { generateInvoiceChunks } from "./invoices.ts";
 * import assert from "node:assert/strict";
 * const decoder = new TextDecoder();
 * const text = [...generateInvoiceChunks({ lines: 1000, seed: 3, chunkLines: 300 })]
 *   .map((chunk) => decoder.decode(chunk)).join("");
 * assert.equal(text.split("\r\n").length - 2, 1000); // minus the header and the empty tail
 * ```
 */
export function* generateInvoiceChunks(options: GenerateInvoiceChunksOptions): Generator<Uint8Array> {
  const { lines, seed = 0, start = "2020-12-01", months = 13, lang = "es", chunkLines = 65536 } = options;
  if (!Number.isInteger(lines) || lines < 0) {
    throw new RangeError(`Cannot generate ${lines} invoice lines: use a non-negative integer`);
  }
  if (!Number.isInteger(chunkLines) || chunkLines < 1) {
    throw new RangeError(`Cannot generate invoice chunks of ${chunkLines} lines: use a positive integer`);
  }
  const header = headerFor(lang);
  const cal = makeCalendar(start, months);
  const rng = makeRandom(seed);
  const state = startState(Math.max(1, Math.ceil(lines / ROWS_PER_CUSTOMER)));
  const perBlock = Math.max(1, Math.ceil(chunkLines / ROWS_PER_CUSTOMER));
  yield new TextEncoder().encode(header);
  let left = lines;
  while (left > 0) {
    let block = generateBlock(cal, rng, state, perBlock);
    const n = countLines(block);
    if (n > left) block = firstLines(block, left);
    left -= Math.min(n, left);
    yield block;
  }
}

function headerFor(lang: Lang): string {
  const header = INVOICE_HEADERS[lang];
  if (header === undefined || !Object.hasOwn(INVOICE_HEADERS, lang)) {
    throw new RangeError(`Cannot generate invoices with lang "${lang}": use "en", "es" or "id"`);
  }
  return header + "\r\n";
}
