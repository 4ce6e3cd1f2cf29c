// Private: header-less tables of numbers separated by runs of spaces (the CDNOW sample's
// layout), turned into CSV text that readTable then reads as any other file.

import type { Note } from "../base/types.ts";

/** A field of such a table: a number, possibly signed, possibly with a decimal point. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Sample lines checked before the whole file is converted. */
const SAMPLE_LINES = 200;

/** The CSV text of a space-separated table, and what was done, for the load notes. */
export interface WhitespaceCsv {
  /** UTF-8 CSV text with a header `column 1`, `column 2`, ... (as readTable names empty headers). */
  readonly bytes: Uint8Array;
  /** What was read, in one sentence. */
  readonly note: Note;
}

/** The day `YYYYMMDD` as `YYYY-MM-DD`, or `null` when it is not a day from 1900 to 2099. */
function isoDay(field: string): string | null {
  if (!/^(19|20)\d{6}$/.test(field)) return null;
  const y = +field.slice(0, 4), m = +field.slice(4, 6), d = +field.slice(6, 8);
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${field.slice(0, 4)}-${field.slice(4, 6)}-${field.slice(6, 8)}`;
}

/**
 * The file as CSV when it is a header-less table of numbers separated by runs of spaces (no
 * comma, semicolon, tab, pipe or quote; every line with the same two or more fields, each a
 * number); `null` otherwise, and the file is read as delimited text. Columns whose every value
 * is a day `YYYYMMDD` are written `YYYY-MM-DD`, so they are read as dates; ids keep their
 * leading zeros (every cell is text until typed).
 *
 * @param bytes The file decoded to UTF-8.
 * @returns The CSV text and a note, or `null`.
 */
export function whitespaceCsv(bytes: Uint8Array): WhitespaceCsv | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 1 << 16));
  if (/[,;\t|"]/.test(head)) return null;
  const sample = head.split(/\r?\n/).slice(0, -1).filter((l) => l.trim() !== "").slice(0, SAMPLE_LINES);
  if (sample.length < 2 || !/^ *\S+ +\S/.test(sample[0]!)) return null;
  const width = sample[0]!.trim().split(/ +/).length;
  const fits = (line: string) => {
    const f = line.trim().split(/ +/);
    return f.length === width && f.every((x) => NUMBER.test(x));
  };
  if (width < 2 || !sample.every(fits)) return null;
  const rows = new TextDecoder().decode(bytes).split(/\r?\n/).filter((l) => l.trim() !== "")
    .map((l) => l.trim().split(/ +/));
  if (!rows.every((r) => r.length === width && r.every((x) => NUMBER.test(x)))) return null;
  const dates = Array.from({ length: width }, (_, j) => rows.every((r) => isoDay(r[j]!) !== null));
  const header = Array.from({ length: width }, (_, j) => `column ${j + 1}`);
  const lines = [
    header.join(","),
    ...rows.map((r) => r.map((x, j) => (dates[j] ? isoDay(x)! : x)).join(",")),
  ];
  const dated = header.filter((_, j) => dates[j]);
  return {
    bytes: new TextEncoder().encode(lines.join("\n") + "\n"),
    note: dated.length
      ? { code: "whitespace-columns-dated", width, dated }
      : { code: "whitespace-columns", width },
  };
}
