/**
 * Private helper of `scanInvoices`: the loader's reading rules (`lib/load/read_rules.ts`) as
 * DuckDB SQL, one expression per column kind, so that the streamed path reads every cell of a
 * large file as `readTable` reads it: text trimmed and missing tokens made missing, numbers
 * after `numberText`'s steps with the column's decimal mark, dates by `parseDate`'s rules.
 *
 * @module
 */
import type { ColumnRead } from "../load/read_table.ts";
import type { FamilyId } from "../load/read_rules.ts";
import {
  FAMILY_PATTERNS,
  GROUP_CHARS,
  GROUPED,
  MARK,
  MISSING_TOKENS,
  monthWords,
  NUM_COMMA,
  NUM_DOT,
} from "../load/read_rules.ts";

/** A SQL string literal. */
export function lit(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** What Rust's `str::trim` (polars `str.strip`) removes: Unicode White_Space. */
const WHITESPACE = " \t\n\u000b\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" +
  "\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

/**
 * A raw cell trimmed, with the loader's missing tokens (any case) and blanks made NULL. Only the
 * cells that may change go the slow way (a set of characters to trim and a lower-cased
 * comparison are costly on every cell in DuckDB): those that start or end with a space, a tab or
 * a carriage return or a no-break space (U+00A0) are trimmed, and only those of 4 bytes or fewer (every missing token
 * is) are compared with the tokens; a cell
 * with another Unicode space only at an end is not trimmed here (documented in the README).
 */
export function textSql(cell: string): string {
  const tokens = MISSING_TOKENS.map(lit).join(", ");
  const ends = [" ", "\t", "\r", "\u00a0"].map((c) =>
    `${cell} LIKE ${lit(`${c}%`)} OR ${cell} LIKE ${lit(`%${c}`)}`
  )
    .join(" OR ");
  const t = `trim(${cell}, ${lit(WHITESPACE)})`;
  // list_contains, not IN: DuckDB turns an IN list into a join that evaluates its operand on every row.
  const token = (x: string) => `list_contains([${tokens}], lower(${x}))`;
  return `CASE WHEN ${ends} THEN (CASE WHEN ${token(t)} THEN NULL ELSE ${t} END) ` +
    `WHEN strlen(${cell}) <= 4 AND ${token(cell)} THEN NULL ELSE ${cell} END`;
}

/** The cell of a number column as a plain number's text (currency, percent, groups, accounting negatives removed). */
function numberTextSql(t: string): string {
  let s = `regexp_replace(${t}, '^\\((.*)\\)$', '-\\1')`;
  s = `regexp_replace(${s}, ${lit(String.raw`^([+-]?)\s*${MARK}\s*`)}, '\\1')`;
  s = `regexp_replace(${s}, ${lit(String.raw`\s*${MARK}$`)}, '')`;
  s = `regexp_replace(${s}, '^([+-]?)\\((.*)\\)$', '-\\2')`;
  s = `regexp_replace(${s}, ${lit(String.raw`^(.*\d)\s*%$`)}, '\\1')`;
  s = `regexp_replace(${s}, ${lit(String.raw`^(\d(?:.*\d)?)\s*-$`)}, '-\\1')`;
  return `CASE WHEN regexp_matches(${s}, ${lit(GROUPED)}) THEN regexp_replace(${s}, ${
    lit(GROUP_CHARS)
  }, '', 'g') ELSE ${s} END`;
}

/**
 * A number column's value (DOUBLE, NULL where the cell does not read as a number with the
 * column's decimal mark): a plain cell (digits, marks, a sign) skips the decoration steps.
 */
export function numberSql(t: string, decimal: "." | ","): string {
  const s = `(CASE WHEN regexp_matches(${t}, '^[+-]?[0-9.,]+$') THEN ${t} ELSE ${numberTextSql(t)} END)`;
  const fits = decimal === "." ? NUM_DOT : NUM_COMMA;
  const plain = decimal === "." ? `replace(${s}, ',', '')` : `replace(replace(${s}, '.', ''), ',', '.')`;
  const exact = `CASE WHEN regexp_matches(${s}, ${
    lit(fits)
  }) THEN TRY_CAST(ltrim(${plain}, '+') AS DOUBLE) END`;
  // The common cell (digits, at most one decimal mark, a leading sign) is read by DuckDB's cast
  // after a simple pattern; the pattern of the mark and the decoration steps only run on the others.
  const common = decimal === "."
    ? `regexp_full_match(${t}, '[+-]?[0-9]+([.][0-9]*)?')`
    : `regexp_full_match(${t}, '[+-]?[0-9]+(,[0-9]*)?')`;
  const cast = decimal === "." ? `TRY_CAST(${t} AS DOUBLE)` : `TRY_CAST(replace(${t}, ',', '.') AS DOUBLE)`;
  return `CASE WHEN ${common} THEN ${cast} ELSE (${exact}) END`;
}

/** The groups of a date family's pattern, by name: 3 date parts, then the time's (`t` = 4 in `parseDate`). */
const GROUPS = ["a", "b", "c", "h", "mi", "s", "f", "ap", "z"];

/** `fullYear`: a two-digit year as Excel reads it. */
function fullYearSql(y: string): string {
  return `CASE WHEN length(${y}) = 4 THEN ${y}::INTEGER WHEN ${y}::INTEGER < 30 THEN 2000 + ${y}::INTEGER ELSE 1900 + ${y}::INTEGER END`;
}

let monthCase: string | undefined;
/** A month's word (any case, a final dot ignored) as 1-12, NULL for a word that names no month. */
function monthSql(word: string): string {
  monthCase ??= monthWords().map(([w, m]) => `WHEN ${lit(w)} THEN ${m}`).join(" ");
  return `(CASE regexp_replace(lower(${word}), '\\.$', '') ${monthCase} END)`;
}

/**
 * The SQL of `parseDate` for one family, over `g`, the struct of the family pattern's groups
 * (`regexp_extract(t, pattern, GROUPS)`): epoch milliseconds (DOUBLE), NULL where the cell is
 * not a date of the family (no match, a part out of range, a day the month does not have).
 */
function dateFromGroupsSql(g: string, family: FamilyId, dayFirst: boolean): string {
  const f = (k: string) => `${g}.${k}`;
  let y: string, m: string, d: string;
  switch (family) {
    case "iso":
    case "ymd":
      [y, m, d] = [`${f("a")}::INTEGER`, `${f("b")}::INTEGER`, `${f("c")}::INTEGER`];
      break;
    case "slash":
    case "dot":
    case "dash":
      y = fullYearSql(f("c"));
      [d, m] = dayFirst
        ? [`${f("a")}::INTEGER`, `${f("b")}::INTEGER`]
        : [`${f("b")}::INTEGER`, `${f("a")}::INTEGER`];
      break;
    case "named":
      [y, m, d] = [fullYearSql(f("c")), monthSql(f("b")), `${f("a")}::INTEGER`];
      break;
    case "named-mdy":
      [y, m, d] = [`${f("c")}::INTEGER`, monthSql(f("a")), `${f("b")}::INTEGER`];
      break;
  }
  const hour = `${f("h")}::INTEGER`;
  const pm = `lower(${f("ap")}) = 'p'`;
  const h24 = `CASE WHEN ${
    f("ap")
  } = '' THEN ${hour} ELSE (${hour} % 12) + CASE WHEN ${pm} THEN 12 ELSE 0 END END`;
  const sec = `CASE WHEN ${f("s")} = '' THEN 0 ELSE ${f("s")}::INTEGER END`;
  const frac = `CASE WHEN ${f("f")} = '' THEN 0 ELSE round(('0.' || ${f("f")})::DOUBLE * 1000) END`;
  const clock = `CASE WHEN ${f("h")} = '' THEN 0 ELSE ((${h24} * 60 + ${
    f("mi")
  }::INTEGER) * 60 + ${sec}) * 1000 + ${frac} END`;
  const clockOk = `(${f("h")} = '' OR ((${f("ap")} = '' OR ${hour} BETWEEN 1 AND 12) AND ${h24} <= 23 AND ${
    f("mi")
  }::INTEGER <= 59 AND ${sec} <= 59))`;
  const z = f("z");
  const zd = `replace(substr(${z}, 2), ':', '')`;
  const zh = `substr(${zd}, 1, 2)::INTEGER`;
  const zm = `CASE WHEN length(${zd}) > 2 THEN substr(${zd}, 3)::INTEGER ELSE 0 END`;
  const zoneOk = family === "iso"
    ? `(list_contains(['', 'Z', 'UTC', 'GMT'], ${z}) OR (${zh} <= 14 AND ${zm} <= 59))`
    : "TRUE";
  const offset = family === "iso"
    ? `CASE WHEN list_contains(['', 'Z', 'UTC', 'GMT'], ${z}) THEN 0 ELSE (CASE WHEN substr(${z}, 1, 1) = '-' THEN -1 ELSE 1 END) * (${zh} * 60 + ${zm}) * 60000 END`
    : "0";
  const dayOk = `${m} BETWEEN 1 AND 12 AND ${d} >= 1 AND ${d} <= day(last_day(make_date(${y}, ${m}, 1)))`;
  return `CASE WHEN ${f("a")} <> '' AND ${dayOk} AND ${clockOk} AND ${zoneOk} THEN ` +
    `((make_date(${y}, ${m}, ${d}) - DATE '1970-01-01')::DOUBLE * 86400000 + ${clock} - ${offset})::DOUBLE END`;
}

/** The `regexp_extract` call giving the groups of a date family's pattern, by name. */
export function dateGroupsSql(t: string, family: FamilyId): string {
  // Only the ISO family has a group for the offset.
  const names = family === "iso" ? GROUPS : GROUPS.slice(0, -1);
  return `regexp_extract(${t}, ${lit(FAMILY_PATTERNS[family])}, [${names.map(lit).join(", ")}])`;
}

/** Shapes DuckDB's `strptime` reads exactly as `parseDate` does (four-digit years, 24-hour times, no zone), and their formats. */
const FAST: Partial<Record<FamilyId, { pattern: string; formats: (dayFirst: boolean) => string[] }>> = {
  iso: { pattern: String.raw`\d{4}-\d{1,2}-\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)?`, formats: () => ymd("-") },
  ymd: { pattern: String.raw`\d{4}/\d{1,2}/\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)?`, formats: () => ymd("/") },
  slash: {
    pattern: String.raw`\d{1,2}/\d{1,2}/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?`,
    formats: (d) => dmy("/", d),
  },
  dot: {
    pattern: String.raw`\d{1,2}\.\d{1,2}\.\d{4}( \d{1,2}:\d{2}(:\d{2})?)?`,
    formats: (d) => dmy(".", d),
  },
  dash: { pattern: String.raw`\d{1,2}-\d{1,2}-\d{4}( \d{1,2}:\d{2}(:\d{2})?)?`, formats: (d) => dmy("-", d) },
};

function ymd(sep: string): string[] {
  const date = `%Y${sep}%m${sep}%d`;
  return [`${date} %H:%M:%S`, `${date} %H:%M`, date];
}

function dmy(sep: string, dayFirst: boolean): string[] {
  const date = dayFirst ? `%d${sep}%m${sep}%Y` : `%m${sep}%d${sep}%Y`;
  return [`${date} %H:%M:%S`, `${date} %H:%M`, date];
}

/**
 * A date column's value (epoch ms, DOUBLE): `strptime` for the common shapes (the pattern checked
 * first, so that `strptime` never reads a shape `parseDate` refuses), else `parseDate`'s rules
 * over the pattern's groups, computed only for those cells.
 */
function dateSql(t: string, family: FamilyId, dayFirst: boolean): string {
  const exact = dateFromGroupsSql(`(${dateGroupsSql(t, family)})`, family, dayFirst);
  const fast = FAST[family];
  if (fast === undefined) return exact;
  const formats = fast.formats(dayFirst).map(lit).join(", ");
  return `CASE WHEN regexp_full_match(${t}, ${
    lit(fast.pattern)
  }) THEN epoch_ms(try_strptime(${t}, [${formats}]))::DOUBLE ELSE (${exact}) END`;
}

/**
 * A column's typed value, as SQL over its text `t`: text, a DOUBLE number, or epoch milliseconds
 * (DOUBLE) for dates.
 * `null` for a reading the streamed path does not do (Excel serial days).
 */
export function typedSql(t: string, read: ColumnRead): string | null {
  switch (read.kind) {
    case "text":
    case "empty":
      return t;
    case "number":
      return numberSql(t, read.decimal);
    case "date":
      return dateSql(t, read.family, read.dayFirst);
    case "date-format":
      return `epoch_ms(try_strptime(${t}, ${lit(read.format)}))::DOUBLE`;
    case "serial":
      return null;
  }
}
