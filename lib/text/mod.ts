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
import type { Lang, Warning } from "../base/types.ts";
import { formatNumber } from "../base/format.ts";
import type { Shape } from "./_shape.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { id } from "./id.ts";

export { parseLang, tr, type Translations } from "../base/i18n.ts";

/** The words of one language: the shape of `en.ts`. */
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
 * Formats: `raw`, `int`, `f1`, `f2`, `f3`, `pct0`, `pct1`, `date`, `q`, `fx2`, `list6`.
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
