// The app server's request checks, without a browser: the pure checks, then one in-process
// server (port 0) for the headers and refusals as a client sees them.
import assert from "node:assert/strict";
import {
  checkHostOrigin,
  checkUploadSize,
  DEFAULT_MAX_UPLOAD,
  displayName,
  inlineScriptHashes,
  pageCsp,
  parseSize,
  reportCsp,
  uploadEnding,
} from "../../app/_checks.ts";
import { parseAppArgs } from "../../app/_args.ts";
import { analysisOptions, startApp } from "../../app/server.ts";

/** The status of `GET /` sent over a raw connection with the given Host header. */
async function rawStatus(port: number, host: string): Promise<number> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(new TextEncoder().encode(`GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
  let text = "";
  const buf = new Uint8Array(4096);
  for (let n = await conn.read(buf); n !== null; n = await conn.read(buf)) {
    text += new TextDecoder().decode(buf.subarray(0, n));
  }
  conn.close();
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
}

const headers = (h: Record<string, string>) => new Headers(h);

Deno.test("checkHostOrigin() accepts only the app's own host and origin", () => {
  assert.equal(checkHostOrigin(headers({ host: "127.0.0.1:8321" }), 8321), null);
  assert.equal(
    checkHostOrigin(headers({ host: "localhost:8321", origin: "http://localhost:8321" }), 8321),
    null,
  );
  assert.equal(
    checkHostOrigin(headers({ host: "127.0.0.1:8321", origin: "http://127.0.0.1:8321" }), 8321),
    null,
  );
  // DNS rebinding: another name resolving to 127.0.0.1 sends its own name as Host.
  assert.equal(checkHostOrigin(headers({ host: "evil.example:8321" }), 8321)?.status, 421);
  assert.equal(checkHostOrigin(headers({ host: "127.0.0.1:9999" }), 8321)?.status, 421);
  assert.equal(checkHostOrigin(headers({ host: "127.0.0.1" }), 8321)?.status, 421);
  assert.equal(checkHostOrigin(headers({}), 8321)?.status, 421);
  assert.equal(
    checkHostOrigin(headers({ host: "127.0.0.1:8321", origin: "http://evil.example" }), 8321)?.status,
    403,
  );
  assert.equal(
    checkHostOrigin(headers({ host: "127.0.0.1:8321", origin: "https://127.0.0.1:8321" }), 8321)?.status,
    403,
  );
  assert.equal(checkHostOrigin(headers({ host: "127.0.0.1:8321", origin: "null" }), 8321)?.status, 403);
});

Deno.test("checkUploadSize() refuses uploads above the limit or without a length", () => {
  assert.equal(checkUploadSize(headers({ "content-length": "100" }), 100), null);
  assert.equal(checkUploadSize(headers({ "content-length": "101" }), 100)?.status, 413);
  assert.equal(checkUploadSize(headers({}), 100)?.status, 411);
  assert.equal(checkUploadSize(headers({ "content-length": "-1" }), 100)?.status, 411);
  assert.equal(DEFAULT_MAX_UPLOAD, 1024 ** 3);
});

Deno.test("pageCsp() allows the nonce's script only, nothing from outside", () => {
  const csp = pageCsp("abc123");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
});

Deno.test("reportCsp() allows the report's own inline scripts by hash only", async () => {
  const html = `<script type="application/json" id="d">{"a":1}</script><script>run()</script><p>x</p>`;
  const hashes = await inlineScriptHashes(html);
  assert.equal(hashes.length, 1);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("run()"));
  assert.equal(hashes[0], `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
  const csp = reportCsp(hashes);
  assert.match(csp, new RegExp(`script-src '${hashes[0]!.replace(/[+/=]/g, "\\$&")}'(;|$)`));
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline|https?:/);
  assert.match(reportCsp([]), /script-src 'none'/);
});

Deno.test("parseSize() reads bytes and 1024-based units, and refuses anything else", () => {
  assert.equal(parseSize("1048576"), 1048576);
  assert.equal(parseSize("500MB"), 500 * 1024 ** 2);
  assert.equal(parseSize("2gb"), 2 * 1024 ** 3);
  assert.equal(parseSize("1.5k"), 1536);
  assert.throws(() => parseSize("lots"), /^TypeError: Cannot read the size "lots"/);
  assert.throws(() => parseSize("0"), /at least 1 byte/);
});

Deno.test("parseAppArgs() reads --port and --max-upload", () => {
  assert.deepEqual(parseAppArgs([]), { port: 8321, maxUpload: 1024 ** 3, help: false });
  assert.equal(parseAppArgs(["--port", "9000", "--max-upload", "10MB"]).maxUpload, 10 * 1024 ** 2);
  assert.throws(() => parseAppArgs(["--port", "70000"]), /--port must be a whole number from 0 to 65535/);
  assert.throws(() => parseAppArgs(["--max-upload", "big"]), /--max-upload/);
  assert.throws(() => parseAppArgs(["--nope"]), /^TypeError: Cannot read the command line/);
});

Deno.test("upload names never become paths: only a known ending is kept", () => {
  assert.equal(uploadEnding("../../etc/passwd"), "csv");
  assert.equal(uploadEnding("ventas.XLSX"), "xlsx");
  assert.equal(uploadEnding("a.parquet"), "parquet");
  assert.equal(uploadEnding("x.csv/../../y.sh"), "csv");
  assert.equal(displayName("..%2F..%2Fetc%2Fpasswd"), "passwd");
  assert.equal(displayName("C:\\Users\\me\\ventas.csv"), "ventas.csv");
  assert.equal(displayName(".."), "file");
  assert.equal(displayName("a\u0000b\nc.csv"), "abc.csv");
});

Deno.test("analysisOptions() lets only known choices and this file's columns through", () => {
  const upload = { columns: ["ID", "Fecha", "Monto"], name: "v.csv" };
  const ok = analysisOptions({ lang: "es", kind: "rfm", seed: 3, k: 4, roles: { amount: "Monto" } }, upload);
  assert.deepEqual(ok, {
    kind: "rfm",
    lang: "es",
    seed: 3,
    k: 4,
    roles: { amount: "Monto" },
    read: { name: "v.csv" },
    rfm: {},
    features: {},
  });
  assert.equal(analysisOptions({ roles: { amount: "../x" } }, upload), "unknown column for amount");
  assert.equal(analysisOptions({ lang: "fr" }, upload), "unknown language");
  assert.equal(analysisOptions({ k: 1 }, upload), "bad k");
  assert.equal(analysisOptions({ read: { delimiter: "x" } }, upload), "bad delimiter");
  assert.equal(analysisOptions({ read: { dayFirst: "yes" } }, upload), "bad dayFirst");
  assert.deepEqual(
    (analysisOptions({ read: { dayFirst: true, decimal: "," } }, upload) as { read: unknown }).read,
    {
      name: "v.csv",
      decimal: ",",
      dayFirst: true,
    },
  );
  assert.equal(analysisOptions({ features: "ID" }, upload), "bad features");
  assert.equal(analysisOptions(null, upload), "choices must be an object");
});

Deno.test({
  name: "the server refuses other hosts and origins, oversize uploads, and sends its CSP",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const app = await startApp({ port: 0, maxUpload: 1000, log: () => {} });
    try {
      assert.match(app.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.equal((await Deno.stat(app.tempDir)).mode! & 0o777, 0o700);
      const page = await fetch(app.url);
      const csp = page.headers.get("content-security-policy")!;
      const html = await page.text();
      const nonce = /<script nonce="([^"]+)"/.exec(html)![1]!;
      assert.equal(csp, pageCsp(nonce));
      assert.equal(page.headers.get("x-content-type-options"), "nosniff");
      assert.match(html, /id="words">\{"en":\{"title":/, "the page's words are embedded");
      assert.match(html, /data-max-upload="1000"/);
      assert.doesNotMatch(html, /<script(?![^>]*(nonce=|type="application\/json"))/);
      const again = /<script nonce="([^"]+)"/.exec(await (await fetch(app.url)).text())![1]!;
      assert.notEqual(again, nonce, "a nonce is used once");

      // fetch() does not let a client set Host: speak HTTP by hand, as a rebound page's browser would.
      assert.equal(await rawStatus(app.port, `evil.example:${app.port}`), 421);
      assert.equal(await rawStatus(app.port, `127.0.0.1:${app.port}`), 200);
      const cross = await fetch(`${app.url}api/files`, {
        method: "POST",
        headers: { origin: "http://evil.example" },
        body: "a,b\n1,2\n",
      });
      assert.equal(cross.status, 403);
      await cross.body?.cancel();

      const big = await fetch(`${app.url}api/files`, { method: "POST", body: "x".repeat(1001) });
      assert.equal(big.status, 413);
      assert.deepEqual(await big.json(), { error: { kind: "tooLarge", limit: 1000 } });
      assert.deepEqual([...Deno.readDirSync(app.tempDir)], [], "a refused upload left a file");

      const missing = await fetch(`${app.url}api/runs/00000000-0000-0000-0000-000000000000`);
      assert.equal(missing.status, 404);
      await missing.body?.cancel();
      const other = await fetch(`${app.url}../../etc/passwd`);
      assert.equal(other.status, 404);
      await other.body?.cancel();
    } finally {
      await app.close();
    }
    assert.throws(() => Deno.statSync(app.tempDir), Deno.errors.NotFound);
  },
});
