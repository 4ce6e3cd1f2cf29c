/**
 * Header names made comparable: normalised, compacted, and a distance between two names
 * (used to suggest the closest columns when a wanted one is missing).
 *
 * @module
 */

/** Lower case, accents removed, camelCase split, every run of non-letters one space. */
export function normalizeName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** {@linkcode normalizeName} without spaces: `"N° de factura"` -> `"ndefactura"`. */
export function compactName(name: string): string {
  return normalizeName(name).replace(/ /g, "");
}

/** Levenshtein distance between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Distance in [0, 1] between two header names after normalisation (0 = same name). */
export function nameDistance(a: string, b: string): number {
  const x = compactName(a), y = compactName(b);
  if (x === y) return 0;
  if (x.length === 0 || y.length === 0) return 1;
  const d = levenshtein(x, y) / Math.max(x.length, y.length);
  // A name inside the other ("MINIMUM_PAYMENTS" for "payments") is close whatever its length.
  if (x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x))) return Math.min(d, 0.3);
  return d;
}
