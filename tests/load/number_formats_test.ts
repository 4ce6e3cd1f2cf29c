/**
 * readTable() reads the ways numbers are written in exports (currency marks, digit groups,
 * accounting negatives, percents) exactly, decides the decimal mark from strong evidence
 * only, and stops with a typed "ambiguous" error when nothing decides it.
 */
import assert from "node:assert/strict";
import type pl from "nodejs-polars";
import { noteText, problemText } from "../../lib/text/mod.ts";
import type { Note } from "../../lib/base/types.ts";
import { readTable } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";
import { writeFixture } from "./_write.ts";

const NOW = new Date("2026-01-01T00:00:00Z");

async function load(content: string, options = {}, name = "f.csv") {
  return await readTable(await writeFixture(name, content), { now: NOW, ...options });
}

function col(t: { table: pl.DataFrame }, name: string): unknown[] {
  return t.table.getColumn(name).toArray();
}

const said = (t: { notes: readonly Note[] }, lang: "en" | "es" | "id" = "en") =>
  t.notes.map((n) => noteText(n, lang));

/** The error readTable throws for `content`, checked to be the ambiguous-decimal one. */
async function ambiguous(content: string, column: string, options = {}): Promise<InputError> {
  let error: unknown;
  await assert.rejects(() => load(content, options), (e: unknown) => {
    error = e;
    return true;
  });
  assert.ok(error instanceof InputError, `expected InputError, got ${error}`);
  assert.equal(error.problem?.code, "decimal-ambiguous");
  assert.equal(error.problem?.column, column);
  assert.equal(error.at.column, column);
  return error;
}

// -- Today's failures: each read 1000x too small before (old code: 30.663 and 117).

Deno.test("readTable() reads whole euros written 30.663 € in a ; file as thousands", async () => {
  const t = await load("cliente;importe\nA;30.663 €\nB;1.250 €\nC;12 €\n");
  assert.deepEqual(col(t, "importe"), [30663, 1250, 12]);
  assert.equal(t.columns[1].currency, "EUR");
  assert.equal(t.columns[1].decimal, ",");
  assert.ok(
    said(t).includes(
      'Numbers in "importe" read with "." as the thousands separator (e.g. "30.663 €" in row 2): every "." is followed by exactly 3 digits, and amounts in EUR never have 3 decimals',
    ),
  );
  assert.ok(said(t).includes('Column "importe" holds amounts in EUR'));
});

Deno.test("readTable() reads rupiah written Rp 117.000 as thousands (IDR amounts have no decimals)", async () => {
  const t = await load("pelanggan;total\nA;Rp 117.000\nB;Rp 5.500\nC;Rp 250\n");
  assert.deepEqual(col(t, "total"), [117000, 5500, 250]);
  assert.equal(t.columns[1].currency, "IDR");
  assert.ok(said(t, "id").some((s) => s.includes("jumlah dalam IDR tidak pernah memiliki 3 desimal")));
});

// -- The ambiguous error: the column, examples read both ways, the fix per surface.

Deno.test("readTable() stops on numbers that read both ways with nothing to decide, naming column, rows and option", async () => {
  const csv = "cliente;importe\nA;30.663\nB;1.250\nC;12\nD;7.500\n";
  const e = await ambiguous(csv, "importe");
  assert.match(
    e.message,
    /^Cannot read "f\.csv": the numbers in column "importe" read two ways \("30\.663" in row 2 is 30\.663 with a decimal point or 30663 with a decimal comma; "1\.250" in row 3 is 1\.25 with a decimal point or 1250 with a decimal comma; "7\.500" in row 5/,
  );
  assert.match(e.message, /pass decimal: "," or decimal: "\."/);
  assert.deepEqual(e.at.rows, [2, 3, 5]);
  assert.equal(e.problem?.option, "decimal");
  // The text layer says it in every language, with the option or with the CLI flag.
  assert.match(problemText(e.problem!, "en"), /say which with decimal: "," or decimal: "\."$/);
  assert.match(
    problemText(e.problem!, "en", { decimal: "--decimal" }),
    /say which with --decimal , or --decimal \.$/,
  );
  assert.match(
    problemText(e.problem!, "es", { decimal: "--decimal" }),
    /"30\.663" en la fila 2 es 30,663 con punto decimal o 30663 con coma decimal.*indíquelo con --decimal , o --decimal \.$/,
  );
  assert.match(
    problemText(e.problem!, "id"),
    /"1\.250" di baris 3 adalah 1,25 dengan titik desimal atau 1250 dengan koma desimal.*tentukan dengan decimal: "," atau decimal: "\."$/,
  );
});

Deno.test("readTable() reads an ambiguous column as told: decimal for the file or for one column", async () => {
  const csv = "cliente;importe;otro\nA;30.663;1.500\nB;1.250;2.000\n";
  assert.deepEqual(col(await load(csv, { decimal: "," }), "importe"), [30663, 1250]);
  assert.deepEqual(col(await load(csv, { decimal: "." }), "importe"), [30.663, 1.25]);
  await ambiguous(csv, "otro", { decimal: { importe: "," } });
  const t = await load(csv, { decimal: { importe: ",", otro: "." } });
  assert.deepEqual([col(t, "importe"), col(t, "otro")], [[30663, 1250], [1.5, 2]]);
  assert.deepEqual([t.columns[1].decimal, t.columns[2].decimal], [",", "."]);
});

Deno.test("readTable() refuses a comma-thousands-like column as ambiguous too, and both marks followed by 3 digits", async () => {
  await ambiguous('id,amount\nA,"1,250"\nB,"3,500"\n', "amount");
  await ambiguous("id;amount\nA;1.250\nB;3,500\n", "amount");
});

// -- Strong evidence in the column itself, in the file's other columns, in the currency.

Deno.test("readTable() decides the decimal mark from any value that reads one way only", async () => {
  assert.deepEqual(col(await load("k;a\nA;1.250\nB;1.234.567\n"), "a"), [1250, 1234567]);
  assert.deepEqual(col(await load("k;a\nA;1.250\nB;12.5\n"), "a"), [1.25, 12.5]);
  assert.deepEqual(col(await load("k;a\nA;1.250\nB;0.663\n"), "a"), [1.25, 0.663]);
  assert.deepEqual(col(await load("k;a\nA;1.250\nB;1.250,5\n"), "a"), [1250, 1250.5]);
  assert.deepEqual(col(await load('k,a\nA,"1,250"\nB,"2,000,000"\n'), "a"), [1250, 2000000]);
  assert.deepEqual(col(await load('k,a\nA,"1,250"\nB,"1,250.75"\n'), "a"), [1250, 1250.75]);
});

Deno.test("readTable() takes the decimal mark of the file's other number columns, not of a time column", async () => {
  const t = await load("k;a;b\nA;30.663;1,5\nB;1.250;2,25\n");
  assert.deepEqual(col(t, "a"), [30663, 1250]);
  assert.ok(
    said(t).includes(
      'Numbers in "a" read with decimal "," (e.g. "30.663" in row 2): every "." is followed by exactly 3 digits, so either mark fits, and the file\'s other number columns ("b") use decimal ","',
    ),
  );
  assert.deepEqual(col(await load("k;a;b\nA;30.663;1.5\nB;1.250;2.25\n"), "a"), [30.663, 1.25]);
  // 14.30 is a time, not a decimal: no evidence, so the amounts stay ambiguous.
  await ambiguous("k;hora;a\nA;14.30;30.663\nB;09.15;1.250\n", "a");
  // Columns that disagree decide nothing.
  await ambiguous("k;a;b;c\nA;30.663;1,5;2.5\nB;1.250;2,25;3.5\n", "a");
});

Deno.test("readTable() reads $1,250 and ¥1,250 as thousands: every currency they stand for has 0 or 2 decimals", async () => {
  const t = await load('k,a,b\nA,"$1,250","¥30,663"\nB,$12,¥5\n');
  assert.deepEqual([col(t, "a"), col(t, "b")], [[1250, 12], [30663, 5]]);
  assert.deepEqual([t.columns[1].currency, t.columns[2].currency], [undefined, undefined]);
  assert.ok(said(t).some((s) => s.endsWith("and amounts in $ never have 3 decimals")));
});

Deno.test("readTable() does not decide 3-decimal currencies (BHD, KWD) from the currency: 1.250 may be either", async () => {
  await ambiguous("k;a\nA;BHD 1.250\nB;BHD 30.663\n", "a");
  const t = await load("k;a\nA;BHD 1.250\nB;BHD 30.663\n", { decimal: "." });
  assert.deepEqual(col(t, "a"), [1.25, 30.663]);
  assert.equal(t.columns[1].currency, "BHD");
});

// -- Formats that must read exactly.

Deno.test("readTable() reads space, no-break-space and narrow no-break-space thousands with a trailing currency", async () => {
  const csv = "client;montant\nA;1 234,50 EUR\nB;1\u00a0234,50 €\nC;12\u202f345\u202f678,05 €\nD;5,00 €\n";
  const t = await load(csv);
  assert.deepEqual(col(t, "montant"), [1234.5, 1234.5, 12345678.05, 5]);
  assert.equal(t.columns[1].currency, "EUR");
});

Deno.test("readTable() reads currency codes and symbols before or after the number", async () => {
  const t = await load(
    "k;a;b;c;d;e;f\nA;12.00 USD;USD 12.00;$12.00;€ 5,00;£3.20;CHF 1'234.50\nB;7.25 USD;usd 1.5;$0.99;€ 1.234,00;£10;CHF 12.00\n",
  );
  assert.deepEqual(
    ["a", "b", "c", "d", "e", "f"].map((c) => col(t, c)),
    [[12, 7.25], [12, 1.5], [12, 0.99], [5, 1234], [3.2, 10], [1234.5, 12]],
  );
  assert.deepEqual(t.columns.slice(1).map((c) => c.currency), ["USD", "USD", undefined, "EUR", "GBP", "CHF"]);
});

Deno.test("readTable() reads apostrophe thousands (CHF 1'234.50, 1’234’567)", async () => {
  const t = await load("k;a\nA;CHF 1'234.50\nB;1\u2019234\u2019567\nC;-12.05\n");
  assert.deepEqual(col(t, "a"), [1234.5, 1234567, -12.05]);
});

Deno.test("readTable() reads accounting negatives (12.50) and trailing minus 12.50-, and says so", async () => {
  const t = await load("k,a\nA,(12.50)\nB,12.50-\nC,($3.00)\nD,4.25\nE,-1.5\n");
  assert.deepEqual(col(t, "a"), [-12.5, -12.5, -3, 4.25, -1.5]);
  assert.ok(
    said(t).some((s) => s.startsWith('Column "a": 3 values in parentheses or with a trailing minus')),
  );
});

Deno.test("readTable() reads a percent column as percentage points, marks it and says so", async () => {
  const t = await load("k;tasa\nA;45.5%\nB;3 %\nC;100%\n");
  assert.deepEqual(col(t, "tasa"), [45.5, 3, 100]);
  assert.equal(t.columns[1].percent, true);
  assert.ok(
    said(t).includes(
      'Column "tasa": 3 of 3 values end in "%"; they are read as percentage points ("45.5%" is 45.5)',
    ),
  );
});

Deno.test("readTable() says when one column mixes currencies, and records none", async () => {
  const t = await load("k;a\nA;12.00 USD\nB;5.00 EUR\nC;$3.00\n");
  assert.deepEqual(col(t, "a"), [12, 5, 3]);
  assert.equal(t.columns[1].currency, undefined);
  assert.ok(said(t).some((s) => s.startsWith('Column "a" mixes currencies ("$", "EUR", "USD")')));
});

Deno.test("readTable() keeps reading plain numbers, codes and text as before", async () => {
  const t = await load("id;code;name;n\n1;ABC 123;Rp shop;12\n2;XYZ 9;€ store;3\n");
  assert.deepEqual(col(t, "code"), ["ABC 123", "XYZ 9"]);
  assert.deepEqual(col(t, "name"), ["Rp shop", "€ store"]);
  assert.deepEqual(col(t, "n"), [12, 3]);
});
