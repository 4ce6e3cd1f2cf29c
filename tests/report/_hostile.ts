/** Hostile strings for escaping and CSV property tests (fast-check arbitraries, used with fixed seeds). */
import fc from "fast-check";

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
