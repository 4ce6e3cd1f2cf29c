/** The loader's notes and ledger examples are said from their facts, in every language. */
import assert from "node:assert/strict";
import { exampleText, noteText } from "../../lib/text/mod.ts";
import type { Lang, LedgerExample, Note } from "../../lib/base/types.ts";

const LANGS: readonly Lang[] = ["en", "es", "id"];

/** One note of every code the loader writes (lib/load), with the facts it carries. */
const NOTES: readonly Note[] = [
  { code: "parquet-typed" },
  { code: "xlsx-typed" },
  { code: "encoding", encoding: "utf-16le", why: "utf-16le-bom" },
  { code: "encoding", encoding: "utf-8", why: "utf-8-valid" },
  { code: "encoding", encoding: "utf-8-bom", why: "utf-8-bom" },
  { code: "latin-1-read", why: "asked" },
  { code: "latin-1-read", why: "not-utf-8" },
  { code: "non-finite-read-missing", column: "score", n: 1200 },
  { code: "header-missing", index: 2, name: "column 2" },
  { code: "header-repeated", header: "a", name: "a (2)" },
  { code: "missing-tokens-read", column: "x", n: 3 },
  { code: "xlsx-sheet", sheet: "Ventas", others: ["Notas", "Resumen"] },
  { code: "xlsx-sheet", sheet: "Ventas", others: [] },
  { code: "column-empty", column: "x" },
  { code: "dates-format-given", column: "d", format: "%d/%m/%Y" },
  { code: "numbers-kept-as-ids", column: "Customer ID" },
  { code: "numbers-kept-leading-zeros", column: "code", n: 2, exampleValue: "007", exampleRow: 2 },
  { code: "currency-removed", column: "b" },
  { code: "column-decimal-asked", column: "m", decimal: ",", exampleValue: "1,5", exampleRow: 3 },
  { code: "column-decimal-counted", column: "m", decimal: ",", n: 9, of: 10, other: 1 },
  { code: "column-decimal-tie", column: "m", decimal: "," },
  { code: "dates-year-first", column: "d", format: "YYYY-MM-DD", n: 3, of: 3 },
  { code: "dates-order-found", column: "d", format: "D/M/YYYY", n: 1, of: 3, dayFirst: true },
  { code: "dates-order-overruled", column: "d", format: "D/M/YYYY", n: 1, of: 3, dayFirst: true },
  { code: "dates-order-asked", column: "d", format: "D/M/YYYY", dayFirst: true },
  { code: "dates-order-file", column: "d", format: "D/M/YYYY", dayFirst: true, shownBy: "Alta" },
  { code: "dates-order-irrelevant", column: "d", format: "D/M/YYYY", n: 3 },
  { code: "dates-month-names", column: "d", format: "D MMM YYYY", n: 3, of: 3 },
  { code: "dates-offset-utc", column: "d", exampleValue: "2021-03-04T10:00:00+05:30", exampleRow: 2 },
  {
    code: "dates-excel-serial",
    column: "d",
    n: 3,
    min: 18264,
    max: 73050,
    exampleValue: "44256",
    exampleRow: 2,
  },
  { code: "role-chosen", role: "customer", column: "Kode Plg" },
  { code: "role-recognised", role: "date", column: "Tanggal" },
  { code: "dialect-bom" },
  { code: "delimiter-asked", delimiter: ";" },
  { code: "delimiter-none" },
  { code: "delimiter-found", delimiter: "\t", agree: 20, lines: 20, fields: 6 },
  { code: "decimal-asked", decimal: "," },
  { code: "decimal-comma", n: 4, sample: "1,5" },
  { code: "decimal-comma-mixed", n: 4, sample: "1,5", other: 1 },
  { code: "decimal-point", n: 4, sample: "1.5" },
  { code: "decimal-point-mixed", n: 4, sample: "1.5", other: 1 },
  { code: "decimal-default" },
  { code: "thousands-asked", thousands: " " },
  { code: "thousands-dot", n: 2 },
  { code: "thousands-comma", n: 2 },
];

Deno.test("noteText() says every loader note in every language, each language its own words", () => {
  const loader = [
    "read_table.ts",
    "_columns.ts",
    "_decode.ts",
    "_xlsx.ts",
    "sniff_dialect.ts",
    "map_roles.ts",
  ]
    .map((f) => Deno.readTextFileSync(new URL(`../../lib/load/${f}`, import.meta.url))).join("\n");
  for (const note of NOTES) {
    assert.ok(loader.includes(`"${note.code}"`), `lib/load/ no longer writes "${note.code}"`);
    const said = Object.fromEntries(LANGS.map((lang) => [lang, noteText(note, lang)]));
    for (const lang of LANGS) assert.doesNotMatch(said[lang]!, /\{|undefined|null/, `${lang}: ${note.code}`);
    assert.notEqual(said.es, said.en, note.code);
    assert.notEqual(said.id, said.en, note.code);
  }
});

Deno.test("noteText() writes the optional parts only when their facts are there", () => {
  assert.equal(
    noteText({ code: "xlsx-sheet", sheet: "Ventas", others: [] }, "en"),
    'Read sheet "Ventas" of the workbook; row numbers count from the sheet\'s first row that has data',
  );
  assert.equal(
    noteText({ code: "column-decimal-counted", column: "m", decimal: ",", n: 9, of: 10, other: 1 }, "es"),
    'Números de "m" leídos con el decimal ",": 9 de 10 valores se leen así, 1 de la otra forma',
  );
  assert.equal(
    noteText(
      { code: "dates-order-file", column: "d", format: "D/M/YYYY", dayFirst: true, shownBy: "Alta" },
      "en",
    ),
    'Dates in "d" read as D/M/YYYY: no value has a part above 12, so the values alone do not tell the order; day-first, as the dates in "Alta" of the same file show',
  );
  assert.equal(
    noteText(
      { code: "dates-order-overruled", column: "d", format: "D/M/YYYY", n: 1, of: 3, dayFirst: true },
      "id",
    ),
    'Tanggal di "d" dibaca sebagai D/M/YYYY: 1 dari 3 nilai hanya cocok dengan hari di depan, sehingga dayFirst: false tidak diikuti',
  );
  assert.equal(
    noteText({ code: "delimiter-found", delimiter: "\t", agree: 20, lines: 20, fields: 6 }, "es"),
    "delimitador tabulador: 20 de 20 líneas tienen 6 campos",
  );
  assert.equal(
    noteText({ code: "non-finite-read-missing", column: "s", n: 1200 }, "en"),
    'Column "s": 1200 NaN or infinite values read as missing',
  );
  assert.equal(
    noteText({ code: "non-finite-read-missing", column: "s", n: 1200 }, "es"),
    'Columna "s": 1200 valores NaN o infinitos se leyeron como faltantes',
  );
  assert.throws(
    () => noteText({ code: "no-such-note" }, "es"),
    /^RangeError: Cannot say warning "no-such-note" in "es"/,
  );
});

Deno.test("exampleText() writes each kind of ledger example, numbers with the language's decimal mark", () => {
  const cases: readonly [LedgerExample, string, string][] = [
    [{ row: 3 }, "row 3", "fila 3"],
    [{ row: 7, cells: [{ value: "Total" }, { value: "3" }] }, 'row 7: "Total", "3"', 'fila 7: "Total", "3"'],
    [
      { row: 8, cells: [{ column: "qty", value: -2.5 }, { column: "amount", value: null }] },
      'row 8: qty = -2.5, amount = ""',
      'fila 8: qty = -2,5, amount = ""',
    ],
    [
      { row: 4, cells: [{ column: "id", value: "a" }], first: 2 },
      'row 4: id = "a" (row 2)',
      'fila 4: id = "a" (fila 2)',
    ],
    [{ row: 10, first: 2 }, "row 10 = row 2", "fila 10 = fila 2"],
    [{ cells: [{ column: "x", value: 0.25 }] }, "x = 0.25", "x = 0,25"],
    [
      { row: 5, cells: [{ column: "x", value: null }], filled: 312.343947 },
      'row 5: x = "" → 312.343947',
      'fila 5: x = "" → 312,343947',
    ],
    [{ customer: "C7", cells: [{ value: -12.5 }] }, "C7: -12.5", "C7: -12,5"],
    [{ row: 5, cells: [{ column: "id", value: Number.NaN }] }, "row 5: id = NaN", "fila 5: id = NaN"],
  ];
  for (const [example, en, es] of cases) {
    assert.equal(exampleText(example, "en"), en);
    assert.equal(exampleText(example, "es"), es);
  }
  assert.equal(exampleText({ row: 10, first: 2 }, "id"), "baris 10 = baris 2");
});
