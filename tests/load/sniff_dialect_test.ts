import assert from "node:assert/strict";
import { sniffDialect } from "../../lib/load/sniff_dialect.ts";
import { noteText } from "../../lib/text/mod.ts";

const said = (reasons: Parameters<typeof noteText>[0][], lang: "en" | "es" = "en") =>
  reasons.map((r) => noteText(r, lang)).join("\n");

Deno.test("sniffDialect() finds the comma delimiter and a quoted decimal comma", () => {
  const d = sniffDialect('a,b,c\r\n1,"229,33",x\r\n2,"1,5",y\r\n');
  assert.equal(d.delimiter, ",");
  assert.equal(d.decimal, ",");
  assert.equal(d.lineEnding, "\r\n");
  assert.deepEqual(d.reasons[0], { code: "delimiter-found", delimiter: ",", agree: 3, lines: 3, fields: 3 });
  assert.match(said([...d.reasons]), /delimiter ",": 3 of 3 lines have 3 fields/);
  assert.match(said([...d.reasons], "es"), /delimitador ",": 3 de 3 líneas tienen 3 campos/);
  assert.deepEqual(d.reasons[1], { code: "decimal-comma", n: 2, sample: "229,33" });
  assert.equal(
    noteText(d.reasons[1]!, "en"),
    'decimal ",": 2 numbers in the sample use a decimal comma (e.g. "229,33")',
  );
  assert.equal(
    noteText(d.reasons[1]!, "es"),
    'decimal ",": 2 números de la muestra usan coma decimal (p. ej., "229,33")',
  );
});

Deno.test("sniffDialect() respects quotes when counting fields", () => {
  const d = sniffDialect('name;note\n"a;b";x\n"c";"d;e;f"\n');
  assert.equal(d.delimiter, ";");
});

Deno.test("sniffDialect() finds semicolon, tab and pipe", () => {
  assert.equal(sniffDialect("a;b\n1,5;2\n3;4\n").delimiter, ";");
  assert.equal(sniffDialect("a\tb\tc\n1\t2\t3\n").delimiter, "\t");
  assert.equal(sniffDialect("a|b\n1|2\n").delimiter, "|");
});

Deno.test("sniffDialect() reads thousands separators both ways", () => {
  const eu = sniffDialect("a;b\nx;1.234,56\ny;2.000.000\n");
  assert.deepEqual([eu.decimal, eu.thousands], [",", "."]);
  const us = sniffDialect('a,b\nx,"1,234.56"\ny,"2,000,000"\n');
  assert.deepEqual([us.decimal, us.thousands], [".", ","]);
});

Deno.test("sniffDialect() keeps the user's choices and reports a BOM", () => {
  const d = sniffDialect("\uFEFFa;b\n1;2\n", { delimiter: ",", decimal: ",", thousands: " " });
  assert.deepEqual([d.delimiter, d.decimal, d.thousands, d.bom], [",", ",", " ", true]);
  assert.deepEqual(d.reasons.map((r) => r.code), [
    "dialect-bom",
    "delimiter-asked",
    "decimal-asked",
    "thousands-asked",
  ]);
  assert.match(said([...d.reasons]), /delimiter ",": asked for/);
  assert.match(said([...d.reasons], "es"), /delimitador ",": indicado por usted/);
  assert.equal(noteText({ code: "delimiter-asked", delimiter: "\t" }, "en"), "delimiter tab: asked for");
});

Deno.test("sniffDialect() falls back to comma for a one-column sample", () => {
  const d = sniffDialect("id\n1\n2\n");
  assert.equal(d.delimiter, ",");
  assert.deepEqual(d.reasons[0], { code: "delimiter-none" });
  assert.match(noteText(d.reasons[0]!, "en"), /no candidate/);
});

Deno.test("sniffDialect() ignores a line cut off by the end of the sample", () => {
  assert.equal(sniffDialect("a;b;c\n1;2;3\n4;5").delimiter, ";");
});
