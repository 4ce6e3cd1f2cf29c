/**
 * The CLI's messages offer the fix as a flag: the library's option names in its messages are
 * mapped to flags through one table (cli/_flags.ts, made from cli/_options.ts). A library message
 * that advises an option with no flag fails here until the option gets a flag or is listed below
 * with the reason a CLI user never needs it.
 */
import assert from "node:assert/strict";
import { join, relative } from "node:path";
import { cliFlags, FLAGS } from "../../cli/_flags.ts";
import { ROOT } from "./_segment.ts";
import { segment } from "./_segment.ts";

Deno.test("cliFlags() turns each way the library advises an option into the flag", () => {
  const cases: [string, string][] = [
    [
      'fix those cells, or pass badValues: "drop" (CLI --bad-values drop) to drop those rows',
      "fix those cells, or give --bad-values drop to drop those rows",
    ],
    ['pass encoding: "latin-1" (CLI --encoding latin-1) or save', "give --encoding latin-1 or save"],
    [
      'it looks ;-separated; pass delimiter: ";" or leave it out',
      'it looks ;-separated; give --delimiter ";" or leave it out',
    ],
    ['pass delimiter: "\\t" or', 'give --delimiter "\\t" or'],
    [
      'remove the repeated rows, or set { duplicates: "first" } to keep the first row',
      "remove the repeated rows, or give --duplicates first to keep the first row",
    ],
    ["no k satisfies it; try a larger kMax", "no k satisfies it; try a larger --k-max"],
    [
      "the stability figures are rough; use nBoot = 20 or more",
      "the stability figures are rough; use --boot 20 or more",
    ],
    ['Rows dropped (badValues: "drop")', "Rows dropped (--bad-values drop)"],
    // Not an option of the CLI: left as written. A quoted column name is data, never rewritten.
    ["raise eps or lower minSamples", "raise eps or lower minSamples"],
    ['column "timeUnit" has "kMax"', 'column "timeUnit" has "kMax"'],
    ["k = 4 set by the analyst", "k = 4 set by the analyst"],
  ];
  for (const [lib, cli] of cases) assert.equal(cliFlags(lib), cli);
});

Deno.test("the flag table covers every option the options table sets, switches by the value they set", () => {
  assert.ok(FLAGS.some((f) => f.option === "badValues" && f.flag === "--bad-values"));
  assert.ok(FLAGS.some((f) => f.option === "nBoot" && f.flag === "--boot"));
  assert.ok(FLAGS.some((f) => f.option === "dbscan" && f.flag === "--no-dbscan" && f.sets === false));
  assert.equal(cliFlags("pass { dbscan: false }"), "give --no-dbscan");
});

/**
 * Options the library advises that a CLI run never needs a flag for, and why. (An option pending
 * a flag in another branch belongs here only until that flag is merged.)
 */
const LIBRARY_ONLY: Readonly<Record<string, string>> = {
  strict: "segmentRfm with a rule set of the caller's; the CLI uses the built-in rule set",
  unit: "customer-value functions called directly; the CLI passes --time-unit",
  dateFormat:
    "--date-format is being added with the date formats (issue 20); maps through its `to` once merged",
  dayFirst: "--day-first is being added with the date formats (issue 20); maps through its `to` once merged",
  minSamples: "DBSCAN's minSamples is 2 x features in a CLI run; --no-dbscan turns DBSCAN off",
};

/** `pass opt: v`, `set { opt: v }`, `use opt = v`, `a larger kMax` in the library's strings and texts. */
const ADVICE = /\b(?:pass|set|use)\s+\{?\s*(\w+)\s*[:=]|\b(?:larger|smaller|raise|lower)\s+([a-z]+[A-Z]\w*)/g;

Deno.test("every option a library message advises has a flag, or is listed as library-only with the reason", async () => {
  const unmapped = new Map<string, string>();
  const dirs = [
    "load",
    "clean",
    "eda",
    "scale",
    "cluster",
    "validate",
    "choose_k",
    "profile",
    "rfm",
    "clv",
    "run",
    "model",
  ];
  const files = [join(ROOT, "lib", "text", "en.ts")];
  for (const d of dirs) {
    for await (const e of Deno.readDir(join(ROOT, "lib", d))) {
      if (e.isFile && e.name.endsWith(".ts")) files.push(join(ROOT, "lib", d, e.name));
    }
  }
  for (const file of files) {
    const lines = (await Deno.readTextFile(file)).split("\n");
    lines.forEach((line, i) => {
      if (/^\s*(\*|\/\/|\/\*\*)/.test(line)) return; // doc comments and examples speak to library users
      for (const m of line.matchAll(ADVICE)) {
        const option = m[1] ?? m[2]!;
        if (!FLAGS.some((f) => f.option === option) && !(option in LIBRARY_ONLY)) {
          unmapped.set(option, `${relative(ROOT, file)}:${i + 1}`);
        }
      }
    });
  }
  assert.deepEqual(
    [...unmapped],
    [],
    "options advised with no CLI flag: add the flag to cli/_options.ts (or EXTRA_FLAGS), or list it in LIBRARY_ONLY",
  );
});

Deno.test("segment CLI: a library error that names an option shows the flag instead", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-flags-" });
  try {
    const file = join(dir, "dups.csv");
    await Deno.writeTextFile(file, "id,x,y\n1,1,2\n1,3,4\n2,5,6\n3,1,1\n4,2,2\n");
    const r = await segment([file, "--out", join(dir, "out"), "--no-progress"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /or give --duplicates first to keep the first row of each id/);
    assert.doesNotMatch(r.stderr, /duplicates: "first"/);
    const ok = await segment([file, "--out", join(dir, "out"), "--no-progress", "--duplicates", "first"]);
    assert.equal(ok.code, 0, ok.stderr);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
