/**
 * `deno task segment` on numbers whose decimal mark nothing in the file decides: it stops with
 * exit 1 and a message in the run's language that names the file, the column, examples read
 * both ways and the CLI flag (`--decimal`), not the library option; with the flag it runs.
 */
import assert from "node:assert/strict";
import { segment } from "./_segment.ts";

/** One row per customer; "saldo" holds whole euros with "." thousands (30.663), nothing else decides. */
function customers(): string {
  const rows = ["cliente;saldo;visitas"];
  for (let c = 0; c < 30; c++) {
    rows.push(`C${c};${1 + (c * 7) % 40}.${String(100 + (c * 37) % 900)};${c % 9}`);
  }
  return rows.join("\n") + "\n";
}

Deno.test("segment stops on an ambiguous decimal mark with the --decimal flag, in the run's language", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-decimal-" });
  try {
    const file = `${dir}/saldos.csv`;
    await Deno.writeTextFile(file, customers());
    const en = await segment([file, "--out", `${dir}/out`, "--no-progress"]);
    assert.equal(en.code, 1, en.stderr);
    assert.match(
      en.stderr,
      /^Cannot read "saldos\.csv": the numbers in column "saldo" read two ways \("1\.100" in row 2 is 1\.1 with a decimal point or 1100 with a decimal comma;/,
    );
    assert.match(en.stderr, /say which with --decimal , or --decimal \.\n?$/);
    assert.doesNotMatch(en.stderr, /decimal: "/);
    const es = await segment([file, "--out", `${dir}/out`, "--no-progress", "--lang", "es"]);
    assert.equal(es.code, 1);
    assert.match(
      es.stderr,
      /^No se puede leer "saldos\.csv": los números de la columna "saldo" admiten dos lecturas/,
    );
    assert.match(es.stderr, /indíquelo con --decimal , o --decimal \.\n?$/);
    assert.deepEqual([...Deno.readDirSync(`${dir}/out`)], [], "no output files");
    const fixed = await segment([file, "--out", `${dir}/out`, "--no-progress", "--decimal", ","]);
    assert.equal(fixed.code, 0, fixed.stderr);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
