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
import { basename } from "node:path";
import { helpText, optionFlags, type OptionValues, parseCommandLine } from "./_options.ts";
import { optionsFromArgs } from "./_options_from_args.ts";
import {
  probeWrite,
  removeLeftovers,
  writeAtomically,
  type WriteAtomicallyOptions,
  WriteFailed,
} from "./_write.ts";
import { outputPaths, type PathProblem, pathProblem } from "./_paths.ts";
import { ROOT } from "./_deno_paths.ts";
import { LAUNCHER_ENV, PAUSE_ENV, REFUSE_ENV } from "./_env_names.ts";
import {
  abandonedText,
  interruptedText,
  isWriteFailure,
  leftoversText,
  pathProblemText,
  writeFailureText,
} from "./_messages.ts";
import { cliFlags } from "./_flags.ts";
import { ownLines, printErr, printOut, redrawSafe, terminalSafe } from "./_terminal.ts";
import { scoreCommand } from "./score.ts";
import { sqlCommand } from "./sql.ts";
import {
  analyzeFileStreamed,
  assignmentsCsvChunks,
  buildModel,
  CancellationRuleError,
  cancellationRuleText,
  checkMemory,
  type Engine,
  type FileAnalysis,
  fill,
  fitSampleText,
  InputError,
  inputErrorText,
  kindText,
  type Lang,
  ledgerText,
  numberLocale,
  parseLang,
  progressBar,
  reportHtml,
  type RfmAnalysis,
  streamsFile,
  warningText,
  words,
} from "../lib/mod.ts";

async function main(argv: readonly string[]): Promise<number> {
  let commandLine;
  try {
    commandLine = parseCommandLine(argv);
    if (commandLine.values.help) {
      printOut(...ownLines(helpText()));
      return 0;
    }
  } catch (e) {
    printErr((e as Error).message);
    return 2;
  }
  const lang = langOf(commandLine.values);
  // Before anything is read or written: a path the launcher refused (it granted nothing of the
  // user's), or one this run refuses itself when started without the launcher.
  const refused = refusal() ?? pathProblem(commandLine, ROOT);
  if (refused !== null) {
    printErr(pathProblemText(refused, lang));
    return 1;
  }
  let options;
  try {
    if (commandLine.command === "sql") {
      return sqlCommand(commandLine.values);
    }
    if (
      commandLine.file === undefined &&
      !(commandLine.command === "score" && typeof commandLine.values.db === "string")
    ) {
      printErr("Cannot run: no input file given; run `deno task segment FILE` (see --help)");
      return 2;
    }
    options = optionsFromArgs(commandLine.values);
  } catch (e) {
    printErr((e as Error).message);
    return 2;
  }
  const { file, values } = commandLine;
  const out = typeof values.out === "string" ? values.out : "reports";
  const quiet = values["no-progress"] === true || envFlag("SEGMENTA_PROGRESS") === "0";
  const onProgress = quiet ? undefined : stderrProgress(lang);
  // The output folder must take files before the analysis starts, not after it.
  try {
    Deno.mkdirSync(out, { recursive: true });
    probeWrite(out);
  } catch (e) {
    const { code, lines } = isWriteFailure(e)
      ? { code: 1, lines: [writeFailureText(e, out, lang)] }
      : failure(e, file ?? "the database table", out, lang);
    printErr(...lines);
    return code;
  }
  const leftovers = removeLeftovers(outputPaths(commandLine, out));
  if (leftovers.length > 0) printErr(leftoversText(leftovers, out, lang));
  const engine = (options as { engine?: Engine }).engine ?? "auto";
  const streamed = file !== undefined && commandLine.command !== "score" &&
    streamsFile(file, sizeOf(file), engine);
  // A streamed file is not held in memory: DuckDB spills to the output folder past its limit.
  const tooLarge = file === undefined || streamed ? undefined : memoryShortfall(file);
  if (tooLarge !== undefined) {
    printErr(tooLarge);
    return 1;
  }
  const launcher = envFlag(LAUNCHER_ENV);
  const write: WriteAtomicallyOptions = {
    pause: envFlag(PAUSE_ENV),
    onSignal: (interrupted) => printErr(interruptedText(interrupted, out, lang)),
    // Started by the launcher, which has since been killed outright: nobody waits for the outputs.
    ...(launcher ? { abandoned: () => String(Deno.ppid) !== launcher } : {}),
    onAbandoned: () => printErr(abandonedText(out, lang)),
  };
  const t0 = performance.now();
  if (commandLine.command === "score") {
    try {
      return await scoreCommand(file, values, options, out, write);
    } catch (e) {
      const { code, lines } = failure(e, file ?? "the database table", out, lang, "score");
      printErr(...lines);
      return code;
    }
  }
  if (file === undefined) return 2; // checked above: only `score --db` runs without a file
  try {
    const result = await analyzeFileStreamed(file, {
      ...options,
      ...(onProgress ? { onProgress } : {}),
      ...(streamed ? { scan: { tempDirectory: out } } : {}),
    });
    const [htmlPath, csvPath, modelPath] = outputPaths(commandLine, out) as [string, string, string];
    const written = await writeOutputs(result, { htmlPath, csvPath, modelPath }, write);
    printOut(...summaryLines(file, result, written, (performance.now() - t0) / 1000));
    return 0;
  } catch (e) {
    const { code, lines } = failure(e, file, out, lang);
    printErr(...lines);
    return code;
  }
}

/** The report language of the command line, English when it is not one (the options say so later). */
function langOf(values: OptionValues): Lang {
  try {
    return parseLang(typeof values.lang === "string" ? values.lang : "en");
  } catch {
    return "en";
  }
}

const PROBLEM_CODES: readonly PathProblem["code"][] = [
  "out-root",
  "out-contains-project",
  "comma-out",
  "comma-read",
  "overwrites-input",
  "not-a-file",
];

/** The path the launcher refused (`SEGMENTA_REFUSE`), if any. */
function refusal(): PathProblem | null {
  const given = envFlag(REFUSE_ENV);
  if (given === undefined || given === "") return null;
  try {
    const problem = JSON.parse(given) as PathProblem;
    return PROBLEM_CODES.includes(problem?.code) ? problem : null;
  } catch {
    return null;
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
  // The step names the file: what the user named is cleaned like every other print.
  return progressBar(tty ? (s) => raw(redrawSafe(s)) : (line: string) => raw(terminalSafe(line) + "\n"), {
    tty,
    lang,
  });
}

/** A file's size in bytes, 0 when it cannot be read (the analysis then says why). */
function sizeOf(file: string): number {
  try {
    return Deno.statSync(file).size;
  } catch {
    return 0;
  }
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
 * Write the report, the segment CSV and the model, each through a temporary file in the same
 * folder renamed once all are written (cli/_write.ts), so a failed or stopped run leaves no
 * half-written file.
 */
async function writeOutputs(
  { decision, analysis }: FileAnalysis,
  paths: { htmlPath: string; csvPath: string; modelPath: string },
  write: WriteAtomicallyOptions,
): Promise<Written> {
  const { htmlPath, csvPath, modelPath } = paths;
  const files: [string, string | Iterable<string>][] = [
    [htmlPath, reportHtml(analysis, { kindReason: kindText(decision, analysis.options.lang) })],
    [csvPath, assignmentsCsvChunks(analysis)],
  ];
  let noModel: string | null = null;
  try {
    files.push([modelPath, JSON.stringify(buildModel(analysis), null, 1) + "\n"]);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    noModel = e.message;
  }
  await writeAtomically(files, write);
  return { htmlPath, csvPath, modelPath: noModel === null ? modelPath : null, noModel };
}

/** What the run did, for stdout: one line each (the data they quote is cleaned when printed). */
function summaryLines(
  file: string,
  { decision, analysis }: FileAnalysis,
  written: Written,
  seconds: number,
): string[] {
  const s = analysis.segmentation, lang = analysis.options.lang;
  const t = words(lang).run.summary, actions = words(lang).report.render.ledgerAction;
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
    `  ${cliFlags(s.kReason)}`,
    fill(t.verdict, { headline: s.verdict.headline }, lang),
    ...(s.sample ? [fill(t.sample, { text: cliFlags(fitSampleText(s.sample, lang)) }, lang)] : []),
    ...segmentLines(analysis, lang),
    ...analysis.warnings.map((w) => fill(t.warning, { text: cliFlags(w) }, lang)),
    ...(analysis.kind === "rfm" && analysis.periods
      ? analysis.periods.sentences.map((text) => fill(t.periods, { text }, lang))
      : []),
    ...(analysis.kind === "rfm" ? valueLines(analysis, lang) : []),
    fill(t.wrote, { path: written.htmlPath }, lang),
    fill(t.wrote, { path: written.csvPath }, lang),
    written.modelPath !== null
      ? fill(t.wrote, { path: written.modelPath }, lang)
      : fill(t.noModel, { reason: cliFlags(written.noModel ?? "") }, lang),
    fill(t.done, { s: seconds }, lang),
  ];
}

/**
 * The segments of the segmentation that leads the report (and the CSV's segment column): the
 * business-rule segments where they lead, with the reason, then k-means' for comparison.
 */
function segmentLines(analysis: FileAnalysis["analysis"], lang: Lang): string[] {
  const t = words(lang).run.summary;
  const line = (template: string) => (p: { name: string; size: number; share: number }) =>
    fill(template, { name: p.name, n: p.size, share: p.share }, lang);
  const kmeans = analysis.segmentation.profiles;
  if (analysis.kind !== "features" || analysis.primary.by !== "rules" || analysis.rules === null) {
    return kmeans.map(line(t.segment));
  }
  return [
    fill(t.lead, { reason: analysis.primary.reason }, lang),
    ...analysis.rules.profiles.map(line(t.segment)),
    ...kmeans.map(line(t.kmeansSegment)),
  ];
}

/** The customer-value fit of an RFM run, and its warnings, for stdout (none when skipped). */
function valueLines(analysis: RfmAnalysis, lang: Lang): string[] {
  const v = analysis.value;
  if (v === null) return [];
  const t = words(lang).run.summary;
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
    ...v.warnings.map((w) => fill(t.valueWarning, { text: cliFlags(warningText(w, lang)) }, lang)),
  ];
}

/** The exit code and the message lines for an error of the run (a refused cancellation rule in `lang`, with its flags). */
function failure(
  e: unknown,
  file: string,
  out: string,
  lang: Lang,
  surface: "cli" | "score" = "cli",
): { code: number; lines: string[] } {
  const message = (e as Error)?.message;
  if (e instanceof CancellationRuleError) return { code: 1, lines: [cancellationRuleText(e, lang, surface)] };
  if (e instanceof WriteFailed && !(e.cause instanceof Deno.errors.NotCapable)) {
    return { code: 1, lines: [writeFailureText(e.cause, out, lang)] };
  }
  if (e instanceof InputError && (e.fact !== undefined || e.problem !== undefined)) {
    return { code: 1, lines: [inputErrorText(e, lang, "cli", optionFlags())] };
  }
  if (e instanceof InputError || e instanceof RangeError || e instanceof TypeError) {
    return isOutOfMemory(e)
      ? {
        code: 1,
        lines: [
          `Cannot analyse "${file}": it does not fit in memory (${message}); split the file by period, or aggregate to one row per customer first`,
        ],
      }
      : { code: 1, lines: [cliFlags(e.message)] };
  }
  const cause = e instanceof WriteFailed ? e.cause : e;
  if (cause instanceof Deno.errors.NotCapable || cause instanceof Deno.errors.PermissionDenied) {
    return {
      code: 70,
      lines: [
        `Cannot run: ${
          (cause as Error).message
        }; run through \`deno task segment\`, which grants the permissions the analysis needs`,
      ],
    };
  }
  return {
    code: 70,
    lines: [
      "segmenta hit an internal error (a bug; please report it with this message):",
      ...ownLines(String((e as Error)?.stack ?? e)),
    ],
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
