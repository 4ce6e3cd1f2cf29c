/** Hostile strings for escaping and CSV property tests (fast-check arbitraries, used with fixed seeds). */
import fc from "fast-check";
import assert from "node:assert/strict";

export const HOSTILE: readonly string[] = [
  "<script>window.__pwned = 1</script>",
  `"><img src=x onerror="window.__pwned=1">`,
  `'><svg onload=window.__pwned=1>`,
  `=HYPERLINK("http://x")`,
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1",
  'say "hi", ok',
  "line\nbreak",
  "\u202egnp.exe",
  "😀 emoji",
  "</script><!--",
  "&amp; &lt;",
  "\u2028\u2029",
];

const TOKENS = [
  ...HOSTILE,
  "a",
  "Ñandú",
  " ",
  "\n",
  '"',
  "'",
  ",",
  ";",
  "<",
  ">",
  "&",
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\u202e",
  "😀",
];

/** Strings built from hostile tokens, or arbitrary unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 5 }).map((a) => a.join("")),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);

/** A small RFC 4180 parser, for checking what a spreadsheet would read back. */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", quoted = false, i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === delimiter) row.push(cell), (cell = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 2);
    } else (cell += c), i++;
  }
  assert.equal(cell, "", "CSV must end with CRLF");
  assert.equal(row.length, 0, "CSV must end with CRLF");
  return rows;
}
