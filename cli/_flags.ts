/**
 * The library's messages name the fix as an option (`pass badValues: "drop"`, `try a larger
 * kMax`); a CLI user needs the flag (`give --bad-values drop`, `try a larger --k-max`). One table,
 * {@linkcode FLAGS}, says which flag sets which option: it is made from the options table
 * (cli/_options.ts: each option's `to` names the option it sets), so a new flag is mapped as soon
 * as it is added there; {@linkcode EXTRA_FLAGS} holds the mappings that table cannot give.
 * {@linkcode cliFlags} rewrites a message with it. Options without a flag are left as written.
 *
 * @module
 */
import { type CliOption, OPTIONS } from "./_options.ts";

/** One option of the library and the flag that sets it. */
export interface FlagFor {
  /** The option's name in the library's messages: the last part of its path (`badValues`, `kMax`). */
  readonly option: string;
  /** The flag, with its leading dashes (`--bad-values`). */
  readonly flag: string;
  /** For a switch: the value of the option it sets (`dayFirst: false` is `--month-first`). */
  readonly sets?: boolean;
}

/**
 * Mappings the options table cannot give: an option the library's messages name differently
 * from the last part of the flag's `to` (e.g. `{ option: "cancellationPrefix", flag: "--cancel-prefix" }`
 * if the flag set it under another path). Extend here.
 */
export const EXTRA_FLAGS: readonly FlagFor[] = [];

/** Every option the CLI has a flag for. */
export const FLAGS: readonly FlagFor[] = [
  ...OPTIONS.filter((o: CliOption) => o.to !== undefined).map((o): FlagFor => ({
    option: o.to!.split(".").at(-1)!,
    flag: `--${o.name}`,
    ...(o.type === "boolean" ? { sets: o.sets ?? true } : {}),
  })),
  ...EXTRA_FLAGS,
];

/** A value as the library writes it: a JSON string, an object `{ "col": "v" }`, a boolean or a bare word. */
const VALUE = String.raw`"(?:[^"\\]|\\.)*"|\{[^{}]*\}|true|false|[\w.+-]+`;
/** `pass opt: v`, `set { opt: v }`, `pass { opt: v }`, `use opt = v`, optionally followed by `(CLI --flag v)`. */
const ADVICE = new RegExp(
  String.raw`\b(pass|set|use)\s+(\{\s*)?(\w+)\s*[:=]\s*(${VALUE})(\s*\})?(?:\s*\(CLI ([^)]*)\))?`,
  "g",
);
/** `opt: v` anywhere, for the options whose names are identifiers (`badValues: "drop"`, `dayFirst: true`). */
const NAMED = new RegExp(String.raw`(?<!")\b([a-z]+[A-Z]\w*)\s*[:=]\s*(${VALUE})`, "g");
/** An identifier-like option name alone (`try a larger kMax`); never a quoted name (a column "timeUnit"). */
const BARE = /(?<!")\b([a-z]+[A-Z]\w*)\b(?!")/g;

/** The flag (and its value) that sets `option` to `raw` (as the library wrote it); `null` when there is none. */
function flagFor(option: string, raw: string | undefined): string | null {
  const candidates = FLAGS.filter((f) => f.option === option);
  if (candidates.length === 0) return null;
  if (raw === "true" || raw === "false") {
    const sw = candidates.find((f) => f.sets === (raw === "true"));
    if (sw !== undefined) return sw.flag;
  }
  const valued = candidates.find((f) => f.sets === undefined);
  if (valued === undefined) return null;
  if (raw === undefined) return valued.flag;
  return `${valued.flag} ${shellValue(valueOf(raw))}`;
}

/**
 * The value the library wrote, as typed after the flag: a quoted string without its quotes (its
 * backslashes kept: `"\t"` is `--delimiter "\t"`, which the CLI reads as a tab); an object
 * `{ "col": "v" }` as its (first) value.
 */
function valueOf(raw: string): string {
  const inObject = /^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(raw)?.[1];
  const text = inObject ?? raw;
  return text.startsWith('"') ? text.slice(1, -1) : text;
}

/** A value as typed on the command line: bare when safe, else in double quotes. */
function shellValue(v: string): string {
  return /^[\w.,+-]+$/.test(v) ? v : `"${v.replaceAll('"', '\\"')}"`;
}

/**
 * A library message with each option it names as the CLI flag that sets it: `pass badValues:
 * "drop" (CLI --bad-values drop)` becomes `give --bad-values drop`, `set { duplicates: "first" }`
 * becomes `give --duplicates first`, `try a larger kMax` becomes `try a larger --k-max`. Options
 * with no flag are left as written.
 *
 * @example
 * ```ts
 * import { cliFlags } from "./_flags.ts";
 * import assert from "node:assert/strict";
 * assert.equal(
 *   cliFlags('fix those cells, or pass badValues: "drop" (CLI --bad-values drop) to drop those rows'),
 *   "fix those cells, or give --bad-values drop to drop those rows",
 * );
 * assert.equal(cliFlags("try a larger kMax"), "try a larger --k-max");
 * ```
 */
export function cliFlags(message: string): string {
  return message
    .replace(
      ADVICE,
      (all, verb: string, _open, option: string, raw: string, _close, cli: string | undefined) => {
        const say = verb === "use" ? "use" : "give";
        if (cli !== undefined) return `${say} ${cli.trim()}`;
        const flag = flagFor(option, raw);
        return flag === null ? all : `${say} ${flag}`;
      },
    )
    .replace(NAMED, (all, option: string, raw: string) => flagFor(option, raw) ?? all)
    .replace(BARE, (all, option: string) => flagFor(option, undefined) ?? all);
}
