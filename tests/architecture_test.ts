/**
 * The layout of lib/ as ARCHITECTURE.md draws it: step folders import only folders below them
 * in {@linkcode LAYERS}, so there is no cycle between folders, and no file imports another
 * folder's `_private` file.
 */
import assert from "node:assert/strict";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const LIB = fileURLToPath(new URL("../lib/", import.meta.url));

/**
 * The folders of lib/, lowest first: a folder may import itself and the folders before it.
 * Keep in step with ARCHITECTURE.md.
 */
export const LAYERS = [
  "base",
  "generate",
  "load",
  "clean",
  "eda",
  "cohorts",
  "scale",
  "cluster",
  "validate",
  "choose_k",
  "profile",
  "rfm",
  "clv",
  "text",
  "chart",
  "run",
  "model",
  "sql",
  "scan",
  "report",
  "views",
] as const;

/** Every `.ts` file under `dir`, as paths relative to lib/. */
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    const p = join(dir, e.name);
    if (e.isDirectory) out.push(...tsFiles(p));
    else if (e.name.endsWith(".ts")) out.push(relative(LIB, p));
  }
  return out.sort();
}

/** The relative modules a file imports in code (doc examples in comments are a reader's code, not lib's). */
export function importsOf(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)["'](\.\.?\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) specs.push(m[1]!);
  return specs;
}

/** A folder-level edge: file `from` (relative to lib/) imports `to` (relative to lib/). */
interface Edge {
  readonly from: string;
  readonly to: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const f of tsFiles(LIB)) {
    for (const spec of importsOf(Deno.readTextFileSync(join(LIB, f)))) {
      const to = normalize(join(dirname(f), spec));
      if (to.startsWith("..")) continue; // deno.json and the like, outside lib/
      out.push({ from: f, to });
    }
  }
  return out;
}

function folderOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.indexOf("/")) : ".";
}

Deno.test("every folder of lib/ has its place in LAYERS", () => {
  const folders = [...Deno.readDirSync(LIB)].filter((e) => e.isDirectory).map((e) => e.name).sort();
  assert.deepEqual(folders, [...LAYERS].sort());
});

Deno.test("lib/ folders import only folders below them (so no folder cycle)", () => {
  const bad: string[] = [];
  for (const { from, to } of edges()) {
    const a = folderOf(from), b = folderOf(to);
    if (a === "." || a === b) continue; // lib/mod.ts is the barrel over everything
    const ia = LAYERS.indexOf(a as typeof LAYERS[number]), ib = LAYERS.indexOf(b as typeof LAYERS[number]);
    if (b === "." || ib < 0 || ib > ia) bad.push(`${from} -> ${to}`);
  }
  assert.deepEqual(bad, [], `imports that go up or sideways:\n${bad.join("\n")}`);
});

Deno.test("no file imports another folder's _private file", () => {
  const bad = edges().filter(({ from, to }) => folderOf(from) !== folderOf(to) && /(^|\/)_[^/]+$/.test(to))
    .map(({ from, to }) => `${from} -> ${to}`);
  assert.deepEqual(bad, []);
});

Deno.test("the checks see real imports and skip doc examples", () => {
  const src = [
    '/** @example\n * import { x } from "../mod.ts";\n */',
    'import { a } from "./a.ts";',
    'export { b } from "../base/b.ts";',
    'const w = new URL("./_worker.ts", import.meta.url);',
    '// import { c } from "../c.ts";',
  ].join("\n");
  assert.deepEqual(importsOf(src), ["./a.ts", "../base/b.ts", "./_worker.ts"]);
});

Deno.test("lib/mod.ts names every export (no export *) and leaves out the sample generators", () => {
  const mod = Deno.readTextFileSync(join(LIB, "mod.ts"));
  assert.equal(/export\s*\*/.test(mod), false, "lib/mod.ts re-exports a module wholesale");
  assert.equal(/from "\.\/generate\//.test(mod), false, "lib/mod.ts exports a sample generator");
  for (const internal of ["tr", "takeRows", "project", "jsonForScript"]) {
    assert.equal(
      new RegExp(`[{,]\\s*${internal}\\s*[,}]`).test(mod),
      false,
      `lib/mod.ts exports ${internal}`,
    );
  }
});
