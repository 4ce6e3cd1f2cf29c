/**
 * Numbers, money, shares and column names as a reader of each language reads them: every number
 * through `Intl` for the language's locale (`en-US`, `es-ES`, `id-ID`), money with its currency
 * (the Indonesian rupiah as "Rp"), and the columns segmenta makes under their names in the text
 * layer.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { id } from "./id.ts";

const LOCALES: Readonly<Record<Lang, string>> = { en: "en-US", es: "es-ES", id: "id-ID" };
const NAMES = { en: en.report, es: es.report, id: id.report } as const;

/**
 * The `Intl` locale of a language.
 *
 * @param lang `"en"`, `"es"` or `"id"`.
 * @returns `"en-US"`, `"es-ES"` or `"id-ID"`.
 *
 * @example
 * ```ts
 * import { numberLocale } from "./format.ts";
 * import assert from "node:assert/strict";
 * assert.equal(new Intl.NumberFormat(numberLocale("es")).format(12345.5), "12.345,5");
 * ```
 */
export function numberLocale(lang: Lang): string {
  return LOCALES[lang];
}

/** A currency code checked by `Intl` (ISO 4217, upper case), or `undefined` when it is not one. */
function knownCurrency(currency: string | undefined): string | undefined {
  if (currency === undefined) return undefined;
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  try {
    new Intl.NumberFormat("en-US", { style: "currency", currency: code });
    return code;
  } catch {
    return undefined;
  }
}

/**
 * An amount of money with its currency, written for the language: `12.345,68 €` in Spanish,
 * `Rp 12.345` in Indonesian (the rupiah has no decimals), `$12,345.68` in English. Without a
 * (valid) currency, the number alone with at most 2 decimals. Not finite: "–".
 *
 * @param value The amount.
 * @param lang The reader's language.
 * @param currency ISO 4217 code (`"EUR"`, `"IDR"`), e.g. from `--currency` or detected in the file.
 * @returns The amount as text.
 *
 * @example Euros in Spanish, rupiah in Indonesian
 * ```ts
 * import { formatMoney } from "./format.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatMoney(12345.678, "es", "EUR"), "12.345,68\u00a0€");
 * assert.equal(formatMoney(12345678, "id", "IDR"), "Rp\u00a012.345.678");
 * assert.equal(formatMoney(12345.678, "en"), "12,345.68");
 * ```
 */
export function formatMoney(value: number, lang: Lang, currency?: string): string {
  if (!Number.isFinite(value)) return "–";
  const code = knownCurrency(currency);
  if (code === undefined) {
    return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
  }
  const digits = code === "IDR" ? 0 : undefined;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "currency",
    currency: code,
    currencyDisplay: "narrowSymbol",
    ...(digits !== undefined ? { minimumFractionDigits: digits, maximumFractionDigits: digits } : {}),
  }).format(value);
}

/**
 * The symbol a reader of the language knows a currency by (`€`, `Rp`, `$`), for table headers
 * and axis labels; `undefined` without a valid currency.
 *
 * @param currency ISO 4217 code.
 * @param lang The reader's language.
 * @returns The symbol.
 *
 * @example
 * ```ts
 * import { currencySymbol } from "./format.ts";
 * import assert from "node:assert/strict";
 * assert.equal(currencySymbol("IDR", "id"), "Rp");
 * assert.equal(currencySymbol("EUR", "es"), "€");
 * assert.equal(currencySymbol("nope", "es"), undefined);
 * ```
 */
export function currencySymbol(currency: string | undefined, lang: Lang): string | undefined {
  const code = knownCurrency(currency);
  if (code === undefined) return undefined;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "currency",
    currency: code,
    currencyDisplay: "narrowSymbol",
  })
    .formatToParts(1).find((p) => p.type === "currency")?.value;
}

/**
 * A share (0..1) as a percentage with one decimal in the language's format; a share above 0 that
 * would round to 0 is written "<0.1 %" (so a small country never reads as none). Not finite: "–".
 *
 * @param share The share, from 0 to 1.
 * @param lang The reader's language.
 * @returns The percentage as text.
 *
 * @example
 * ```ts
 * import { formatShare } from "./format.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatShare(0.9123, "es"), "91,2\u00a0%");
 * assert.equal(formatShare(0.0002, "es"), "<0,1 %");
 * assert.equal(formatShare(0, "en"), "0.0%");
 * ```
 */
export function formatShare(share: number, lang: Lang): string {
  if (!Number.isFinite(share)) return "–";
  if (share > 0 && share < 0.0005) return NAMES[lang].belowTenth;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/**
 * A number for an axis tick or a chart label: the language's digits and marks, at most 3
 * significant digits, and large numbers in the locale's short form (`11,2 M`, `150 rb`, `2.5M`);
 * never scientific notation.
 *
 * @param value The number.
 * @param lang The reader's language.
 * @returns The label.
 *
 * @example
 * ```ts
 * import { formatTickValue } from "./format.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatTickValue(11234567, "es"), "11,2\u00a0M");
 * assert.equal(formatTickValue(0.25, "id"), "0,25");
 * assert.equal(formatTickValue(2000, "en"), "2,000");
 * assert.equal(formatTickValue(-0.5, "es"), "\u22120,5");
 * ```
 */
export function formatTickValue(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return "";
  const big = Math.abs(value) >= 1e5;
  const text = new Intl.NumberFormat(LOCALES[lang], {
    ...(big ? { notation: "compact" as const, maximumSignificantDigits: 3 } : {}),
    ...(!big && Math.abs(value) >= 1 ? { maximumFractionDigits: 2 } : {}),
    ...(!big && Math.abs(value) < 1 ? { maximumSignificantDigits: 3 } : {}),
  }).format(value);
  // the typographic minus, as Plot writes its own ticks
  return text.replace(/^-/, "\u2212");
}

/** A column segmenta makes, as the report shows it. */
type ColumnName = keyof typeof en.report.columnNames;

/**
 * The name a reader sees for a column or feature segmenta makes (`recency_days` is "recencia
 * (días)" in Spanish, `monetary` "nilai belanja" in Indonesian); the user's own column names are
 * shown as they are.
 *
 * @param column The column's code or the user's header.
 * @param lang The reader's language.
 * @returns The display name.
 *
 * @example
 * ```ts
 * import { columnLabel } from "./format.ts";
 * import assert from "node:assert/strict";
 * assert.equal(columnLabel("recency_days", "es"), "recencia (días)");
 * assert.equal(columnLabel("Monto", "es"), "Monto");
 * ```
 */
export function columnLabel(column: string, lang: Lang): string {
  const names: Readonly<Record<string, string>> = NAMES[lang].columnNames;
  if (Object.hasOwn(names, column)) return names[column as ColumnName]!;
  const value = /^(expected_purchases|clv)_(\d+)m$/.exec(column);
  if (value) {
    const t = value[1] === "clv" ? NAMES[lang].clvColumn : NAMES[lang].expectedPurchasesColumn;
    return t.replace("{h:raw}", value[2]!);
  }
  return column;
}

/**
 * A header or label with its unit or currency symbol: "gasto (€)", "kebaruan (hari)".
 *
 * @param label The name (already for the language).
 * @param unit The unit's or currency's text; none: the label alone.
 * @param lang The reader's language.
 * @returns The label with its unit.
 */
export function withUnit(label: string, unit: string | undefined, lang: Lang): string {
  return unit ? NAMES[lang].withUnit.replace("{label}", label).replace("{unit}", unit) : label;
}
