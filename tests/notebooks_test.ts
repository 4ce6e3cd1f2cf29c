/**
 * Notebooks are tests too: each runs top to bottom on the bundled sample, and again on the real
 * reference file named in its metadata (`metadata.segmenta.sharedData`) where that file exists.
 * With Jupyter and the Deno kernel installed they run once in the real kernel with plain
 * nbconvert (no retry, no patched preprocessor); the executed notebook must have an output in
 * every cell that ends in an expression or `show(...)`, and no error; the exported HTML must open
 * offline (no `file://` path, no script loaded from elsewhere). Without Jupyter they run through
 * our own runner, with a visible notice. Unit tests of the check: tests/tools/notebooks_test.ts.
 */
import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { jupyterStatus, listNotebooks, type NotebookRun, ROOT, runNotebook } from "../tools/notebooks.ts";
import { sharedData } from "./_data.ts";

const status = jupyterStatus();
const runner: "jupyter" | "deno" = status.denoKernel ? "jupyter" : "deno";
if (runner === "deno") {
  console.warn(`NOTICE: notebooks run through segmenta's own runner, not Jupyter (${status.why})`);
} else {
  console.warn("NOTICE: notebooks run in Jupyter (plain nbconvert, Deno kernel), outputs checked");
}

/** What in an exported notebook would not open offline: `file://` paths and scripts loaded by URL. */
function offlineProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.includes("file://")) problems.push("a file:// path");
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    problems.push(`a script loaded from ${m[1]}`);
  }
  return problems;
}

Deno.test("offlineProblems() finds nbconvert's default script links and nothing in inline scripts", () => {
  assert.deepEqual(
    offlineProblems(
      '<script src="file:///usr/share/javascript/requirejs/require.min.js"></script><script src="https://cdn.x/mathjax.js"></script><script>1</script>',
    ),
    [
      "a file:// path",
      "a script loaded from file:///usr/share/javascript/requirejs/require.min.js",
      "a script loaded from https://cdn.x/mathjax.js",
    ],
  );
  assert.deepEqual(offlineProblems("<script>var a = 1;</script><svg></svg>"), []);
});

function checkRun(run: NotebookRun, what: string): void {
  assert.ok(run.ok, `${what} failed:\n${run.output.slice(-6000)}`);
  if (run.runner === "jupyter") {
    assert.ok(run.html, `${what}: no HTML`);
    assert.deepEqual(
      offlineProblems(Deno.readTextFileSync(run.html!)),
      [],
      `${what}: the HTML needs files or the network`,
    );
  }
}

for (const nb of listNotebooks()) {
  const name = basename(nb, ".ipynb");
  const meta = (JSON.parse(Deno.readTextFileSync(nb)).metadata?.segmenta ?? {}) as { sharedData?: string };
  Deno.test(`notebook ${name} runs top to bottom on the bundled sample (${runner})`, async () => {
    const run = await runNotebook(nb, {
      runner,
      env: { SEGMENTA_OUT: join(ROOT, "reports", "notebook-runs", "sample") },
    });
    checkRun(run, name);
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
          env: { SEGMENTA_DATA: path!, SEGMENTA_OUT: join(ROOT, "reports", "notebook-runs", "real") },
        });
        checkRun(run, `${name} on ${file}`);
      },
    });
  }
}
