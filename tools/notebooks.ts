/**
 * Run the project's notebooks headless.
 *
 * - With Jupyter and the Deno kernel installed, each notebook runs once in the real kernel, with
 *   plain nbconvert (`jupyter nbconvert --to notebook --execute`, nothing patched) in a private
 *   folder, is checked (every cell ending in an expression or `show(...)` has an output, no output
 *   is an error), then exported without executing again to `reports/notebooks/<name>.html` with
 *   the offline template (`tools/nbconvert/offline`: no require.js or MathJax script links).
 *   Why the check: Deno's kernel can publish a cell's output after reporting the cell idle, and
 *   nbclient then drops it while nbconvert still exits 0; the notebooks show their outputs with
 *   `show` from lib/views/show.ts, which waits until the kernel has published them (its module doc
 *   has the root cause), and this check keeps it that way.
 * - Without them, each notebook's code cells run in order as one Deno module (our own runner),
 *   so the test command passes on a machine that has only Deno.
 *
 * Usage: `deno run -A tools/notebooks.ts [--runner jupyter|deno|auto] [NOTEBOOK...]`; a notebook is
 * a path (relative to where the command was started) or a short name (`01_retail_rfm`, `01`).
 * Relative `SEGMENTA_DATA` and `SEGMENTA_OUT` resolve from where the command was started.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Project root (the folder holding deno.json). */
export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The notebooks, in their numbered order. */
export function listNotebooks(): string[] {
  const dir = join(ROOT, "notebooks");
  return [...Deno.readDirSync(dir)]
    .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
    .map((e) => join(dir, e.name))
    .sort();
}

/** A notebook cell as stored in `.ipynb` JSON (only the fields the runner reads). */
export interface NotebookCell {
  cell_type: string;
  source: string | string[];
  execution_count?: number | null;
  outputs?: { output_type: string; ename?: string; evalue?: string; name?: string }[];
}

/** A notebook as stored in `.ipynb` JSON (only the fields the runner reads). */
export interface NotebookJson {
  cells: NotebookCell[];
}

function sourceOf(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/** The code cells of a notebook, in order. */
export function codeCells(path: string): string[] {
  const nb = JSON.parse(Deno.readTextFileSync(path)) as NotebookJson;
  return nb.cells.filter((c) => c.cell_type === "code").map(sourceOf);
}

/**
 * TypeScript source with comments blanked out (strings and template literals kept, line breaks kept).
 * A small scanner, not a parser: enough to find a cell's last statement.
 */
function stripComments(code: string): string {
  let out = "";
  let i = 0;
  // Stack of open template literals: each entry counts the `{` opened inside its current `${`.
  const templates: number[] = [];
  let inTemplateText = false;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (inTemplateText) {
      if (c === "\\") {
        out += c + (next ?? "");
        i += 2;
      } else if (c === "`") {
        out += c;
        i++;
        inTemplateText = false;
        templates.pop();
      } else if (c === "$" && next === "{") {
        out += "${";
        i += 2;
        inTemplateText = false;
        templates[templates.length - 1] = 0;
      } else {
        out += c;
        i++;
      }
      continue;
    }
    if (c === "/" && next === "/") {
      while (i < code.length && code[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const close = code.indexOf("*/", i + 2);
      const end = close < 0 ? code.length : close + 2;
      out += code.slice(i, end).replace(/[^\n]/g, " ");
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== "\n") j += code[j] === "\\" ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === "`") {
      out += c;
      i++;
      templates.push(0);
      inTemplateText = true;
    } else if (templates.length > 0 && (c === "{" || c === "}")) {
      const depth = templates[templates.length - 1]!;
      out += c;
      i++;
      if (c === "{") templates[templates.length - 1] = depth + 1;
      else if (depth === 0) inTemplateText = true; // the `}` closing `${`
      else templates[templates.length - 1] = depth - 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Statements that evaluate to nothing in a notebook cell. */
const NO_VALUE =
  /^(?:(?:import|export|const|let|var|function|async\s+function|class|abstract\s+class|interface|enum|declare|namespace|if|for|while|do|try|switch|return|throw)\b|type\s+[A-Za-z_$][\w$]*\s*[=<])/;

/** Characters that, ending a line, say the statement goes on on the next line. */
const CONTINUES = /[,([{=+\-*/%&|^!?:<>.]$/;

/**
 * Whether a code cell should show an output when it runs: its last statement is an expression
 * (the value Jupyter displays). A cell whose last non-comment line ends with `;`, or whose last
 * statement is a declaration, import or control statement (`const`, `import`, `function`, `if`...),
 * shows nothing unless it prints. Decides from the text only; a heuristic for the notebooks'
 * style, where a cell that should show nothing ends with `;` or a declaration.
 *
 * @param source The cell's source.
 * @returns `true` when the cell's last statement is an expression.
 *
 * @example Expression, statement, declaration
 * ```ts
 * import assert from "node:assert/strict";
 * import { expectsOutput } from "./notebooks.ts";
 * assert.equal(expectsOutput("const x = 1;\nx + 1 // shown"), true);
 * assert.equal(expectsOutput("await save(x);"), false);
 * assert.equal(expectsOutput('import * as sg from "../lib/mod.ts"'), false);
 * ```
 */
export function expectsOutput(source: string): boolean {
  const lines = stripComments(source).split("\n").map((l) => l.trim());
  let depth = 0;
  let start = 0; // index of the line where the last top-level statement starts
  let previous = ""; // the last non-empty line seen, for continuation
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === "") continue;
    const continued = depth > 0 || CONTINUES.test(previous) || /^[.?:)\]}]/.test(line) ||
      /^(\|\||&&|\?\?|[+*/%<>=-])/.test(line);
    if (!continued) start = n;
    // Track bracket depth outside strings (comments are gone; template text is close enough).
    const bare = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    for (const ch of bare) {
      if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if (ch === ")" || ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
    }
    previous = line;
  }
  if (previous === "" || previous.endsWith(";")) return false;
  // A `;` at depth 0 inside the last line's statement ends it: take what follows.
  const statement = lines.slice(start).filter((l) => l !== "").join("\n");
  const lastTopLevel = lastTopLevelStatement(statement);
  if (lastTopLevel === "") return false;
  return !NO_VALUE.test(lastTopLevel);
}

/** The text after the last `;` at bracket depth 0 (strings skipped), trimmed. */
function lastTopLevelStatement(code: string): string {
  let depth = 0;
  let cut = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) cut = i + 1;
  }
  return code.slice(cut).trim();
}

/** A code cell named for a person reading a failure: its number among the code cells and first line. */
export interface CellRef {
  /** 1-based number among the notebook's code cells (the `[n]` of a top-to-bottom run). */
  readonly cell: number;
  /** The first non-empty line of its source. */
  readonly firstLine: string;
}

/**
 * The code cells of a notebook expected to show an output (see {@linkcode expectsOutput}).
 *
 * @param nb The notebook JSON.
 * @returns The cells, in order.
 *
 * @example Only cells ending in an expression
 * ```ts
 * import assert from "node:assert/strict";
 * import { cellsExpectingOutput } from "./notebooks.ts";
 * const nb = { cells: [
 *   { cell_type: "markdown", source: "# Title" },
 *   { cell_type: "code", source: ["const x = 2;\n"] },
 *   { cell_type: "code", source: ["x * 3"] },
 * ] };
 * assert.deepEqual(cellsExpectingOutput(nb), [{ cell: 2, firstLine: "x * 3" }]);
 * ```
 */
export function cellsExpectingOutput(nb: NotebookJson): CellRef[] {
  return codeCellRefs(nb).filter(({ source }) => expectsOutput(source)).map(({ ref }) => ref);
}

function codeCellRefs(nb: NotebookJson): { ref: CellRef; source: string; cell: NotebookCell }[] {
  return nb.cells.filter((c) => c.cell_type === "code").map((cell, i) => {
    const source = sourceOf(cell);
    const firstLine = source.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
    return { ref: { cell: i + 1, firstLine }, source, cell };
  });
}

/** Output types that show a cell's value (a stream of printed lines does not). */
const RICH = new Set(["execute_result", "display_data", "error"]);

/** What {@linkcode checkExecutedNotebook} found wrong in an executed notebook. */
export interface ExecutedNotebookCheck {
  /** Cells whose last statement is an expression but that have no output (or never ran). */
  readonly missingOutput: readonly CellRef[];
  /** Cells with an `error` output, with the error's name and message. */
  readonly errors: readonly (CellRef & { readonly error: string })[];
}

/**
 * Check a notebook executed by nbconvert: every cell expected to show an output has one (a result
 * or a display; printed lines alone do not count), and no output is an error. A non-empty code cell without an execution count never ran and counts as
 * missing when it expects an output.
 *
 * @param nb The executed notebook JSON (`jupyter nbconvert --to notebook --execute`).
 * @returns The cells that lost their output and the cells with errors (both empty when all is well).
 *
 * @example A chart cell that lost its output
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkExecutedNotebook } from "./notebooks.ts";
 * const nb = { cells: [
 *   { cell_type: "code", source: "sg.chart(x)", execution_count: 1, outputs: [] },
 *   { cell_type: "code", source: "1 + 1", execution_count: 2, outputs: [{ output_type: "execute_result" }] },
 * ] };
 * assert.deepEqual(checkExecutedNotebook(nb), { missingOutput: [{ cell: 1, firstLine: "sg.chart(x)" }], errors: [] });
 * ```
 */
export function checkExecutedNotebook(nb: NotebookJson): ExecutedNotebookCheck {
  const missingOutput: CellRef[] = [];
  const errors: (CellRef & { error: string })[] = [];
  for (const { ref, source, cell } of codeCellRefs(nb)) {
    const outputs = cell.outputs ?? [];
    for (const o of outputs) {
      if (o.output_type === "error") {
        errors.push({ ...ref, error: `${o.ename ?? "Error"}: ${o.evalue ?? ""}`.trim() });
      }
    }
    // A printed line is not the cell's output: the chart, table or reading it shows must be there.
    const shown = outputs.some((o) => RICH.has(o.output_type));
    if (expectsOutput(source) && !shown) missingOutput.push(ref);
  }
  return { missingOutput, errors };
}

/**
 * The check as one message, or `""` when nothing is wrong.
 *
 * @param notebook The notebook's name, for the message.
 * @param check What {@linkcode checkExecutedNotebook} found.
 * @returns A multi-line message naming the notebook and each cell (number and first line).
 *
 * @example One lost output
 * ```ts
 * import assert from "node:assert/strict";
 * import { describeCheck } from "./notebooks.ts";
 * const text = describeCheck("01_retail_rfm", { missingOutput: [{ cell: 13, firstLine: "sg.heatmap(x)" }], errors: [] });
 * assert.match(text, /^Notebook "01_retail_rfm": 1 cell lost its output/);
 * assert.match(text, /cell 13: sg\.heatmap\(x\)/);
 * assert.equal(describeCheck("x", { missingOutput: [], errors: [] }), "");
 * ```
 */
export function describeCheck(notebook: string, check: ExecutedNotebookCheck): string {
  const parts: string[] = [];
  const quote = (line: string) => (line.length > 100 ? `${line.slice(0, 97)}...` : line);
  if (check.missingOutput.length > 0) {
    const n = check.missingOutput.length;
    parts.push(
      `Notebook "${notebook}": ${n} cell${n === 1 ? "" : "s"} lost ${
        n === 1 ? "its output" : "their outputs"
      } (the cell ends in an expression but nbconvert recorded no output):`,
      ...check.missingOutput.map((c) => `  cell ${c.cell}: ${quote(c.firstLine)}`),
    );
  }
  if (check.errors.length > 0) {
    const n = check.errors.length;
    parts.push(
      `Notebook "${notebook}": ${n} cell${n === 1 ? " has an error output" : "s have error outputs"}:`,
      ...check.errors.map((c) => `  cell ${c.cell}: ${quote(c.firstLine)} -> ${quote(c.error)}`),
    );
  }
  return parts.join("\n");
}

/** Where Jupyter looks for kernels, and whether a Deno kernel is among them. */
export function jupyterStatus(): { jupyter: boolean; denoKernel: boolean; why: string } {
  let out: Deno.CommandOutput;
  try {
    out = new Deno.Command("jupyter", { args: ["--paths", "--json"], stdout: "piped", stderr: "null" })
      .outputSync();
  } catch {
    return { jupyter: false, denoKernel: false, why: "jupyter is not on PATH" };
  }
  if (!out.success) return { jupyter: false, denoKernel: false, why: "jupyter --paths failed" };
  const paths = JSON.parse(new TextDecoder().decode(out.stdout)) as { data: string[] };
  const nbconvert =
    new Deno.Command("jupyter", { args: ["nbconvert", "--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  if (!nbconvert) return { jupyter: false, denoKernel: false, why: "jupyter nbconvert is not installed" };
  const kernel = paths.data.some((d) => existsSync(join(d, "kernels", "deno", "kernel.json")));
  return {
    jupyter: true,
    denoKernel: kernel,
    why: kernel ? "Jupyter with the Deno kernel" : "no Deno kernel: run `deno jupyter --install`",
  };
}

/** What one notebook run produced. */
export interface NotebookRun {
  readonly notebook: string;
  readonly runner: "jupyter" | "deno";
  readonly ok: boolean;
  readonly seconds: number;
  /** The tools' output, then (Jupyter) what the output check found. */
  readonly output: string;
  /** The exported HTML (Jupyter runs that passed the check). */
  readonly html?: string;
  /** Jupyter: the executed notebook kept for inspection when the run failed. */
  readonly executed?: string;
}

/** Options for {@linkcode runNotebook}. */
export interface RunNotebookOptions {
  /** `jupyter` (nbconvert with the Deno kernel) or `deno` (our own runner). */
  runner: "jupyter" | "deno";
  /** Extra environment for the kernel or module, e.g. `SEGMENTA_DATA`. */
  env?: Record<string, string>;
  /** Appended to the notebook's name for the HTML (e.g. `-real`). @default {""} */
  suffix?: string;
  /** Where the HTML goes. @default {"reports/notebooks"} */
  outDir?: string;
}

/** nbconvert's arguments for the offline HTML template (tools/nbconvert/offline). */
export const OFFLINE_TEMPLATE_ARGS: readonly string[] = [
  `--TemplateExporter.extra_template_basedirs=${join(ROOT, "tools", "nbconvert")}`,
  "--template",
  "offline",
];

let runCounter = 0;

/** A name no other run (this process or another) uses at the same time. */
function uniqueTag(): string {
  runCounter++;
  return `${Deno.pid}-${runCounter}-${crypto.randomUUID().slice(0, 8)}`;
}

async function command(cmd: string, args: string[], cwd: string, env: Record<string, string>) {
  const out = await new Deno.Command(cmd, { args, cwd, env, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  return { success: out.success, text };
}

/**
 * Run one notebook top to bottom.
 *
 * Jupyter: execute once with plain nbconvert to a notebook file in a private folder
 * (`nbconvert --to notebook --execute`), check it with {@linkcode checkExecutedNotebook}, then
 * export the checked notebook to HTML with the offline template without executing again. Own
 * runner: the code cells as one module, under a unique name.
 *
 * @param path The notebook.
 * @param options The runner, extra environment, HTML name suffix and folder.
 * @returns What the run produced; `ok` is `false` when a tool failed or the check found problems.
 */
export async function runNotebook(path: string, options: RunNotebookOptions): Promise<NotebookRun> {
  const { runner, env = {}, suffix = "", outDir = join(ROOT, "reports", "notebooks") } = options;
  const t0 = performance.now();
  const name = basename(path, ".ipynb");
  const seconds = () => (performance.now() - t0) / 1000;
  if (runner === "jupyter") {
    Deno.mkdirSync(outDir, { recursive: true });
    // A private folder inside outDir: concurrent runs never share a file, and the HTML is moved
    // into place with an atomic rename (same file system).
    const work = Deno.makeTempDirSync({ dir: outDir, prefix: `.run_${name}${suffix}.${uniqueTag()}.` });
    const executed = join(work, `${name}${suffix}.ipynb`);
    const log: string[] = [];
    const failed = (extra: Partial<NotebookRun> = {}): NotebookRun => ({
      notebook: name,
      runner,
      ok: false,
      seconds: seconds(),
      output: log.join("\n"),
      ...extra,
    });
    try {
      const run = await command(
        "jupyter",
        [
          "nbconvert",
          "--to",
          "notebook",
          "--execute",
          "--ExecutePreprocessor.timeout=900",
          `--output-dir=${work}`,
          `--output=${name}${suffix}`,
          path,
        ],
        dirname(path),
        env,
      );
      log.push(run.text);
      if (!run.success) return failed();
      const problems = describeCheck(
        name,
        checkExecutedNotebook(JSON.parse(Deno.readTextFileSync(executed))),
      );
      if (problems !== "") {
        const kept = join(outDir, `${name}${suffix}.failed.ipynb`);
        Deno.renameSync(executed, kept);
        log.push(problems, `The executed notebook is kept in ${kept}`);
        return failed({ executed: kept });
      }
      const html = await command(
        "jupyter",
        [
          "nbconvert",
          "--to",
          "html",
          ...OFFLINE_TEMPLATE_ARGS,
          `--output-dir=${work}`,
          `--output=${name}${suffix}`,
          executed,
        ],
        dirname(path),
        env,
      );
      log.push(html.text);
      const target = join(outDir, `${name}${suffix}.html`);
      try {
        Deno.removeSync(join(outDir, `${name}${suffix}.failed.ipynb`)); // from an earlier failed run
      } catch { /* none */ }
      if (!html.success) return failed();
      Deno.renameSync(join(work, `${name}${suffix}.html`), target);
      return { notebook: name, runner, ok: true, seconds: seconds(), output: log.join("\n"), html: target };
    } finally {
      Deno.removeSync(work, { recursive: true });
    }
  }
  // Our own runner: the code cells, in order, as one module beside the notebook (so that relative
  // imports and paths resolve as in the kernel, whose working folder is the notebook's), under a
  // name unique to this run so that concurrent runs of one notebook do not collide.
  const module = join(dirname(path), `.run_${name}${suffix}.${uniqueTag()}.ts`);
  const cells = codeCells(path);
  try {
    Deno.writeTextFileSync(
      module,
      cells.map((c, i) => `// ---- cell ${i + 1}\n${c}\n;`).join("\n") + "\nexport {};\n",
      { createNew: true },
    );
    const out = await command(Deno.execPath(), ["run", "-A", "--quiet", module], dirname(path), env);
    return {
      notebook: name,
      runner,
      ok: out.success,
      seconds: seconds(),
      output: out.text,
    };
  } finally {
    try {
      Deno.removeSync(module);
    } catch { /* never written */ }
  }
}

/**
 * The notebook a command-line argument names: a path (relative to `cwd`), or a short name matched
 * against the project's notebooks (`01_retail_rfm`, `01_retail_rfm.ipynb`, `01`).
 *
 * @param arg What the user typed.
 * @param cwd Where the command was started (`INIT_CWD` under `deno task`).
 * @returns The notebook's absolute path.
 * @throws {RangeError} If nothing matches, or a short name matches several notebooks.
 */
export function resolveNotebook(arg: string, cwd: string): string {
  const asPath = resolve(cwd, arg);
  if (existsSync(asPath) && Deno.statSync(asPath).isFile) return asPath;
  const all = listNotebooks();
  const stem = basename(arg).replace(/\.ipynb$/, "");
  const exact = all.filter((p) => basename(p, ".ipynb") === stem);
  const matches = exact.length > 0 ? exact : all.filter((p) => basename(p).startsWith(stem));
  if (matches.length === 1) return matches[0]!;
  const names = all.map((p) => basename(p, ".ipynb")).join(", ");
  throw new RangeError(
    matches.length === 0
      ? `Cannot find notebook "${arg}": no such file, and no notebook is named so; the notebooks are ${names}`
      : `Cannot tell which notebook "${arg}" means: it starts ${matches.length} names; the notebooks are ${names}`,
  );
}

/**
 * The environment for the notebooks with relative `SEGMENTA_DATA` / `SEGMENTA_OUT` made absolute
 * from where the user started (the kernel runs in the notebooks' folder).
 *
 * @param env The current environment.
 * @param cwd Where the command was started.
 * @returns The variables to pass (only those set).
 */
export function notebookEnv(env: Record<string, string>, cwd: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["SEGMENTA_DATA", "SEGMENTA_OUT"]) {
    const v = env[key];
    if (v !== undefined && v !== "") out[key] = resolve(cwd, v);
  }
  return out;
}

if (import.meta.main) {
  const args = [...Deno.args];
  const ri = args.indexOf("--runner");
  let runner: string = "auto";
  if (ri >= 0) {
    runner = args[ri + 1] ?? "auto";
    args.splice(ri, 2);
  }
  if (!["auto", "jupyter", "deno"].includes(runner)) {
    console.error(`Cannot run the notebooks with runner "${runner}": use --runner jupyter, deno or auto`);
    Deno.exit(2);
  }
  const status = jupyterStatus();
  const chosen: "jupyter" | "deno" = runner === "auto"
    ? (status.denoKernel ? "jupyter" : "deno")
    : runner as "jupyter";
  if (chosen === "jupyter" && !status.denoKernel) {
    console.error(`Cannot run the notebooks with Jupyter: ${status.why}`);
    Deno.exit(2);
  }
  if (chosen === "deno") {
    console.error(
      runner === "deno"
        ? "Running the code cells with segmenta's own runner (--runner deno); no HTML export"
        : `Jupyter not usable (${status.why}): running the code cells with segmenta's own runner; no HTML export`,
    );
  }
  const cwd = Deno.env.get("INIT_CWD") ?? Deno.cwd();
  let notebooks: string[];
  try {
    notebooks = args.length > 0 ? args.map((a) => resolveNotebook(a, cwd)) : listNotebooks();
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(2);
  }
  const env = notebookEnv(Deno.env.toObject(), cwd);
  let failed = 0;
  for (const nb of notebooks) {
    const run = await runNotebook(nb, { runner: chosen, env });
    console.log(
      `${run.ok ? "ok  " : "FAIL"} ${run.notebook} (${run.runner}, ${run.seconds.toFixed(1)} s)${
        run.html ? ` -> ${run.html}` : ""
      }`,
    );
    if (!run.ok) {
      failed++;
      console.error(run.output.slice(-4000));
    }
  }
  Deno.exit(failed > 0 ? 1 : 0);
}
