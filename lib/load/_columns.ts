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

const NUM_DOT = String.raw`^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$`;
const NUM_COMMA = String.raw`^[+-]?(\d+,?\d*|,\d+)$|^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$`;
/** A currency sign or code before or after a number (`$12.50`, `Rp 10.000`, `12 €`); keeps the sign. */
const CURRENCY = String.raw`^([+-]?)\s*(?:US\$|[$€£¥₹]|Rp\.?|IDR|USD|EUR|MXN)\s*|\s*(?:€|EUR)$`;
const LEADING_ZERO = String.raw`^[+-]?0\d+$`;
const TIME = String.raw`( \d{1,2}:\d{2}(:\d{2})?)?`;

/** A family of date shapes: one separator and order of parts. */
interface DateFamily {
  readonly id: "iso" | "ymd" | "slash" | "dot" | "dash";
  readonly pattern: string;
  readonly sep: string;
}
const FAMILIES: readonly DateFamily[] = [
  {
    id: "iso",
    pattern: String.raw`^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?Z?$`,
    sep: "-",
  },
  { id: "ymd", pattern: String.raw`^\d{4}/\d{1,2}/\d{1,2}${TIME}$`, sep: "/" },
  { id: "slash", pattern: String.raw`^\d{1,2}/\d{1,2}/\d{4}${TIME}$`, sep: "/" },
  { id: "dot", pattern: String.raw`^\d{1,2}\.\d{1,2}\.\d{4}${TIME}$`, sep: "." },
  { id: "dash", pattern: String.raw`^\d{1,2}-\d{1,2}-\d{4}${TIME}$`, sep: "-" },
];

/** What the loader decided about one column. */
export interface ColumnDecision {
  readonly name: string;
  readonly kind: "number" | "date" | "text" | "empty";
  readonly dateFormat?: string;
  readonly decimal?: "." | ",";
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
}

/** Inputs of {@linkcode decideColumns}. */
export interface DecideOptions {
  readonly file: string;
  readonly decimal: "." | "," | undefined;
  readonly fileDecimal: "." | ",";
  readonly thousands: string | undefined;
  readonly dateFormat: string | Record<string, string> | undefined;
  readonly dayFirst: boolean | undefined;
  readonly now: Date;
  readonly futureDates: "error" | "keep";
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
function formats(family: DateFamily["id"], dayFirst: boolean): { fmt: string; label: string }[] {
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
    case "dash":
      date = dayFirst ? { fmt: "%d-%m-%Y", label: "D-M-YYYY" } : { fmt: "%m-%d-%Y", label: "M-D-YYYY" };
      break;
  }
  return times.map((t) => ({ fmt: date.fmt + t.fmt, label: date.label + t.label }));
}

/** The values of a date column, normalised so that one chrono format per time variant reads them. */
function dateText(c: pl.Expr, family: DateFamily["id"]): pl.Expr {
  return family === "iso" ? c.str.replace("T", " ", true).str.replace("Z$", "") : c;
}

/** Parse with a user-given chrono format. */
function userDate(name: string, fmt: string): pl.Expr {
  return pl.col(name).str.strptime(pl.Datetime("ms"), fmt).cast(pl.Datetime("ms")).alias(name);
}

/**
 * Decide the kind of every text column of `df` (values trimmed, missing tokens already null).
 * @returns One decision per column, in order, and notes as typed facts.
 * @throws {InputError} When a column holds dates in two formats, or day-first and month-first dates.
 */
export function decideColumns(
  df: pl.DataFrame,
  columns: readonly string[],
  options: DecideOptions,
): { decisions: ColumnDecision[]; notes: Note[] } {
  const notes: Note[] = [];
  const roles = mapRoles(columns).roles;
  const idColumns = new Set(ID_ROLES.map((r) => roles[r]).filter((c): c is string => c !== undefined));
  const shapes = countShapes(df, columns, options.thousands);
  const decisions = columns.map((name, i) =>
    decideColumn(df, name, i, { shapes, idColumns, options }, notes)
  );
  return { decisions, notes };
}

/** What the values of every column look like, counted in one pass (and a second for currency and dates). */
interface Shapes {
  /** The count `key` of column `i`: `n` values, `zero` leading zeros, `num.`/`num,` numbers per decimal mark, `sep` separators, a date family's id. */
  count(i: number, key: string): number;
  /** A column's text as numbers are read from it: currency and thousands separators removed. */
  numText(name: string): pl.Expr;
  /** Columns with currency signs or codes. */
  readonly currency: ReadonlySet<string>;
}

/** Count every column's shapes in one pass; columns with currency are counted again without it, then date shapes where values are not numbers. */
function countShapes(df: pl.DataFrame, columns: readonly string[], thousands: string | undefined): Shapes {
  const strip = thousands === undefined || thousands === "." || thousands === ","
    ? []
    : thousands === " "
    ? [" ", "\u00a0", "\u202f"]
    : [thousands];
  const currency = new Set<string>();
  const numText = (name: string) => {
    const c = currency.has(name) ? pl.col(name).str.replaceAll(CURRENCY, "$1") : pl.col(name);
    return strip.reduce((e, ch) => e.str.replaceAll(ch, "", true), c);
  };
  const numberAggs = (i: number, name: string) => {
    const t = numText(name);
    return [
      t.str.contains(NUM_DOT).sum().alias(`${i}:num.`),
      t.str.contains(NUM_COMMA).sum().alias(`${i}:num,`),
      t.str.contains(String.raw`\d[.,]\d`).sum().alias(`${i}:sep`),
    ];
  };
  const aggs: pl.Expr[] = [];
  for (const [i, name] of columns.entries()) {
    const c = pl.col(name);
    aggs.push(c.isNotNull().sum().alias(`${i}:n`));
    aggs.push(c.str.contains(LEADING_ZERO).sum().alias(`${i}:zero`));
    aggs.push(c.str.contains(CURRENCY).sum().alias(`${i}:cur`));
    aggs.push(...numberAggs(i, name));
  }
  const counts = (columns.length ? df.select(...aggs).toRecords()[0] : {}) as Row;
  const again: pl.Expr[] = [];
  for (const [i, name] of columns.entries()) {
    if (Number(counts[`${i}:cur`] ?? 0) === 0) continue;
    currency.add(name);
    again.push(...numberAggs(i, name));
  }
  if (again.length) Object.assign(counts, df.select(...again).toRecords()[0]);
  const count = (i: number, key: string) => Number(counts[`${i}:${key}`] ?? 0);
  const dateAggs: pl.Expr[] = [];
  for (const [i, name] of columns.entries()) {
    const n = count(i, "n"), dot = count(i, "num."), comma = count(i, "num,");
    if (n === 0 || Math.max(dot, comma) >= 0.8 * n) continue;
    for (const f of FAMILIES) dateAggs.push(pl.col(name).str.contains(f.pattern).sum().alias(`${i}:${f.id}`));
  }
  if (dateAggs.length) Object.assign(counts, df.select(...dateAggs).toRecords()[0]);
  return { count, numText, currency };
}

/** What {@linkcode decideColumn} needs besides the column. */
interface DecideContext {
  readonly shapes: Shapes;
  readonly idColumns: ReadonlySet<string>;
  readonly options: DecideOptions;
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
  const { shapes: { count }, idColumns, options } = context;
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
    };
  }
  const dot = count(i, "num."), comma = count(i, "num,");
  let decimal: "." | ",";
  if (options.decimal !== undefined) decimal = options.decimal;
  else if (dot !== comma) decimal = dot > comma ? "." : ",";
  else decimal = options.fileDecimal;
  const looksNumeric = (decimal === "." ? dot : comma) >= 0.8 * n;
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
  if (looksNumeric) return numberDecision(df, name, i, decimal, context, notes);
  const families = FAMILIES.filter((f) => count(i, f.id) > 0);
  const dates = families.reduce((s, f) => s + count(i, f.id), 0);
  if (dates >= 0.8 * n && !isIdName(name, idColumns)) {
    return dateDecision(df, name, families, dates, n, options, notes);
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

/** A number column read with `decimal`; notes say when currency was removed and which decimal mark was chosen and why. */
function numberDecision(
  df: pl.DataFrame,
  name: string,
  i: number,
  decimal: "." | ",",
  context: DecideContext,
  notes: Note[],
): ColumnDecision {
  const { shapes: { count, numText, currency }, options } = context;
  const c = pl.col(name);
  const n = count(i, "n"), dot = count(i, "num."), comma = count(i, "num,");
  const nums = decimal === "." ? dot : comma;
  const t = numText(name);
  const matches = t.str.contains(decimal === "." ? NUM_DOT : NUM_COMMA);
  const cleaned = decimal === "."
    ? t.str.replaceAll(",", "", true)
    : t.str.replaceAll(".", "", true).str.replaceAll(",", ".", true);
  const value = cleaned.str.replace("^\\+", "").cast(pl.Float64, false);
  const expr = pl.when(matches).then(value).otherwise(pl.lit(null).cast(pl.Float64)).alias(name);
  if (currency.has(name)) {
    notes.push({ code: "currency-removed", column: name });
  }
  if (count(i, "sep") > 0 && (decimal === "," || dot === comma)) {
    const ex = first(df, matches.and(c.str.contains(decimal === "," ? "," : "\\.", true)), name);
    const why = options.decimal !== undefined
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
    expr,
    bad: badNumber,
    badWhat: "not numbers",
    reason: "numbers",
    future: null,
  };
}

function textDecision(name: string, reason: string): ColumnDecision {
  return { name, kind: "text", expr: pl.col(name).alias(name), bad: null, badWhat: "", reason, future: null };
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

function dateDecision(
  df: pl.DataFrame,
  name: string,
  families: readonly DateFamily[],
  dates: number,
  n: number,
  options: DecideOptions,
  notes: Note[],
): ColumnDecision {
  const { file } = options;
  const c = pl.col(name);
  if (families.length > 1) {
    const [a, b] = families.map((f) => ({ f, ex: first(df, c.str.contains(f.pattern), name) }));
    const label = (f: DateFamily) => formats(f.id, f.id !== "slash")[0].label.replace(/ .*/, "");
    throw new InputError(
      `Cannot read "${file}": column "${name}" has dates in two formats, ${
        label(a.f)
      } (e.g. "${a.ex?.value}" in row ${a.ex?.row}) and ${
        label(b.f)
      } (e.g. "${b.ex?.value}" in row ${b.ex?.row}); write every date the same way, or pass dateFormat: { "${name}": "<format>" }`,
      { file, column: name, rows: [a.ex?.row ?? 0, b.ex?.row ?? 0] },
    );
  }
  const family = families[0];
  const { dayFirst, why } = family.id === "slash" || family.id === "dot" || family.id === "dash"
    ? dayOrder(df, name, family, dates, options)
    : { dayFirst: false, why: { code: "dates-year-first", n: dates, of: n } };
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
  const matches = c.str.contains(family.pattern);
  const expr = pl.when(matches).then(parsed!).otherwise(pl.lit(null).cast(pl.Datetime("ms"))).alias(name);
  const label = sec >= min && sec >= day
    ? variants[0].label
    : min >= day
    ? variants[1].label
    : variants[2].label;
  notes.push({ ...why, column: name, format: label });
  return {
    name,
    kind: "date",
    dateFormat: label,
    expr,
    bad: badDate,
    badWhat: `not dates in the format ${label}`,
    badFormat: label,
    reason: why.code,
    future: futureCheck(options),
  };
}

/**
 * Day-first or month-first for `/`, `.` and `-` dates, and why: the values that fit only one
 * order decide; two orders in one column are an error; else `dayFirst`, else the separator's default.
 */
function dayOrder(
  df: pl.DataFrame,
  name: string,
  family: DateFamily,
  dates: number,
  options: DecideOptions,
): { dayFirst: boolean; why: Note } {
  const { file } = options;
  const c = pl.col(name);
  let dayFirst = family.id !== "slash";
  let why: Note;
  const s = family.sep === "." ? "\\." : family.sep;
  // The first or second part is above 12: tested on the text, as extracting the parts as
  // numbers would build two more columns of every date.
  const above12 = "(1[3-9]|[2-9][0-9])";
  const p1 = c.str.contains(`^${above12}${s}`);
  const p2 = c.str.contains(`^\\d{1,2}${s}${above12}${s}`);
  const r = df.select(p1.sum().alias("a"), p2.sum().alias("b")).toRecords()[0] as Row;
  const firstBig = Number(r.a ?? 0), secondBig = Number(r.b ?? 0);
  if (firstBig > 0 && secondBig > 0) {
    const da = first(df, p1, name), mb = first(df, p2, name);
    const sep = family.sep;
    throw new InputError(
      `Cannot read "${file}": column "${name}" has dates in two formats, D${sep}M${sep}YYYY (e.g. "${da?.value}" in row ${da?.row}) and M${sep}D${sep}YYYY (e.g. "${mb?.value}" in row ${mb?.row}); write every date the same way, or pass dateFormat: { "${name}": "<format>" }`,
      { file, column: name, rows: [da?.row ?? 0, mb?.row ?? 0] },
    );
  }
  if (firstBig > 0 || secondBig > 0) {
    dayFirst = firstBig > 0;
    const ex = first(df, dayFirst ? p1 : p2, name);
    const overruled = options.dayFirst !== undefined && options.dayFirst !== dayFirst;
    why = {
      code: overruled ? "dates-order-overruled" : "dates-order-found",
      n: firstBig + secondBig,
      of: dates,
      dayFirst,
      ...example(ex),
    };
  } else if (options.dayFirst !== undefined) {
    dayFirst = options.dayFirst;
    why = { code: "dates-order-asked", dayFirst };
  } else {
    why = { code: "dates-order-default", dayFirst, sep: family.sep };
  }
  return { dayFirst, why };
}
