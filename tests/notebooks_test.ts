/**
 * Notebooks are tests too: each runs top to bottom on the bundled sample, and again on the real
 * reference file named in its metadata (`metadata.segmenta.sharedData`) where that file exists.
 * With Jupyter and the Deno kernel installed they run in the real kernel (nbconvert); without,
 * through our own runner, with a visible notice. A Jupyter run also checks the executed notebook:
 * every cell ending in an expression has an output and no output is an error (tools/notebooks.ts;
 * unit tests of that check in tests/tools/notebooks_test.ts).
 */
import assert from "node:assert/strict";
import { basename } from "node:path";
import { jupyterStatus, listNotebooks, type NotebookRun, runNotebook } from "../tools/notebooks.ts";
import { sharedData } from "./_data.ts";

const status = jupyterStatus();
const runner: "jupyter" | "deno" = status.denoKernel ? "jupyter" : "deno";
if (runner === "deno") {
  console.warn(`NOTICE: notebooks run through segmenta's own runner, not Jupyter (${status.why})`);
} else {
  console.warn("NOTICE: notebooks run in Jupyter (nbconvert, Deno kernel), outputs checked");
}

/** Say so when a Jupyter run needed its retry, or kept results that came after the cell's `idle`. */
function noteRetry(run: NotebookRun): void {
  if (run.lateOutputs > 0) {
    console.warn(
      `NOTICE: ${run.notebook}: ${run.lateOutputs} cell result(s) came after the kernel's idle; kept`,
    );
  }
  if (run.ok && run.attempts > 1) {
    const cells = run.output.split("\n").filter((l) => /^(Notebook| {2}cell)/.test(l)).join("\n");
    console.warn(`NOTICE: ${run.notebook} passed on attempt ${run.attempts}:\n${cells}`);
  }
}

for (const nb of listNotebooks()) {
  const name = basename(nb, ".ipynb");
  const meta = (JSON.parse(Deno.readTextFileSync(nb)).metadata?.segmenta ?? {}) as { sharedData?: string };
  Deno.test(`notebook ${name} runs top to bottom on the bundled sample (${runner})`, async () => {
    const run = await runNotebook(nb, { runner, env: { SEGMENTA_OUT: "../reports/notebook-runs/sample" } });
    assert.ok(run.ok, `${name} failed:\n${run.output.slice(-6000)}`);
    noteRetry(run);
  });
  if (meta.sharedData) {
    const file = meta.sharedData;
    const path = sharedData(file);
    Deno.test({
      name: `notebook ${name} runs top to bottom on ../shared/data/${file} (${runner})`,
      ignore: path === null,
      fn: async () => {
        const run = await runNotebook(nb, {
          runner,
          suffix: "-real",
          env: { SEGMENTA_DATA: path!, SEGMENTA_OUT: "../reports/notebook-runs/real" },
        });
        assert.ok(run.ok, `${name} on ${file} failed:\n${run.output.slice(-6000)}`);
        noteRetry(run);
      },
    });
  }
}
