/**
 * The analysis options of a command line: each option of cli/_options.ts with a `to` is checked
 * against the kind of value it accepts and put at that place in `AnalyzeFileOptions`.
 *
 * @module
 */
import { type AnalyzeFileStreamedOptions, parseLang } from "../lib/mod.ts";
import { OPTIONS, type OptionValues, type ValueKind } from "./_options.ts";

const PREFIX = "Cannot read the command line: ";

/**
 * Turn the option values of a command line (from `parseCommandLine`) into analysis options.
 * `roles`, `read`, `rfm` and `features` are always present (empty when no option fills them);
 * `kind` and `lang` always have a value; other options are set only when given.
 *
 * @throws {TypeError} For a value the option does not accept, naming the option and the value, or
 *   options that contradict each other (`--cancel-prefix P` with `--no-cancel-prefix`).
 * @throws {RangeError} For an unknown language (the library's `parseLang`).
 */
export function optionsFromArgs(values: OptionValues): AnalyzeFileStreamedOptions {
  if (values["no-cancel-prefix"] === true && typeof values["cancel-prefix"] === "string") {
    throw new TypeError(
      `${PREFIX}--cancel-prefix "${
        values["cancel-prefix"]
      }" and --no-cancel-prefix contradict each other; give --cancel-prefix to remove the invoices that start with it, or --no-cancel-prefix to remove none`,
    );
  }
  if (values["day-first"] === true && values["month-first"] === true) {
    throw new TypeError(`${PREFIX}--day-first and --month-first were both given; give one`);
  }
  const options: Record<string, unknown> = { roles: {}, read: {}, rfm: {}, features: {} };
  for (const option of OPTIONS) {
    if (option.to === undefined) continue;
    const given = values[option.name];
    if (option.type === "boolean") {
      if (given === true) setAt(options, option.to, option.sets ?? true);
      continue;
    }
    const raw = typeof given === "string" ? given : option.absent;
    if (raw !== undefined) setAt(options, option.to, readValue(`--${option.name}`, option.accepts, raw));
  }
  // Each `to` is a path of AnalyzeFileOptions (the `Target` type); options_test checks the values.
  return options as AnalyzeFileStreamedOptions;
}

/** The value of `flag` given as `raw`, checked and converted for its kind. */
function readValue(flag: string, accepts: ValueKind, raw: string): unknown {
  switch (accepts.kind) {
    case "whole": {
      // Number("") is 0: an empty value is refused, not read as zero.
      const n = raw.trim() === "" ? NaN : Number(raw);
      if (!Number.isInteger(n) || n < accepts.min) {
        throw new TypeError(`${PREFIX}${flag} must be a whole number >= ${accepts.min}, got "${raw}"`);
      }
      if (accepts.max !== undefined && n > accepts.max) {
        throw new TypeError(
          `${PREFIX}${flag} is at most ${accepts.max} (a cap that keeps a run's time and memory bounded), got "${raw}"; give ${flag} ${accepts.max} or less`,
        );
      }
      return n;
    }
    case "nonNegative": {
      const n = raw.trim() === "" ? NaN : Number(raw);
      if (!Number.isFinite(n) || n < 0) {
        throw new TypeError(`${PREFIX}${flag} must be a number >= 0, got "${raw}"`);
      }
      return n;
    }
    case "oneOf": {
      if (accepts.values.includes(raw)) return raw;
      const quoted = accepts.values.map((v) => `"${v}"`);
      throw new TypeError(
        `${PREFIX}${flag} must be ${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}, got "${raw}"`,
      );
    }
    case "language":
      return parseLang(raw);
    case "currency": {
      const code = raw.trim().toUpperCase();
      if (/^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf("currency").includes(code)) return code;
      throw new TypeError(
        `${PREFIX}${flag} must be an ISO 4217 currency code such as "EUR" or "IDR", got "${raw}"`,
      );
    }
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
      // Date.UTC rolls 2021-02-31 over to March: a date that does not exist is refused.
      if (date === null || date.toISOString().slice(0, 10) !== raw) {
        throw new TypeError(`${PREFIX}${flag} must be a date YYYY-MM-DD, got "${raw}"`);
      }
      return date;
    }
    case "prefix":
      if (raw.length === 0) {
        throw new TypeError(
          `${PREFIX}${flag} is empty; give the text cancelled invoice ids start with, e.g. ${flag} C, or --no-cancel-prefix to remove no invoice as a cancellation`,
        );
      }
      return raw;
    case "sheet":
      return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : raw;
    case "list":
      return raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
    case "separator":
      return raw === "\\t" ? "\t" : raw;
    case "column":
    case "folder":
    case "file":
    case "name":
    case "url":
    case "format":
      return raw;
  }
}

/** Set `target` (`"features.risk.delay"`) in `object`, making the objects on the way as needed. */
function setAt(object: Record<string, unknown>, target: string, value: unknown): void {
  const keys = target.split(".");
  let at = object;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}
