/**
 * Run the project's notebooks headless.
 *
 * - With Jupyter and the Deno kernel installed, each notebook runs in the real kernel through
 *   `jupyter nbconvert --to html --execute` and is exported to `reports/notebooks/<name>.html`.
 * - Without them, each notebook's code cells run in order as one Deno module (our own runner),
 *   so the test command passes on a machine that has only Deno.
 *
 * Usage: `deno run -A tools/notebooks.ts [--runner jupyter|deno|auto] [NOTEBOOK...]`
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

interface NotebookJson {
  cells: { cell_type: string; source: string | string[] }[];
}

/** The code cells of a notebook, in order. */
export function codeCells(path: string): string[] {
  const nb = JSON.parse(Deno.readTextFileSync(path)) as NotebookJson;
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));
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
  readonly output: string;
  readonly html?: string;
}

/**
 * Run one notebook top to bottom.
 *
 * @param path The notebook.
 * @param options `runner`, extra environment (e.g. `SEGMENTA_DATA`), and a suffix for the HTML name.
 */
export async function runNotebook(
  path: string,
  options: { runner: "jupyter" | "deno"; env?: Record<string, string>; suffix?: string; outDir?: string },
): Promise<NotebookRun> {
  const { runner, env = {}, suffix = "", outDir = join(ROOT, "reports", "notebooks") } = options;
  const t0 = performance.now();
  const name = basename(path, ".ipynb");
  if (runner === "jupyter") {
    Deno.mkdirSync(outDir, { recursive: true });
    const out = await new Deno.Command("jupyter", {
      args: [
        "nbconvert",
        "--to",
        "html",
        "--execute",
        "--ExecutePreprocessor.timeout=900",
        `--output-dir=${outDir}`,
        `--output=${name}${suffix}`,
        path,
      ],
      cwd: dirname(path),
      env,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
    return {
      notebook: name,
      runner,
      ok: out.success,
      seconds: (performance.now() - t0) / 1000,
      output: text,
      html: join(outDir, `${name}${suffix}.html`),
    };
  }
  // Our own runner: the code cells, in order, as one module beside the notebook (so that relative
  // imports and paths resolve as in the kernel, whose working folder is the notebook's).
  const module = join(dirname(path), `.run_${name}${suffix}.ts`);
  const cells = codeCells(path);
  Deno.writeTextFileSync(
    module,
    cells.map((c, i) => `// ---- cell ${i + 1}\n${c}\n;`).join("\n") + "\nexport {};\n",
  );
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--quiet", module],
      cwd: dirname(path),
      env,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
    return {
      notebook: name,
      runner,
      ok: out.success,
      seconds: (performance.now() - t0) / 1000,
      output: text,
    };
  } finally {
    try {
      Deno.removeSync(module);
    } catch { /* already gone */ }
  }
}

if (import.meta.main) {
  const args = [...Deno.args];
  const ri = args.indexOf("--runner");
  let runner: string = "auto";
  if (ri >= 0) {
    runner = args[ri + 1] ?? "auto";
    args.splice(ri, 2);
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
  const notebooks = args.length > 0 ? args.map((a) => resolve(a)) : listNotebooks();
  let failed = 0;
  for (const nb of notebooks) {
    const run = await runNotebook(nb, { runner: chosen });
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
