import assert from "node:assert/strict";
import { readTable, ROW_COLUMN } from "../../lib/load/read_table.ts";
import { writeFixture } from "./_write.ts";
import { noteText } from "../../lib/text/mod.ts";

// readTable rewrites (trims, nulls) only the columns whose cells need it: these tests check
// that every column still comes out as if each had been trimmed, whatever it held.

const TOKENS = new Set(["", "na", "n/a", "#n/a", "null", "none", "nan", "-", "--", "?"]);
const WORDS = ["a", "b c", "NA", "n/a", "None", "-", "?", "nan", "x", "", "Null", "--"];

/** A small deterministic generator (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function expected(cell: string): string | null {
  const t = (cell === '""' ? "" : cell).trim();
  return TOKENS.has(t.toLowerCase()) ? null : t;
}

Deno.test("readTable() trims and nulls each text column as if every column were rewritten", async () => {
  const next = lcg(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  // p: clean words only; q: a no-break space after some words; r: missing tokens, some with
  // ideographic spaces around them; s: cells of one no-break space; u: quoted empty text.
  const make: Record<string, () => string> = {
    p: () => pick(["a", "b c", "x", "y"]),
    q: () => (next() < 0.2 ? pick(["a", "b c"]) + "\u00a0" : pick(["a", "x"])),
    r: () => (next() < 0.3 ? "\u3000" + pick(WORDS) + "\u3000" : pick(WORDS)),
    s: () => (next() < 0.3 ? "\u00a0" : pick(["a", "x"])),
    u: () => (next() < 0.3 ? '""' : pick(["a", "x"])),
  };
  const names = Object.keys(make);
  const rows = Array.from({ length: 300 }, () => names.map((n) => make[n]!()));
  rows[150] = ["NA", "\u00a0", "", "\u00a0", '""']; // every cell blank or missing: a blank line
  const csv = names.join(",") + "\n" + rows.map((r) => r.join(",")).join("\n") + "\n";
  const t = await readTable(await writeFixture("trim.csv", csv), { now: new Date("2026-01-01") });

  const want = rows.map((r) => r.map(expected));
  const keptRows = want.map((r, i) => ({ r, row: i + 2 })).filter(({ r }) => r.some((v) => v !== null));
  assert.deepEqual(t.table.getColumn(ROW_COLUMN).toArray(), keptRows.map((k) => k.row));
  names.forEach((n, j) => {
    assert.deepEqual(t.table.getColumn(n).toArray(), keptRows.map((k) => k.r[j]), `column ${n}`);
    const tokens = rows.filter((r) =>
      expected(r[j]!) === null && r[j]!.replace('""', "").trim() !== ""
    ).length;
    const note = t.notes.map((x) => noteText(x, "en")).find((x) =>
      x.startsWith(`Column "${n}": `) && /read as missing/.test(x)
    );
    if (tokens === 0) assert.equal(note, undefined, `column ${n}`);
    else assert.match(note ?? "", new RegExp(`^Column "${n}": ${tokens} cells such as`));
  });
  assert.deepEqual(t.ledger.map((e) => [e.reason, e.rows]), [["blank-line", want.length - keptRows.length]]);
  assert.equal(t.table.getColumn(ROW_COLUMN).dtype.variant, "Int32");
});

Deno.test("readTable() finds the day-first order from the parts above 12, with an example", async () => {
  const t = await readTable(
    await writeFixture("d.csv", "who,when\nA,01/02/2021\nB,25/02/2021\nC,2/1/2021\n"),
    { now: new Date("2026-01-01") },
  );
  assert.equal(t.columns[1]!.dateFormat, "D/M/YYYY");
  assert.ok(
    t.notes.some((n) =>
      /1 of 3 values fit only day-first \(e\.g\. "25\/02\/2021" in row 3\)/.test(noteText(n, "en"))
    ),
  );
  assert.ok(
    t.notes.some((n) =>
      /1 de 3 valores solo encajan con el día primero \(p\. ej\., "25\/02\/2021" en la fila 3\)/.test(
        noteText(n, "es"),
      )
    ),
  );
  await assert.rejects(
    async () =>
      await readTable(await writeFixture("e.csv", "who,when\nA,01/02/2021\nB,25/02/2021\nC,2/13/2021\n")),
    /dates in two formats, D\/M\/YYYY \(e\.g\. "25\/02\/2021" in row 3\) and M\/D\/YYYY \(e\.g\. "2\/13\/2021" in row 4\)/,
  );
});
