// Private (dashboard, runs in the browser): words and numbers for the reader, and the order of cells.

/**
 * Fill `{name}` marks in a sentence; a mark without a value stays as it is.
 *
 * @param text The sentence, e.g. `"Page {page} of {pages}"`.
 * @param values The values by name.
 * @returns The sentence with its marks filled.
 */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * A cell as the table shows it: numbers in the report's language (at most 2 decimals, non-finite
 * as empty), empty cells as empty text, anything else as its text.
 *
 * @param nf The report's number format.
 * @returns The formatter.
 */
export function cellFormatter(nf: Intl.NumberFormat): (v: unknown) => string {
  return (v) =>
    typeof v === "number"
      ? (Number.isFinite(v) ? nf.format(v) : "")
      : v === null || v === undefined
      ? ""
      : String(v);
}

/** Whether a cell is empty: `null`, `undefined` or `""`. */
export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * The order of two cells: numbers by value, anything else by `collator` (numeric collation, so
 * "C2" comes before "C10"), empty cells after the rest.
 *
 * @param collator The report language's collator.
 * @returns A comparison function for `Array.prototype.sort`.
 */
export function cellComparer(collator: Intl.Collator): (a: unknown, b: unknown) => number {
  return (a, b) => {
    const an = isEmptyCell(a), bn = isEmptyCell(b);
    if (an || bn) return an && bn ? 0 : an ? 1 : -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return collator.compare(String(a), String(b));
  };
}
