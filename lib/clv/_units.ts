/**
 * Time units of lib/clv (private).
 *
 * @module
 */
import type { TimeUnit } from "./types.ts";

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** Days in one time unit; a month is a twelfth of the mean Gregorian year, 30.4375 days. */
export const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7, months: 365.25 / 12 };
