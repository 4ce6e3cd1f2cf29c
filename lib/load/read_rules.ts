/**
 * The loader's reading rules as data, for the streamed path (`lib/scan/`), which reads a large
 * file with the same rules in SQL: the patterns are written once, here and in the loader's
 * private files, in the regular-expression syntax that polars (Rust) and DuckDB (RE2) share.
 *
 * @module
 */
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { id } from "date-fns/locale/id";
import { FAMILY_PATTERNS, fullYear, monthOf, parseDate } from "./_dates.ts";
import { MISSING_TOKENS } from "./_columns.ts";
import { delimiterName } from "./_text.ts";
import { GROUP_CHARS, GROUPED, MARK, NUM_COMMA, NUM_DOT } from "./_numbers.ts";

export {
  delimiterName,
  FAMILY_PATTERNS,
  fullYear,
  GROUP_CHARS,
  GROUPED,
  MARK,
  MISSING_TOKENS,
  NUM_COMMA,
  NUM_DOT,
  parseDate,
};
export type { FamilyId } from "./_dates.ts";

/**
 * Every word `readTable` reads as a month's name (lower case, without a final dot), with the
 * month (1-12): the full names and abbreviations of the date-fns locales en-US, en-GB, es and id,
 * and every start of three or more letters of a full name that names one month only (`agu`,
 * `sept`). A word not in the list is not a month.
 *
 * @example
 * ```ts
 * import { monthWords } from "./read_rules.ts";
 * import assert from "node:assert/strict";
 * const words = new Map(monthWords());
 * assert.equal(words.get("agustus"), 8);
 * assert.equal(words.get("ene"), 1);
 * assert.equal(words.get("ma"), undefined);
 * ```
 */
export function monthWords(): [string, number][] {
  const out = new Map<string, number>();
  // Candidates: every start of three or more letters of every name monthOf knows, which covers
  // its exact names (a full word is its own longest start) and its unique starts.
  const seeds = new Set<string>();
  for (const locale of [enUS, enGB, es, id]) {
    for (let m = 0; m < 12; m++) {
      for (const width of ["wide", "abbreviated"] as const) {
        seeds.add(String(locale.localize.month(m as 0, { width })).toLowerCase().replace(/\.$/, ""));
      }
    }
  }
  for (const seed of seeds) {
    for (let n = 1; n <= seed.length; n++) {
      const w = seed.slice(0, n);
      const m = monthOf(w);
      if (m !== null) out.set(w, m + 1);
    }
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
