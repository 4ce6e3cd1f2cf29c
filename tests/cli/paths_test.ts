/**
 * Paths the launcher must handle without widening what it grants: commas (Deno splits its
 * permission lists on them), `--out /`, an output folder that holds segmenta, outputs that would
 * replace an input. Real processes through the launcher, and its `--print-command`.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT, segment } from "./_segment.ts";
import { pathProblem, readGrant } from "../../cli/_paths.ts";
import { parseCommandLine } from "../../cli/_options.ts";

/** The pieces Deno reads from `--allow-<kind>=a,b,c` in a printed command (it splits on commas). */
function granted(command: string, kind: "read" | "write"): string[] {
  const m = new RegExp(`--allow-${kind}=('(?:[^']|'\\\\'')*'|\\S+)`).exec(command);
  if (m === null) return [];
  const list = m[1]!.startsWith("'") ? m[1]!.slice(1, -1).replaceAll("'\\''", "'") : m[1]!;
  return list.split(",");
}

/** Every piece of a read list is the project's, Deno's npm cache's, or one of `mine`. */
function assertReadsOnly(command: string, mine: string[]): void {
  for (const piece of granted(command, "read")) {
    const ok = mine.includes(piece) || piece.startsWith(join(ROOT, "lib") + "/") ||
      /\/registry\.npmjs\.org\//.test(piece);
    assert.ok(ok, `read granted to "${piece}"\n${command}`);
  }
}

Deno.test("segment CLI: a file named with a comma works: its folder is granted, never a piece of its name", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-comma-" });
  try {
    const file = join(dir, "sales, Q1.csv");
    await Deno.copyFile(join(ROOT, "data", "retail_sample.csv"), file);
    const out = join(dir, "out");
    const cmd = await segment([file, "--out", out, "--print-command"]);
    assert.equal(cmd.code, 0, cmd.stderr);
    assertReadsOnly(cmd.stdout, [dir, out]);
    assert.ok(granted(cmd.stdout, "read").includes(dir));
    assert.deepEqual(granted(cmd.stdout, "write"), [out]);
    const r = await segment([file, "--out", out, "--no-progress"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      [...Deno.readDirSync(out)].map((e) => e.name).sort(),
      ["sales, Q1-model.json", "sales, Q1-segments.csv", "sales, Q1.html"],
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test('segment CLI: --out "x,/root" is refused with a message and grants no write at all (never /root)', async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-comma-" });
  try {
    const out = `${dir}/x,/root`;
    const cmd = await segment(["data/retail_sample.csv", "--out", out, "--print-command"]);
    assert.equal(cmd.code, 0, cmd.stderr);
    assert.deepEqual(granted(cmd.stdout, "write"), []);
    assert.ok(!granted(cmd.stdout, "read").some((p) => p === "/root" || p.startsWith(dir)), cmd.stdout);
    assert.ok(!cmd.stdout.includes("retail_sample.csv,"), "the input is granted though the run is refused");
    for (
      const [lang, message] of [
        ["en", /^Cannot write to ".*x,\/root": its path has a comma, .*; choose an --out without a comma\n$/],
        ["es", /^No se puede escribir en ".*x,\/root": su ruta tiene una coma/],
        ["id", /^Tidak dapat menulis ke ".*x,\/root": jalurnya mengandung koma/],
      ] as const
    ) {
      const r = await segment(["data/retail_sample.csv", "--out", out, "--no-progress", "--lang", lang]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, message);
    }
    assert.ok(!existsSync(`${dir}/x,`));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: a file whose folder also has a comma, as input, --model or --previous, is refused and not granted", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-comma-" });
  try {
    const odd = join(dir, "a,b");
    await Deno.mkdir(odd);
    const file = join(odd, "s,1.csv");
    await Deno.copyFile(join(ROOT, "data", "retail_sample.csv"), file);
    const out = join(dir, "out");
    for (
      const args of [
        [file],
        ["score", "data/retail_sample.csv", "--model", file],
        ["score", "data/retail_sample.csv", "--model", join(dir, "m.json"), "--previous", file],
      ]
    ) {
      const cmd = await segment([...args, "--out", out, "--print-command"]);
      assert.ok(!granted(cmd.stdout, "read").some((p) => p.startsWith(dir)), cmd.stdout);
      assert.deepEqual(granted(cmd.stdout, "write"), []);
      const r = await segment([...args, "--out", out, "--no-progress"]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stderr,
        /^Cannot read ".*a,b\/s,1\.csv": the path of the file and the path of its folder have commas/,
      );
    }
    assert.ok(!existsSync(out));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: --out /, segmenta's folder or one holding it, and a link to one, are refused; nothing granted", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-out-" });
  try {
    const link = join(dir, "link");
    await Deno.symlink(dirname(ROOT), link);
    const cases: [string, RegExp][] = [
      ["/", /^Cannot write to "\/": it is the root folder of the computer/],
      [ROOT, /^Cannot write to ".*": it holds segmenta itself \(".*"\)/],
      [dirname(ROOT), /it holds segmenta itself/],
      ["..", /^Cannot write to "\.\.": it holds segmenta itself/],
      [link, /^Cannot write to ".*link": it holds segmenta itself/],
    ];
    for (const [out, message] of cases) {
      const cmd = await segment(["data/retail_sample.csv", "--out", out, "--print-command"]);
      assert.deepEqual(granted(cmd.stdout, "write"), [], `${out}: ${cmd.stdout}`);
      const r = await segment(["data/retail_sample.csv", "--out", out, "--no-progress"]);
      assert.equal(r.code, 1, `${out}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    // A folder inside the project (the default reports/) is fine.
    assert.equal(pathProblem(parseCommandLine(["data/retail_sample.csv"]), ROOT), null);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: outputs that would replace an input (the file, --previous) are refused, the input untouched", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-overwrite-" });
  try {
    const input = join(dir, "sales.html");
    const text = await Deno.readTextFile(join(ROOT, "data", "retail_sample.csv"));
    await Deno.writeTextFile(input, text);
    const r = await segment([input, "--out", dir, "--no-progress", "--lang", "es"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /^No se puede escribir ".*sales\.html": es el archivo de entrada ".*sales\.html", que la ejecución sobrescribiría; elija otra carpeta con --out/,
    );
    assert.equal(await Deno.readTextFile(input), text);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["sales.html"]);
    // score would write <name>-segments.csv over the --previous it reads.
    const previous = join(dir, "retail_sample-segments.csv");
    await Deno.writeTextFile(previous, "customer_id,cluster_segment\n");
    const line = parseCommandLine([
      "score",
      "data/retail_sample.csv",
      "--model",
      "m.json",
      "--previous",
      previous,
      "--out",
      dir,
    ]);
    assert.deepEqual(pathProblem(line, ROOT), {
      code: "overwrites-input",
      input: previous,
      output: resolve(previous),
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("readGrant() grants a path with a comma only through a folder without one", () => {
  assert.equal(readGrant("/d/sales.csv"), "/d/sales.csv");
  assert.equal(readGrant("/d/sales, Q1.csv"), "/d");
  assert.equal(readGrant("/a,b/sales.csv"), null);
  assert.equal(readGrant("/a,b/c,d.csv"), null);
});
