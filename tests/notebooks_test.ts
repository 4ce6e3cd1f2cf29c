/**
 * Notebooks are tests too: each runs top to bottom on the bundled sample, and again on the real
 * reference file named in its metadata (`metadata.segmenta.sharedData`) where that file exists.
 * With Jupyter and the Deno kernel installed they run in the real kernel (nbconvert); without,
 * through our own runner, with a visible notice.
 */
import assert from "node:assert/strict";
import { basename } from "node:path";
import { jupyterStatus, listNotebooks, runNotebook } from "../tools/notebooks.ts";
import { sharedData } from "./_data.ts";

const status = jupyterStatus();
const runner: "jupyter" | "deno" = status.denoKernel ? "jupyter" : "deno";
if (runner === "deno") {
  console.warn(`NOTICE: notebooks run through segmenta's own runner, not Jupyter (${status.why})`);
}

for (const nb of listNotebooks()) {
  const name = basename(nb, ".ipynb");
  const meta = (JSON.parse(Deno.readTextFileSync(nb)).metadata?.segmenta ?? {}) as { sharedData?: string };
  Deno.test(`notebook ${name} runs top to bottom on the bundled sample (${runner})`, async () => {
    const run = await runNotebook(nb, { runner, env: { SEGMENTA_OUT: "../reports/notebook-runs/sample" } });
    assert.ok(run.ok, `${name} failed:\n${run.output.slice(-6000)}`);
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
      },
    });
  }
}
