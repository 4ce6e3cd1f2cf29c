/**
 * Escaping user-supplied text for HTML and for JSON embedded in a `<script>` element.
 *
 * @module
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escape text so that it shows literally inside HTML element content or a quoted attribute value.
 * `&`, `<`, `>`, `"` and `'` become character references; everything else (RTL marks, emoji) is kept.
 * Every user-supplied string in a chart or report (column names, ids, countries, file names,
 * segment names) goes through this function.
 *
 * Equivalent of Python's `html.escape(s, quote=True)`.
 *
 * @param s The text; non-strings are converted with `String()`.
 * @returns The escaped text.
 *
 * @example Markup shows as text
 * ```ts
 * import { escapeHtml } from "./escape_html.ts";
 * import assert from "node:assert/strict";
 * assert.equal(escapeHtml(`"><img src=x onerror=alert(1)>`), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
 * assert.equal(escapeHtml("Tom & Jerry's"), "Tom &amp; Jerry&#39;s");
 * ```
 */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Serialise a value as JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&`
 * and the line separators U+2028 / U+2029 are written as `\uXXXX` escapes, so the text can never
 * contain `</script>` or `<!--`, and `JSON.parse` of the element's text gives the value back.
 *
 * @param value Any JSON-serialisable value. Non-finite numbers become `null` (as `JSON.stringify` does).
 * @returns The JSON text.
 * @throws {TypeError} If the value cannot be serialised (a cycle, a `BigInt`).
 *
 * @example A hostile string survives the round trip
 * ```ts
 * import { jsonForScript } from "./escape_html.ts";
 * import assert from "node:assert/strict";
 * const text = jsonForScript({ name: "</script><script>alert(1)</script>" });
 * assert.ok(!text.includes("<"));
 * assert.equal(JSON.parse(text).name, "</script><script>alert(1)</script>");
 * ```
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
