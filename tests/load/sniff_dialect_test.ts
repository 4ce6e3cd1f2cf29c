import assert from "node:assert/strict";
import { sniffDialect } from "../../lib/load/sniff_dialect.ts";

Deno.test("sniffDialect() finds the comma delimiter and a quoted decimal comma", () => {
  const d = sniffDialect('a,b,c\r\n1,"229,33",x\r\n2,"1,5",y\r\n');
  assert.equal(d.delimiter, ",");
  assert.equal(d.decimal, ",");
  assert.equal(d.lineEnding, "\r\n");
  assert.match(d.reasons.join("\n"), /delimiter ",": 3 of 3 lines have 3 fields/);
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
  assert.match(d.reasons.join("\n"), /delimiter ",": asked for/);
});

Deno.test("sniffDialect() falls back to comma for a one-column sample", () => {
  const d = sniffDialect("id\n1\n2\n");
  assert.equal(d.delimiter, ",");
  assert.match(d.reasons[0], /no candidate/);
});

Deno.test("sniffDialect() ignores a line cut off by the end of the sample", () => {
  assert.equal(sniffDialect("a;b;c\n1;2;3\n4;5").delimiter, ";");
});
