/**
 * Property: a file written in any locale's number conventions reads back as exactly the
 * values written, or readTable stops with the "ambiguous" error naming the column and the
 * fix (and reading again with that fix gives exactly the values). Never a wrong number.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { readTable } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";
import { problemText } from "../../lib/text/mod.ts";
import { type LocaleFile, localeFileArbitrary } from "./_locale_files.ts";

const NOW = new Date("2026-01-01T00:00:00Z");

/** Every column of `file` reads back as written: numbers exactly, text as is, empty cells missing. */
function assertReadBack(file: LocaleFile, t: Awaited<ReturnType<typeof readTable>>): void {
  const info = `${JSON.stringify(file.locale)} ${
    JSON.stringify(file.delimiter)
  } ${file.encoding}\n${file.text}`;
  for (const c of file.columns) {
    const got = t.table.getColumn(c.name).toArray();
    if (c.kind === "date") {
      const days = (got as unknown as (Date | null)[]).map((d) =>
        d === null ? null : d.toISOString().slice(0, 10)
      );
      assert.deepEqual(days, c.values, `column ${c.name}: ${info}`);
    } else if (c.kind === "number") {
      const kind = t.columns.find((x) => x.name === c.name)?.kind;
      const expected = c.values.every((v) => v === null) ? "empty" : "number";
      assert.equal(kind, expected, `column ${c.name}: ${info}`);
      assert.deepEqual(got, c.values, `column ${c.name}: ${info}`);
      const column = t.columns.find((x) => x.name === c.name)!;
      if (expected === "number") {
        assert.equal(column.currency, c.currency, `currency of ${c.name}: ${info}`);
        assert.equal(column.percent ?? false, c.percent ?? false, `percent of ${c.name}: ${info}`);
      }
    } else {
      assert.deepEqual(got, c.values, `column ${c.name}: ${info}`);
    }
  }
}

Deno.test("readTable() reads generated files in any number locale exactly, or stops asking for decimal (fast-check, seed 20)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-locale-" });
  let asked = 0;
  try {
    await fc.assert(
      fc.asyncProperty(localeFileArbitrary(), async (file) => {
        const path = `${dir}/${file.name}`;
        await Deno.writeFile(path, file.bytes);
        let t;
        try {
          t = await readTable(path, { now: NOW });
        } catch (e) {
          assert.ok(e instanceof InputError, `not an InputError: ${e}\n${file.text}`);
          assert.equal(e.problem?.code, "decimal-ambiguous", `${e.message}\n${file.text}`);
          const column = file.columns.find((c) => c.name === e.problem?.column);
          assert.ok(column?.kind === "number", `the error names "${e.problem?.column}", not a number column`);
          assert.match(
            e.message,
            new RegExp(`column "${column!.name}".*pass decimal: "," or decimal: "\\."`),
          );
          assert.match(
            problemText(e.problem!, "en", { decimal: "--decimal" }),
            /--decimal , or --decimal \.$/,
          );
          asked++;
          // The fix the message gives reads the file exactly.
          t = await readTable(path, { now: NOW, decimal: file.locale.decimal });
        }
        assertReadBack(file, t);
      }),
      { seed: 20, numRuns: 250 },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  // The generator does make ambiguous files (whole amounts with thousands marks), and most read without asking.
  assert.ok(asked > 0 && asked < 125, `${asked} of 250 files asked for the decimal mark`);
});
