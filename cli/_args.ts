/**
 * Command-line arguments of `deno task segment`, shared by the launcher and the CLI itself.
 *
 * @module
 */

/** Flags that take a value, with the help text for each. */
export const VALUE_FLAGS = {
  "--out": "output folder (default: reports/)",
  "--lang": "report language: en, es or id (default: en)",
  "--kind": "rfm (transactions) or features (one row per customer); default: detected",
  "--customer": "column holding the customer id",
  "--invoice": "column holding the invoice/order id",
  "--date": "column holding the date",
  "--amount": "column holding the line amount",
  "--quantity": "column holding the quantity",
  "--price": "column holding the unit price",
  "--country": "column holding the country",
  "--id": "customer id column of a one-row-per-customer file",
  "--features": "comma-separated feature columns (features kind; default: all numeric except ids)",
  "--categorical": "comma-separated text columns to one-hot encode and add to the features",
  "--delay-threshold":
    "risk rules: average delay from which a customer is at risk (default: the file's upper quartile)",
  "--credits-threshold":
    "risk rules: active credits from which a customer is at risk (default: the file's upper quartile)",
  "--delay-unit": "risk rules: unit of the delay column, months, days or none (default: none)",
  "--k": "number of segments (default: suggested from the k sweep)",
  "--k-max": "largest k tried by the sweep (default: 10)",
  "--seed": "seed of every random step (default: 0)",
  "--snapshot": "RFM snapshot date YYYY-MM-DD (default: the day after the last invoice)",
  "--bad-values": "error (default) or drop: what to do with cells that are not numbers/dates",
  "--impute": "median (default), knn or drop: missing feature values",
  "--delimiter": "field separator, e.g. ';' (default: detected)",
  "--decimal": "decimal separator, '.' or ',' (default: detected)",
  "--encoding": "utf-8 or latin-1 (default: detected)",
  "--boot": "bootstrap resamples for the stability check (default: 20)",
} as const;

/** Flags that take no value. */
export const BOOLEAN_FLAGS = {
  "--help": "show this help",
  "--no-progress": "no progress bars",
  "--no-dbscan": "skip DBSCAN (features kind)",
  "--print-command": "print the exact narrow-permission command instead of running it",
} as const;

/** Parsed command line. */
export interface CliArgs {
  readonly file: string | undefined;
  readonly flags: Readonly<Record<string, string>>;
  readonly booleans: ReadonlySet<string>;
}

/**
 * Parse `[FILE] [--flag value] [--switch]`, accepting `--flag=value` too.
 *
 * @throws {TypeError} For an unknown flag, a flag without its value, or two files.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const flags: Record<string, string> = {};
  const booleans = new Set<string>();
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (name in VALUE_FLAGS) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new TypeError(`Cannot read the command line: ${name} needs a value`);
        flags[name] = value;
      } else if (name in BOOLEAN_FLAGS) {
        booleans.add(name);
      } else {
        throw new TypeError(`Cannot read the command line: unknown option "${name}"; see --help`);
      }
    } else if (file === undefined) {
      file = a;
    } else {
      throw new TypeError(
        `Cannot read the command line: two input files given ("${file}" and "${a}"); give one`,
      );
    }
  }
  return { file, flags, booleans };
}

/** The help text. */
export function helpText(): string {
  const pad = (s: string) => (s.length >= 21 ? `${s}\n${" ".repeat(23)}` : s.padEnd(21));
  return [
    "Usage: deno task segment [FILE] [options]",
    "",
    "Segments the customers in FILE (CSV, TSV, Parquet or .xlsx) and writes",
    "  OUT/<name>.html           the report (self-contained, opens offline)",
    "  OUT/<name>-segments.csv   one row per customer with its segment, for the CRM",
    "With no FILE it runs on the bundled sample data/retail_sample.csv.",
    "",
    "Options:",
    ...Object.entries(VALUE_FLAGS).map(([k, v]) => `  ${pad(k + " X")}${v}`),
    ...Object.entries(BOOLEAN_FLAGS).map(([k, v]) => `  ${pad(k)}${v}`),
    "",
    "Examples:",
    "  deno task segment ventas.csv --lang es",
    '  deno task segment clientes.csv --kind features --features "BALANCE,PURCHASES" --k 4',
    '  deno task segment penjualan.csv --customer "Kode Pelanggan" --date Tanggal --amount Total --lang id',
  ].join("\n");
}
