/**
 * `deno task segment` runs this (through cli/segment.ts, which grants the narrowest
 * permissions): analyse one file, write `<out>/<name>.html`, `<out>/<name>-segments.csv` and
 * `<out>/<name>-model.json`; or, with `score FILE --model M.json`, assign the customers of a new
 * file with a saved model (cli/score.ts); or, with `sql --model M.json`, print the model as SQL
 * (cli/sql.ts).
 *
 * Exit codes: 0 done, 1 the input cannot be used (the message says why and what to do),
 * 2 wrong command line, 70 an internal error (a bug: please report it with the message).
 *
 * @module
 */
import "./_env_shim.ts";
import { basename, join } from "node:path";
import { helpText, parseCommandLine } from "./_options.ts";
import { optionsFromArgs } from "./_options_from_args.ts";
import { writeAtomically } from "./_write.ts";
import { scoreCommand } from "./score.ts";
import { sqlCommand } from "./sql.ts";
import {
  analyzeFile,
  assignmentsCsv,
  buildModel,
  checkMemory,
  type FileAnalysis,
  fill,
  InputError,
  kindText,
  type Lang,
  ledgerText,
  numberLocale,
  progressBar,
  reportHtml,
  type RfmAnalysis,
  warningText,
  words,
} from "../lib/mod.ts";

async function main(argv: readonly string[]): Promise<number> {
  let commandLine, options;
  try {
    commandLine = parseCommandLine(argv);
    if (commandLine.values.help) {
      console.log(helpText());
      return 0;
    }
    if (commandLine.command === "sql") {
      return sqlCommand(commandLine.values);
    }
    if (
      commandLine.file === undefined &&
      !(commandLine.command === "score" && typeof commandLine.values.db === "string")
    ) {
      console.error("Cannot run: no input file given; run `deno task segment FILE` (see --help)");
      return 2;
    }
    options = optionsFromArgs(commandLine.values);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const { file, values } = commandLine;
  const out = typeof values.out === "string" ? values.out : "reports";
  const quiet = values["no-progress"] === true || envFlag("SEGMENTA_PROGRESS") === "0";
  const onProgress = quiet ? undefined : stderrProgress(options.lang ?? "en");
  try {
    Deno.mkdirSync(out, { recursive: true });
  } catch (e) {
    console.error(
      `Cannot write to the output folder "${out}": ${(e as Error).message}; choose another --out`,
    );
    return 1;
  }
  const tooLarge = file === undefined ? undefined : memoryShortfall(file);
  if (tooLarge !== undefined) {
    console.error(tooLarge);
    return 1;
  }
  const t0 = performance.now();
  if (commandLine.command === "score") {
    try {
      return await scoreCommand(file, values, options, out);
    } catch (e) {
      const { code, message } = failure(e, file ?? "the database table", out);
      console.error(message);
      return code;
    }
  }
  if (file === undefined) return 2; // checked above: only `score --db` runs without a file
  try {
    const result = await analyzeFile(file, { ...options, ...(onProgress ? { onProgress } : {}) });
    const written = writeOutputs(result, out, basename(file).replace(/\.[^.]+$/, "") || "segments");
    console.log(summaryText(file, result, written, (performance.now() - t0) / 1000));
    return 0;
  } catch (e) {
    const { code, message } = failure(e, file, out);
    console.error(message);
    return code;
  }
}

function envFlag(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/** Progress bars on stderr: redrawn in place on a terminal, one line per update otherwise. */
function stderrProgress(lang: Lang): ReturnType<typeof progressBar> {
  const tty = Deno.stderr.isTerminal();
  const raw = (s: string) => Deno.stderr.writeSync(new TextEncoder().encode(s));
  return progressBar(tty ? raw : (line: string) => raw(line + "\n"), { tty, lang });
}

/**
 * The message if the whole run will not fit in memory, said before any work (the loader's own
 * check is for reading only); none when it fits or cannot be told (a missing file: the loader says so).
 */
function memoryShortfall(file: string): string | undefined {
  try {
    const check = checkMemory(Deno.statSync(file).size, Deno.systemMemoryInfo().available, {
      file: basename(file),
    });
    return check.fits ? undefined : check.message;
  } catch {
    return undefined;
  }
}

/** The files a run writes (the model unless the analysis cannot be saved as one, and why). */
interface Written {
  readonly htmlPath: string;
  readonly csvPath: string;
  readonly modelPath: string | null;
  readonly noModel: string | null;
}

/**
 * Write the report, the segment CSV and the model to `out`, each through a temporary file in the
 * same folder renamed once all are written, so a failed run leaves no half-written file.
 */
function writeOutputs({ decision, analysis }: FileAnalysis, out: string, name: string): Written {
  const htmlPath = join(out, `${name}.html`), csvPath = join(out, `${name}-segments.csv`);
  const modelPath = join(out, `${name}-model.json`);
  const files: [string, string][] = [
    [htmlPath, reportHtml(analysis, { kindReason: kindText(decision, analysis.options.lang) })],
    [csvPath, assignmentsCsv(analysis)],
  ];
  let noModel: string | null = null;
  try {
    files.push([modelPath, JSON.stringify(buildModel(analysis), null, 1) + "\n"]);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    noModel = e.message;
  }
  writeAtomically(files);
  return { htmlPath, csvPath, modelPath: noModel === null ? modelPath : null, noModel };
}

/** What the run did, for stdout, in the run's language. */
function summaryText(
  file: string,
  { decision, analysis }: FileAnalysis,
  written: Written,
  seconds: number,
): string {
  const s = analysis.segmentation, lang = analysis.options.lang;
  const t = words(lang).run.cli, actions = words(lang).report.render.ledgerAction;
  return [
    `segmenta: ${file}`,
    fill(t.kind, { kind: t.kinds[decision.kind], reason: kindText(decision, lang) }, lang),
    fill(t.rows, {
      read: analysis.loaded.rowsRead,
      kept: analysis.cleaned.rowsOut,
      customers: s.clustering.labels.length,
    }, lang),
    ...analysis.ledger.filter((e) => e.rows > 0).map((e) =>
      fill(t.ledger, {
        action: actions[e.action],
        rows: e.rows,
        column: e.column ? fill(t.ledgerColumn, { column: e.column }, lang) : "",
        reason: ledgerText(e, lang),
      }, lang)
    ),
    `  ${s.kReason}`,
    fill(t.verdict, { headline: s.verdict.headline }, lang),
    ...s.profiles.map((p) => fill(t.segment, { name: p.name, n: p.size, share: p.share }, lang)),
    ...analysis.warnings.map((w) => fill(t.warning, { text: w }, lang)),
    ...(analysis.kind === "rfm" ? valueLines(analysis, lang) : []),
    fill(t.wrote, { path: written.htmlPath }, lang),
    fill(t.wrote, { path: written.csvPath }, lang),
    written.modelPath !== null
      ? fill(t.wrote, { path: written.modelPath }, lang)
      : fill(t.noModel, { reason: written.noModel ?? "" }, lang),
    fill(t.done, { s: seconds }, lang),
  ].join("\n");
}

/** The customer-value fit of an RFM run, and its warnings, for stdout (none when skipped). */
function valueLines(analysis: RfmAnalysis, lang: Lang): string[] {
  const v = analysis.value;
  if (v === null) return [];
  const t = words(lang).run.cli;
  const m = v.bgnbd, s = v.summary;
  // four decimals, the locale's decimal mark, no grouping (English: as `toFixed(4)`)
  const f4 = (x: number) =>
    new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: 4,
      maximumFractionDigits: 4,
      useGrouping: false,
    }).format(x);
  const fit = m === null
    ? t.noFit
    : fill(t.fit, { r: f4(m.r), alpha: f4(m.alpha), a: f4(m.a), b: f4(m.b) }, lang);
  const units: Readonly<Record<string, string>> = words(lang).report.units;
  return [
    fill(t.value, {
      fit,
      n: s.customers.length,
      start: s.start,
      end: s.calibrationEnd,
      unit: units[v.timeUnit] ?? v.timeUnit,
    }, lang),
    ...v.warnings.map((w) => fill(t.valueWarning, { text: warningText(w, lang) }, lang)),
  ];
}

/** The exit code and the message for an error of the run. */
function failure(e: unknown, file: string, out: string): { code: number; message: string } {
  const message = (e as Error)?.message;
  if (e instanceof InputError || e instanceof RangeError || e instanceof TypeError) {
    return isOutOfMemory(e)
      ? {
        code: 1,
        message:
          `Cannot analyse "${file}": it does not fit in memory (${message}); split the file by period, or aggregate to one row per customer first`,
      }
      : { code: 1, message: e.message };
  }
  if (
    e instanceof Deno.errors.NotADirectory || e instanceof Deno.errors.IsADirectory ||
    e instanceof Deno.errors.AlreadyExists || (e instanceof Error && e.name === "StorageFull")
  ) {
    return { code: 1, message: `Cannot write the report to "${out}": ${message}; choose another --out` };
  }
  if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
    return {
      code: 70,
      message:
        `Cannot run: ${message}; run through \`deno task segment\`, which grants the permissions the analysis needs`,
    };
  }
  return {
    code: 70,
    message: `segmenta hit an internal error (a bug; please report it with this message):\n${
      (e as Error)?.stack ?? e
    }`,
  };
}

function isOutOfMemory(e: Error): boolean {
  return /Array buffer allocation failed|Invalid typed array length|Invalid array length|out of memory/i.test(
    e.message,
  );
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
