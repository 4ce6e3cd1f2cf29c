/** The text layer has every word in every language, with the same facts cited. */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { fill, warningText, words } from "../../lib/text/mod.ts";
import type { Lang } from "../../lib/base/types.ts";

const LANGS: readonly Lang[] = ["en", "es", "id"];

/** Every leaf of a words object as [dotted key, text]. */
function leaves(obj: unknown, prefix = ""): [string, string][] {
  if (typeof obj === "string") return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k)
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]!).sort();
}

Deno.test("every language has exactly the keys of English, none empty", () => {
  const en = new Map(leaves(words("en")));
  for (const lang of LANGS) {
    const l = new Map(leaves(words(lang)));
    assert.deepEqual([...l.keys()].sort(), [...en.keys()].sort(), lang);
    for (const [k, v] of l) assert.ok(v.trim().length > 0, `${lang}: ${k} is empty`);
  }
});

Deno.test("every text cites the same facts in every language", () => {
  const en = new Map(leaves(words("en")));
  for (const lang of ["es", "id"] as const) {
    for (const [k, v] of leaves(words(lang))) {
      assert.deepEqual(placeholders(v), placeholders(en.get(k)!), `${lang}: ${k}`);
    }
  }
});

Deno.test("no Spanish or Indonesian text is the English one (a translation left out)", () => {
  const en = new Map(leaves(words("en")));
  // Two words or fewer may be the same on purpose (a method's name, "DBSCAN", "k").
  for (const lang of ["es", "id"] as const) {
    for (const [k, v] of leaves(words(lang))) {
      const e = en.get(k)!;
      if (v === e && e.split(/\s+/).length > 2) assert.fail(`${lang}: ${k} is the English text "${e}"`);
    }
  }
});

Deno.test("every warning code lib/ returns has a text in every language", () => {
  const lib = fileURLToPath(new URL("../../lib/", import.meta.url));
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory) {
        if (e.name !== "text") walk(p);
      } else if (e.name.endsWith(".ts")) {
        const src = Deno.readTextFileSync(p);
        for (const m of src.matchAll(/\{\s*code:\s*"([a-z0-9-]+)"/g)) codes.add(m[1]!);
      }
    }
  };
  walk(lib);
  assert.ok(codes.size >= 6, `found only ${codes.size} warning codes: is the scan still right?`);
  for (const lang of LANGS) {
    const known = words(lang).warnings as Readonly<Record<string, string>>;
    const missing = [...codes].filter((c) => !(c in known));
    assert.deepEqual(missing, [], `${lang}: warning codes without a text`);
  }
});

Deno.test("fill() writes numbers for the language and refuses a missing fact", () => {
  assert.equal(fill("{n} rows, {share:pct1}%", { n: 12500, share: 0.1234 }, "en"), "12,500 rows, 12.3%");
  assert.equal(fill("{n} filas, {share:pct1} %", { n: 12500, share: 0.1234 }, "es"), "12.500 filas, 12,3 %");
  assert.equal(
    fill("{x:f2} / {x:raw} / {d:date} / {c:q}", { x: 1234.5, d: Date.UTC(2021, 0, 2), c: ["a", "b"] }, "id"),
    '1234,50 / 1234.5 / 2021-01-02 / "a", "b"',
  );
  assert.throws(
    () => fill("{n} rows", {}, "en"),
    /^RangeError: Cannot fill the text "\{n\} rows": no value for \{n\}/,
  );
  assert.throws(() => fill("{n:zz}", { n: 1 }, "en"), /unknown format "zz"/);
});

Deno.test("warningText() refuses a code with no text instead of falling back", () => {
  assert.throws(
    () => warningText({ code: "no-such-code" }, "es"),
    /^RangeError: Cannot say warning "no-such-code" in "es"/,
  );
});
