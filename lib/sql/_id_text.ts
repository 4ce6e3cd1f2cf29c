/** Private: customer ids as text, normalised as `idAsText` (lib/base/frame.ts) where the engine can. */
import type { DialectParts } from "./dialect.ts";

/** A whole number written with a zero fraction, `1000.0` (no backslash: every dialect's literal reads it alike). */
const ZERO_FRACTION = "-?[0-9]+[.]0+";

/**
 * An id column as normalised text: cast to text, Unicode NFC where the engine has it, trimmed,
 * blank = missing, and a zero fraction of a numeric-looking id removed (`1000.0` -> `1000`, as a
 * Float id column cast to text gives on some engines).
 */
export function idText(q: DialectParts, column: string): string {
  const cast = `CAST(${column} AS ${q.textType})`;
  const t = `NULLIF(TRIM(${q.nfc ? q.nfc(cast) : cast}), '')`;
  return `CASE WHEN ${q.matches(t, ZERO_FRACTION)} THEN REGEXP_REPLACE(${t}, ${
    q.text("[.]0+$")
  }, '') ELSE ${t} END`;
}
