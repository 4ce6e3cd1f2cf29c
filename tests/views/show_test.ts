/**
 * show() in Deno's real Jupyter kernel, through plain nbconvert: a cell's display arrives before
 * the kernel reports the cell idle, even after a backlog of printed lines and with a large
 * payload, the two cases where a bare last expression is lost (see lib/views/show.ts).
 * Skips with a notice without Jupyter and the Deno kernel.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { jupyterStatus, ROOT } from "../../tools/notebooks.ts";
import { markdown, show } from "../../lib/views/show.ts";

const status = jupyterStatus();
if (!status.denoKernel) console.warn(`NOTICE: show() kernel test skipped (${status.why})`);

function cell(source: string) {
  return { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source };
}

Deno.test({
  name: "show() keeps every display under plain nbconvert (printed backlog, large payload)",
  ignore: !status.denoKernel,
  fn: async () => {
    const dir = Deno.makeTempDirSync({ prefix: "segmenta_show_" });
    try {
      const lib = join(ROOT, "lib", "views", "show.ts");
      const big =
        `({ [Symbol.for("Jupyter.display")]: () => ({ "text/html": "<b>" + "x".repeat(1_500_000) + "</b>" }) })`;
      const cells = [
        cell(`import { markdown, show } from "${lib}";`),
        ...Array.from(
          { length: 4 },
          (_, i) =>
            cell(
              `for (let i = 0; i < 400; i++) console.log("line " + i);\nawait show(markdown("**reading ${i}**"))`,
            ),
        ),
        ...Array.from({ length: 3 }, () => cell(`await show(${big})`)),
      ];
      const nb = {
        cells,
        metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
        nbformat: 4,
        nbformat_minor: 5,
      };
      Deno.writeTextFileSync(join(dir, "t.ipynb"), JSON.stringify(nb));
      const out = await new Deno.Command("jupyter", {
        args: ["nbconvert", "--to", "notebook", "--execute", "--output", "run", "t.ipynb"],
        cwd: dir,
        stdout: "piped",
        stderr: "piped",
      }).output();
      assert.ok(out.success, new TextDecoder().decode(out.stderr));
      const ran = JSON.parse(Deno.readTextFileSync(join(dir, "run.ipynb"))) as {
        cells: {
          outputs: {
            output_type: string;
            data?: Record<string, string | string[]>;
            text?: string | string[];
          }[];
        }[];
      };
      ran.cells.slice(1, 5).forEach((c, i) => {
        const shown = c.outputs.filter((o) => o.output_type === "display_data");
        assert.equal(shown.length, 1, `cell ${i + 2} lost its reading`);
        assert.equal([shown[0]!.data!["text/markdown"]].flat().join(""), `**reading ${i}**`);
        const printed = c.outputs.filter((o) => o.output_type === "stream").map((o) =>
          [o.text ?? ""].flat().join("")
        ).join("");
        assert.equal(printed.split("\n").filter((l) => l.startsWith("line ")).length, 400);
      });
      ran.cells.slice(5).forEach((c, i) => {
        assert.equal(
          c.outputs.filter((o) => o.output_type === "display_data").length,
          1,
          `large cell ${i} lost its output`,
        );
      });
    } finally {
      if (!Deno.env.get("KEEP")) Deno.removeSync(dir, { recursive: true });
      else console.log(dir);
    }
  },
});

Deno.test("show() outside a kernel prints markdown and plain text, skips charts and nulls", async () => {
  const printed: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => printed.push(a.join(" "));
  try {
    await show(markdown("**a**"), null, "plain", {
      [Symbol.for("Jupyter.display")]: () => ({ "text/html": "<svg/>" }),
    });
  } finally {
    console.log = log;
  }
  assert.deepEqual(printed, ["**a**", "plain"]);
});
