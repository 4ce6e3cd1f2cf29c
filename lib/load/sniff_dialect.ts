/**
 * Guess how a delimited text file is written: delimiter, quote, decimal and thousands
 * separators, line ends, BOM. Each decision comes with the reason, for the notebook.
 *
 * @module
 */

/** How a delimited text file is written, and why the loader thinks so. */
export interface Dialect {
  /** Field delimiter: `","`, `";"`, tab or `"|"`. */
  readonly delimiter: string;
  /** Quote character around fields that hold the delimiter. */
  readonly quote: string;
  /** Decimal separator of numbers. */
  readonly decimal: "." | ",";
  /** Thousands separator seen in numbers, or `null` where none was seen. */
  readonly thousands: string | null;
  /** Line end: `"\r\n"` (Windows), `"\n"`, or `"\r"` (old Mac). */
  readonly lineEnding: "\r\n" | "\n" | "\r";
  /** Whether the text starts with a byte order mark. */
  readonly bom: boolean;
  /** The text encoding (filled by `readTable`; `"utf-8"` for a string sample). */
  readonly encoding: string;
  /** Each decision as a typed fact, e.g. `{ code: "delimiter-found", delimiter: ";", agree: 20, lines: 20, fields: 6 }`; `noteText` in `lib/text/` says it (`delimiter ";": 20 of 20 lines have 6 fields`). */
  readonly reasons: readonly Note[];
}

/** Options for {@linkcode sniffDialect}: anything given is used as is, not guessed. */
export interface SniffDialectOptions {
  /** Field delimiter. */
  delimiter?: string;
  /** Quote character. @default {"\""} */
  quote?: string;
  /** Decimal separator. */
  decimal?: "." | ",";
  /** Thousands separator. */
  thousands?: string;
  /** Encoding to report. @default {"utf-8"} */
  encoding?: string;
}

import type { Note } from "../base/types.ts";
import { type Field, splitRecords } from "./_text.ts";

const CANDIDATES = [",", ";", "\t", "|"] as const;

function isBlank(record: readonly Field[]): boolean {
  return record.length === 1 && record[0].text.trim() === "" && !record[0].quoted;
}

/**
 * Guess the dialect of a delimited text sample (the first few dozen kB of a file).
 *
 * The delimiter is the candidate among `,` `;` tab `|` whose field counts agree best across
 * the sample's lines (quotes respected), preferring more fields when two agree equally.
 * Decimal commas are recognised in quoted numbers of a comma-separated file (`"229,33"`)
 * and in plain numbers of a file separated by something else (`229,33`); thousands
 * separators from grouped digits (`1.234,56`, `1,234.56`). Like Python's `csv.Sniffer`,
 * but with reasons.
 *
 * @param sample The start of the file as text.
 * @param options Choices the user already made; they are kept, not guessed.
 * @returns The dialect and the reasons for each decision.
 * @throws {never} Never throws; an unreadable sample gives the defaults with a reason.
 *
 * @example Semicolons and decimal commas
 * ```ts
 * import { sniffDialect } from "./sniff_dialect.ts";
 * import assert from "node:assert/strict";
 * const d = sniffDialect("cliente;monto\r\nA;1.234,50\r\nB;7,25\r\n");
 * assert.equal(d.delimiter, ";");
 * assert.equal(d.decimal, ",");
 * assert.equal(d.thousands, ".");
 * assert.equal(d.lineEnding, "\r\n");
 * ```
 */
export function sniffDialect(sample: string, options: SniffDialectOptions = {}): Dialect {
  const { quote = '"', encoding = "utf-8" } = options;
  const reasons: Note[] = [];
  const bom = sample.charCodeAt(0) === 0xfeff;
  const text = bom ? sample.slice(1) : sample;
  const crlf = text.indexOf("\r\n");
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  const lineEnding = crlf >= 0 && crlf === cr ? "\r\n" : lf < 0 && cr >= 0 ? "\r" : "\n";
  if (bom) reasons.push({ code: "dialect-bom" });

  // Drop a record cut off by the end of the sample.
  const complete = /[\r\n]$/.test(text)
    ? text
    : text.slice(0, Math.max(text.lastIndexOf("\n"), 0) + 1) || text;
  const { delimiter, records } = chooseDelimiter(complete, options.delimiter, quote, reasons);
  const counts = countNumbers(records, delimiter);
  const decimal = chooseDecimal(counts, options.decimal, reasons);
  const thousands = chooseThousands(counts, decimal, options.thousands, reasons);
  return { delimiter, quote, decimal, thousands, lineEnding, bom, encoding, reasons };
}

/** The delimiter asked for, or the candidate on which most lines have the header's number of fields (more fields on a tie). */
function chooseDelimiter(
  complete: string,
  asked: string | undefined,
  quote: string,
  reasons: Note[],
): { delimiter: string; records: Field[][] } {
  if (asked !== undefined) {
    reasons.push({ code: "delimiter-asked", delimiter: asked });
    return { delimiter: asked, records: splitRecords(complete, asked, quote) };
  }
  let best: { d: string; agree: number; fields: number; lines: number; records: Field[][] } | null = null;
  for (const d of CANDIDATES) {
    const recs = splitRecords(complete, d, quote);
    const nonBlank = recs.filter((r) => !isBlank(r));
    if (nonBlank.length === 0) continue;
    const fields = nonBlank[0].length;
    if (fields < 2) continue;
    const agree = nonBlank.filter((r) => r.length === fields).length / nonBlank.length;
    if (
      best === null || agree > best.agree + 1e-9 ||
      (Math.abs(agree - best.agree) <= 1e-9 && fields > best.fields)
    ) best = { d, agree, fields, lines: nonBlank.length, records: recs };
  }
  if (best === null) {
    reasons.push({ code: "delimiter-none" });
    return { delimiter: ",", records: splitRecords(complete, ",", quote) };
  }
  reasons.push({
    code: "delimiter-found",
    delimiter: best.d,
    agree: Math.round(best.agree * best.lines),
    lines: best.lines,
    fields: best.fields,
  });
  return { delimiter: best.d, records: best.records };
}

/** How the numbers of the sample's data rows write decimals and thousands, with a first example of each decimal mark. */
interface NumberCounts {
  commaDecimal: number;
  dotDecimal: number;
  dotThousands: number;
  commaThousands: number;
  commaExample: string;
  dotExample: string;
}

/** Count the numbers that show their decimal or thousands separator (a comma only where the delimiter is not one, or the field is quoted). */
function countNumbers(records: readonly Field[][], delimiter: string): NumberCounts {
  const c: NumberCounts = {
    commaDecimal: 0,
    dotDecimal: 0,
    dotThousands: 0,
    commaThousands: 0,
    commaExample: "",
    dotExample: "",
  };
  for (const record of records.slice(1)) {
    for (const f of record) {
      const t = f.text.trim();
      const commaAllowed = delimiter !== "," || f.quoted;
      if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) {
        c.commaDecimal++, c.dotThousands++;
        c.commaExample ||= t;
      } else if (commaAllowed && /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) {
        c.dotDecimal++, c.commaThousands++;
        c.dotExample ||= t;
      } else if (commaAllowed && /^[+-]?\d*,\d+$/.test(t) && !/^[+-]?\d{1,3},\d{3}$/.test(t)) {
        c.commaDecimal++;
        c.commaExample ||= t;
      } else if (/^[+-]?\d*\.\d+$/.test(t) && !/^[+-]?\d{1,3}\.\d{3}$/.test(t)) {
        c.dotDecimal++;
        c.dotExample ||= t;
      } else if (/^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(t)) c.dotThousands++;
      else if (commaAllowed && /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(t)) c.commaThousands++;
    }
  }
  return c;
}

/** The decimal mark asked for, or the one more numbers use (a point on a tie). */
function chooseDecimal(c: NumberCounts, asked: "." | "," | undefined, reasons: Note[]): "." | "," {
  const { commaDecimal, dotDecimal } = c;
  if (asked !== undefined) {
    reasons.push({ code: "decimal-asked", decimal: asked });
    return asked;
  }
  if (commaDecimal > dotDecimal) {
    reasons.push(
      dotDecimal
        ? { code: "decimal-comma-mixed", n: commaDecimal, sample: c.commaExample, other: dotDecimal }
        : { code: "decimal-comma", n: commaDecimal, sample: c.commaExample },
    );
    return ",";
  }
  reasons.push(
    !dotDecimal
      ? { code: "decimal-default" }
      : commaDecimal
      ? { code: "decimal-point-mixed", n: dotDecimal, sample: c.dotExample, other: commaDecimal }
      : { code: "decimal-point", n: dotDecimal, sample: c.dotExample },
  );
  return ".";
}

/** The thousands separator asked for, or the other mark when numbers group digits with it, else none. */
function chooseThousands(
  c: NumberCounts,
  decimal: "." | ",",
  asked: string | undefined,
  reasons: Note[],
): string | null {
  if (asked !== undefined) {
    reasons.push({ code: "thousands-asked", thousands: asked });
    return asked;
  }
  if (decimal === "," && c.dotThousands > 0) {
    reasons.push({ code: "thousands-dot", n: c.dotThousands });
    return ".";
  }
  if (decimal === "." && c.commaThousands > 0) {
    reasons.push({ code: "thousands-comma", n: c.commaThousands });
    return ",";
  }
  return null;
}
