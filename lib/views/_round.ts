// Private helper of the display frames: round for display, leaving NaN and ±Infinity as they are.

/** `v` rounded to `digits` decimals; non-finite values unchanged. */
export function round(v: number, digits: number): number {
  if (!Number.isFinite(v)) return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
