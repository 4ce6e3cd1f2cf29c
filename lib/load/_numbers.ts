/**
 * Private helper of `readTable`: how numbers are written in text cells (currency marks, digit
 * groups, accounting negatives, percent signs) and the rule that decides a number column's
 * decimal mark.
 *
 * @module
 */
import pl from "nodejs-polars";

/** A decimal (or thousands) mark. */
export type Mark = "." | ",";

/** The other mark. */
export function otherMark(mark: Mark): Mark {
  return mark === "." ? "," : ".";
}

/**
 * A number with `.` as the decimal mark: plain (`12.5`, `.5`, `1e3`), or grouped with commas
 * (`1,234.5`). A group starts with 1-3 digits, not a lone 0 (`0,663` is not grouped).
 */
export const NUM_DOT = String
  .raw`^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$`;
/** A number with `,` as the decimal mark: plain (`12,5`, `,5`), or grouped with dots (`1.234,5`). */
export const NUM_COMMA = String.raw`^[+-]?(\d+,?\d*|,\d+)$|^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d*)?$`;
/** A number that reads both ways: one `.` followed by exactly 3 digits, after 1-3 digits not a lone 0 (`30.663`). */
export const AMB_DOT = String.raw`^[+-]?[1-9]\d{0,2}\.\d{3}$`;
/** A number that reads both ways: one `,` followed by exactly 3 digits, after 1-3 digits not a lone 0 (`1,250`). */
export const AMB_COMMA = String.raw`^[+-]?[1-9]\d{0,2},\d{3}$`;
/** An integer, which reads the same with either mark. */
export const INTEGER = String.raw`^[+-]?\d+$`;
/** A time of day written with a dot (`14.30`), which says nothing about a file's decimal mark. */
export const TIME_DOT = String.raw`^([01]?\d|2[0-3])\.[0-5]\d$`;

/**
 * Currencies by ISO 4217 code, with the decimals their amounts have in practice (IDR, JPY, KRW,
 * CLP, VND: none; BHD, KWD, OMR, JOD, TND: 3; the others: 2).
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CHF: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  MXN: 2,
  BRL: 2,
  ARS: 2,
  COP: 2,
  PEN: 2,
  INR: 2,
  CNY: 2,
  HKD: 2,
  TWD: 2,
  SGD: 2,
  MYR: 2,
  THB: 2,
  PHP: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  ZAR: 2,
  TRY: 2,
  RUB: 2,
  AED: 2,
  SAR: 2,
  IDR: 0,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  VND: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

/** Currency symbols (lower-cased) and the ISO code each names; `null` where several currencies write it (`$`, `¥`). */
const SYMBOLS: Readonly<Record<string, string | null>> = {
  "us$": "USD",
  "r$": "BRL",
  "a$": "AUD",
  "c$": "CAD",
  "rp": "IDR",
  "rp.": "IDR",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  "₩": "KRW",
  "$": null,
  "¥": null,
};

/** A currency mark as the cells write it: a symbol, or an ISO code in any case. */
export const MARK = String.raw`(?:US\$|R\$|A\$|C\$|Rp\.?|[$€£¥₹₩]|(?i:${
  Object.keys(MINOR_UNITS).join("|")
}))`;
/** Digit-group separators other than `.` and `,`: space, no-break spaces (U+00A0, U+202F), apostrophes. */
export const GROUP_CHARS = "[ \u00a0\u202f'\u2019]";
/** A number grouped with {@linkcode GROUP_CHARS} (`1 234,50`, `1'234.50`). */
export const GROUPED = String.raw`^[+-]?[1-9]\d{0,2}(${GROUP_CHARS}\d{3})+([.,]\d+)?$`;

/** A cell with a currency mark before or after its number (`$12.50`, `Rp 10.000`, `12 €`, `(€5)`). */
export const CURRENCY = String.raw`^[+(-]?\s*${MARK}|${MARK}\s*[)-]?$`;
/** A cell ending in a percent sign. */
export const PERCENT = String.raw`\d\s*%$`;
/** A cell written as a negative in accounting style: `(12.50)` or `12.50-` (a currency may follow). */
export const ACCOUNTING_NEGATIVE = String.raw`^\(.*\d.*\)$|\d\s*-\s*${MARK}?$`;
/** A cell whose digits are grouped by {@linkcode GROUP_CHARS} (`1 234`, `€ 1'234`, `-12 345`), not a date and time. */
export const GROUPS = String.raw`^[(+-]?\s*(${MARK}\s*)?[+-]?\d{1,3}${GROUP_CHARS}\d{3}(\D|$)`;
/** A cell that {@linkcode numberText} may change: currency, percent, parentheses, a trailing minus, digit groups. */
export const DECORATED = `${CURRENCY}|${PERCENT}|${ACCOUNTING_NEGATIVE}|${GROUPS}`;

/** Which of {@linkcode numberText}'s steps a column needs (each is a pass over its text). */
export interface NumberSteps {
  readonly currency: boolean;
  readonly percent: boolean;
  readonly negative: boolean;
  readonly groups: boolean;
}

/**
 * A cell's number as text with `.` or `,` marks only: accounting negatives `(12.50)` and
 * `12.50-` get a leading minus, currency marks before or after (keeping the sign, `-€5` and
 * `€-5`) and a final `%` are removed, and space, no-break-space and apostrophe digit groups
 * are joined (only where every group after the first has 3 digits). Other marks are left to
 * the decimal rule. Only the `steps` a column needs are applied.
 */
export function numberText(c: pl.Expr, steps: NumberSteps): pl.Expr {
  let t = c;
  if (steps.negative) t = t.str.replace(String.raw`^\((.*)\)$`, "-${1}");
  if (steps.currency) {
    t = t.str.replace(String.raw`^([+-]?)\s*${MARK}\s*`, "${1}").str.replace(String.raw`\s*${MARK}$`, "");
    if (steps.negative) t = t.str.replace(String.raw`^([+-]?)\((.*)\)$`, "-${2}");
  }
  if (steps.percent) t = t.str.replace(String.raw`^(.*\d)\s*%$`, "${1}");
  if (steps.negative) t = t.str.replace(String.raw`^(\d(?:.*\d)?)\s*-$`, "-${1}");
  if (!steps.groups) return t;
  return pl.when(t.str.contains(GROUPED)).then(t.str.replaceAll(GROUP_CHARS, "")).otherwise(t);
}

/** The currency mark of a cell, as written (`"€"`, `"Rp"`, `"usd"`), or null. */
export function currencyMark(c: pl.Expr): pl.Expr {
  return c.str.extract(String.raw`^[+(-]?\s*(${MARK})`, 1)
    .fillNull(c.str.extract(String.raw`(${MARK})\s*[)-]?$`, 1));
}

/** The currencies a symbol shared by several may stand for. */
const SHARED: Readonly<Record<string, readonly string[]>> = {
  "$": ["USD", "CAD", "AUD", "NZD", "MXN", "ARS", "COP", "CLP", "SGD", "HKD", "TWD"],
  "¥": ["JPY", "CNY"],
};

/**
 * The ISO 4217 code of a column's currency marks, or `undefined` when they name no currency
 * alone (`$`, `¥`) or several (`mixed` then lists them: `$` with `£` is mixed, `$` with `USD`
 * is USD).
 */
export function currencyOf(marks: readonly string[]): { currency?: string; mixed?: string[] } {
  const codes = new Set<string>();
  const shared = new Set<string>();
  for (const m of marks) {
    const key = m.toLowerCase();
    const code = key in SYMBOLS ? SYMBOLS[key] : key.toUpperCase();
    if (code === null) shared.add(m);
    else if (code in MINOR_UNITS) codes.add(code);
  }
  const fits = [...shared].every((m) => [...codes].every((c) => SHARED[m]?.includes(c)));
  if (codes.size === 1 && fits) return { currency: [...codes][0] };
  return codes.size > 1 || !fits ? { mixed: [...shared, ...codes].sort() } : {};
}

/**
 * Whether no amount written with these currency marks has 3 decimals: every mark names
 * currencies whose amounts have 0 or 2 in practice (`€`, `Rp`, `USD`, and `$` and `¥`, whose
 * currencies all do); false for none, for a 3-decimal currency (BHD, KWD, ...) or an unknown mark.
 */
export function noThreeDecimals(marks: readonly string[]): boolean {
  if (marks.length === 0) return false;
  return marks.every((m) => {
    const key = m.toLowerCase();
    const code = key in SYMBOLS ? SYMBOLS[key] : key.toUpperCase();
    const codes = code === null ? SHARED[m] ?? [] : [code];
    return codes.length > 0 && codes.every((c) => MINOR_UNITS[c] === 0 || MINOR_UNITS[c] === 2);
  });
}

/** What a column's values say about its decimal mark, counted over every value. */
export interface MarkCounts {
  /** Values that read as a number only with this decimal mark (`12.5`, `1.234,5`, `1.234.567`). */
  readonly only: Readonly<Record<Mark, number>>;
  /** Values that read both ways, with one mark followed by exactly 3 digits (`30.663`, `1,250`). */
  readonly both: Readonly<Record<Mark, number>>;
  /** Values that read as a number with this decimal mark (integers count for both). */
  readonly fits: Readonly<Record<Mark, number>>;
}

/** Why a column's decimal mark is what it is (see {@linkcode chooseDecimal}). */
export type DecimalChoice =
  | { readonly decimal: Mark; readonly why: "asked" }
  | { readonly decimal: Mark; readonly why: "column" }
  | { readonly decimal: Mark; readonly why: "majority" }
  | {
    readonly decimal: Mark;
    readonly why: "currency";
    readonly mark: Mark;
    /** The currency as the notes cite it: its ISO code, or the marks as written (`"$"`). */
    readonly currency: string;
  }
  | { readonly decimal: Mark; readonly why: "file"; readonly mark: Mark; readonly columns: readonly string[] }
  | { readonly decimal: Mark; readonly why: "written" }
  | { readonly decimal: Mark; readonly why: "no-mark" }
  | { readonly decimal: Mark; readonly why: "ambiguous"; readonly marks: readonly Mark[] };

/** The facts besides the column's own values that {@linkcode chooseDecimal} may use. */
export interface DecimalContext {
  /** The mark the user gave for this column (`decimal`, or implied by `thousands`). */
  readonly asked: Mark | undefined;
  /** The column's currency marks as written (`"€"`, `"Rp"`, `"$"`): none for a column without. */
  readonly marks: readonly string[];
  /** The other number columns of the file whose values show one decimal mark only, by that mark (asked for only when needed). */
  readonly fileMarks: () => Readonly<Record<Mark, readonly string[]>>;
  /** The mark of numbers the loader wrote itself (a workbook's number cells, written with `.`), if any. */
  readonly written: Mark | undefined;
  /** The mark recorded for a column whose values show none (the dialect's). */
  readonly fallback: Mark;
}

/**
 * The decimal mark of a number column, from strong evidence only, over all its values:
 *
 * 1. the mark the user gave (`decimal`, per column or for the file);
 * 2. the column's own values, where some read as numbers with one mark only: two group marks
 *    (`1.234.567` → `,`), both marks in one value (`1.234,50` → `,`), a mark followed by other
 *    than exactly 3 digits (`12.5` → `.`), or a lone `0` before the mark (`0.663` → `.`); when
 *    values say both, the more common mark (the others are then bad values);
 * 3. otherwise every mark in the column is followed by exactly 3 digits (`30.663`, `1,250`),
 *    which reads both ways. Then, where all such values use one mark: the column's currency
 *    marks (amounts in EUR, USD, GBP, ... have 2 decimals and those in IDR, JPY, KRW, CLP, VND
 *    none, so a mark followed by 3 digits groups thousands; `$` and `¥` too, as every currency
 *    they stand for does; BHD, KWD, OMR, JOD, TND have 3 decimals, so their marks decide
 *    nothing); else the file's other number columns, when all those that
 *    show a decimal mark show the same one (a column of `14.30` times does not count); else, in a workbook, the
 *    mark the loader wrote its number cells with (`.`);
 * 4. a column where no value shows a mark gets `fallback` (nothing to decide);
 * 5. anything else is `"ambiguous"`: the caller stops and asks (the delimiter, the dates and
 *    the language of a file are not strong enough to decide).
 */
export function chooseDecimal(counts: MarkCounts, context: DecimalContext): DecimalChoice {
  const { only, both, fits } = counts;
  if (context.asked !== undefined) return { decimal: context.asked, why: "asked" };
  if (only["."] > 0 && only[","] === 0) return { decimal: ".", why: "column" };
  if (only[","] > 0 && only["."] === 0) return { decimal: ",", why: "column" };
  if (only["."] > 0 && only[","] > 0) {
    const decimal = fits["."] === fits[","] ? context.fallback : fits["."] > fits[","] ? "." : ",";
    return { decimal, why: "majority" };
  }
  const marks = ["." as const, "," as const].filter((m) => both[m] > 0);
  if (marks.length === 0) return { decimal: context.fallback, why: "no-mark" };
  if (marks.length === 2) return { decimal: context.fallback, why: "ambiguous", marks };
  const mark = marks[0];
  if (noThreeDecimals(context.marks)) {
    const currency = currencyOf(context.marks).currency ?? context.marks.join(", ");
    return { decimal: otherMark(mark), why: "currency", mark, currency };
  }
  const { ".": dot, ",": comma } = context.fileMarks();
  if (dot.length > 0 && comma.length === 0) return { decimal: ".", why: "file", mark, columns: dot };
  if (comma.length > 0 && dot.length === 0) return { decimal: ",", why: "file", mark, columns: comma };
  if (context.written !== undefined) return { decimal: context.written, why: "written" };
  return { decimal: context.fallback, why: "ambiguous", marks };
}

/** A number's text (after {@linkcode numberText}) read with `decimal`, as JavaScript would: for examples in messages. */
export function readWith(text: string, decimal: Mark): number {
  const t = decimal === "." ? text.replaceAll(",", "") : text.replaceAll(".", "").replace(",", ".");
  return Number(t.replace(/^\+/, ""));
}
