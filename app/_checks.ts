/**
 * The app server's checks on each request, as pure functions so that they are tested without a
 * server or a browser: the Host and Origin headers (DNS rebinding), the upload size, the
 * security headers with the page's Content-Security-Policy, and the parsing of sizes.
 *
 * @module
 */

/** The default upload limit: 1 GiB. */
export const DEFAULT_MAX_UPLOAD = 1024 ** 3;

/** Why a request was refused: the HTTP status and a short English reason for the log. */
export interface Refusal {
  readonly status: number;
  readonly reason: string;
}

/**
 * Refuse a request whose `Host` is not the app's own `127.0.0.1:<port>` or `localhost:<port>`,
 * or whose `Origin` (when sent) is not `http://` one of those. A page served by another name
 * that resolves to 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
 *
 * @param headers The request's headers.
 * @param port The port the app listens on.
 * @returns `null` when the request may go on, else why not.
 */
export function checkHostOrigin(headers: Headers, port: number): Refusal | null {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.get("host");
  if (host === null || !own.includes(host.toLowerCase())) {
    return { status: 421, reason: `Host "${host ?? ""}" is not this app's address` };
  }
  const origin = headers.get("origin");
  if (origin !== null && !own.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
    return { status: 403, reason: `Origin "${origin}" is not this app's address` };
  }
  return null;
}

/**
 * Refuse an upload without a length, or one longer than `limit` bytes, before reading it.
 *
 * @param headers The request's headers (`Content-Length`).
 * @param limit The largest upload in bytes.
 * @returns `null` when the declared size fits, else why not (413 too large, 411 no length).
 */
export function checkUploadSize(headers: Headers, limit: number): Refusal | null {
  const raw = headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw)) return { status: 411, reason: "the upload has no length" };
  const size = Number(raw);
  if (size > limit) {
    return { status: 413, reason: `the upload has ${size} bytes, above the limit of ${limit}` };
  }
  return null;
}

/** A fresh random nonce for one page's script tag (base64 of 16 random bytes). */
export function makeNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The Content-Security-Policy of the app's page: only scripts carrying `nonce`, styles and
 * images from the app itself, requests to the app only, the report frame from the app only,
 * no plugins, no `<base>`, no form posts anywhere, and no framing of the page by others.
 *
 * @param nonce The nonce of the page's one script tag.
 * @returns The header's value.
 */
export function pageCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The Content-Security-Policy of a report shown in the page's frame: its inline scripts only by
 * their SHA-256 hashes (the report is the app's own output), its inline styles and SVG, nothing
 * fetched, framed only by the app's page.
 *
 * @param scriptHashes `sha256-<base64>` of each inline script of the report.
 * @returns The header's value.
 */
export function reportCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.length ? scriptHashes.map((h) => `'${h}'`).join(" ") : "'none'"}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/**
 * `sha256-<base64>` of each executable inline `<script>` of an HTML document (JSON data blocks
 * are not run and need no hash).
 *
 * @param html A document whose scripts are inline.
 * @returns The hashes, in document order.
 */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]!)) continue;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(m[2]!));
    hashes.push(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
  }
  return hashes;
}

/**
 * Headers every response carries, with `csp` as its Content-Security-Policy.
 *
 * @param csp The policy of this response.
 * @returns The headers, to merge with the response's own.
 */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cache-control": "no-store",
  };
}

/**
 * Read a size such as `1GB`, `500MB`, `200k` or `1048576` (bytes); units are powers of 1024.
 *
 * @param text The size as written.
 * @returns Bytes.
 * @throws {TypeError} For anything else, saying what is accepted.
 */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(text);
  if (m === null) {
    throw new TypeError(`Cannot read the size "${text}": write a number of bytes or e.g. 500MB, 2GB`);
  }
  const power = " kmgt".indexOf(m[2]!.toLowerCase() || " ");
  const bytes = Math.floor(Number(m[1]) * 1024 ** power);
  if (bytes < 1) throw new TypeError(`Cannot read the size "${text}": it must be at least 1 byte`);
  return bytes;
}

/** File name endings the app keeps on an upload (so that the reader knows the format); others become `.csv`. */
const ENDINGS = new Set(["csv", "tsv", "txt", "parquet", "pq", "xlsx", "xlsm", "xls", "ods", "xlsb"]);

/**
 * The ending a stored upload gets: its name's ending when it is one the reader knows, else
 * `csv`. Only this ending comes from the user's name; the stored name is a random id.
 *
 * @param name The file name the browser sent.
 * @returns A lower-case ending without the dot.
 */
export function uploadEnding(name: string): string {
  const ext = (/\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1] ?? "").toLowerCase();
  return ENDINGS.has(ext) ? ext : "csv";
}

/**
 * A file name from the browser made safe to show and to put in a download's name: the last
 * part after any `/` or `\`, control characters removed, at most 200 characters.
 *
 * @param name The name as sent (URI-encoded or not).
 * @returns The display name, never empty.
 */
export function displayName(name: string): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch { /* not encoded */ }
  // deno-lint-ignore no-control-regex
  const last = decoded.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return last === "" || last === "." || last === ".." ? "file" : last;
}
