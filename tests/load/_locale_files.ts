/**
 * Test helper: a fast-check generator of invoice and customer files written in random locale
 * conventions for NUMBERS (decimal and thousands marks, currency marks before or after, spaces
 * and no-break spaces, negatives, percents), encodings (UTF-8, latin-1/Windows-1252), line
 * ends and delimiters, with the values each number cell stands for. Dates are ISO
 * (`YYYY-MM-DD`) so that only numbers vary; reuse it and add date conventions alongside.
 *
 * @module
 */
import fc from "fast-check";

/** A decimal or thousands mark. */
export type Mark = "." | ",";

/** How one file writes numbers. */
export interface NumberLocale {
  readonly decimal: Mark;
  /** Digit-group separator, `""` for none. */
  readonly thousands: "" | "." | "," | " " | "\u00a0" | "\u202f" | "'" | "\u2019";
  /** How a negative is written: `-12.50`, `(12.50)` or `12.50-`. */
  readonly negative: "minus" | "parentheses" | "trailing";
}

/** A currency mark and where it goes. */
export interface CurrencyMark {
  /** As written in the cells (`"€"`, `"Rp"`, `"USD"`). */
  readonly mark: string;
  /** ISO 4217 code the reader should record, or `undefined` for a shared symbol (`$`). */
  readonly iso: string | undefined;
  /** Decimals amounts in that currency have in practice. */
  readonly minor: number;
  readonly before: boolean;
  /** Between the mark and the number: `""`, a space or a no-break space. */
  readonly gap: "" | " " | "\u00a0";
}

/** One column of a generated file. */
export interface GeneratedColumn {
  readonly name: string;
  /** What each cell stands for: a number (exact, as `Number` reads its decimal text), text, a date `YYYY-MM-DD`, or `null` for an empty cell. */
  readonly values: readonly (number | string | null)[];
  /** What the column holds. */
  readonly kind: "number" | "date" | "text";
  /** For a money column: the ISO code the reader should find. */
  readonly currency?: string | undefined;
  /** For a percent column. */
  readonly percent?: boolean;
}

/** A generated file: its bytes and what it holds. */
export interface LocaleFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly locale: NumberLocale;
  readonly delimiter: "," | ";" | "\t" | "|";
  readonly lineEnd: "\n" | "\r\n";
  readonly encoding: "utf-8" | "latin-1";
  readonly columns: readonly GeneratedColumn[];
  /** The file as text, for messages when a property fails. */
  readonly text: string;
}

/** The currencies the generator writes, with their marks. */
const CURRENCIES: readonly { mark: string; iso: string | undefined; minor: number }[] = [
  { mark: "€", iso: "EUR", minor: 2 },
  { mark: "EUR", iso: "EUR", minor: 2 },
  { mark: "Rp", iso: "IDR", minor: 0 },
  { mark: "IDR", iso: "IDR", minor: 0 },
  { mark: "$", iso: undefined, minor: 2 },
  { mark: "USD", iso: "USD", minor: 2 },
  { mark: "£", iso: "GBP", minor: 2 },
  { mark: "CHF", iso: "CHF", minor: 2 },
  { mark: "MXN", iso: "MXN", minor: 2 },
  { mark: "KWD", iso: "KWD", minor: 3 },
];

/**
 * A number written in `locale`: `units / 10^decimals`, its digits grouped by 3 with the
 * thousands mark, and the decimal mark before the last `decimals` digits.
 */
export function writeNumber(units: bigint, decimals: number, locale: NumberLocale): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const grouped = locale.thousands === "" ? whole : whole.replace(/\B(?=(\d{3})+$)/g, locale.thousands);
  return (grouped + (decimals > 0 ? locale.decimal + fraction : "")) + (negative ? "-" : "");
}

/** The value a written number stands for, exactly as JavaScript reads its decimal text. */
export function valueOf(units: bigint, decimals: number): number {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0");
  const text = decimals > 0
    ? `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`
    : digits;
  return Number((negative ? "-" : "") + text);
}

/** A written number (from {@linkcode writeNumber}, a trailing `-` for a negative) with its sign in the locale's style and its currency mark. */
function dress(written: string, locale: NumberLocale, currency: CurrencyMark | undefined): string {
  const negative = written.endsWith("-");
  const number = negative ? written.slice(0, -1) : written;
  const withMark = currency === undefined
    ? number
    : currency.before
    ? currency.mark + currency.gap + number
    : number + (currency.gap === "" ? " " : currency.gap) + currency.mark;
  if (!negative) return withMark;
  switch (locale.negative) {
    case "minus":
      return currency !== undefined && currency.before ? `-${withMark}` : `-${withMark}`;
    case "parentheses":
      return `(${withMark})`;
    case "trailing":
      return currency === undefined || currency.before ? `${withMark}-` : `${number}- ${currency.mark}`;
  }
}

/** The specification of one number column before its values are drawn. */
interface NumberSpec {
  readonly decimals: number;
  readonly currency: CurrencyMark | undefined;
  readonly percent: boolean;
  readonly negatives: boolean;
  /** Largest magnitude in units (before the decimals). */
  readonly scale: number;
}

const localeArb: fc.Arbitrary<NumberLocale> = fc.constantFrom<Mark>(".", ",").chain((decimal) =>
  fc.record({
    decimal: fc.constant(decimal),
    thousands: fc.constantFrom<NumberLocale["thousands"]>(
      "",
      decimal === "." ? "," : ".",
      " ",
      "\u00a0",
      "\u202f",
      "'",
      "\u2019",
    ),
    negative: fc.constantFrom<NumberLocale["negative"]>("minus", "parentheses", "trailing"),
  })
);

const currencyArb: fc.Arbitrary<CurrencyMark | undefined> = fc.option(
  fc.record({
    c: fc.constantFrom(...CURRENCIES),
    before: fc.boolean(),
    gap: fc.constantFrom<CurrencyMark["gap"]>("", " ", "\u00a0"),
  }).map(({ c, before, gap }) => ({ ...c, before, gap })),
  { nil: undefined },
);

/** A money column's spec: amounts have the currency's decimals, or none (whole euros). */
const moneyArb: fc.Arbitrary<NumberSpec> = fc.record({
  currency: currencyArb,
  whole: fc.boolean(),
  negatives: fc.boolean(),
  scale: fc.constantFrom(999, 99_999, 9_999_999),
}).chain(({ currency, whole, negatives, scale }) =>
  (currency === undefined ? fc.integer({ min: 0, max: 3 }) : fc.constant(whole ? 0 : currency.minor)).map((
    decimals,
  ) => ({ decimals, currency, percent: false, negatives, scale }))
);

const percentArb: fc.Arbitrary<NumberSpec> = fc.integer({ min: 0, max: 2 }).map((decimals) => ({
  decimals,
  currency: undefined,
  percent: true,
  negatives: false,
  scale: 100,
}));

/** Draw `rows` cells of a number column, a few of them empty. */
function numberColumn(name: string, spec: NumberSpec, locale: NumberLocale, rows: number) {
  const factor = 10 ** spec.decimals;
  return fc.array(
    fc.option(fc.integer({ min: spec.negatives ? -spec.scale * factor : 0, max: spec.scale * factor }), {
      nil: null,
      freq: 8,
    }),
    { minLength: rows, maxLength: rows },
  ).map((units) => {
    const cells = units.map((u) => {
      if (u === null) return "";
      const written = writeNumber(BigInt(u), spec.decimals, locale);
      return spec.percent ? `${written}%` : dress(written, locale, spec.currency);
    });
    const column: GeneratedColumn = {
      name,
      values: units.map((u) => u === null ? null : valueOf(BigInt(u), spec.decimals)),
      kind: "number" as const,
      ...(spec.currency?.iso !== undefined ? { currency: spec.currency.iso } : {}),
      ...(spec.percent ? { percent: true } : {}),
    };
    return { column, cells };
  });
}

/** Windows-1252 bytes of `text`, or `null` when a character has none (U+202F). */
function windows1252(text: string): Uint8Array | null {
  const special: Record<string, number> = { "€": 0x80, "\u2019": 0x92 };
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = special[ch] ?? ch.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0 && special[ch] === undefined)) return null;
    out[i] = code;
  }
  return out;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * A random invoice file (invoice, customer, ISO date, amount, quantity) or customer file
 * (customer, spend, balance, a percent rate), in random number conventions, encodings, line
 * ends and delimiters, with the values it holds.
 */
export function localeFileArbitrary(): fc.Arbitrary<LocaleFile> {
  return fc.record({
    locale: localeArb,
    kind: fc.constantFrom("invoices", "customers"),
    delimiter: fc.constantFrom<LocaleFile["delimiter"]>(",", ";", "\t", "|"),
    lineEnd: fc.constantFrom<LocaleFile["lineEnd"]>("\n", "\r\n"),
    latin1: fc.boolean(),
    rows: fc.integer({ min: 2, max: 12 }),
    a: moneyArb,
    b: moneyArb,
    pct: percentArb,
  }).chain(({ locale, kind, delimiter, lineEnd, latin1, rows, a, b, pct }) => {
    const ids = Array.from({ length: rows }, (_, i) => `C${100 + i}`);
    const text = (
      name: string,
      values: string[],
      kind: "text" | "date" = "text",
    ): { column: GeneratedColumn; cells: string[] } => ({ column: { name, values, kind }, cells: values });
    const parts = kind === "invoices"
      ? [
        fc.constant(text("invoice", ids.map((_, i) => `INV-${5000 + i}`))),
        fc.constant(text("customer", ids)),
        fc.constant(text("date", ids.map((_, i) => `2021-0${1 + (i % 9)}-1${i % 10}`), "date")),
        numberColumn("amount", a, locale, rows),
        numberColumn("quantity", { ...b, currency: undefined, negatives: false }, locale, rows),
      ]
      : [
        fc.constant(text("customer", ids)),
        numberColumn("spend", a, locale, rows),
        numberColumn("balance", b, locale, rows),
        numberColumn("rate", pct, locale, rows),
      ];
    return fc.tuple(...parts).map((columns) => {
      const header = columns.map((c) => c.column.name);
      const lines = [header.join(delimiter)];
      for (let r = 0; r < rows; r++) {
        lines.push(columns.map((c) => quote(c.cells[r], delimiter)).join(delimiter));
      }
      const body = lines.join(lineEnd) + lineEnd;
      const cp1252 = latin1 ? windows1252(body) : null;
      return {
        name: `${kind}.csv`,
        bytes: cp1252 ?? new TextEncoder().encode(body),
        locale,
        delimiter,
        lineEnd,
        encoding: cp1252 ? "latin-1" : "utf-8",
        columns: columns.map((c) => c.column),
        text: body,
      } satisfies LocaleFile;
    });
  });
}
