/**
 * Private helper of `readTable`: the date shapes the loader recognises, and an exact reader for
 * the shapes the fast polars path does not cover (two-digit years, AM/PM times, ISO times with
 * an offset, month names in English, Spanish and Indonesian).
 *
 * Conventions, documented in the README:
 * - A two-digit year `YY` is read as Excel reads it (the Windows default): 00-29 are 2000-2029,
 *   30-99 are 1930-1999. Pass a format with `%Y` (CLI `--date-format`) for another century.
 * - A time with an offset (`+05:30`, `-0800`, `Z`) is converted to UTC; a time without one is
 *   kept as written (naive, read as UTC). Every date of a table is on that one clock, UTC.
 * - Month names come from the date-fns locales en-US, en-GB, es and id: a full name or its
 *   abbreviation, any case, a final dot ignored; a word of three or more letters that starts a
 *   full name of only one month in those languages (`Agu`, `Sept`) is read as that month.
 *
 * @module
 */
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { id } from "date-fns/locale/id";

/** The families of date shapes: one order of parts and one separator (or month names). */
export type FamilyId = "iso" | "ymd" | "slash" | "dot" | "dash" | "named" | "named-mdy";

/** Time of day after a date: `H:MM`, `H:MM:SS`, fractions of a second, AM/PM. */
const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?: ?([AaPp])\.? ?[Mm]\.?)?)?`;
/** An offset from UTC after a time: `Z`, `+05:30`, `+0530`, `+05`, ` UTC`. */
const ZONE = String.raw`(?: ?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?`;
/** A month's name: letters, then an optional dot. */
const MONTH = String.raw`(\p{L}{3,12})\.?`;

/** The pattern of each family, with groups; the same text is a JS (flag `u`) and a Rust regex. */
export const FAMILY_PATTERNS: Readonly<Record<FamilyId, string>> = {
  iso: String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}${ZONE}$`,
  ymd: String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}$`,
  slash: String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`,
  dot: String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`,
  dash: String.raw`^(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})${TIME}$`,
  named: String.raw`^(\d{1,2})\.?(?:-| |/| de )${MONTH}(?:-| |/|, | de |\.)(\d{4}|\d{2})${TIME}$`,
  "named-mdy": String.raw`^${MONTH} (\d{1,2}),? (\d{4})${TIME}$`,
};

/** Families in the order they are tried. */
export const FAMILY_IDS: readonly FamilyId[] = ["iso", "ymd", "slash", "dot", "dash", "named", "named-mdy"];

/** The separator between the parts of a numeric family. */
export const FAMILY_SEP: Readonly<Record<FamilyId, string>> = {
  iso: "-",
  ymd: "/",
  slash: "/",
  dot: ".",
  dash: "-",
  named: " ",
  "named-mdy": " ",
};

/**
 * The shapes the fast polars path reads (four-digit years, 24-hour times, no offset but `Z`):
 * a column whose every date matches is parsed by polars with one format per time variant.
 */
export const FAST_PATTERNS: Readonly<Partial<Record<FamilyId, string>>> = {
  iso: String.raw`^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?Z?$`,
  ymd: String.raw`^\d{4}/\d{1,2}/\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)?$`,
  slash: String.raw`^\d{1,2}/\d{1,2}/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$`,
  dot: String.raw`^\d{1,2}\.\d{1,2}\.\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$`,
  dash: String.raw`^\d{1,2}-\d{1,2}-\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$`,
};

const LOCALES = [enUS, enGB, es, id];

/** Full names and abbreviations of the months (lower case, no dots) in the date-fns locales, by month. */
function monthNames(): { exact: Map<string, number>; wide: [string, number][] } {
  const exact = new Map<string, number>();
  const wide: [string, number][] = [];
  const clash = new Set<string>();
  for (const locale of LOCALES) {
    for (let m = 0; m < 12; m++) {
      for (const width of ["wide", "abbreviated"] as const) {
        const name = String(locale.localize.month(m as 0, { width })).toLowerCase().replace(/\.$/, "");
        if (exact.has(name) && exact.get(name) !== m) clash.add(name);
        exact.set(name, m);
        if (width === "wide") wide.push([name, m]);
      }
    }
  }
  for (const name of clash) exact.delete(name);
  return { exact, wide };
}

let names: ReturnType<typeof monthNames> | undefined;

/**
 * The month (0-11) a word names in English, Spanish or Indonesian, or `null`.
 * @param word A month's name or abbreviation (`"Mar"`, `"ene"`, `"Agu"`, `"Agustus"`, `"Des."`).
 */
export function monthOf(word: string): number | null {
  names ??= monthNames();
  const w = word.toLowerCase().replace(/\.$/, "");
  const hit = names.exact.get(w);
  if (hit !== undefined) return hit;
  if (w.length < 3) return null;
  const months = new Set(names.wide.filter(([n]) => n.startsWith(w)).map(([, m]) => m));
  return months.size === 1 ? [...months][0] : null;
}

const COMPILED = new Map<FamilyId, RegExp>();
/** A family's pattern as a JavaScript regular expression (the same text, flag `u`), compiled once. */
export function familyRegExp(family: FamilyId): RegExp {
  let r = COMPILED.get(family);
  if (r === undefined) {
    r = new RegExp(FAMILY_PATTERNS[family], "u");
    COMPILED.set(family, r);
  }
  return r;
}

/** A two-digit year as Excel reads it: 00-29 are 2000-2029, 30-99 are 1930-1999. */
export function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 4 ? y : y < 30 ? 2000 + y : 1900 + y;
}

/**
 * Read one date exactly, as milliseconds since 1970 UTC, or `null` when it is not a date of that
 * family (a part out of range, a day the month does not have, an unknown month name).
 *
 * @param text The cell, trimmed.
 * @param family The column's family.
 * @param dayFirst For `slash`, `dot`, `dash`: whether the first part is the day.
 */
export function parseDate(text: string, family: FamilyId, dayFirst: boolean): number | null {
  const m = familyRegExp(family).exec(text);
  if (m === null) return null;
  let year: number, month: number, day: number, t: number;
  switch (family) {
    case "iso":
    case "ymd":
      [year, month, day, t] = [Number(m[1]), Number(m[2]) - 1, Number(m[3]), 4];
      break;
    case "slash":
    case "dot":
    case "dash":
      year = fullYear(m[3]!);
      [day, month] = dayFirst ? [Number(m[1]), Number(m[2]) - 1] : [Number(m[2]), Number(m[1]) - 1];
      t = 4;
      break;
    case "named": {
      const mo = monthOf(m[2]!);
      if (mo === null) return null;
      [year, month, day, t] = [fullYear(m[3]!), mo, Number(m[1]), 4];
      break;
    }
    case "named-mdy": {
      const mo = monthOf(m[1]!);
      if (mo === null) return null;
      [year, month, day, t] = [Number(m[3]), mo, Number(m[2]), 4];
      break;
    }
  }
  const clock = time(m, t);
  if (clock === null || month < 0 || month > 11 || day < 1) return null;
  const ms = Date.UTC(year, month, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month || back.getUTCDate() !== day) {
    return null;
  }
  const offset = family === "iso" ? zone(m[t + 5]) : 0;
  if (offset === null) return null;
  return ms + clock - offset;
}

/** The time of day in ms from the groups from `t` (hour, minute, second, fraction, AM/PM), or `null` when out of range. */
function time(m: RegExpExecArray, t: number): number | null {
  if (m[t] === undefined) return 0;
  let h = Number(m[t]);
  const min = Number(m[t + 1]), s = m[t + 2] === undefined ? 0 : Number(m[t + 2]);
  const frac = m[t + 3] === undefined ? 0 : Math.round(Number(`0.${m[t + 3]}`) * 1000);
  const ampm = m[t + 4]?.toLowerCase();
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === "p" ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return null;
  return ((h * 60 + min) * 60 + s) * 1000 + frac;
}

/** An offset from UTC in ms (`+05:30` is 19 800 000), 0 for none or `Z`, `null` when out of range. */
function zone(z: string | undefined): number | null {
  if (z === undefined || z === "Z" || z === "UTC" || z === "GMT") return 0;
  const sign = z[0] === "-" ? -1 : 1;
  const digits = z.slice(1).replace(":", "");
  const h = Number(digits.slice(0, 2)), min = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (h > 14 || min > 59) return null;
  return sign * (h * 60 + min) * 60_000;
}

/** How a family's dates are written, for notes and messages (`"D/M/YY h:MM AM/PM"`). */
export function familyLabel(
  family: FamilyId,
  dayFirst: boolean,
  shape: { twoDigitYear?: boolean; time?: "none" | "minutes" | "seconds"; ampm?: boolean; zone?: boolean } =
    {},
): string {
  const y = shape.twoDigitYear ? "YY" : "YYYY";
  const sep = FAMILY_SEP[family];
  const dm = dayFirst ? `D${sep}M` : `M${sep}D`;
  const date = family === "iso"
    ? "YYYY-MM-DD"
    : family === "ymd"
    ? "YYYY/MM/DD"
    : family === "named"
    ? `D MMM ${y}`
    : family === "named-mdy"
    ? "MMM D, YYYY"
    : `${dm}${sep}${y}`;
  const h = shape.ampm ? "h" : "H";
  const clock = shape.time === "seconds" ? ` ${h}:MM:SS` : shape.time === "minutes" ? ` ${h}:MM` : "";
  return `${date}${clock}${shape.ampm ? " AM/PM" : ""}${shape.zone ? " ±HH:MM" : ""}`;
}
