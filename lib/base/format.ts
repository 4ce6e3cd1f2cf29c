/**
 * Private: numbers written the way each language reads them.
 *
 * @module
 */
import type { Lang } from "./types.ts";

const LOCALES: Readonly<Record<Lang, string>> = { en: "en-US", es: "es-ES", id: "id-ID" };

/** A number for prose: whole units from 100 up, else 3 significant digits; "n/a" if not finite. */
export function formatNumber(v: number, lang: Lang): string {
  if (!Number.isFinite(v)) return "n/a";
  const opts: Intl.NumberFormatOptions = Math.abs(v) >= 100
    ? { maximumFractionDigits: 0 }
    : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(LOCALES[lang], opts).format(v);
}
