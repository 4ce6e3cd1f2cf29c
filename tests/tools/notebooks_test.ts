/**
 * The notebook runner's output check, on small hand-made notebook JSON (no Jupyter needed).
 * The real notebook runs are in tests/notebooks_test.ts.
 */
import assert from "node:assert/strict";
import {
  cellsExpectingOutput,
  checkExecutedNotebook,
  describeCheck,
  expectsOutput,
  notebookEnv,
  type NotebookJson,
  resolveNotebook,
  ROOT,
  runNotebook,
} from "../../tools/notebooks.ts";
import { join } from "node:path";

Deno.test("expectsOutput: a cell ending in an expression expects an output", () => {
  assert.equal(expectsOutput("loaded.table.head(5)"), true);
  assert.equal(expectsOutput("const x = 1;\nx + 1"), true);
  assert.equal(expectsOutput("sg.ledgerFrame(run.ledger)\n// a note after the expression\n\n"), true);
  assert.equal(expectsOutput("sg.chart(x) // trailing comment"), true);
  assert.equal(expectsOutput("/* block */ [a, b]"), true);
  // An expression spread over lines: the statement starts at `sg.` and ends at `)`.
  assert.equal(expectsOutput("sg.kPanel(\n  { votes: 1 },\n  { lang: LANG },\n)"), true);
  assert.equal(expectsOutput("items\n  .map((p) => p.name)\n  .concat(`report: ${OUT}/x.html`)"), true);
  assert.equal(expectsOutput("const a = 1; a * 2"), true);
  assert.equal(expectsOutput("await Promise.resolve(3)"), true);
  assert.equal(expectsOutput("for (const v of xs) { total += v; }\ntotal"), true);
});

Deno.test("expectsOutput: a cell ending with `;` or a declaration expects none", () => {
  assert.equal(expectsOutput("await Deno.writeTextFile(path, text);"), false);
  assert.equal(expectsOutput("save(x); // quiet"), false);
  assert.equal(expectsOutput('import * as sg from "../lib/mod.ts"'), false);
  assert.equal(expectsOutput('import * as sg from "../lib/mod.ts";\nimport pl from "nodejs-polars"'), false);
  assert.equal(expectsOutput("const K: number | undefined = undefined // default"), false);
  assert.equal(expectsOutput('const IMPUTE = "median"; // "median" | "knn" | "drop"'), false);
  assert.equal(expectsOutput('const ROLES = {\n  customer: "id",\n}'), false);
  assert.equal(expectsOutput("function f(x: number) {\n  return x\n}"), false);
  assert.equal(expectsOutput("type Row = { a: number }"), false);
  assert.equal(expectsOutput("if (x) {\n  y()\n}"), false);
  assert.equal(expectsOutput("// only a comment\n/* and a block\n comment */"), false);
  assert.equal(expectsOutput(""), false);
  // `;` or `//` inside strings are not statement ends or comments.
  assert.equal(expectsOutput('const url = "https://x.org/a;b"'), false);
  assert.equal(expectsOutput('["a;b", "http://x"]'), true);
  assert.equal(expectsOutput("`${a; }` + `// not a comment`"), true);
});

function notebook(...cells: NotebookJson["cells"]): NotebookJson {
  return { cells };
}

Deno.test("cellsExpectingOutput: numbers code cells only and gives their first line", () => {
  const nb = notebook(
    { cell_type: "markdown", source: "# Title\n\ntext" },
    { cell_type: "code", source: ["// Settings\n", 'const LANG = "en";\n'] },
    { cell_type: "code", source: ['import * as sg from "../lib/mod.ts";'] },
    { cell_type: "markdown", source: ["## Data"] },
    { cell_type: "code", source: ["\n", "const t = sg.load(DATA);\n", "t.head(5)"] },
    { cell_type: "code", source: "sg.chart(t)\n" },
    { cell_type: "code", source: "await sg.save(t);" },
  );
  assert.deepEqual(cellsExpectingOutput(nb), [
    { cell: 3, firstLine: "const t = sg.load(DATA);" },
    { cell: 4, firstLine: "sg.chart(t)" },
  ]);
});

/** An executed notebook as nbconvert writes it: cell 3 (a chart) lost its execute_result. */
function executed(): NotebookJson {
  const result = { output_type: "execute_result" };
  return notebook(
    { cell_type: "markdown", source: "# Retail" },
    { cell_type: "code", source: "const K = 3;", execution_count: 1, outputs: [] },
    { cell_type: "code", source: "t.head(5)", execution_count: 2, outputs: [result] },
    {
      cell_type: "code",
      source: ["// The heatmap\n", "sg.zScoreHeatmap(p, { lang: LANG })"],
      execution_count: 3,
      outputs: [],
    },
    {
      cell_type: "code",
      source: "print(x)\nx",
      execution_count: 4,
      outputs: [{ output_type: "stream", name: "stdout" }, result],
    },
    { cell_type: "code", source: "await save(x);", execution_count: 5, outputs: [] },
  );
}

Deno.test("checkExecutedNotebook: finds the cell that lost its output, and only that one", () => {
  const check = checkExecutedNotebook(executed());
  assert.deepEqual(check, { missingOutput: [{ cell: 3, firstLine: "// The heatmap" }], errors: [] });
  const text = describeCheck("01_retail_rfm", check);
  assert.match(text, /^Notebook "01_retail_rfm": 1 cell lost its output/);
  assert.match(text, /\n {2}cell 3: \/\/ The heatmap$/);
});

Deno.test("checkExecutedNotebook: a complete notebook passes", () => {
  const nb = executed();
  nb.cells[3]!.outputs = [{ output_type: "display_data" }];
  assert.deepEqual(checkExecutedNotebook(nb), { missingOutput: [], errors: [] });
  assert.equal(describeCheck("x", checkExecutedNotebook(nb)), "");
});

Deno.test("checkExecutedNotebook: reports error outputs, even in cells that expect none", () => {
  const nb = executed();
  nb.cells[3]!.outputs = [{ output_type: "display_data" }];
  nb.cells[5]!.outputs = [{ output_type: "error", ename: "TypeError", evalue: "x is undefined" }];
  const check = checkExecutedNotebook(nb);
  assert.deepEqual(check.missingOutput, []);
  assert.deepEqual(check.errors, [{
    cell: 5,
    firstLine: "await save(x);",
    error: "TypeError: x is undefined",
  }]);
  assert.match(
    describeCheck("02_credit_card", check),
    /1 cell has an error output:\n {2}cell 5: await save\(x\); -> TypeError: x is undefined/,
  );
});

Deno.test("checkExecutedNotebook: a cell that never ran counts as missing; an empty cell does not", () => {
  const nb = notebook(
    { cell_type: "code", source: "1 + 1", execution_count: 1, outputs: [{ output_type: "execute_result" }] },
    { cell_type: "code", source: "", execution_count: null, outputs: [] },
    { cell_type: "code", source: "2 + 2", execution_count: null },
  );
  assert.deepEqual(checkExecutedNotebook(nb).missingOutput, [{ cell: 3, firstLine: "2 + 2" }]);
  assert.match(
    describeCheck("n", {
      missingOutput: [{ cell: 3, firstLine: "2 + 2" }, { cell: 4, firstLine: "x" }],
      errors: [],
    }),
    /2 cells lost their outputs/,
  );
});

Deno.test("runNotebook (own runner): concurrent runs of one notebook use their own module and clean up", async () => {
  const dir = Deno.makeTempDirSync({ prefix: "segmenta_nb_" });
  try {
    const path = `${dir}/tiny.ipynb`;
    Deno.writeTextFileSync(
      path,
      JSON.stringify(notebook(
        { cell_type: "code", source: 'const n = Number(Deno.env.get("N"));' },
        {
          cell_type: "code",
          source: ["await new Promise((r) => setTimeout(r, 200));\n", "console.log(`run ${n}`);"],
        },
      )),
    );
    const runs = await Promise.all(
      [1, 2, 3].map((n) => runNotebook(path, { runner: "deno", env: { N: String(n) } })),
    );
    for (const [i, run] of runs.entries()) {
      assert.ok(run.ok, run.output);
      assert.equal(run.output.trim(), `run ${i + 1}`);
      assert.equal(run.runner, "deno");
    }
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["tiny.ipynb"]);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("runNotebook (own runner): a failing cell fails the run and the module is removed", async () => {
  const dir = Deno.makeTempDirSync({ prefix: "segmenta_nb_" });
  try {
    const path = `${dir}/bad.ipynb`;
    Deno.writeTextFileSync(
      path,
      JSON.stringify(notebook({ cell_type: "code", source: 'throw new Error("boom")' })),
    );
    const run = await runNotebook(path, { runner: "deno" });
    assert.equal(run.ok, false);
    assert.match(run.output, /boom/);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["bad.ipynb"]);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("checkExecutedNotebook: printed lines alone are not a cell's output", () => {
  const nb = notebook(
    {
      cell_type: "code",
      source: "await sg.show(chart)",
      execution_count: 1,
      outputs: [{ output_type: "stream" }],
    },
    {
      cell_type: "code",
      source: "await sg.show(chart)",
      execution_count: 2,
      outputs: [{ output_type: "stream" }, { output_type: "display_data" }],
    },
  );
  assert.deepEqual(checkExecutedNotebook(nb).missingOutput, [{ cell: 1, firstLine: "await sg.show(chart)" }]);
});

Deno.test("resolveNotebook: a short name, the file name, a path from where the user started", () => {
  const rfm = join(ROOT, "notebooks", "01_retail_rfm.ipynb");
  assert.equal(resolveNotebook("01_retail_rfm", "/"), rfm);
  assert.equal(resolveNotebook("01_retail_rfm.ipynb", "/"), rfm);
  assert.equal(resolveNotebook("01", "/"), rfm);
  assert.equal(resolveNotebook("notebooks/01_retail_rfm.ipynb", ROOT), rfm);
  assert.equal(resolveNotebook("01_retail_rfm.ipynb", join(ROOT, "notebooks")), rfm);
  assert.throws(
    () => resolveNotebook("99_nothing", "/"),
    /^RangeError: Cannot find notebook "99_nothing".*01_retail_rfm/,
  );
  assert.throws(() => resolveNotebook("0", "/"), /^RangeError: Cannot tell which notebook "0" means/);
});

Deno.test("notebookEnv: relative SEGMENTA_DATA and SEGMENTA_OUT resolve from where the user started", () => {
  assert.deepEqual(
    notebookEnv({ SEGMENTA_DATA: "data/x.csv", SEGMENTA_OUT: "/abs/out", HOME: "/root" }, "/work/project"),
    { SEGMENTA_DATA: "/work/project/data/x.csv", SEGMENTA_OUT: "/abs/out" },
  );
  assert.deepEqual(notebookEnv({}, "/w"), {});
});
