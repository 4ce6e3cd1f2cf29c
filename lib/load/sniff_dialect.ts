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
  /** Each decision in words: `delimiter ";": 20 of 20 lines have 6 fields`. */
  readonly reasons: readonly string[];
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

import { delimiterName, type Field, splitRecords } from "./_text.ts";

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
  const reasons: string[] = [];
  const bom = sample.charCodeAt(0) === 0xfeff;
  const text = bom ? sample.slice(1) : sample;
  const crlf = text.indexOf("\r\n");
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  const lineEnding = crlf >= 0 && crlf === cr ? "\r\n" : lf < 0 && cr >= 0 ? "\r" : "\n";
  if (bom) reasons.push("the text starts with a byte order mark (removed from the first header)");

  // Drop a record cut off by the end of the sample.
  const complete = /[\r\n]$/.test(text)
    ? text
    : text.slice(0, Math.max(text.lastIndexOf("\n"), 0) + 1) || text;
  let delimiter = options.delimiter;
  let records: Field[][];
  if (delimiter !== undefined) {
    reasons.push(`delimiter ${delimiterName(delimiter)}: asked for`);
    records = splitRecords(complete, delimiter, quote);
  } else {
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
      delimiter = ",";
      records = splitRecords(complete, ",", quote);
      reasons.push(`delimiter ",": no candidate (, ; tab |) splits the header into two or more fields`);
    } else {
      delimiter = best.d;
      records = best.records;
      reasons.push(
        `delimiter ${delimiterName(best.d)}: ${
          Math.round(best.agree * best.lines)
        } of ${best.lines} lines have ${best.fields} fields`,
      );
    }
  }

  // Numbers in the sample: decimal and thousands separators.
  let commaDecimal = 0, dotDecimal = 0, dotThousands = 0, commaThousands = 0;
  let commaExample = "", dotExample = "";
  for (const record of records.slice(1)) {
    for (const f of record) {
      const t = f.text.trim();
      const commaAllowed = delimiter !== "," || f.quoted;
      if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) {
        commaDecimal++, dotThousands++;
        commaExample ||= t;
      } else if (commaAllowed && /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) {
        dotDecimal++, commaThousands++;
        dotExample ||= t;
      } else if (commaAllowed && /^[+-]?\d*,\d+$/.test(t) && !/^[+-]?\d{1,3},\d{3}$/.test(t)) {
        commaDecimal++;
        commaExample ||= t;
      } else if (/^[+-]?\d*\.\d+$/.test(t) && !/^[+-]?\d{1,3}\.\d{3}$/.test(t)) {
        dotDecimal++;
        dotExample ||= t;
      } else if (/^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(t)) dotThousands++;
      else if (commaAllowed && /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(t)) commaThousands++;
    }
  }
  let decimal: "." | ",";
  if (options.decimal !== undefined) {
    decimal = options.decimal;
    reasons.push(`decimal "${decimal}": asked for`);
  } else if (commaDecimal > dotDecimal) {
    decimal = ",";
    reasons.push(
      `decimal ",": ${commaDecimal} numbers in the sample use a decimal comma (e.g. "${commaExample}")${
        dotDecimal ? `, ${dotDecimal} a decimal point` : ""
      }`,
    );
  } else {
    decimal = ".";
    reasons.push(
      dotDecimal
        ? `decimal ".": ${dotDecimal} numbers in the sample use a decimal point (e.g. "${dotExample}")${
          commaDecimal ? `, ${commaDecimal} a decimal comma` : ""
        }`
        : `decimal ".": no number in the sample shows its decimal separator (the default)`,
    );
  }
  let thousands: string | null;
  if (options.thousands !== undefined) {
    thousands = options.thousands;
    reasons.push(`thousands "${thousands}": asked for`);
  } else if (decimal === "," && dotThousands > 0) {
    thousands = ".";
    reasons.push(`thousands ".": ${dotThousands} numbers group digits with dots`);
  } else if (decimal === "." && commaThousands > 0) {
    thousands = ",";
    reasons.push(`thousands ",": ${commaThousands} numbers group digits with commas`);
  } else thousands = null;
  return { delimiter, quote, decimal, thousands, lineEnding, bom, encoding, reasons };
}
