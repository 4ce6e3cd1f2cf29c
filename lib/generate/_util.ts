/**
 * Helpers shared by the matrix generators.
 *
 * @module
 */

/** Check a matrix size. */
export function checkSize(n: number, d: number, what: string): void {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(d) || d < 1) {
    throw new RangeError(`Cannot generate ${what} of ${n} x ${d}: use positive integers for n and d`);
  }
}

/** Column names `x0, x1, ...`. */
export function names(d: number): string[] {
  return Array.from({ length: d }, (_, j) => `x${j}`);
}
