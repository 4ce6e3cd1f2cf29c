/**
 * The command line of `deno task segment`, described once. {@linkcode OPTIONS} is what the
 * launcher and the CLI parse (with `node:util` `parseArgs`), what `--help` prints, and, through
 * cli/_options_from_args.ts, where each value goes in the analysis options.
 *
 * This module imports no library code at run time: the launcher parses with it before it may
 * load anything else.
 *
 * @module
 */
import { parseArgs } from "node:util";
import type { AnalyzeFileStreamedOptions } from "../lib/mod.ts";

/** What a value option accepts (cli/_options_from_args.ts checks and converts each kind). */
export type ValueKind =
  /**
   * A whole number from `min` to `max`. The caps keep a run's time and memory bounded (`--boot 1e9`
   * would run for days): they are listed in `--help` and in the README.
   */
  | { readonly kind: "whole"; readonly min: number; readonly max?: number }
  /** A finite number >= 0. */
  | { readonly kind: "nonNegative" }
  /** One of `values`, as written. */
  | { readonly kind: "oneOf"; readonly values: readonly string[] }
  /** A report language, checked by the library's `parseLang`. */
  | { readonly kind: "language" }
  /** A currency code, ISO 4217 (`EUR`, `IDR`), upper-cased. */
  | { readonly kind: "currency" }
  /** A date `YYYY-MM-DD`, read as midnight UTC. */
  | { readonly kind: "date" }
  /** Comma-separated names, trimmed, empty ones dropped. */
  | { readonly kind: "list" }
  /** A column name, as written (a role column, the id column). */
  | { readonly kind: "column" }
  /** A field separator, as written; `\t` is a tab. */
  | { readonly kind: "separator" }
  /** A folder. */
  | { readonly kind: "folder" }
  /** A file to read (a model, previous segments). */
  | { readonly kind: "file" }
  /** A name, as written (a database table). */
  | { readonly kind: "name" }
  /** Text at the start of a value, as written; not empty. */
  | { readonly kind: "prefix" }
  /** A database URL (`postgres://...`). */
  | { readonly kind: "url" }
  /** A date format in chrono's `%` codes (`%d/%m/%Y`), as written. */
  | { readonly kind: "format" }
  /** A workbook sheet: its 1-based number (digits only) or its name. */
  | { readonly kind: "sheet" };

type Leaf = string | number | boolean | Date | readonly unknown[] | ((...args: never[]) => unknown);
/** Dotted paths into `T` (three levels at most), e.g. `"features.risk.delay"`. */
type PathsOf<T, Depth extends unknown[] = []> = Depth["length"] extends 3 ? never : {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf ? K
    : K | `${K}.${PathsOf<NonNullable<T[K]>, [...Depth, unknown]>}`;
}[keyof T & string];

/** Where a value goes in `AnalyzeFileOptions`, e.g. `"read.delimiter"`. */
export type Target = PathsOf<AnalyzeFileStreamedOptions>;

/** An option that takes a value: `--name value` or `--name=value`. */
export interface ValueOption {
  readonly name: string;
  readonly type: "string";
  readonly accepts: ValueKind;
  /** The help line. */
  readonly help: string;
  /** What happens when the option is not given, for the help. */
  readonly default?: string;
  /** Where the value goes in the analysis options; none for the launcher's and the CLI's own options. */
  readonly to?: Target;
  /** The value used when the option is not given, read as if given. */
  readonly absent?: string;
}

/** A switch: `--name`, no value. */
export interface SwitchOption {
  readonly name: string;
  readonly type: "boolean";
  readonly help: string;
  /** Where the switch goes in the analysis options; none for the launcher's and the CLI's own switches. */
  readonly to?: Target;
  /** The value the switch puts at `to` when given. @default {true} */
  readonly sets?: boolean;
}

/** One option of the command line. */
export type CliOption = ValueOption | SwitchOption;

/** Every option, in the order `--help` lists them. */
export const OPTIONS: readonly CliOption[] = [
  { name: "out", type: "string", accepts: { kind: "folder" }, help: "output folder", default: "reports/" },
  {
    name: "lang",
    type: "string",
    accepts: { kind: "language" },
    help: "report language: en, es or id",
    default: "en",
    to: "lang",
    absent: "en",
  },
  {
    name: "currency",
    type: "string",
    accepts: { kind: "currency" },
    help: "currency of the amounts, ISO 4217 (EUR, USD, IDR shown as Rp)",
    default: "detected from symbols or codes in the money column, else none",
    to: "currency",
  },
  {
    name: "kind",
    type: "string",
    accepts: { kind: "oneOf", values: ["auto", "rfm", "features"] },
    help: "rfm (transactions) or features (one row per customer)",
    default: "auto, decided from the file",
    to: "kind",
    absent: "auto",
  },
  ...([
    ["customer", "customer id"],
    ["invoice", "invoice/order id"],
    ["date", "date"],
    ["amount", "line amount"],
    ["quantity", "quantity"],
    ["price", "unit price"],
    ["country", "country"],
  ] as const).map(([role, what]): ValueOption => ({
    name: role,
    type: "string",
    accepts: { kind: "column" },
    help: `column holding the ${what}`,
    to: `roles.${role}`,
  })),
  {
    name: "id",
    type: "string",
    accepts: { kind: "column" },
    help: "customer id column of a one-row-per-customer file",
    to: "features.idColumn",
  },
  {
    name: "features",
    type: "string",
    accepts: { kind: "list" },
    help: "feature columns of the features kind",
    default: "all numeric except ids",
    to: "features.features",
  },
  {
    name: "categorical",
    type: "string",
    accepts: { kind: "list" },
    help: "text columns to one-hot encode and add to the features",
    to: "features.categorical",
  },
  {
    name: "delay-threshold",
    type: "string",
    accepts: { kind: "nonNegative" },
    help: "risk rules: average payment delay from which a customer is at risk",
    default: "21",
    to: "features.risk.riskDelay",
  },
  {
    name: "disciplined-delay",
    type: "string",
    accepts: { kind: "nonNegative" },
    help: "risk rules: average delay up to which a customer pays on time",
    default: "7",
    to: "features.risk.disciplinedDelay",
  },
  {
    name: "cross-sell-credits",
    type: "string",
    accepts: { kind: "nonNegative" },
    help: "risk rules: active credits from which an on-time payer is disciplined (cross-sell)",
    default: "2",
    to: "features.risk.crossSellCredits",
  },
  {
    name: "premium-income",
    type: "string",
    accepts: { kind: "nonNegative" },
    help: "risk rules: income from which a customer not at risk is premium",
    default: "1.25 x the median income",
    to: "features.risk.premiumIncome",
  },
  {
    name: "delay-unit",
    type: "string",
    accepts: { kind: "oneOf", values: ["months", "days", "none"] },
    help: "risk rules: unit of the delay column",
    default: "none",
    to: "features.risk.delayUnit",
  },
  {
    name: "k",
    type: "string",
    accepts: { kind: "whole", min: 2, max: 50 },
    help: "number of segments",
    default: "suggested from the k sweep",
    to: "k",
  },
  {
    name: "k-max",
    type: "string",
    accepts: { kind: "whole", min: 2, max: 50 },
    help: "largest k tried by the sweep",
    default: "10",
    to: "kMax",
  },
  {
    name: "seed",
    type: "string",
    accepts: { kind: "whole", min: 0, max: Number.MAX_SAFE_INTEGER },
    help: "seed of every random step",
    default: "0",
    to: "seed",
  },
  {
    name: "snapshot",
    type: "string",
    accepts: { kind: "date" },
    help: "RFM snapshot date",
    default: "the day after the last invoice",
    to: "rfm.snapshot",
  },
  {
    name: "compare-from",
    type: "string",
    accepts: { kind: "date" },
    help:
      "first day of the later of the two periods compared (new, repeating, lapsed customers, revenue bridge)",
    default: "90 days before the snapshot",
    to: "rfm.compareFrom",
  },
  {
    name: "calibration-end",
    type: "string",
    accepts: { kind: "date" },
    help: "customer value: last day the models learn from (later purchases check them)",
    default: "the middle day of the data",
    to: "rfm.calibrationEnd",
  },
  {
    name: "time-unit",
    type: "string",
    accepts: { kind: "oneOf", values: ["days", "weeks", "months"] },
    help: "customer value: time unit of the BG/NBD model",
    default: "weeks",
    to: "rfm.timeUnit",
  },
  {
    name: "horizon",
    type: "string",
    accepts: { kind: "whole", min: 1, max: 120 },
    help: "customer value: months of expected purchases and CLV",
    default: "12",
    to: "rfm.horizonMonths",
  },
  {
    name: "discount-rate",
    type: "string",
    accepts: { kind: "nonNegative" },
    help: "customer value: monthly discount rate of the CLV, e.g. 0.01",
    default: "0.01",
    to: "rfm.discountRate",
  },
  {
    name: "cancel-prefix",
    type: "string",
    accepts: { kind: "prefix" },
    help: "rfm: invoice ids starting with PREFIX (any case) are cancellations, removed",
    default: "C",
    to: "rfm.clean.cancellationPrefix",
  },
  {
    name: "bad-values",
    type: "string",
    accepts: { kind: "oneOf", values: ["error", "drop"] },
    help: "what to do with cells that are not numbers/dates",
    default: "error",
    to: "read.badValues",
  },
  {
    name: "impute",
    type: "string",
    accepts: { kind: "oneOf", values: ["median", "knn", "drop"] },
    help: "missing feature values",
    default: "median",
    to: "features.impute",
  },
  {
    name: "duplicates",
    type: "string",
    accepts: { kind: "oneOf", values: ["error", "first"] },
    help: "a customer id on several rows (one row per customer): stop, or keep the first row",
    default: "error",
    to: "features.duplicates",
  },
  {
    name: "delimiter",
    type: "string",
    accepts: { kind: "separator" },
    help: "field separator, e.g. ';' or '\\t'",
    default: "detected",
    to: "read.delimiter",
  },
  {
    name: "decimal",
    type: "string",
    accepts: { kind: "oneOf", values: [".", ","] },
    help: "decimal separator of numbers: ',' or '.' (asked for when values such as 30.663 read both ways)",
    default: "detected",
    to: "read.decimal",
  },
  {
    name: "encoding",
    type: "string",
    accepts: { kind: "oneOf", values: ["utf-8", "latin-1"] },
    help: "text encoding",
    default: "detected",
    to: "read.encoding",
  },
  {
    name: "date-format",
    type: "string",
    accepts: { kind: "format" },
    help: 'format of every date column, e.g. "%d/%m/%Y" or "%m/%d/%y %I:%M %p"',
    default: "detected",
    to: "read.dateFormat",
  },
  {
    name: "sheet",
    type: "string",
    accepts: { kind: "sheet" },
    help: "sheet of an .xlsx workbook, by name or number",
    default: "the first sheet",
    to: "read.sheet",
  },
  {
    name: "boot",
    type: "string",
    accepts: { kind: "whole", min: 2, max: 1000 },
    help: "bootstrap resamples for the stability check",
    default: "20",
    to: "nBoot",
  },
  {
    name: "engine",
    type: "string",
    accepts: { kind: "oneOf", values: ["auto", "memory", "duckdb"] },
    help:
      "who reads the invoice lines: duckdb streams them without holding them in memory, memory reads them into memory; auto streams CSV files of 256 MB or more",
    default: "auto",
    to: "engine",
    absent: "auto",
  },
  {
    name: "sample-size",
    type: "string",
    accepts: { kind: "whole", min: 0, max: 100_000_000 },
    help:
      "above this many customers, choose k and check stability and structure on a stratified sample of this many, then assign every customer to its nearest segment centre (0 = never sample; else at least 1000)",
    default: "200000",
    to: "sampleSize",
  },
  { name: "help", type: "boolean", help: "show this help" },
  { name: "no-progress", type: "boolean", help: "no progress bars" },
  {
    name: "day-first",
    type: "boolean",
    help: "read dates such as 04/03/2021 day first (4 March) when the values cannot tell",
    to: "read.dayFirst",
  },
  {
    name: "month-first",
    type: "boolean",
    help: "read dates such as 04/03/2021 month first (April 3) when the values cannot tell",
    to: "read.dayFirst",
    sets: false,
  },
  {
    name: "no-dbscan",
    type: "boolean",
    help: "skip DBSCAN (features kind)",
    to: "features.dbscan",
    sets: false,
  },
  {
    name: "no-compare",
    type: "boolean",
    help: "skip the two periods compared (rfm kind)",
    to: "rfm.compareFrom",
    sets: false,
  },
  {
    name: "no-value",
    type: "boolean",
    help: "skip customer value (BG/NBD, Gamma-Gamma, CLV; rfm kind)",
    to: "rfm.value",
    sets: false,
  },
  {
    name: "no-cancel-prefix",
    type: "boolean",
    help: "rfm: no cancellation rule (keep invoices whatever their id starts with)",
    to: "rfm.clean.dropCancellations",
    sets: false,
  },
  {
    name: "print-command",
    type: "boolean",
    help: "print the exact narrow-permission command instead of running it",
  },
  {
    name: "model",
    type: "string",
    accepts: { kind: "file" },
    help: "score, sql: the saved model (<name>-model.json of an earlier run)",
  },
  {
    name: "previous",
    type: "string",
    accepts: { kind: "file" },
    help: "score: an earlier segments CSV, to show who moved",
  },
  {
    name: "dialect",
    type: "string",
    accepts: { kind: "oneOf", values: ["duckdb", "postgres", "spark", "bigquery", "snowflake"] },
    help: "sql: the SQL dialect",
    default: "duckdb",
  },
  {
    name: "table",
    type: "string",
    accepts: { kind: "name" },
    help: "sql, score --db: the table of invoice lines (or customers)",
    default: "invoices (rfm) or customers (features)",
  },
  {
    name: "db",
    type: "string",
    accepts: { kind: "url" },
    help:
      "score: aggregate the invoice lines of --table in this PostgreSQL database (postgres://host:port/db; password from the URL or PGPASSWORD, never printed)",
  },
];

/**
 * The flag of every option that goes to the analysis, by where it goes (`"read.decimal"`) and,
 * for the options of `readTable` (under `read`), by its name there (`"decimal"`): the table an
 * `InputError`'s problem is said with (`problemText(problem, lang, optionFlags())`), so that
 * the message names `--decimal ,` where the library says `decimal: ","`.
 */
export function optionFlags(): Record<string, string> {
  const flags: Record<string, string> = {};
  for (const o of OPTIONS) {
    if (o.to === undefined) continue;
    flags[o.to] = `--${o.name}`;
    if (o.to.startsWith("read.")) flags[o.to.slice("read.".length)] = `--${o.name}`;
  }
  return flags;
}

/** The subcommands: analyse a file (no subcommand), score a file with a model, print a model as SQL. */
export type Command = "analyze" | "score" | "sql";

/** The values given on the command line, by option name (`"k-max"`, `"no-progress"`). */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** A parsed command line. */
export interface CommandLine {
  /** `score FILE ...`, `sql ...`, or else an analysis. */
  readonly command: Command;
  /** The input file, if one was given. */
  readonly file: string | undefined;
  readonly values: OptionValues;
}

const PREFIX = "Cannot read the command line: ";

/**
 * Parse `[FILE] [--option value | --option=value | --switch]...` against {@linkcode OPTIONS}.
 * Values are not checked here (cli/_options_from_args.ts does); the last of a repeated option wins.
 *
 * @throws {TypeError} For an unknown option, an option without its value, a switch given a
 *   value, or two files.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(OPTIONS.map((o) => [o.name, { type: o.type }])),
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    throw usageError(e);
  }
  const positionals = [...parsed.positionals];
  const command: Command = positionals[0] === "score" || positionals[0] === "sql"
    ? positionals[0]
    : "analyze";
  if (command !== "analyze") positionals.shift();
  const [file, second] = positionals;
  if (second !== undefined) {
    throw new TypeError(`${PREFIX}two input files given ("${file}" and "${second}"); give one`);
  }
  if (command === "sql" && file !== undefined) {
    throw new TypeError(`${PREFIX}sql takes no input file ("${file}"); give the model with --model`);
  }
  if (command !== "analyze" && parsed.values.model === undefined && parsed.values.help !== true) {
    throw new TypeError(
      `${PREFIX}${command} needs a model; give --model NAME-model.json (written by every run)`,
    );
  }
  if (
    command === "score" && file === undefined && parsed.values.db === undefined && parsed.values.help !== true
  ) {
    throw new TypeError(
      `${PREFIX}score needs the file to score; write deno task segment score FILE --model M.json`,
    );
  }
  return { command, file, values: { ...parsed.values } };
}

/** Our message for an error of `parseArgs` (Node's names the option in quotes). */
function usageError(e: unknown): unknown {
  const code = (e as { code?: unknown })?.code;
  const flag = /'(-[^' ]*)/.exec((e as Error)?.message ?? "")?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new TypeError(`${PREFIX}unknown option "${flag}"; see --help`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = OPTIONS.find((o) => `--${o.name}` === flag);
    return new TypeError(
      option?.type === "boolean"
        ? `${PREFIX}${flag} takes no value; give it alone`
        : `${PREFIX}${flag} needs a value; write ${flag} VALUE, or ${flag}=VALUE for a value that starts with "-"`,
    );
  }
  return e;
}

const COLUMN = 26;

/** The help text, made from {@linkcode OPTIONS}. */
export function helpText(): string {
  const line = (o: CliOption) => {
    const left = o.type === "string" ? `--${o.name} ${placeholder(o.accepts)}` : `--${o.name}`;
    const right = o.type === "string" && o.default !== undefined
      ? `${o.help} (default: ${o.default})`
      : o.help;
    return left.length >= COLUMN - 2
      ? `  ${left}\n${" ".repeat(COLUMN + 2)}${right}`
      : `  ${left.padEnd(COLUMN)}${right}`;
  };
  return [
    "Usage: deno task segment [FILE] [options]",
    "       deno task segment score FILE --model M.json [--previous OLD-segments.csv] [options]",
    "       deno task segment score --db postgres://HOST:PORT/DB --table T --model M.json [options]",
    "       deno task segment sql --model M.json [--dialect D] [--table T]",
    "",
    "Segments the customers in FILE (CSV, TSV, Parquet or .xlsx) and writes",
    "  OUT/<name>.html           the report (self-contained, opens offline)",
    "  OUT/<name>-segments.csv   one row per customer with its segment, for the CRM",
    "  OUT/<name>-model.json     the model: assigns new customers without refitting",
    "With no FILE it runs on the bundled sample data/retail_sample.csv.",
    "`score` assigns the customers of FILE with a saved model (no refit) and writes",
    "  OUT/<name>-segments.csv and OUT/<name>-score.html (sizes, movement, drift).",
    "`sql` prints the model as SQL: the RFM aggregation and the ledger counts (rfm models)",
    "  and the scoring query (transforms, scaler, nearest centroid, scores, names).",
    "",
    "Options (--option value or --option=value):",
    ...OPTIONS.map(line),
    "",
    "Examples:",
    "  deno task segment ventas.csv --lang es",
    '  deno task segment clientes.csv --kind features --features "BALANCE,PURCHASES" --k 4',
    '  deno task segment penjualan.csv --customer "Kode Pelanggan" --date Tanggal --amount Total --lang id',
  ].join("\n");
}

/** How the help shows a value of this kind. */
function placeholder(accepts: ValueKind): string {
  switch (accepts.kind) {
    case "whole":
      return accepts.max === undefined || accepts.max === Number.MAX_SAFE_INTEGER
        ? "N"
        : `${accepts.min}..${accepts.max}`;
    case "nonNegative":
      return "X";
    case "oneOf":
      return accepts.values.join("|");
    case "language":
      return "LANG";
    case "currency":
      return "CODE";
    case "date":
      return "YYYY-MM-DD";
    case "list":
      return "A,B,...";
    case "column":
      return "COLUMN";
    case "separator":
      return "CHAR";
    case "folder":
      return "DIR";
    case "file":
      return "FILE";
    case "name":
      return "NAME";
    case "url":
      return "URL";
    case "prefix":
      return "PREFIX";
    case "format":
      return "FORMAT";
    case "sheet":
      return "NAME|N";
  }
}
