/**
 * The public API's documentation is complete: `deno doc --lint lib/mod.ts` reports nothing but
 * references to nodejs-polars' `DataFrame` (written `pl.DataFrame`) and DuckDB's `DuckDBConnection`,
 * which cannot be made public from here (re-exporting polars' types drags in hundreds of polars'
 * own undocumented and private types). Every other diagnostic (a missing doc, a missing explicit
 * type, a reference to one of our own unexported types) fails, with the offending lines printed.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * Third-party types a public signature may reference without exporting them: nodejs-polars'
 * namespace `pl` and its `DataFrame`, and DuckDB's `DuckDBConnection` (the streamed path's
 * lib/scan functions take one). Nothing of our own belongs here.
 */
export const THIRD_PARTY_TYPES: readonly string[] = ["pl", "DataFrame", "DuckDBConnection"];

/** One diagnostic of `deno doc --lint`. */
export interface DocDiagnostic {
  /** The lint code, e.g. `"missing-jsdoc"` or `"private-type-ref"`. */
  readonly code: string;
  /** The message after the code, e.g. `public type 'X' references private type 'Y'`. */
  readonly message: string;
  /** For `private-type-ref`: the private type referenced (`Y`); else `null`. */
  readonly privateType: string | null;
  /** The diagnostic as printed (header, `-->` location, source lines), for the failure message. */
  readonly text: string;
}

/**
 * Split the (uncoloured) output of `deno doc --lint` into its diagnostics.
 *
 * @param output stdout and stderr of the run, `NO_COLOR` set.
 * @returns Every diagnostic, in the order printed.
 */
export function parseDocLint(output: string): DocDiagnostic[] {
  const header = /^(?:error|warning)\[([\w-]+)\]: (.*)$/gm;
  const starts = [...output.matchAll(header)];
  return starts.map((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index! : output.length;
    const text = output.slice(m.index!, end).split(/\n(?:error: |Stack backtrace)/)[0]!
      .replace(/\n\s*info: [^\n]*/g, "").trimEnd();
    const message = m[2]!;
    const priv = /references private type '([^']+)'/.exec(message);
    return { code: m[1]!, message, privateType: m[1] === "private-type-ref" && priv ? priv[1]! : null, text };
  });
}

/**
 * The diagnostics that fail the check: all but `private-type-ref` to an allowed third-party type.
 *
 * @param diagnostics From {@linkcode parseDocLint}.
 * @param allowed Third-party type names.
 * @returns The offending diagnostics.
 */
export function offending(
  diagnostics: readonly DocDiagnostic[],
  allowed: readonly string[] = THIRD_PARTY_TYPES,
): DocDiagnostic[] {
  return diagnostics.filter((d) =>
    !(d.code === "private-type-ref" && d.privateType !== null && allowed.includes(d.privateType))
  );
}

Deno.test("deno doc --lint lib/mod.ts: only references to polars' DataFrame remain", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--lint", "lib/mod.ts"],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) + "\n" + new TextDecoder().decode(out.stderr);
  const diagnostics = parseDocLint(text);
  // A changed output format must not make the check pass vacuously: the count deno prints is the count parsed.
  const found = /Found (\d+) documentation lint errors?/.exec(text);
  if (out.success) {
    assert.equal(diagnostics.length, 0, text);
  } else {
    assert.ok(found, `deno doc --lint failed without its summary line:\n${text}`);
    assert.equal(
      diagnostics.length,
      Number(found[1]),
      `parsed ${diagnostics.length} diagnostics of ${found[1]}`,
    );
  }
  const bad = offending(diagnostics);
  assert.equal(
    bad.length,
    0,
    `deno doc --lint lib/mod.ts: ${bad.length} error(s) besides polars' DataFrame:\n\n` +
      bad.map((d) => d.text).join("\n\n"),
  );
});

Deno.test("the allowed type names are third-party: lib/ declares none of them", async () => {
  const declares = new RegExp(
    `^\\s*(?:export\\s+)?(?:declare\\s+)?(?:interface|type|class|namespace|enum)\\s+(?:${
      THIRD_PARTY_TYPES.join("|")
    })\\b`,
    "m",
  );
  for await (const path of walk(`${ROOT}lib`)) {
    const source = await Deno.readTextFile(path);
    assert.equal(declares.test(source), false, `${path} declares a type named like an allowed polars type`);
  }
});

Deno.test("parseDocLint reads codes, the private type and the text", () => {
  const sample = [
    "error[missing-jsdoc]: exported symbol is missing JSDoc documentation",
    "  --> /x/lib/a.ts:3:3",
    "   | ",
    " 3 |   readonly k: number;",
    "",
    "",
    "error[private-type-ref]: public type 'F' references private type 'DataFrame'",
    "  --> /x/lib/b.ts:9:1",
    "",
    "  info: to ensure documentation is complete all types that are exposed in the public API must be public",
    "",
    "",
    "error[private-type-ref]: public type 'G' references private type 'RunSettings'",
    "  --> /x/lib/c.ts:1:1",
    "",
    "error: Found 3 documentation lint errors.",
  ].join("\n");
  const d = parseDocLint(sample);
  assert.deepEqual(d.map((x) => [x.code, x.privateType]), [
    ["missing-jsdoc", null],
    ["private-type-ref", "DataFrame"],
    ["private-type-ref", "RunSettings"],
  ]);
  assert.match(d[0]!.text, /readonly k: number/);
  assert.doesNotMatch(d[1]!.text, /info:/);
  assert.doesNotMatch(d[2]!.text, /Found 3/);
  assert.deepEqual(offending(d).map((x) => x.code + ":" + (x.privateType ?? "")), [
    "missing-jsdoc:",
    "private-type-ref:RunSettings",
  ]);
});

/** Every .ts file under `dir`. */
async function* walk(dir: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) yield* walk(path);
    else if (entry.isFile && path.endsWith(".ts")) yield path;
  }
}
