/**
 * The text layer: every word segmenta shows a reader (report, CLI, app, notebooks), in English,
 * Spanish and Indonesian, in one module per language (`en.ts`, `es.ts`, `id.ts`, same keys).
 * Computations return numbers, labels and typed codes ({@linkcode Warning}); this layer turns
 * them into sentences for one language. Nothing falls back to English: a missing key is a type
 * error, and an unknown warning code or a missing value throws.
 *
 * @example A warning in Spanish, its numbers written as a Spanish reader reads them
 * ```ts
 * import { warningText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const w = { code: "dbscan-one-cluster", n: 1200, eps: 0.5 };
 * assert.equal(
 *   warningText(w, "es"),
 *   "DBSCAN reunió las 1200 filas en un solo grupo con eps = 0,5: reduzca eps para separar grupos (el codo de la curva de k-distancias sugiere un eps)",
 * );
 * ```
 *
 * @module
 */
import type { ExampleValue, Lang, LedgerEntry, LedgerExample, Note, Warning } from "../base/types.ts";
import type { InputProblem } from "../base/errors.ts";
import { formatNumber } from "../base/format.ts";
import { showValue } from "../base/frame.ts";
import type { InputError } from "../base/errors.ts";
import type { KindDecision } from "../load/detect_kind.ts";
import type { Log1pColumnsResult } from "../scale/log1p_columns.ts";
import type { Shape } from "./_shape.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { id } from "./id.ts";

export { parseLang, tr, type Translations } from "../base/i18n.ts";
export {
  columnLabel,
  currencySymbol,
  formatMoney,
  formatShare,
  formatTickValue,
  numberLocale,
  withUnit,
} from "./format.ts";
export type { Shape } from "./_shape.ts";
export { en } from "./en.ts";

/** The words of one language: the keys of the English {@linkcode en}, that language's text as leaves. */
export type Words = Shape<typeof en>;

const WORDS: Readonly<Record<Lang, Words>> = { en, es, id };

const LOCALES: Readonly<Record<Lang, string>> = { en: "en-US", es: "es-ES", id: "id-ID" };

/**
 * The words of a language.
 *
 * @param lang `"en"`, `"es"` or `"id"`.
 * @returns Every text of that language, by section.
 */
export function words(lang: Lang): Words {
  return WORDS[lang];
}

/** A value a template can cite. */
export type TextValue = string | number | boolean | Date | readonly (string | number)[] | undefined;

function fixed(v: number, digits: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(v);
}

/** The formats a placeholder can ask for after a colon: `{share:pct1}`. */
const FORMATS: Readonly<Record<string, (v: TextValue, lang: Lang) => string>> = {
  /** As JavaScript writes it, no locale. */
  raw: (v) => String(v),
  /** A whole number with the locale's digit grouping. */
  int: (v, lang) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(Number(v)),
  /** 1, 2 or 3 decimals with the locale's decimal mark, no grouping (English matches `toFixed`). */
  f1: (v, lang) => fixed(Number(v), 1, lang),
  f2: (v, lang) => fixed(Number(v), 2, lang),
  f3: (v, lang) => fixed(Number(v), 3, lang),
  /** A share (0..1) as a percentage number with 0 or 1 decimals; the template writes the `%`. */
  pct0: (v, lang) => fixed(100 * Number(v), 0, lang),
  pct1: (v, lang) => fixed(100 * Number(v), 1, lang),
  /** A date (or epoch ms) as `YYYY-MM-DD`, in UTC. */
  date: (v) => new Date(v instanceof Date ? v.getTime() : Number(v)).toISOString().slice(0, 10),
  /** Quoted: `"a"`, or a list `"a", "b"`. */
  q: (v) => (Array.isArray(v) ? v : [v]).map((x) => `"${x}"`).join(", "),
  /** A count: as JavaScript writes it in English, as {@linkcode formatNumber} writes it otherwise. */
  count: (v, lang) => (lang === "en" ? String(v) : formatNumber(Number(v), lang)),
  /** A measured value (a median, a constant): 2 decimals (3 significant digits below 1) in the locale's mark, English ungrouped; not a number: as a ledger example shows it. */
  measure: (v, lang) => measure(v, lang),
  /** Quoted as JSON strings: `"a", "b"` (a quote inside is escaped). */
  json: (v) => (Array.isArray(v) ? v : [v]).map((x) => JSON.stringify(x)).join(", "),
  /**
   * `toFixed(2)` with the locale's decimal mark. Unlike `f2` it rounds the binary value as
   * `toFixed` does (1.005 → "1.00"), so texts that always used `toFixed(2)` keep their digits.
   */
  fx2: (v, lang) => decimalMark(Number(v).toFixed(2), lang),
  /**
   * A list of numbers: English writes each as `+v.toPrecision(6)` joined by ", "; languages with a
   * decimal comma write each by {@linkcode formatNumber}, joined by "; ".
   */
  list6: (v, lang) => {
    const xs = (Array.isArray(v) ? v : [v]).map(Number);
    return lang === "en"
      ? xs.map((x) => `${+x.toPrecision(6)}`).join(", ")
      : xs.map((x) => formatNumber(x, lang)).join("; ");
  },
};

/** A number written with "." in the locale's decimal mark. */
function decimalMark(text: string, lang: Lang): string {
  const mark =
    new Intl.NumberFormat(LOCALES[lang]).formatToParts(0.5).find((p) => p.type === "decimal")?.value ?? ".";
  return text.replace(".", mark);
}

/**
 * Fill the `{name}` and `{name:format}` placeholders of a template.
 *
 * Without a format, a number is written by {@linkcode formatNumber} for the language (whole units
 * from 100 up, else 3 significant digits), a list is joined with ", ", anything else as text.
 * Formats: `raw`, `int`, `f1`, `f2`, `f3`, `pct0`, `pct1`, `date`, `q`, `count`, `measure`, `json`, `fx2`, `list6`.
 *
 * @param template The text with placeholders.
 * @param values The facts it cites.
 * @param lang The language the numbers are written in.
 * @returns The sentence.
 * @throws {RangeError} If a placeholder has no value or an unknown format: a sentence never shows
 *   a raw `{name}`.
 *
 * @example
 * ```ts
 * import { fill } from "./mod.ts";
 * import assert from "node:assert/strict";
 * assert.equal(fill("{n} filas ({share:pct1} %)", { n: 12500, share: 0.1234 }, "es"), "12.500 filas (12,3 %)");
 * ```
 */
export function fill(template: string, values: Readonly<Record<string, TextValue>>, lang: Lang): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (_m, name: string, format: string | undefined) => {
    if (!(name in values) || values[name] === undefined) {
      throw new RangeError(`Cannot fill the text "${template}": no value for {${name}}`);
    }
    const v = values[name]!;
    if (format !== undefined) {
      const f = FORMATS[format];
      if (f === undefined) {
        throw new RangeError(`Cannot fill the text "${template}": unknown format "${format}"`);
      }
      return f(v, lang);
    }
    if (typeof v === "number") return formatNumber(v, lang);
    if (Array.isArray(v)) return v.join(", ");
    return String(v);
  });
}

/**
 * A warning in words: the template of its code in `lang`, filled with its facts.
 *
 * @param warning The typed warning a computation returned.
 * @param lang The reader's language.
 * @returns The sentence.
 * @throws {RangeError} If no text has that code (a bug: every code has a text in every language).
 */
export function warningText(warning: Warning, lang: Lang): string {
  const templates: Readonly<Record<string, string>> = WORDS[lang].warnings;
  const template = templates[warning.code];
  if (template === undefined) {
    throw new RangeError(
      `Cannot say warning "${warning.code}" in "${lang}": it has no text; add it to lib/text/`,
    );
  }
  return fill(template, warning as Readonly<Record<string, TextValue>>, lang);
}

function measure(v: TextValue, lang: Lang): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return showValue(v);
  const opts: Intl.NumberFormatOptions = Math.abs(v) >= 1 || v === 0
    ? { maximumFractionDigits: 2 }
    : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(LOCALES[lang], lang === "en" ? { ...opts, useGrouping: false } : opts).format(
    v,
  );
}

/**
 * A ledger entry's reason in words: the template of its `reason` in `lang`, filled with its
 * `facts`. The report, the CLI, the run record and the notebook view say the ledger with it.
 *
 * @param entry A ledger entry from loading or cleaning.
 * @param lang The reader's language.
 * @returns The sentence.
 * @throws {RangeError} If no text has that reason (a bug: every reason has a text in every language).
 *
 * @example A cleaning rule in Spanish
 * ```ts
 * import { ledgerText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const entry = {
 *   step: "clean", reason: "missing-customer", facts: { column: "Cliente" },
 *   action: "removed" as const, rows: 3, examples: [],
 * };
 * assert.equal(ledgerText(entry, "es"), 'Sin ID de cliente en "Cliente"');
 * ```
 */
export function ledgerText(entry: LedgerEntry, lang: Lang): string {
  const templates: Readonly<Record<string, unknown>> = WORDS[lang].ledger;
  const template = templates[entry.reason];
  if (typeof template !== "string") {
    throw new RangeError(
      `Cannot say ledger reason "${entry.reason}" in "${lang}": it has no text; add it to lib/text/`,
    );
  }
  return fill(template, entry.facts, lang);
}

/**
 * Why `detectKind` decided what it did, in words; for a kind forced by the user
 * (`detected` set), what was chosen and what detection said.
 *
 * @param decision The result of `detectKind`, with `detected` when the kind was forced.
 * @param lang The reader's language.
 * @returns The sentence.
 * @throws {RangeError} If a fact the reason cites is missing.
 *
 * @example
 * ```ts
 * import { kindText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const d = { kind: "features" as const, reason: "ids-unique" as const, facts: { n: 1200, column: "id" } };
 * assert.equal(
 *   kindText(d, "en"),
 *   'One row per customer: each of the 1200 customer ids in "id" appears once, though the file has a date and an amount',
 * );
 * assert.match(kindText(d, "es"), /^Una fila por cliente: cada uno de los 1200 ID/);
 * ```
 */
export function kindText(decision: KindDecision, lang: Lang): string {
  const t = WORDS[lang].load.kind;
  const f = decision.facts;
  let text: string;
  if (decision.reason === "missing-roles") {
    const missing = (f.missing as readonly (keyof typeof t)[]).map((m) =>
      fill(t[m], { column: f.date }, lang)
    );
    text = fill(t["missing-roles"], { missing: missing.join(", ") }, lang);
  } else if (decision.reason === "ids-unique") {
    text = fill(t["ids-unique"], f, lang);
  } else {
    const what = fill(f.amount !== undefined ? t.amount : t["quantity-price"], f, lang);
    text = fill(t.transactions, { ...f, what }, lang);
  }
  if (decision.detected === undefined) return text;
  return fill(t.forced, { kind: decision.kind, detected: decision.detected, reason: text }, lang);
}

/**
 * Which columns `log1pColumns` transformed and why, and which skewed ones it left, in words
 * (each column with its skew, 2 decimals).
 *
 * @param result The result of `log1pColumns`.
 * @param lang The reader's language.
 * @returns The sentences.
 *
 * @example
 * ```ts
 * import { log1pText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const r = { transformed: ["amount"], skews: { amount: 3.456 }, mode: "auto" as const, skewThreshold: 1, skewedNegative: [] };
 * assert.equal(log1pText(r, "en"), "log1p applied to amount (3.46): skew above 1.00.");
 * assert.equal(log1pText(r, "es"), "log1p aplicado a amount (3,46): asimetría mayor que 1,00.");
 * ```
 */
export function log1pText(
  result: Pick<Log1pColumnsResult, "transformed" | "skews" | "mode" | "skewThreshold" | "skewedNegative">,
  lang: Lang,
): string {
  const t = WORDS[lang].scale.log1p;
  const list = (names: readonly string[]) =>
    names.map((c) => fill(t.item, { column: c, skew: result.skews[c] }, lang)).join(", ");
  const threshold = result.skewThreshold;
  let text = result.mode === "given"
    ? fill(t.chosen, { list: list(result.transformed) }, lang)
    : result.transformed.length > 0
    ? fill(t.some, { list: list(result.transformed), threshold }, lang)
    : fill(t.none, { threshold }, lang);
  if (result.skewedNegative.length > 0) text += fill(t.negative, { list: list(result.skewedNegative) }, lang);
  return text;
}

export * from "./profile.ts";
export * from "./segment_summary.ts";

/**
 * A loader's note (from `readTable`'s `notes`, a `Dialect`'s `reasons` or `mapRoles`' `notes`)
 * in words: the template of its code in `lang`, filled with its facts and the parts they
 * imply (an example cell, the other sheets of a workbook, the day order, why an encoding).
 *
 * @param note The typed note the loader returned.
 * @param lang The reader's language.
 * @returns The sentence.
 * @throws {RangeError} If no text has that code (a bug: every code has a text in every language).
 *
 * @example How a date column was read, in English and Spanish
 * ```ts
 * import { noteText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const note = {
 *   code: "dates-order-found", column: "Fecha", format: "D/M/YYYY", n: 1, of: 3, dayFirst: true,
 *   exampleValue: "25/02/2021", exampleRow: 3,
 * };
 * assert.equal(
 *   noteText(note, "en"),
 *   'Dates in "Fecha" read as D/M/YYYY: 1 of 3 values fit only day-first (e.g. "25/02/2021" in row 3)',
 * );
 * assert.equal(
 *   noteText(note, "es"),
 *   'Fechas de "Fecha" leídas como D/M/YYYY: 1 de 3 valores solo encajan con el día primero (p. ej., "25/02/2021" en la fila 3)',
 * );
 * ```
 */
export function noteText(note: Note, lang: Lang): string {
  const p = WORDS[lang].load.notes;
  const parts: Record<string, TextValue> = {};
  parts.example = note.exampleRow === undefined
    ? ""
    : fill(p.example, { value: note.exampleValue, row: note.exampleRow }, lang);
  if (Array.isArray(note.others)) {
    parts.others = note.others.length === 0 ? "" : fill(p["other-sheets"], { others: note.others }, lang);
  }
  if (typeof note.role === "string") {
    const roles: Readonly<Record<string, string>> = WORDS[lang].report.roleNames;
    parts.role = Object.hasOwn(roles, note.role) ? roles[note.role]! : note.role;
  }
  if (typeof note.why === "string") parts.why = (p as Readonly<Record<string, string>>)[note.why];
  if (typeof note.delimiter === "string") {
    parts.delimiter = note.delimiter === "\t" ? p.tab : `"${note.delimiter}"`;
  }
  if (typeof note.dayFirst === "boolean") {
    parts.order = note.dayFirst ? p["day-first"] : p["month-first"];
    parts.other = note.dayFirst ? p["month-first"] : p["day-first"];
    parts.flip = String(!note.dayFirst);
  }
  return warningText({ ...note, ...parts } as Warning, lang);
}

/**
 * An input error in words for the reader: when the error carries a typed fact (`error.problem`,
 * e.g. `"decimal-ambiguous"`, or `error.fact`, e.g. `"dates-ambiguous"`), its text in `lang` with the fix for the surface the reader is on
 * (`"cli"`: the command-line flags; `"library"`: the option names; `"app"`: the web app's control,
 * by its label); otherwise its message.
 *
 * @param error An error a loader or a run threw.
 * @param lang The reader's language.
 * @param surface Where the reader gives options: the command line, the library or the web app.
 * @param flags For the command line: its flag for each option, by option name (`{ decimal: "--decimal" }`),
 *   for the errors whose fix is one option (`error.problem`, said by {@linkcode problemText}).
 * @returns The message.
 * @throws {RangeError} If the fact's code has no text (a bug: every code has a text in every language).
 *
 * @example Ambiguous dates, for a CLI user in Spanish
 * ```ts
 * import { inputErrorText } from "./mod.ts";
 * import { InputError } from "../base/errors.ts";
 * import assert from "node:assert/strict";
 * const fact = {
 *   code: "dates-ambiguous", file: "v.csv", column: "Fecha", values: ["04/03/2021"], rows: [2],
 *   asDayFirst: ["2021-03-04"], asMonthFirst: ["2021-04-03"], format: "%d/%m/%Y",
 * };
 * const e = new InputError("...", { file: "v.csv", column: "Fecha" }, fact);
 * assert.match(inputErrorText(e, "es", "cli"), /vuelva a ejecutar con --day-first o --month-first/);
 * assert.match(inputErrorText(e, "en", "library"), /pass dayFirst: true or dayFirst: false/);
 * ```
 */
export function inputErrorText(
  error: InputError,
  lang: Lang,
  surface: "cli" | "library" | "app",
  flags: Readonly<Record<string, string>> = {},
): string {
  if (error.problem !== undefined) {
    const control = surface === "app" ? APP_CONTROLS[error.problem.option] : undefined;
    if (control === undefined) return problemText(error.problem, lang, surface === "cli" ? flags : {});
    const app = WORDS[lang].app;
    return problemWords(error.problem, lang, fill(app.fixChoice, { control: app[control] }, lang));
  }
  const fact = error.fact;
  if (fact === undefined) return error.message;
  if (fact.code !== "dates-ambiguous") return warningText(fact, lang);
  const t = WORDS[lang].load.errors;
  const values = fact.values as readonly string[], rows = fact.rows as readonly number[];
  const asDay = fact.asDayFirst as readonly string[], asMonth = fact.asMonthFirst as readonly string[];
  const examples = values.map((value, k) =>
    fill(t["ambiguous-example"], { value, row: rows[k], dayFirst: asDay[k], monthFirst: asMonth[k] }, lang)
  ).join("; ");
  const fix = surface === "app"
    ? fill(WORDS[lang].app.fixDayOrder, { control: WORDS[lang].app.dayOrder }, lang)
    : fill(surface === "cli" ? t["ambiguous-cli"] : t["ambiguous-library"], fact, lang);
  return warningText({ ...fact, examples, fix }, lang);
}

/** The app's control (its label's key in the words' `app` section) for each read option an error's fix names. */
const APP_CONTROLS: Readonly<Record<string, "decimal" | "dayOrder" | "sheet">> = {
  decimal: "decimal",
  dayFirst: "dayOrder",
  sheet: "sheet",
};

/**
 * The problem of an `InputError` in words, with its fix on the reader's surface: the library's
 * option (`decimal: ","`), or, given the command line's flags by option name, the flag
 * (`--decimal ,`). Numbers in examples are written for the language, without digit groups.
 *
 * @param problem The error's `problem` (`InputError.problem`).
 * @param lang The reader's language.
 * @param flags The command line's flag for each option it has, by option name (`{ decimal: "--decimal" }`); none for library users.
 * @returns The message.
 * @throws {RangeError} If no text has the problem's code (a bug: every code has a text in every language).
 *
 * @example The same problem for a notebook and for the command line
 * ```ts
 * import { problemText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const problem = {
 *   code: "decimal-ambiguous", option: "decimal", values: [",", "."], file: "v.csv", column: "Monto",
 *   examples: ["30.663"], rows: [2], point: [30.663], comma: [30663],
 * };
 * assert.match(problemText(problem, "en"), /is 30\.663 with a decimal point or 30663 with a decimal comma.*decimal: "," or decimal: "\."$/);
 * assert.match(problemText(problem, "es", { decimal: "--decimal" }), /es 30,663 con punto decimal .* indíquelo con --decimal , o --decimal \.$/);
 * ```
 */
export function problemText(
  problem: InputProblem,
  lang: Lang,
  flags: Readonly<Record<string, string>> = {},
): string {
  const t = WORDS[lang].load.ambiguous;
  const flag = flags[problem.option];
  const fix = problem.values.map((v) => flag === undefined ? `${problem.option}: "${v}"` : `${flag} ${v}`)
    .join(` ${t.or} `);
  return problemWords(problem, lang, fix);
}

/** {@linkcode problemText} with its fix already in words. */
function problemWords(problem: InputProblem, lang: Lang, fix: string): string {
  const t = WORDS[lang].load.ambiguous;
  const parts: Record<string, TextValue> = { fix };
  if (problem.code === "decimal-ambiguous") {
    const plain = new Intl.NumberFormat(LOCALES[lang], { useGrouping: false, maximumFractionDigits: 20 });
    const at = (key: string, k: number) => (problem[key] as readonly (string | number)[])[k];
    parts.examples = (problem.examples as readonly string[]).map((value, k) =>
      fill(t["ambiguous-example"], {
        value,
        row: at("rows", k),
        point: plain.format(Number(at("point", k))),
        comma: plain.format(Number(at("comma", k))),
      }, lang)
    ).join("; ");
  }
  return warningText({ ...problem, ...parts } as Warning, lang);
}

/** A ledger example's value: as {@linkcode showValue} writes it, a number with the language's decimal mark. */
function exampleValueText(value: ExampleValue | undefined, lang: Lang): string {
  if (typeof value !== "number" || lang === "en" || !Number.isFinite(value)) return showValue(value);
  const mark =
    new Intl.NumberFormat(LOCALES[lang]).formatToParts(1.5).find((x) => x.type === "decimal")!.value;
  return String(value).replace(".", mark);
}

/**
 * A ledger example in words: its row, its cells (`column = value`, text quoted, a missing cell
 * `""`), the value an imputed cell got (`→ value`), the row a repeat repeats. In English:
 * `row 12: x = "" → 3`, `row 9 = row 7`; numbers with the language's decimal mark.
 *
 * @param example One of a ledger entry's `examples`.
 * @param lang The reader's language.
 * @returns The example as the ledger table shows it.
 *
 * @example
 * ```ts
 * import { exampleText } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const ex = { row: 12, cells: [{ column: "x", value: null }], filled: 3.5 };
 * assert.equal(exampleText(ex, "en"), 'row 12: x = "" → 3.5');
 * assert.equal(exampleText(ex, "es"), 'fila 12: x = "" → 3,5');
 * ```
 */
export function exampleText(example: LedgerExample, lang: Lang): string {
  const t = WORDS[lang].ledger.example;
  let cells = (example.cells ?? []).map((c) =>
    c.column === undefined
      ? exampleValueText(c.value, lang)
      : `${c.column} = ${exampleValueText(c.value, lang)}`
  ).join(", ");
  if ("filled" in example) cells = `${cells} → ${exampleValueText(example.filled, lang)}`;
  if (example.customer !== undefined) return `${example.customer}: ${cells}`;
  if (example.row === undefined) return cells;
  if (example.first !== undefined) {
    return fill(example.cells === undefined ? t.same : t["row-first"], {
      row: example.row,
      first: example.first,
      cells,
    }, lang);
  }
  return fill(example.cells === undefined ? t.row : t["row-cells"], { row: example.row, cells }, lang);
}

/**
 * A ledger entry's examples in words, joined with `"; "` as the ledger table shows them.
 *
 * @param entry A ledger entry.
 * @param lang The reader's language.
 * @returns The examples, or `""` when it has none.
 */
export function examplesText(entry: Pick<LedgerEntry, "examples">, lang: Lang): string {
  return entry.examples.map((e) => exampleText(e, lang)).join("; ");
}
