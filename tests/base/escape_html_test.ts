import fc from "fast-check";
import assert from "node:assert/strict";
import { escapeHtml, jsonForScript } from "../../lib/base/escape_html.ts";
import { HOSTILE, hostileString } from "../report/_hostile.ts";

function unescape(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );
}

Deno.test("escapeHtml() escapes the five HTML-special characters and nothing else", () => {
  assert.equal(
    escapeHtml(`<a href="x">Tom & 'Jerry'</a>`),
    "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
  );
  assert.equal(escapeHtml("\u202e😀 Ñ"), "\u202e😀 Ñ");
  assert.equal(escapeHtml(42), "42");
  assert.equal(escapeHtml(null), "null");
});

Deno.test("escapeHtml() output has no raw < > \" ' and unescapes to the input (property, fixed seed)", () => {
  for (const s of HOSTILE) assert.equal(unescape(escapeHtml(s)), s);
  fc.assert(
    fc.property(hostileString, (s) => {
      const e = escapeHtml(s);
      assert.doesNotMatch(e, /[<>"']/);
      assert.equal(unescape(e), s);
    }),
    { seed: 20261122, numRuns: 500 },
  );
});

Deno.test("jsonForScript() never contains < > & or U+2028/9 and parses back to the value (property, fixed seed)", () => {
  assert.equal(jsonForScript({ a: "</script>" }), '{"a":"\\u003c/script\\u003e"}');
  assert.equal(jsonForScript("\u2028&"), '"\\u2028\\u0026"');
  assert.equal(jsonForScript(undefined), "null");
  fc.assert(
    fc.property(fc.array(hostileString, { maxLength: 4 }), hostileString, (values, key) => {
      const value = { [key]: values, n: 1.5 };
      const text = jsonForScript(value);
      assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
      assert.deepEqual(JSON.parse(text), value);
    }),
    { seed: 7, numRuns: 300 },
  );
});
