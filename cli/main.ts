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
  InputError,
  kindText,
  type Lang,
  ledgerText,
  progressBar,
  reportHtml,
  type RfmAnalysis,
  warningText,
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
  const onProgress = quiet ? undefined : stderrProgress();
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
function stderrProgress(): ReturnType<typeof progressBar> {
  const tty = Deno.stderr.isTerminal();
  const raw = (s: string) => Deno.stderr.writeSync(new TextEncoder().encode(s));
  return progressBar(tty ? raw : (line: string) => raw(line + "\n"), { tty });
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

/** What the run did, for stdout. */
function summaryText(
  file: string,
  { decision, analysis }: FileAnalysis,
  written: Written,
  seconds: number,
): string {
  const s = analysis.segmentation, lang = analysis.options.lang;
  return [
    `segmenta: ${file}`,
    `  kind: ${decision.kind} (${kindText(decision, lang)})`,
    `  rows: ${analysis.loaded.rowsRead} read, ${analysis.cleaned.rowsOut} kept; ${s.clustering.labels.length} customers segmented`,
    ...analysis.ledger.filter((e) => e.rows > 0).map((e) =>
      `  ledger: ${e.action} ${e.rows}${e.column ? ` in "${e.column}"` : ""}: ${ledgerText(e, lang)}`
    ),
    `  ${s.kReason}`,
    `  verdict: ${s.verdict.headline}`,
    ...segmentLines(analysis),
    ...analysis.warnings.map((w) => `  warning: ${w}`),
    ...(analysis.kind === "rfm" ? valueLines(analysis, lang) : []),
    `wrote ${written.htmlPath}`,
    `wrote ${written.csvPath}`,
    written.modelPath !== null ? `wrote ${written.modelPath}` : `model not written: ${written.noModel}`,
    `done in ${seconds.toFixed(1)} s`,
  ].join("\n");
}

/**
 * The segments of the segmentation that leads the report (and the CSV's segment column): the
 * business-rule segments where they lead, with the reason, then k-means' for comparison.
 */
function segmentLines(analysis: FileAnalysis["analysis"]): string[] {
  const line = (prefix: string) => (p: { name: string; size: number; share: number }) =>
    `  ${prefix} "${p.name}": ${p.size} customers (${(100 * p.share).toFixed(1)}%)`;
  const kmeans = analysis.segmentation.profiles;
  if (analysis.kind !== "features" || analysis.primary.by !== "rules" || analysis.rules === null) {
    return kmeans.map(line("segment"));
  }
  return [
    `  lead: ${analysis.primary.reason}`,
    ...analysis.rules.profiles.map(line("segment")),
    ...kmeans.map(line("k-means segment")),
  ];
}

/** The customer-value fit of an RFM run, and its warnings, for stdout (none when skipped). */
function valueLines(analysis: RfmAnalysis, lang: Lang): string[] {
  const v = analysis.value;
  if (v === null) return [];
  const m = v.bgnbd, s = v.summary;
  const fit = m === null
    ? "no BG/NBD fit"
    : `BG/NBD r = ${m.r.toFixed(4)}, alpha = ${m.alpha.toFixed(4)}, a = ${m.a.toFixed(4)}, b = ${
      m.b.toFixed(4)
    }`;
  return [
    `  customer value: ${fit} on ${s.customers.length} customers (calibration ${
      s.start.toISOString().slice(0, 10)
    } to ${s.calibrationEnd.toISOString().slice(0, 10)}, ${v.timeUnit})`,
    ...v.warnings.map((w) => `  customer value warning: ${warningText(w, lang)}`),
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
