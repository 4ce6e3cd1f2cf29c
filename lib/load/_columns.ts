/**
 * Private helper of `readTable`: decide what every text column holds (numbers, dates, text)
 * from all its values, with polars expressions, and find the cells that do not fit.
 *
 * @module
 */
import pl from "nodejs-polars";
import { InputError } from "../base/errors.ts";
import type { Note } from "../base/types.ts";
import { ID_ROLES, ID_WORDS, ROW } from "./_names.ts";
import { normalizeName } from "../base/names.ts";
import { mapRoles } from "./map_roles.ts";
import {
  FAMILY_IDS,
  FAMILY_PATTERNS,
  FAMILY_SEP,
  type FamilyId,
  familyLabel,
  familyRegExp,
  FAST_PATTERNS,
  parseDate,
} from "./_dates.ts";
import {
  ACCOUNTING_NEGATIVE,
  AMB_COMMA,
  AMB_DOT,
  chooseDecimal,
  CURRENCY,
  currencyMark,
  currencyOf,
  type DecimalChoice,
  DECORATED,
  GROUPS,
  INTEGER,
  type Mark,
  type MarkCounts,
  NUM_COMMA,
  NUM_DOT,
  numberText,
  PERCENT,
  readWith,
  TIME_DOT,
} from "./_numbers.ts";

export { ROW };

/** Cell texts read as missing (compared lower-cased, after trimming). */
export const MISSING_TOKENS: readonly string[] = [
  "",
  "na",
  "n/a",
  "#n/a",
  "null",
  "none",
  "nan",
  "-",
  "--",
  "?",
];

/** A regular expression (Rust syntax) that matches exactly the {@linkcode MISSING_TOKENS}, any case. */
export const MISSING_PATTERN = `(?i)^(${
  MISSING_TOKENS.map((t) => t.replace(/[?.*+()[\]{}|^$\\-]/g, "\\$&")).join("|")
})$`;

/**
 * A regular expression (Rust syntax) that matches a cell that is one of the non-empty
 * {@linkcode MISSING_TOKENS}, any case, with or without spaces around it: the cells that
 * `MISSING_PATTERN` matches after trimming, except the blank ones.
 */
export const MISSING_TOKEN_PADDED = `(?i)^\\s*(${
  MISSING_TOKENS.filter((t) => t !== "").map((t) => t.replace(/[?.*+()[\]{}|^$\\-]/g, "\\$&")).join("|")
})\\s*$`;

/** Cells that trimming would change or that are blank: space at either end, or empty. */
export const NEEDS_TRIM = String.raw`^\s|\s$|^$`;

const LEADING_ZERO = String.raw`^[+-]?0\d+$`;
/** A family of date shapes: one separator and order of parts (or month names). */
interface DateFamily {
  readonly id: FamilyId;
  readonly pattern: string;
  readonly sep: string;
}
const FAMILIES: readonly DateFamily[] = FAMILY_IDS.map((id) => ({
  id,
  pattern: FAMILY_PATTERNS[id],
  sep: FAMILY_SEP[id],
}));

/** Families whose first two parts are day and month in an order the values must decide. */
const ORDERED: ReadonlySet<FamilyId> = new Set(["slash", "dot", "dash"]);

/** The first or second part is above 12 (tested on the text: extracting the parts as numbers would build two more columns of every date). */
function partAbove12(family: DateFamily, part: 1 | 2): string {
  const s = family.sep === "." ? "\\." : family.sep;
  const above12 = "(1[3-9]|[2-9][0-9])";
  return part === 1 ? `^${above12}${s}` : `^\\d{1,2}${s}${above12}${s}`;
}

/** Excel's serial day numbers taken as dates in a date column: 18264 (1950-01-01) to 73050 (2099-12-31). */
const SERIAL_MIN = 18264, SERIAL_MAX = 73050;
/** Serial day 25569 is 1970-01-01 (Excel counts from 1899-12-30 after its 1900 leap-year bug). */
const SERIAL_EPOCH = 25569;

/** What the loader decided about one column. */
export interface ColumnDecision {
  readonly name: string;
  readonly kind: "number" | "date" | "text" | "empty";
  readonly dateFormat?: string;
  readonly decimal?: "." | ",";
  /** A number column's currency (ISO 4217), from the marks in its cells. */
  readonly currency?: string;
  /** A number column whose values end in `%` (read as percentage points: `45.5%` is 45.5). */
  readonly percent?: boolean;
  /** The typed column, under the column's name. */
  readonly expr: pl.Expr;
  /** True on rows whose cell does not fit the kind (null where the cell is missing). */
  readonly bad: ((original: pl.Expr, typed: pl.Expr) => pl.Expr) | null;
  /** What a bad cell is, in words for error messages: `"not numbers"`. */
  readonly badWhat: string;
  /** For a date column: the format a bad cell does not match, as the ledger cites it (quoted when the user gave it). */
  readonly badFormat?: string;
  /** Why this kind, as a short code (`"numbers"`, `"no values"`, a date note's code such as `"dates-order-found"`); the notes carry the facts. */
  readonly reason: string;
  /** Dates after `now + 1 day`, when they are to be flagged. */
  readonly future: ((typed: pl.Expr) => pl.Expr) | null;
  /** How a cell is read, as data: what the streamed path (`lib/scan/`) writes as SQL. */
  readonly read: ColumnRead;
}

/**
 * How the loader reads a column's cells, as data rather than a polars expression: text (trimmed,
 * missing tokens made missing), numbers with a decimal mark (after `numberText`'s steps), dates
 * of one family and day order (`parseDate`), dates in a format the user gave (chrono), or Excel
 * serial days.
 */
export type ColumnRead =
  | { readonly kind: "text" }
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly decimal: "." | "," }
  | { readonly kind: "date"; readonly family: FamilyId; readonly dayFirst: boolean }
  | { readonly kind: "date-format"; readonly format: string }
  | { readonly kind: "serial" };

/** Inputs of {@linkcode decideColumns}. */
export interface DecideOptions {
  readonly file: string;
  /** The decimal mark the user gave, for every column or per column name. */
  readonly decimal: "." | "," | Readonly<Record<string, "." | ",">> | undefined;
  readonly fileDecimal: "." | ",";
  /** The decimal mark of numbers the loader wrote itself (a workbook's number cells), if any. */
  readonly writtenDecimal: "." | "," | undefined;
  readonly thousands: string | undefined;
  readonly dateFormat: string | Record<string, string> | undefined;
  readonly dayFirst: boolean | undefined;
  readonly now: Date;
  readonly futureDates: "error" | "keep";
  /** Columns where no value matches {@linkcode RARE} (the loader's trim check tested it): not counted again. */
  readonly rareFree?: ReadonlySet<string>;
}

type Row = Record<string, unknown>;

function first(df: pl.DataFrame, where: pl.Expr, column: string): { row: number; value: string } | null {
  // Lazy, so that only the columns needed are filtered (not a copy of the whole table).
  const hit = df.lazy().filter(where).select(pl.col(ROW), pl.col(column).cast(pl.Utf8)).head(1).collectSync()
    .toRecords()[0] as
      | Row
      | undefined;
  return hit ? { row: Number(hit[ROW]), value: String(hit[column]) } : null;
}

/** The facts of an example cell for a note: its value and row, or none. */
function example(ex: { row: number; value: string } | null): { exampleValue?: string; exampleRow?: number } {
  return ex ? { exampleValue: ex.value, exampleRow: ex.row } : {};
}

/** Whether a header says its column holds identifiers (an id role, or a word such as `id`, `code`). */
export function isIdName(name: string, idColumns: ReadonlySet<string>): boolean {
  if (idColumns.has(name)) return true;
  return normalizeName(name).split(" ").some((w) => ID_WORDS.has(w));
}

/** The polars (chrono) format and the human label of a date family with a time variant. */
function formats(family: FamilyId, dayFirst: boolean): { fmt: string; label: string }[] {
  const times = [
    { fmt: " %H:%M:%S", label: " H:MM:SS" },
    { fmt: " %H:%M", label: " H:MM" },
    { fmt: "", label: "" },
  ];
  let date: { fmt: string; label: string };
  switch (family) {
    case "iso":
      return [
        { fmt: "%Y-%m-%d %H:%M:%S%.f", label: "YYYY-MM-DD HH:MM:SS" },
        { fmt: "%Y-%m-%d %H:%M", label: "YYYY-MM-DD HH:MM" },
        { fmt: "%Y-%m-%d", label: "YYYY-MM-DD" },
      ];
    case "ymd":
      date = { fmt: "%Y/%m/%d", label: "YYYY/MM/DD" };
      break;
    case "slash":
      date = dayFirst ? { fmt: "%d/%m/%Y", label: "D/M/YYYY" } : { fmt: "%m/%d/%Y", label: "M/D/YYYY" };
      break;
    case "dot":
      date = dayFirst ? { fmt: "%d.%m.%Y", label: "D.M.YYYY" } : { fmt: "%m.%d.%Y", label: "M.D.YYYY" };
      break;
    default:
      date = dayFirst ? { fmt: "%d-%m-%Y", label: "D-M-YYYY" } : { fmt: "%m-%d-%Y", label: "M-D-YYYY" };
      break;
  }
  return times.map((t) => ({ fmt: date.fmt + t.fmt, label: date.label + t.label }));
}

/** The values of a date column, normalised so that one chrono format per time variant reads them. */
function dateText(c: pl.Expr, family: FamilyId): pl.Expr {
  return family === "iso" ? c.str.replace("T", " ", true).str.replace("Z$", "") : c;
}

/** Parse with a user-given chrono format. */
function userDate(name: string, fmt: string): pl.Expr {
  const parsed = pl.col(name).str.strptime(pl.Datetime("ms"), fmt).cast(pl.Datetime("ms"));
  if (!fmt.includes("%y")) return parsed.alias(name);
  // chrono reads %y 00-69 as 2000-2069; segmenta's one pivot is Excel's (00-29 are 20xx, 30-99
  // 19xx): years 2030-2069 are moved back a century, on the text so that the day stays the day.
  const text = parsed.dt.strftime("%Y-%m-%d %H:%M:%S%.3f");
  const year = text.str.slice(0, 4).cast(pl.Int32);
  const moved = pl.concatString([year.minus(100).cast(pl.Int32).cast(pl.Utf8), text.str.slice(4)], "")
    .str.strptime(pl.Datetime("ms"), "%Y-%m-%d %H:%M:%S%.3f").cast(pl.Datetime("ms"));
  return pl.when(year.gtEq(2030).and(year.ltEq(2069))).then(moved).otherwise(parsed).alias(name);
}

/**
 * Decide the kind of every text column of `df` (values trimmed, missing tokens already null).
 * @returns One decision per column, in order, notes as typed facts, and the table to type
 *   (`df` with the number text of decorated columns added: the decisions' expressions read it).
 * @throws {InputError} When a column holds dates in two formats, or day-first and month-first
 *   dates, or numbers whose decimal mark nothing decides (see `chooseDecimal` in `_numbers.ts`).
 */
export function decideColumns(
  df: pl.DataFrame,
  columns: readonly string[],
  options: DecideOptions,
): { decisions: ColumnDecision[]; notes: Note[]; df: pl.DataFrame } {
  const notes: Note[] = [];
  const roles = mapRoles(columns).roles;
  const idColumns = new Set(ID_ROLES.map((r) => roles[r]).filter((c): c is string => c !== undefined));
  // The fast-date flag of a column is kept when the column will be read as dates by family
  // (no date format given, not an id): see `countShapes`.
  const fastWanted = (name: string) => options.dateFormat === undefined && !isIdName(name, idColumns);
  const shapes = countShapes(df, columns, options.thousands, options.rareFree ?? new Set(), fastWanted);
  const context: DecideContext = {
    shapes,
    idColumns,
    dateColumn: roles.date,
    columns,
    options,
    fileMarks: fileMarks(shapes.df, columns, shapes, idColumns),
  };
  const decisions = columns.map((name, i) => decideColumn(shapes.df, name, i, context, notes));
  return { decisions, notes, df: shapes.df };
}

/** What the values of every column look like, counted in one pass (and a second for decorated numbers and dates). */
interface Shapes {
  /** The count `key` of column `i`: `n` values, `zero` leading zeros, `num.`/`num,` numbers per decimal mark, `only.`, `both.` (see `MarkCounts`), `sep` separators, `cur` currency marks, `pct` percent signs, `neg` accounting negatives, a date family's id. */
  count(i: number, key: string): number;
  /** A column's text as numbers are read from it: currency, percent signs and digit groups removed. */
  numText(name: string): pl.Expr;
  /** True where column `i`'s number text reads as a number with decimal mark `mark` (a column of `df`, computed once). */
  fitsFlag(i: number, mark: Mark): pl.Expr;
  /** Where column `i` matches its date family's `FAST_PATTERNS` entry (a column of `df`), or `null` when not computed; its count is `i:fast`. */
  fastFlag(i: number): pl.Expr | null;
  /** The currency marks of each column that has some, as written (`"€"`, `"Rp"`). */
  readonly marks: ReadonlyMap<string, readonly string[]>;
  /** The table, with the number text of decorated columns and the `fits` flags added (dropped once the columns are typed). */
  readonly df: pl.DataFrame;
}

/** The decimal-mark counts of column `i`. */
function markCounts(count: Shapes["count"], i: number): MarkCounts {
  return {
    only: { ".": count(i, "only."), ",": count(i, "only,") },
    both: { ".": count(i, "both."), ",": count(i, "both,") },
    fits: { ".": count(i, "num."), ",": count(i, "num,") },
  };
}

/** The hidden column that says where column `i`'s number text reads with decimal mark `mark`. */
function fitsName(i: number, mark: Mark): string {
  return `\u0000fits${mark}${i}`;
}

/** The flags of number text `t` of column `i`: reads with `.`, reads with `,` (kept in the table: typing reuses them). */
function numberFlags(i: number, t: pl.Expr): pl.Expr[] {
  return [t.str.contains(NUM_DOT).alias(fitsName(i, ".")), t.str.contains(NUM_COMMA).alias(fitsName(i, ","))];
}

/** The sums of column `i`'s {@linkcode numberFlags}, as `i:num.` and `i:num,`. */
function numberAggs(i: number): pl.Expr[] {
  return [
    pl.col(fitsName(i, ".")).sum().alias(`${i}:num.`),
    pl.col(fitsName(i, ",")).sum().alias(`${i}:num,`),
  ];
}

/**
 * The sums that split the values of text `t` that read both ways: the integers and
 * `AMB_DOT`/`AMB_COMMA` (`30.663`, `1,250`); the values that read one way only are the others.
 * Cheap patterns, asked only of number columns that show a mark.
 */
function bothAggs(i: number, t: pl.Expr): pl.Expr[] {
  return [
    t.str.contains(AMB_DOT).sum().alias(`${i}:both.`),
    t.str.contains(AMB_COMMA).sum().alias(`${i}:both,`),
    t.str.contains(INTEGER).sum().alias(`${i}:int`),
  ];
}

/** Add the counts of a select's single row to `counts`. */
function addCounts(df: pl.DataFrame, exprs: readonly pl.Expr[], counts: Record<string, number>): void {
  if (exprs.length === 0) return;
  for (const [k, v] of Object.entries(df.select(...exprs).toRecords()[0] as Row)) counts[k] = Number(v ?? 0);
}

/**
 * Count every column's shapes in one pass. Decorated columns that may hold numbers (currency,
 * `%`, `(12.50)`, digit groups with spaces) get their number text added to the table once (the
 * steps each needs) and are counted again on it. Number columns that show a mark are split
 * into values that read one way and both ways; then date shapes where values are not numbers.
 */
function countShapes(
  df: pl.DataFrame,
  columns: readonly string[],
  thousands: string | undefined,
  rareFree: ReadonlySet<string>,
  fastWanted: (name: string) => boolean,
): Shapes {
  const strip = thousands === undefined || thousands === "." || thousands === ","
    ? []
    : thousands === " "
    ? [" ", "\u00a0", "\u202f"]
    : [thousands];
  const stripped = (e: pl.Expr) => strip.reduce((x, ch) => x.str.replaceAll(ch, "", true), e);
  const counts: Record<string, number> = {};
  const flagged = df.withColumns(...columns.flatMap((name, i) => numberFlags(i, stripped(pl.col(name)))));
  addCounts(
    flagged,
    columns.flatMap((name, i) => {
      const c = pl.col(name);
      return [
        c.isNotNull().sum().alias(`${i}:n`),
        ...(rareFree.has(name) ? [] : [c.str.contains(RARE).sum().alias(`${i}:rare`)]),
        ...numberAggs(i),
      ];
    }),
    counts,
  );
  const count = (i: number, key: string) => counts[`${i}:${key}`] ?? 0;
  // Leading zeros and decorations are rare: counted apart only in the columns that have either.
  addCounts(
    df,
    columns.flatMap((name, i) =>
      count(i, "rare") === 0 ? [] : [
        pl.col(name).str.contains(LEADING_ZERO).sum().alias(`${i}:zero`),
        pl.col(name).str.contains(DECORATED).sum().alias(`${i}:deco`),
      ]
    ),
    counts,
  );
  const fits = (i: number) => Math.max(count(i, "num."), count(i, "num,"));
  const decorated = columns.flatMap((name, i) =>
    count(i, "deco") > 0 && count(i, "deco") + fits(i) >= 0.8 * count(i, "n") ? [{ name, i }] : []
  );
  const hidden = (i: number) => `\u0000number${i}`;
  const hiddenOf = new Map(decorated.map(({ name, i }) => [name, hidden(i)]));
  let out = flagged;
  if (decorated.length > 0) {
    const c = (name: string) => pl.col(name);
    addCounts(
      df,
      decorated.flatMap(({ name, i }) => [
        c(name).str.contains(CURRENCY).sum().alias(`${i}:cur`),
        c(name).str.contains(PERCENT).sum().alias(`${i}:pct`),
        c(name).str.contains(ACCOUNTING_NEGATIVE).sum().alias(`${i}:neg`),
        c(name).str.contains(GROUPS).sum().alias(`${i}:grp`),
      ]),
      counts,
    );
    out = out.withColumns(...decorated.map(({ name, i }) =>
      stripped(numberText(c(name), {
        currency: count(i, "cur") > 0,
        percent: count(i, "pct") > 0,
        negative: count(i, "neg") > 0,
        groups: count(i, "grp") > 0,
      })).alias(hidden(i))
    ));
    out = out.withColumns(...decorated.flatMap(({ i }) => numberFlags(i, pl.col(hidden(i)))));
    addCounts(out, decorated.flatMap(({ i }) => numberAggs(i)), counts);
  }
  const numText = (name: string) => {
    const h = hiddenOf.get(name);
    return h === undefined ? stripped(pl.col(name)) : pl.col(h);
  };
  // A mark between digits, and a leading plus sign, matter only in columns that may hold
  // numbers (80% of their values).
  addCounts(
    out,
    columns.flatMap((name, i) =>
      fits(i) >= 0.8 * count(i, "n")
        ? [
          numText(name).str.contains(String.raw`\d[.,]\d`).sum().alias(`${i}:sep`),
          numText(name).str.startsWith("+").sum().alias(`${i}:plus`),
        ]
        : []
    ),
    counts,
  );
  // Only number columns with a mark can have values that read one way only or both ways.
  const marked = columns.flatMap((name, i) =>
    fits(i) >= 0.8 * count(i, "n") && fits(i) > 0 &&
      (count(i, "sep") > 0 || count(i, "num.") !== count(i, "num,"))
      ? [{ name, i }]
      : []
  );
  // Every value that AMB_DOT, AMB_COMMA or INTEGER matches reads both ways (NUM_DOT and
  // NUM_COMMA): where no value reads one of the ways, all three counts are 0.
  addCounts(
    out,
    marked.flatMap(({ name, i }) =>
      Math.min(count(i, "num."), count(i, "num,")) === 0 ? [] : bothAggs(i, numText(name))
    ),
    counts,
  );
  for (const [i] of columns.entries()) {
    const both = count(i, "both.") + count(i, "both,") + count(i, "int");
    const shown = marked.some((m) => m.i === i);
    counts[`${i}:only.`] = shown ? count(i, "num.") - both : 0;
    counts[`${i}:only,`] = shown ? count(i, "num,") - both : 0;
  }
  const marks = new Map<string, string[]>();
  for (const [i, name] of columns.entries()) {
    if (count(i, "cur") === 0) continue;
    const found = df.select(currencyMark(pl.col(name)).alias("m")).getColumn("m").unique().toArray();
    marks.set(name, found.filter((m): m is string => typeof m === "string").sort());
  }
  const maybeDates = columns.flatMap((name, i) => {
    const n = count(i, "n"), dot = count(i, "num."), comma = count(i, "num,");
    return n === 0 || Math.max(dot, comma) >= 0.8 * n ? [] : [{ name, i }];
  });
  addCounts(
    df,
    maybeDates.map(({ name, i }) => pl.col(name).str.contains(ANY_FAMILY).sum().alias(`${i}:dates`)),
    counts,
  );
  for (const { name, i } of maybeDates) familyCounts(df, name, i, counts);
  // A column of one family that will be read as dates (80% of its values) gets its fast-shape
  // test as a column: its count decides the reader, and the typed column reuses it.
  const fast = maybeDates.flatMap(({ name, i }) => {
    const found = FAMILIES.filter((f) => count(i, f.id) > 0);
    const pattern = found.length === 1 ? FAST_PATTERNS[found[0]!.id] : undefined;
    return pattern !== undefined && count(i, found[0]!.id) >= 0.8 * count(i, "n") && fastWanted(name)
      ? [{ name, i, pattern }]
      : [];
  });
  const fastName = (i: number) => `\u0000fast${i}`;
  if (fast.length > 0) {
    out = out.withColumns(
      ...fast.map(({ name, i, pattern }) => pl.col(name).str.contains(pattern).alias(fastName(i))),
    );
    addCounts(out, fast.map(({ i }) => pl.col(fastName(i)).sum().alias(`${i}:fast`)), counts);
  }
  const fitsFlag = (i: number, mark: Mark) => pl.col(fitsName(i, mark));
  const fastFlag = (i: number) => fast.some((x) => x.i === i) ? pl.col(fastName(i)) : null;
  return { count, numText, fitsFlag, fastFlag, marks, df: out };
}

/** Any family's pattern: a value matches at most one (see {@linkcode familyCounts}). */
const ANY_FAMILY = FAMILIES.map((f) => `(?:${f.pattern})`).join("|");
/** A value with leading zeros or a decoration (one pass finds the columns that need both counts). */
export const RARE: string = `(?:${LEADING_ZERO})|(?:${DECORATED})`;

/**
 * Count the values of each date family in column `name` (`i:<family>`), given how many match
 * any family (`i:dates`). No value matches two families (they differ in the separator, in
 * 4 or 1-2 leading digits, or in a month name where another has digits), so once the families
 * counted add up to that number the others are 0 and are not counted. A family seen in the
 * column's first rows is counted first (usually the only one): the order changes no count,
 * only how many passes it takes.
 */
function familyCounts(df: pl.DataFrame, name: string, i: number, counts: Record<string, number>): void {
  let left = counts[`${i}:dates`] ?? 0;
  if (left === 0) return;
  const head = df.select(pl.col(name)).head(GUESS_ROWS).getColumn(name).toArray() as (string | null)[];
  const guess = FAMILIES.find((f) => head.some((v) => v !== null && familyRegExp(f.id).test(v)));
  for (const f of guess === undefined ? FAMILIES : [guess, ...FAMILIES.filter((x) => x !== guess)]) {
    if (left === 0) break;
    addCounts(df, [pl.col(name).str.contains(f.pattern).sum().alias(`${i}:${f.id}`)], counts);
    left -= counts[`${i}:${f.id}`]!;
  }
}

/** Rows looked at to guess a column's date family. */
const GUESS_ROWS = 100;

/**
 * The number columns of the file whose values show one decimal mark only, by that mark, for
 * the rule in `chooseDecimal`: counted on first use (most files never need them). Id columns,
 * columns of `14.30` times and mostly-text columns do not count.
 */
function fileMarks(
  df: pl.DataFrame,
  columns: readonly string[],
  shapes: Shapes,
  idColumns: ReadonlySet<string>,
): () => Readonly<Record<Mark, readonly string[]>> {
  let found: Record<Mark, string[]> | null = null;
  return () => {
    if (found !== null) return found;
    const { count } = shapes;
    const candidates: { i: number; name: string; mark: Mark }[] = [];
    for (const [i, name] of columns.entries()) {
      const { only, fits } = markCounts(count, i);
      const mark: Mark | null = only["."] > 0 && only[","] === 0
        ? "."
        : only[","] > 0 && only["."] === 0
        ? ","
        : null;
      if (mark === null || fits[mark] < 0.8 * count(i, "n") || isIdName(name, idColumns)) continue;
      candidates.push({ i, name, mark });
    }
    const times = candidates.length
      ? df.select(
        ...candidates.map((x) => shapes.numText(x.name).str.contains(TIME_DOT).sum().alias(`${x.i}`)),
      )
        .toRecords()[0] as Row
      : {};
    found = { ".": [], ",": [] };
    for (const x of candidates) {
      if (x.mark === "." && Number(times[`${x.i}`] ?? 0) >= count(x.i, "only.")) continue;
      found[x.mark].push(x.name);
    }
    return found;
  };
}

/** What {@linkcode decideColumn} needs besides the column. */
interface DecideContext {
  readonly shapes: Shapes;
  readonly idColumns: ReadonlySet<string>;
  /** The column whose name says it holds the transaction date, if any. */
  readonly dateColumn: string | undefined;
  /** Every text column of the file, in order (the indexes of `shapes`). */
  readonly columns: readonly string[];
  readonly options: DecideOptions;
  readonly fileMarks: () => Readonly<Record<Mark, readonly string[]>>;
}

/** The decimal mark the user gave for column `name`, or implied by the thousands separator. */
function askedDecimal(options: DecideOptions, name: string): Mark | undefined {
  const d = options.decimal;
  return typeof d === "string" ? d : d?.[name];
}

/**
 * The orders the file's other date columns of `family` (80% of their values) show by their
 * values: a value with a first part above 12 (day first) or a second (month first), not both.
 * Counted only when a column's own values leave its order open.
 */
function shownOrders(
  df: pl.DataFrame,
  family: DateFamily,
  self: string,
  context: DecideContext,
): { column: string; dayFirst: boolean }[] {
  const { columns, shapes: { count } } = context;
  const others = columns
    .map((column, i) => ({ column, i }))
    .filter(({ column, i }) =>
      column !== self && count(i, "n") > 0 && count(i, family.id) >= 0.8 * count(i, "n")
    );
  if (others.length === 0) return [];
  const r = df.select(...others.flatMap(({ column }, k) => {
    const c = pl.col(column), dates = c.str.contains(family.pattern);
    return [
      dates.and(c.str.contains(partAbove12(family, 1))).sum().alias(`${k}:p1`),
      dates.and(c.str.contains(partAbove12(family, 2))).sum().alias(`${k}:p2`),
    ];
  })).toRecords()[0] as Row;
  return others.flatMap(({ column }, k) => {
    const p1 = Number(r[`${k}:p1`] ?? 0), p2 = Number(r[`${k}:p2`] ?? 0);
    return (p1 > 0) === (p2 > 0) ? [] : [{ column, dayFirst: p1 > 0 }];
  });
}

/**
 * One column's kind, in this order: empty; dates in the format the user gave; numbers kept as
 * text (an id name, leading zeros); numbers; dates of a family found in 80% of its values; text.
 */
function decideColumn(
  df: pl.DataFrame,
  name: string,
  i: number,
  context: DecideContext,
  notes: Note[],
): ColumnDecision {
  const { shapes: { count, marks }, idColumns, options } = context;
  const c = pl.col(name);
  const n = count(i, "n");
  if (n === 0) {
    notes.push({ code: "column-empty", column: name });
    return {
      name,
      kind: "empty",
      expr: c.cast(pl.Utf8).alias(name),
      bad: null,
      badWhat: "",
      reason: "no values",
      future: null,
      read: { kind: "empty" },
    };
  }
  const counts = markCounts(count, i);
  const choice = chooseDecimal(counts, {
    asked: askedDecimal(options, name),
    marks: marks.get(name) ?? [],
    fileMarks: context.fileMarks,
    written: options.writtenDecimal,
    fallback: options.fileDecimal,
  });
  const fits = choice.why === "ambiguous"
    ? Math.max(counts.fits["."], counts.fits[","])
    : counts.fits[choice.decimal];
  const looksNumeric = fits >= 0.8 * n;
  const userFmt = userFormat(df, name, n, looksNumeric, options);
  if (userFmt !== undefined) {
    notes.push({ code: "dates-format-given", column: name, format: userFmt });
    return {
      name,
      kind: "date",
      dateFormat: userFmt,
      expr: userDate(name, userFmt),
      bad: badDate,
      badWhat: `not dates in the format "${userFmt}"`,
      badFormat: `"${userFmt}"`,
      reason: "format given",
      future: futureCheck(options),
      read: { kind: "date-format", format: userFmt },
    };
  }
  if (looksNumeric && isIdName(name, idColumns)) {
    notes.push({ code: "numbers-kept-as-ids", column: name });
    return textDecision(name, "its name says it holds identifiers");
  }
  if (looksNumeric && count(i, "zero") > 0) {
    const ex = first(df, c.str.contains(LEADING_ZERO), name);
    notes.push({ code: "numbers-kept-leading-zeros", column: name, n: count(i, "zero"), ...example(ex) });
    return textDecision(name, "values with leading zeros");
  }
  if (looksNumeric && choice.why !== "ambiguous" && choice.decimal === "." && name === context.dateColumn) {
    const serial = serialDecision(df, name, n, options, notes);
    if (serial !== null) return serial;
  }
  if (looksNumeric) return numberDecision(df, name, i, choice, context, notes);
  const families = FAMILIES.filter((f) => count(i, f.id) > 0);
  const dates = families.reduce((s, f) => s + count(i, f.id), 0);
  if (dates >= 0.8 * n && !isIdName(name, idColumns)) {
    return dateDecision(df, name, i, families, dates, n, context, notes);
  }
  return textDecision(name, "text");
}

/** The date format the user gave for this column, or a format for every date column where it reads 80% of the values. */
function userFormat(
  df: pl.DataFrame,
  name: string,
  n: number,
  looksNumeric: boolean,
  options: DecideOptions,
): string | undefined {
  const given = typeof options.dateFormat === "object" ? options.dateFormat[name] : undefined;
  if (given !== undefined || typeof options.dateFormat !== "string" || looksNumeric) return given;
  const fits = Number(
    df.select(userDate(name, options.dateFormat).isNotNull().sum().alias("k")).toRecords()[0].k ?? 0,
  );
  return fits >= 0.8 * n ? options.dateFormat : undefined;
}

/**
 * A number column read with the chosen decimal mark; notes say what was removed (currency,
 * percent signs), the currency, and which decimal mark was chosen and why.
 * @throws {InputError} When nothing decides the decimal mark (`"decimal-ambiguous"`).
 */
function numberDecision(
  df: pl.DataFrame,
  name: string,
  i: number,
  choice: DecimalChoice,
  context: DecideContext,
  notes: Note[],
): ColumnDecision {
  const { shapes: { count, numText, fitsFlag, marks }, options } = context;
  if (choice.why === "ambiguous") throw ambiguousDecimal(df, name, numText(name), choice.marks, options.file);
  const { decimal } = choice;
  const c = pl.col(name);
  const n = count(i, "n"), dot = count(i, "num."), comma = count(i, "num,");
  const nums = decimal === "." ? dot : comma;
  const t = numText(name);
  const matches = fitsFlag(i, decimal);
  // A "," in a value that reads with "." is a digit group's, between digits: with no mark
  // between digits (`sep`) there is none to remove, and a pass over the text is saved.
  const cleaned = decimal === "."
    ? (count(i, "sep") > 0 ? t.str.replaceAll(",", "", true) : t)
    : t.str.replaceAll(".", "", true).str.replaceAll(",", ".", true);
  // A "+" in a value that reads as a number is its first character: with none, the pass that
  // removes it is saved.
  const value = (count(i, "plus") > 0 ? cleaned.str.replace("^\\+", "") : cleaned).cast(pl.Float64, false);
  const expr = pl.when(matches).then(value).otherwise(pl.lit(null).cast(pl.Float64)).alias(name);
  const { currency, mixed } = currencyOf(marks.get(name) ?? []);
  if (count(i, "cur") > 0) notes.push({ code: "currency-removed", column: name });
  if (currency !== undefined) notes.push({ code: "currency-found", column: name, currency });
  if (mixed !== undefined) notes.push({ code: "currency-mixed", column: name, currencies: mixed });
  if (count(i, "pct") > 0) notes.push({ code: "column-percent", column: name, n: count(i, "pct"), of: n });
  if (count(i, "neg") > 0) notes.push({ code: "negatives-accounting", column: name, n: count(i, "neg") });
  if (choice.why === "currency" || choice.why === "file") {
    const ex = first(df, t.str.contains(choice.mark === "." ? "\\.\\d{3}$" : ",\\d{3}$"), name);
    notes.push(
      choice.why === "currency"
        ? {
          code: "column-thousands-currency",
          column: name,
          decimal,
          mark: choice.mark,
          currency: choice.currency,
          ...example(ex),
        }
        : {
          code: "column-decimal-file",
          column: name,
          decimal,
          mark: choice.mark,
          columns: choice.columns,
          ...example(ex),
        },
    );
  } else if (count(i, "sep") > 0 && (decimal === "," || dot === comma)) {
    const ex = first(df, matches.and(c.str.contains(decimal === "," ? "," : "\\.", true)), name);
    const why = choice.why === "asked"
      ? { code: "column-decimal-asked" }
      : dot !== comma
      ? { code: "column-decimal-counted", n: nums, of: n, other: decimal === "." ? comma : dot }
      : { code: "column-decimal-tie" };
    notes.push({ ...why, column: name, decimal, ...example(ex) });
  }
  return {
    name,
    kind: "number",
    decimal,
    ...(currency !== undefined ? { currency } : {}),
    ...(count(i, "pct") > 0 ? { percent: true } : {}),
    expr,
    bad: badNumber,
    badWhat: "not numbers",
    reason: "numbers",
    future: null,
    read: { kind: "number", decimal },
  };
}

/**
 * The error for a number column whose decimal mark nothing decides: up to 3 cells that read
 * both ways, each read both ways, and the option that says which (`decimal`).
 */
function ambiguousDecimal(
  df: pl.DataFrame,
  name: string,
  text: pl.Expr,
  marks: readonly Mark[],
  file: string,
): InputError {
  const both = text.str.contains(NUM_DOT).and(text.str.contains(NUM_COMMA)).and(text.str.contains("[.,]"));
  const hits = df.lazy().filter(both).select(pl.col(ROW), pl.col(name).alias("v"), text.alias("t")).head(3)
    .collectSync().toRecords() as Row[];
  const values = hits.map((h) => String(h.v));
  const rows = hits.map((h) => Number(h[ROW]));
  const point = hits.map((h) => readWith(String(h.t), "."));
  const comma = hits.map((h) => readWith(String(h.t), ","));
  const shown = hits.map((_, k) =>
    `"${values[k]}" in row ${rows[k]} is ${point[k]} with a decimal point or ${comma[k]} with a decimal comma`
  ).join("; ");
  const which = marks.length === 2
    ? 'both "." and "," are followed by exactly 3 digits'
    : `every "${marks[0]}" is followed by exactly 3 digits`;
  return new InputError(
    `Cannot read "${file}": the numbers in column "${name}" read two ways (${shown}): ${which}, and nothing else in the file says which mark is the decimal one; pass decimal: "," or decimal: "." (or for this column only, decimal: { "${name}": "," })`,
    { file, column: name, rows },
    {
      code: "decimal-ambiguous",
      option: "decimal",
      values: [",", "."],
      file,
      column: name,
      examples: values,
      rows,
      point,
      comma,
    },
  );
}

function textDecision(name: string, reason: string): ColumnDecision {
  return {
    name,
    kind: "text",
    expr: pl.col(name).alias(name),
    bad: null,
    badWhat: "",
    reason,
    future: null,
    read: { kind: "text" },
  };
}

function badNumber(original: pl.Expr, typed: pl.Expr): pl.Expr {
  return original.isNotNull().and(typed.isNull().or(typed.isInfinite()));
}

function badDate(original: pl.Expr, typed: pl.Expr): pl.Expr {
  return original.isNotNull().and(typed.isNull());
}

function futureCheck(options: DecideOptions): ((typed: pl.Expr) => pl.Expr) | null {
  if (options.futureDates === "keep") return null;
  const limit = pl.lit(new Date(options.now.getTime() + 86_400_000));
  return (typed) => typed.gt(limit).fillNull(false);
}

/**
 * A date column: one family (two are an error), the day order for `D?M?Y` families, then the
 * fast polars path (one chrono format per time variant) when every date fits it, else the
 * exact reader of `_dates.ts` on the distinct values.
 */
function dateDecision(
  df: pl.DataFrame,
  name: string,
  i: number,
  families: readonly DateFamily[],
  dates: number,
  n: number,
  context: DecideContext,
  notes: Note[],
): ColumnDecision {
  const { options } = context;
  const { file } = options;
  const c = pl.col(name);
  if (families.length > 1) {
    const [a, b] = families.map((f) => ({ f, ex: first(df, c.str.contains(f.pattern), name) }));
    const label = (f: DateFamily) => familyLabel(f.id, f.id !== "slash");
    throw new InputError(
      `Cannot read "${file}": column "${name}" has dates in two formats, ${
        label(a.f)
      } (e.g. "${a.ex?.value}" in row ${a.ex?.row}) and ${
        label(b.f)
      } (e.g. "${b.ex?.value}" in row ${b.ex?.row}); write every date the same way, or pass dateFormat: { "${name}": "<format>" } (CLI --date-format)`,
      { file, column: name, rows: [a.ex?.row ?? 0, b.ex?.row ?? 0] },
    );
  }
  const family = families[0];
  const { dayFirst, why } = ORDERED.has(family.id)
    ? dayOrder(df, name, family, dates, context)
    : family.id === "iso" || family.id === "ymd"
    ? { dayFirst: false, why: { code: "dates-year-first", n: dates, of: n } }
    : { dayFirst: family.id === "named", why: { code: "dates-month-names", n: dates, of: n } };
  const fast = FAST_PATTERNS[family.id];
  const flag = context.shapes.fastFlag(i);
  const fastCount = fast === undefined
    ? 0
    : flag !== null
    ? context.shapes.count(i, "fast")
    : Number(df.select(c.str.contains(fast).sum().alias("k")).toRecords()[0].k ?? 0);
  const typed = fast !== undefined && fastCount === dates
    ? fastDates(df, name, family, dayFirst, dates, flag ?? c.str.contains(fast))
    : exactDates(df, name, family, dayFirst, notes);
  notes.push({ ...why, column: name, format: typed.label });
  return {
    name,
    kind: "date",
    dateFormat: typed.label,
    expr: typed.expr,
    bad: badDate,
    badWhat: `not dates in the format ${typed.label}`,
    badFormat: typed.label,
    reason: why.code,
    future: futureCheck(options),
    read: { kind: "date", family: family.id, dayFirst },
  };
}

/** Dates in the shapes polars reads with one chrono format per time variant (four-digit years, 24-hour times); `matches` is true where a value has that shape. */
function fastDates(
  df: pl.DataFrame,
  name: string,
  family: DateFamily,
  dayFirst: boolean,
  dates: number,
  matches: pl.Expr,
): { expr: pl.Expr; label: string } {
  const c = pl.col(name);
  const variants = formats(family.id, dayFirst);
  const withTime = df.select(
    c.str.contains(":\\d{2}:\\d{2}(\\.\\d+)?Z?$").sum().alias("s"),
    c.str.contains("\\d:\\d{2}Z?$").sum().alias("m"),
  ).toRecords()[0] as Row;
  const sec = Number(withTime.s ?? 0), min = Number(withTime.m ?? 0) - sec, day = dates - sec - min;
  const present = variants.filter((_, k) => [sec, min, day][k] > 0);
  const text = dateText(c, family.id);
  let parsed: pl.Expr | null = null;
  for (const v of present.length ? present : variants) {
    const p = text.str.strptime(pl.Datetime("ms"), v.fmt).cast(pl.Datetime("ms"));
    parsed = parsed === null ? p : parsed.fillNull(p);
  }
  const expr = pl.when(matches).then(parsed!).otherwise(pl.lit(null).cast(pl.Datetime("ms"))).alias(name);
  const label = sec >= min && sec >= day
    ? variants[0].label
    : min >= day
    ? variants[1].label
    : variants[2].label;
  return { expr, label };
}

/**
 * Dates read exactly by `parseDate` (two-digit years, AM/PM, offsets converted to UTC, month
 * names), once per distinct value; the column maps each value to its UTC time. A value the
 * reader refuses (a month name it does not know, 13 o'clock PM) is a bad cell.
 */
function exactDates(
  df: pl.DataFrame,
  name: string,
  family: DateFamily,
  dayFirst: boolean,
  notes: Note[],
): { expr: pl.Expr; label: string } {
  const c = pl.col(name);
  const values = df.lazy().select(c.alias("v")).filter(pl.col("v").str.contains(family.pattern)).unique()
    .collectSync().getColumn("v").toArray() as string[];
  const re = new RegExp(family.pattern, "u");
  const olds: string[] = [], news: string[] = [];
  const shape = {
    twoDigitYear: false,
    time: "none" as "none" | "minutes" | "seconds",
    ampm: false,
    zone: false,
  };
  let zoned = false;
  for (const v of values) {
    const ms = parseDate(v, family.id, dayFirst);
    const m = re.exec(v);
    if (m !== null) {
      if (m[3]?.length === 2 && family.id !== "named-mdy") shape.twoDigitYear = true;
      if (m[6] !== undefined) shape.time = "seconds";
      else if (m[4] !== undefined && shape.time === "none") shape.time = "minutes";
      if (m[8] !== undefined) shape.ampm = true;
      if (family.id === "iso" && m[9] !== undefined && !/^(Z|UTC|GMT)$/.test(m[9])) {
        shape.zone = true;
        zoned = true;
      }
    }
    if (ms === null) continue;
    olds.push(v);
    news.push(new Date(ms).toISOString().slice(0, 23).replace("T", " "));
  }
  const expr =
    (olds.length === 0
      ? pl.lit(null).cast(pl.Utf8)
      : c.replaceStrict(olds, news, pl.lit(null).cast(pl.Utf8), pl.Utf8))
      .str.strptime(pl.Datetime("ms"), "%Y-%m-%d %H:%M:%S%.f").cast(pl.Datetime("ms")).alias(name);
  if (zoned) {
    const ex = first(
      df,
      c.str.contains(family.pattern).and(c.str.contains(String.raw`\d ?[+-]\d{2}(:?\d{2})?$`)),
      name,
    );
    notes.push({ code: "dates-offset-utc", column: name, ...example(ex) });
  }
  return { expr, label: familyLabel(family.id, dayFirst, shape) };
}

/**
 * Excel serial day numbers in the column whose name says it holds the transaction date: every
 * value a whole number from {@linkcode SERIAL_MIN} to {@linkcode SERIAL_MAX} (1950 to 2099).
 * Anything else stays a number column: a number alone is no evidence of a date.
 */
function serialDecision(
  df: pl.DataFrame,
  name: string,
  n: number,
  options: DecideOptions,
  notes: Note[],
): ColumnDecision | null {
  const v = pl.col(name).cast(pl.Float64, false);
  const r = df.select(
    v.min().alias("lo"),
    v.max().alias("hi"),
    v.eq(v.floor()).sum().alias("whole"),
  ).toRecords()[0] as Row;
  if (Number(r.whole) !== n || Number(r.lo) < SERIAL_MIN || Number(r.hi) > SERIAL_MAX) return null;
  const ex = first(df, pl.col(name).isNotNull(), name);
  notes.push({
    code: "dates-excel-serial",
    column: name,
    n,
    min: SERIAL_MIN,
    max: SERIAL_MAX,
    ...example(ex),
  });
  const expr = v.minus(SERIAL_EPOCH).mul(86_400_000).cast(pl.Int64).cast(pl.Datetime("ms")).alias(name);
  return {
    name,
    kind: "date",
    dateFormat: "Excel serial day",
    expr,
    bad: badDate,
    badWhat: "not Excel serial days",
    badFormat: "Excel serial day",
    reason: "dates-excel-serial",
    future: futureCheck(options),
    read: { kind: "serial" },
  };
}

/**
 * Day-first or month-first for `/`, `.` and `-` dates, from strong evidence only: the values
 * that fit only one order (a part above 12); two orders in one column are an error. Else the
 * order the user gave (`dayFirst`), else the order the file's other date columns of the same
 * family show by their values, else (when some value reads differently in the two orders) an
 * {@linkcode InputError} "dates-ambiguous". The file's language, delimiter or decimal mark are
 * not taken as evidence: the Spanish reference invoices have decimal commas and month-first dates.
 */
function dayOrder(
  df: pl.DataFrame,
  name: string,
  family: DateFamily,
  dates: number,
  context: DecideContext,
): { dayFirst: boolean; why: Note } {
  const { options } = context;
  const { file } = options;
  const c = pl.col(name);
  const p1 = c.str.contains(partAbove12(family, 1));
  const p2 = c.str.contains(partAbove12(family, 2));
  const r = df.select(p1.sum().alias("a"), p2.sum().alias("b")).toRecords()[0] as Row;
  const firstBig = Number(r.a ?? 0), secondBig = Number(r.b ?? 0);
  if (firstBig > 0 && secondBig > 0) {
    const da = first(df, p1, name), mb = first(df, p2, name);
    const sep = family.sep;
    throw new InputError(
      `Cannot read "${file}": column "${name}" has dates in two formats, D${sep}M${sep}YYYY (e.g. "${da?.value}" in row ${da?.row}) and M${sep}D${sep}YYYY (e.g. "${mb?.value}" in row ${mb?.row}); write every date the same way, or pass dateFormat: { "${name}": "<format>" } (CLI --date-format)`,
      { file, column: name, rows: [da?.row ?? 0, mb?.row ?? 0] },
    );
  }
  if (firstBig > 0 || secondBig > 0) {
    const dayFirst = firstBig > 0;
    const ex = first(df, dayFirst ? p1 : p2, name);
    const overruled = options.dayFirst !== undefined && options.dayFirst !== dayFirst;
    const why = {
      code: overruled ? "dates-order-overruled" : "dates-order-found",
      n: firstBig + secondBig,
      of: dates,
      dayFirst,
      ...example(ex),
    };
    return { dayFirst, why };
  }
  if (options.dayFirst !== undefined) {
    return { dayFirst: options.dayFirst, why: { code: "dates-order-asked", dayFirst: options.dayFirst } };
  }
  const shown = shownOrders(df, family, name, context);
  if (shown.length > 0 && shown.every((o) => o.dayFirst === shown[0].dayFirst)) {
    const dayFirst = shown[0].dayFirst;
    return { dayFirst, why: { code: "dates-order-file", dayFirst, shownBy: shown[0].column } };
  }
  const sep = family.sep === "." ? "\\." : family.sep;
  const part1 = c.str.extract(`^(\\d{1,2})${sep}`, 1).cast(pl.Int32, false);
  const part2 = c.str.extract(`^\\d{1,2}${sep}(\\d{1,2})${sep}`, 1).cast(pl.Int32, false);
  const differ = c.str.contains(family.pattern).and(part1.neq(part2));
  const hits = df.lazy().filter(differ).select(pl.col(ROW), c.alias("v")).unique({
    subset: ["v"],
    keep: "first",
  })
    .sort(ROW).head(3).collectSync().toRecords() as Row[];
  if (hits.length === 0) {
    // Every date has the same day and month (01/01, 02/02, ...): both orders read the same date.
    return { dayFirst: true, why: { code: "dates-order-irrelevant", n: dates } };
  }
  throw ambiguousDates(file, name, family, hits);
}

/** The "dates-ambiguous" error: examples read both ways, and the fix (library options here; the CLI says its flags). */
function ambiguousDates(file: string, column: string, family: DateFamily, hits: readonly Row[]): InputError {
  const values = hits.map((h) => String(h.v));
  const rows = hits.map((h) => Number(h[ROW]));
  const day = (v: string, dayFirst: boolean) =>
    new Date(parseDate(v, family.id, dayFirst) ?? NaN).toISOString().slice(0, 10);
  const asDayFirst = values.map((v) => day(v, true)), asMonthFirst = values.map((v) => day(v, false));
  const s = family.sep;
  const format = `%d${s}%m${s}${/\d{4}/.test(values[0]!) ? "%Y" : "%y"}`;
  const examples = values.map((v, k) =>
    `"${v}" (row ${rows[k]}) is ${asDayFirst[k]} day first or ${asMonthFirst[k]} month first`
  ).join("; ");
  return new InputError(
    `Cannot read "${file}": the dates in column "${column}" can be read day first or month first, and nothing in the file decides which (no value has a part above 12 and no other date column shows the order): ${examples}; pass dayFirst: true or dayFirst: false, or the exact format with dateFormat (e.g. dateFormat: { "${column}": "${format}" })`,
    { file, column, row: rows[0]!, rows },
    { code: "dates-ambiguous", file, column, values, rows, asDayFirst, asMonthFirst, format },
  );
}
