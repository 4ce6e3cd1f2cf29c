/**
 * Picking text in the analyst's language.
 *
 * @module
 */
import type { Lang } from "./types.ts";

/** The same text in every language segmenta speaks. */
export type Translations = { readonly [L in Lang]: string };

/**
 * Fill `{name}` placeholders of the text in `lang`.
 *
 * @param text The text in every language.
 * @param lang The language wanted.
 * @param values Values for the placeholders; a missing one is left as `{name}`.
 * @returns The filled text.
 *
 * @example Spanish with a value
 * ```ts
 * import { tr } from "./i18n.ts";
 * import assert from "node:assert/strict";
 * const t = { en: "{n} customers", es: "{n} clientes", id: "{n} pelanggan" };
 * assert.equal(tr(t, "es", { n: 3 }), "3 clientes");
 * ```
 */
export function tr(
  text: Translations,
  lang: Lang,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return text[lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * Check that a value names a language segmenta speaks.
 *
 * @param value What the user gave (`--lang`, a parameter).
 * @returns The language.
 * @throws {RangeError} If it is not `en`, `es` or `id`.
 *
 * @example
 * ```ts
 * import { parseLang } from "./i18n.ts";
 * import assert from "node:assert/strict";
 * assert.equal(parseLang("ES"), "es");
 * ```
 */
export function parseLang(value: string): Lang {
  const v = value.trim().toLowerCase();
  if (v === "en" || v === "es" || v === "id") return v;
  throw new RangeError(`Cannot use language "${value}": choose one of "en", "es", "id"`);
}
