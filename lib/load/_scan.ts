/**
 * Private helper of `readTable`: one pass over the bytes that finds what polars would
 * silently repair (ragged rows are padded or cut) or report without a row number.
 *
 * @module
 */

/** What the pass found. Rows are spreadsheet rows (header = 1). */
export interface ScanResult {
  /** Records in the file, header included, blank ones included. */
  readonly records: number;
  /** Fields in the header record. */
  readonly headerFields: number;
  /** Up to `maxExamples` rows whose field count differs from the header's. */
  readonly ragged: readonly { readonly row: number; readonly fields: number }[];
  /** How many rows have a field count that differs from the header's. */
  readonly raggedCount: number;
  /** Rows that hold nothing but spaces. */
  readonly blankCount: number;
  /** Row where a quoted field opens and never closes, or `null`. */
  readonly unclosedQuoteRow: number | null;
  /** First row with text right after a closing quote (`"a"b`), or `null`. */
  readonly strayQuoteRow: number | null;
}

/**
 * Count records and fields the way a CSV reader does (quotes respected, CRLF or LF).
 * @param bytes UTF-8 bytes without BOM.
 * @param delimiter The field delimiter (one ASCII character).
 * @param quote The quote character (one ASCII character).
 * @param maxExamples How many ragged rows to keep.
 * @returns Counts and the first problems found.
 */
export function scanRecords(
  bytes: Uint8Array,
  delimiter: string,
  quote: string,
  maxExamples = 10,
): ScanResult {
  const d = delimiter.charCodeAt(0), q = quote.charCodeAt(0);
  const plain = new Uint8Array(256).fill(1);
  for (const c of [d, q, 10, 13, 32, 9]) plain[c] = 0;
  const n = bytes.length;
  const ragged: { row: number; fields: number }[] = [];
  let raggedCount = 0, blankCount = 0;
  let row = 1, fields = 1, headerFields = 0;
  let inQuote = false, fieldStart = true, afterQuote = false, content = false;
  let quoteRow = 0;
  let strayQuoteRow: number | null = null;
  let i = 0;
  // The record end is written out twice (in the loop and after it), not as a closure: a
  // closure would keep these counters in a heap context, read and written on every byte.
  while (i < n) {
    const c = bytes[i];
    if (inQuote) {
      if (c === q) {
        if (i + 1 < n && bytes[i + 1] === q) {
          i += 2;
          continue;
        }
        inQuote = false;
        afterQuote = true;
      }
      i++;
      continue;
    }
    if (c === d) {
      fields++;
      fieldStart = true;
      afterQuote = false;
      content = true;
    } else if (c === 10 || c === 13) {
      if (row === 1) headerFields = fields;
      else if (!content) blankCount++;
      else if (fields !== headerFields) {
        raggedCount++;
        if (ragged.length < maxExamples) ragged.push({ row, fields });
      }
      row++;
      fields = 1;
      fieldStart = true;
      afterQuote = false;
      content = false;
      if (c === 13 && i + 1 < n && bytes[i + 1] === 10) i++;
    } else if (c === q && fieldStart) {
      inQuote = true;
      quoteRow = row;
      fieldStart = false;
      content = true;
    } else {
      fieldStart = false;
      if (c !== 32 && c !== 9) {
        content = true;
        if (afterQuote && strayQuoteRow === null) strayQuoteRow = row;
        // The bytes up to the next delimiter, quote, line end or space change nothing more.
        i++;
        while (i < n && plain[bytes[i]] === 1) i++;
        continue;
      }
    }
    i++;
  }
  // A last record without a final line end still counts.
  if (n > 0 && bytes[n - 1] !== 10 && bytes[n - 1] !== 13 && !inQuote) {
    if (row === 1) headerFields = fields;
    else if (!content) blankCount++;
    else if (fields !== headerFields) {
      raggedCount++;
      if (ragged.length < maxExamples) ragged.push({ row, fields });
    }
    row++;
  }
  return {
    records: row - 1,
    headerFields,
    ragged,
    raggedCount,
    blankCount,
    unclosedQuoteRow: inQuote ? quoteRow : null,
    strayQuoteRow,
  };
}
