/**
 * The command line → `AnalyzeFileOptions`, without running anything: each flag lands where it
 * belongs, and each wrong value or wrong command line is refused with its message.
 */
import assert from "node:assert/strict";
import { helpText, OPTIONS, parseCommandLine } from "../../cli/_options.ts";
import { optionsFromArgs } from "../../cli/_options_from_args.ts";

/** The analysis options for a command line, as cli/main.ts computes them. */
function optionsFor(argv: string[]): unknown {
  return optionsFromArgs(parseCommandLine(argv).values);
}

const NONE = { kind: "auto", lang: "en", engine: "auto", roles: {}, read: {}, rfm: {}, features: {} };

const CASES: { argv: string[]; options: unknown }[] = [
  { argv: [], options: NONE },
  { argv: ["sales.csv"], options: NONE },
  // Flags for the launcher and for the CLI's own output change no analysis option.
  { argv: ["sales.csv", "--out", "x", "--no-progress", "--print-command", "--help"], options: NONE },
  { argv: ["--kind", "rfm", "--lang", "es"], options: { ...NONE, kind: "rfm", lang: "es" } },
  { argv: ["--kind=features", "--lang=ID"], options: { ...NONE, kind: "features", lang: "id" } },
  { argv: ["--kind", "auto"], options: NONE },
  { argv: ["--engine", "duckdb"], options: { ...NONE, engine: "duckdb" } },
  { argv: ["--engine=memory"], options: { ...NONE, engine: "memory" } },
  {
    argv: [
      "--customer",
      "ID Cliente",
      "--invoice=Factura",
      "--date",
      "Fecha",
      "--amount",
      "Importe",
      "--quantity",
      "Cantidad",
      "--price",
      "Precio",
      "--country",
      "País",
    ],
    options: {
      ...NONE,
      roles: {
        customer: "ID Cliente",
        invoice: "Factura",
        date: "Fecha",
        amount: "Importe",
        quantity: "Cantidad",
        price: "Precio",
        country: "País",
      },
    },
  },
  {
    argv: ["--delimiter", ";", "--decimal", ",", "--encoding", "latin-1", "--bad-values", "drop"],
    options: { ...NONE, read: { delimiter: ";", decimal: ",", encoding: "latin-1", badValues: "drop" } },
  },
  { argv: ["--delimiter=\\t", "--decimal=."], options: { ...NONE, read: { delimiter: "\t", decimal: "." } } },
  {
    argv: ["--bad-values", "error", "--encoding=utf-8"],
    options: { ...NONE, read: { badValues: "error", encoding: "utf-8" } },
  },
  {
    argv: ["--snapshot", "2021-12-31"],
    options: { ...NONE, rfm: { snapshot: new Date(Date.UTC(2021, 11, 31)) } },
  },
  {
    argv: [
      "--calibration-end",
      "1997-09-30",
      "--time-unit",
      "days",
      "--horizon",
      "6",
      "--discount-rate=0.02",
    ],
    options: {
      ...NONE,
      rfm: {
        calibrationEnd: new Date(Date.UTC(1997, 8, 30)),
        timeUnit: "days",
        horizonMonths: 6,
        discountRate: 0.02,
      },
    },
  },
  { argv: ["--no-value"], options: { ...NONE, rfm: { value: false } } },
  {
    argv: ["--compare-from", "2021-10-01"],
    options: { ...NONE, rfm: { compareFrom: new Date(Date.UTC(2021, 9, 1)) } },
  },
  { argv: ["--no-compare"], options: { ...NONE, rfm: { compareFrom: false } } },
  { argv: ["--cancel-prefix", "CX-"], options: { ...NONE, rfm: { clean: { cancellationPrefix: "CX-" } } } },
  { argv: ["--no-cancel-prefix"], options: { ...NONE, rfm: { clean: { dropCancellations: false } } } },
  {
    argv: [
      "--features",
      " BALANCE, PURCHASES ,,TENURE",
      "--categorical=Region",
      "--impute",
      "knn",
      "--id",
      "CUST_ID",
    ],
    options: {
      ...NONE,
      features: {
        features: ["BALANCE", "PURCHASES", "TENURE"],
        categorical: ["Region"],
        impute: "knn",
        idColumn: "CUST_ID",
      },
    },
  },
  {
    argv: ["--features", ",", "--no-dbscan"],
    options: { ...NONE, features: { features: [], dbscan: false } },
  },
  { argv: ["--impute=median"], options: { ...NONE, features: { impute: "median" } } },
  { argv: ["--delay-unit", "days"], options: { ...NONE, features: { risk: { delayUnit: "days" } } } },
  {
    argv: [
      "--delay-threshold",
      "2.5",
      "--cross-sell-credits=0",
      "--disciplined-delay",
      "1",
      "--premium-income=9e6",
    ],
    options: {
      ...NONE,
      features: { risk: { riskDelay: 2.5, crossSellCredits: 0, disciplinedDelay: 1, premiumIncome: 9e6 } },
    },
  },
  {
    argv: ["--k", "4", "--k-max=8", "--seed", "42", "--boot", "5"],
    options: { ...NONE, k: 4, kMax: 8, seed: 42, nBoot: 5 },
  },
  {
    argv: ["--k", "50", "--k-max=50", "--boot", "1000", "--horizon", "120", "--duplicates", "first"],
    options: {
      ...NONE,
      k: 50,
      kMax: 50,
      nBoot: 1000,
      rfm: { horizonMonths: 120 },
      features: { duplicates: "first" },
    },
  },
  {
    argv: ["--seed", "0", "--k", "2", "--k-max", "2", "--boot", "2"],
    options: { ...NONE, k: 2, kMax: 2, seed: 0, nBoot: 2 },
  },
  // The last of a repeated flag wins.
  {
    argv: ["--k", "3", "--k=5", "--kind", "rfm", "--kind", "features"],
    options: { ...NONE, kind: "features", k: 5 },
  },
  {
    argv: [
      "data.csv",
      "--kind",
      "features",
      "--id",
      "id",
      "--features",
      "a,b",
      "--no-dbscan",
      "--delay-threshold",
      "3",
      "--delay-unit",
      "months",
      "--decimal",
      ",",
      "--k",
      "3",
      "--lang",
      "es",
      "--out",
      "reports/es",
    ],
    options: {
      ...NONE,
      kind: "features",
      lang: "es",
      read: { decimal: "," },
      features: {
        idColumn: "id",
        features: ["a", "b"],
        dbscan: false,
        risk: { riskDelay: 3, delayUnit: "months" },
      },
      k: 3,
    },
  },
];

Deno.test("optionsFromArgs() puts every flag where it belongs in the analysis options", () => {
  for (const { argv, options } of CASES) {
    assert.deepEqual(optionsFor(argv), options, argv.join(" "));
  }
});

const REFUSED: { argv: string[]; error: RegExp }[] = [
  {
    argv: ["--k", "1"],
    error: /^TypeError: Cannot read the command line: --k must be a whole number >= 2, got "1"$/,
  },
  {
    argv: ["--k-max=2.5"],
    error: /^TypeError: Cannot read the command line: --k-max must be a whole number >= 2, got "2.5"$/,
  },
  {
    argv: ["--seed=-1"],
    error: /^TypeError: Cannot read the command line: --seed must be a whole number >= 0, got "-1"$/,
  },
  {
    argv: ["--seed="],
    error: /^TypeError: Cannot read the command line: --seed must be a whole number >= 0, got ""$/,
  },
  {
    argv: ["--delay-threshold", " "],
    error: /^TypeError: Cannot read the command line: --delay-threshold must be a number >= 0, got " "$/,
  },
  {
    argv: ["--snapshot", "2021-02-31"],
    error:
      /^TypeError: Cannot read the command line: --snapshot must be a date YYYY-MM-DD, got "2021-02-31"$/,
  },
  {
    argv: ["--time-unit", "years"],
    error:
      /^TypeError: Cannot read the command line: --time-unit must be "days", "weeks" or "months", got "years"$/,
  },
  {
    argv: ["--horizon", "0"],
    error: /^TypeError: Cannot read the command line: --horizon must be a whole number >= 1, got "0"$/,
  },
  {
    argv: ["--boot", "many"],
    error: /^TypeError: Cannot read the command line: --boot must be a whole number >= 2, got "many"$/,
  },
  // Caps that keep a run's time and memory bounded (--boot 1e9 would run for days).
  ...([["--boot", "1e9", 1000], ["--boot", "1001", 1000], ["--k-max", "51", 50], ["--k", "1e3", 50], [
    "--horizon",
    "121",
    120,
  ]] as const).map(([flag, value, cap]) => ({
    argv: [flag, value],
    error: new RegExp(
      `^TypeError: Cannot read the command line: ${flag} is at most ${cap} \\(a cap that keeps a run's time and memory bounded\\), got "${value}"; give ${flag} ${cap} or less$`,
    ),
  })),
  {
    argv: ["--duplicates", "last"],
    error: /^TypeError: Cannot read the command line: --duplicates must be "error" or "first", got "last"$/,
  },
  {
    argv: ["--kind", "both"],
    error: /^TypeError: Cannot read the command line: --kind must be .*"rfm" or "features", got "both"$/,
  },
  { argv: ["--lang", "fr"], error: /^RangeError: Cannot use language "fr": choose one of "en", "es", "id"$/ },
  {
    argv: ["--bad-values", "skip"],
    error: /^TypeError: Cannot read the command line: --bad-values must be "error" or "drop", got "skip"$/,
  },
  {
    argv: ["--impute", "mean"],
    error:
      /^TypeError: Cannot read the command line: --impute must be "median", "knn" or "drop", got "mean"$/,
  },
  {
    argv: ["--decimal", ";"],
    error: /^TypeError: Cannot read the command line: --decimal must be "\." or ",", got ";"$/,
  },
  {
    argv: ["--encoding", "utf-16"],
    error: /^TypeError: Cannot read the command line: --encoding must be "utf-8" or "latin-1", got "utf-16"$/,
  },
  {
    argv: ["--snapshot", "31/12/2021"],
    error:
      /^TypeError: Cannot read the command line: --snapshot must be a date YYYY-MM-DD, got "31\/12\/2021"$/,
  },
  {
    argv: ["--delay-threshold=-1"],
    error: /^TypeError: Cannot read the command line: --delay-threshold must be a number >= 0, got "-1"$/,
  },
  {
    argv: ["--cross-sell-credits", "two"],
    error: /^TypeError: Cannot read the command line: --cross-sell-credits must be a number >= 0, got "two"$/,
  },
  {
    argv: ["--delay-unit", "weeks"],
    error:
      /^TypeError: Cannot read the command line: --delay-unit must be "months", "days" or "none", got "weeks"$/,
  },
  {
    argv: ["--frobnicate"],
    error: /^TypeError: Cannot read the command line: unknown option "--frobnicate"; see --help$/,
  },
  {
    argv: ["--frobnicate=1"],
    error: /^TypeError: Cannot read the command line: unknown option "--frobnicate"; see --help$/,
  },
  { argv: ["sales.csv", "--k"], error: /^TypeError: Cannot read the command line: --k needs a value/ },
  {
    argv: ["--k", "-1"],
    error:
      /^TypeError: Cannot read the command line: --k needs a value; .* --k=VALUE for a value that starts with "-"$/,
  },
  {
    argv: ["--no-dbscan=yes"],
    error: /^TypeError: Cannot read the command line: --no-dbscan takes no value/,
  },
  {
    argv: ["--cancel-prefix="],
    error:
      /^TypeError: Cannot read the command line: --cancel-prefix is empty; give the text cancelled invoice ids start with, e\.g\. --cancel-prefix C, or --no-cancel-prefix to remove no invoice as a cancellation$/,
  },
  {
    argv: ["--cancel-prefix", "C", "--no-cancel-prefix"],
    error:
      /^TypeError: Cannot read the command line: --cancel-prefix "C" and --no-cancel-prefix contradict each other/,
  },
  {
    argv: ["a.csv", "b.csv"],
    error:
      /^TypeError: Cannot read the command line: two input files given \("a\.csv" and "b\.csv"\); give one$/,
  },
];

Deno.test("optionsFromArgs() refuses a wrong value or command line with a message naming the flag and the fix", () => {
  for (const { argv, error } of REFUSED) {
    assert.throws(() => optionsFor(argv), error, argv.join(" "));
  }
});

Deno.test("parseCommandLine() gives the file and the option values by name, in both --flag forms", () => {
  assert.deepEqual(parseCommandLine(["--out=o", "sales.csv", "--no-progress", "--k", "3"]), {
    command: "analyze",
    file: "sales.csv",
    values: { out: "o", "no-progress": true, k: "3" },
  });
  assert.deepEqual(parseCommandLine([]), { command: "analyze", file: undefined, values: {} });
});

Deno.test("helpText() lists every option of the table, with its value and its default", () => {
  const help = helpText();
  for (const option of OPTIONS) {
    assert.match(help, new RegExp(`^  --${option.name}\\b`, "m"), option.name);
    assert.ok(help.includes(option.help), option.name);
    if (option.type === "string" && option.default !== undefined) {
      assert.ok(help.includes(`(default: ${option.default})`), option.name);
    }
  }
  assert.match(help, /^ {2}--kind auto\|rfm\|features$/m);
  assert.match(
    help,
    /^ {2}--snapshot YYYY-MM-DD +RFM snapshot date \(default: the day after the last invoice\)$/m,
  );
});

Deno.test("--currency takes an ISO 4217 code, upper-cased, and refuses anything else naming the flag", () => {
  assert.equal((optionsFor(["--currency", "idr"]) as { currency?: string }).currency, "IDR");
  assert.equal((optionsFor([]) as { currency?: string }).currency, undefined);
  assert.throws(
    () => optionsFor(["--currency", "euro"]),
    /^TypeError: Cannot read the command line: --currency must be an ISO 4217 currency code such as "EUR" or "IDR", got "euro"$/,
  );
  assert.throws(() => optionsFor(["--currency", "XYZ"]), /--currency must be an ISO 4217/);
});
