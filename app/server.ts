/**
 * The app's HTTP server (`Deno.serve`, no framework), on 127.0.0.1 only.
 *
 * Routes (every request must carry the app's own Host, and its own Origin when it sends one):
 *
 * | method, path                       | what                                                        |
 * | ---------------------------------- | ----------------------------------------------------------- |
 * | `GET /`                            | the page, its script allowed by a fresh nonce               |
 * | `GET /app.js`, `GET /app.css`      | the page's script and style                                 |
 * | `POST /api/files`                  | an upload (raw body, `X-File-Name` for display only); reads it and answers what was detected |
 * | `POST /api/files/:id/inspect`      | read the same upload again with other read options          |
 * | `POST /api/files/:id/runs`         | start an analysis with the page's choices                   |
 * | `POST /api/files/:id/forget`       | remove the upload (the page sends it when it closes)        |
 * | `GET /api/runs/:run`               | progress, then the result or the error                      |
 * | `GET /api/runs/:run/report.html`   | the report (`?download` to save it)                         |
 * | `GET /api/runs/:run/segments.csv`  | the segments CSV                                            |
 *
 * Each upload is stored under a random name in its own folder inside the app's private temporary
 * folder; the browser's file name is only shown, never used in a path. Each inspection and run
 * has its own worker, ended when it answers.
 *
 * @module
 */
import "./_env_shim.ts";
import { join } from "node:path";
import { type AnalyzeFileOptions, type Lang, LANGS } from "../lib/mod.ts";
import { words } from "../lib/text/mod.ts";
import {
  checkHostOrigin,
  checkUploadSize,
  DEFAULT_MAX_UPLOAD,
  displayName,
  inlineScriptHashes,
  makeNonce,
  pageCsp,
  reportCsp,
  securityHeaders,
  uploadEnding,
} from "./_checks.ts";
import type { Detection, RunResult, WorkerError, WorkerReply, WorkerRequest } from "./_protocol.ts";

/** Options for {@linkcode startApp}. */
export interface AppOptions {
  /** Port on 127.0.0.1; 0 picks a free one. @default {8321} */
  port?: number;
  /** Largest upload in bytes. @default {1 GiB} */
  maxUpload?: number;
  /** The private folder (mode 0700) uploads go to; made with `Deno.makeTempDir` when not given. */
  tempDir?: string;
  /** Uploads unused for this long are removed. @default {30 minutes} */
  idleMs?: number;
  /** Called with each line the server logs (refusals, internal errors). @default {console.error} */
  log?: (line: string) => void;
}

/** A running app. */
export interface App {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  /** The private folder holding uploads. */
  readonly tempDir: string;
  /** Stop serving, end running analyses and remove the temporary folder. */
  close(): Promise<void>;
}

interface Upload {
  readonly id: string;
  readonly dir: string;
  readonly path: string;
  readonly name: string;
  columns: readonly string[];
  lastUsed: number;
}

interface Run {
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly started: number;
  worker: Worker | null;
  step: string;
  done: number;
  total: number;
  result?: RunResult;
  reportHashes?: string[];
  error?: WorkerError;
  seconds?: number;
}

const PAGE_DIR = new URL("./page/", import.meta.url);
const ID = /^[0-9a-f-]{36}$/;
const MAX_RUNS = 32;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...securityHeaders("default-src 'none'") },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...securityHeaders("default-src 'none'") },
  });
}

/** `filename` for a Content-Disposition: ASCII letters, digits and `._-` only, plus the UTF-8 form. */
function disposition(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "") || "segments";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function baseName(name: string): string {
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? name.slice(0, dot) : name) || "segments";
}

/**
 * Start the app on 127.0.0.1.
 *
 * @param options See {@linkcode AppOptions}.
 * @returns The running app, with its address.
 */
export async function startApp(options: AppOptions = {}): Promise<App> {
  const {
    port = 8321,
    maxUpload = DEFAULT_MAX_UPLOAD,
    idleMs = 30 * 60_000,
    log = (line: string) => console.error(line),
  } = options;
  const tempDir = options.tempDir ?? await Deno.makeTempDir({ prefix: "segmenta-app-" });
  await Deno.chmod(tempDir, 0o700).catch(() => {/* not on Windows */});
  const [pageHtml, script, style] = await Promise.all(
    ["index.html", "app.js", "app.css"].map((f) => Deno.readTextFile(new URL(f, PAGE_DIR))),
  );
  const wordsJson = JSON.stringify(Object.fromEntries(LANGS.map((l) => [l, words(l).app])))
    .replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
  const uploads = new Map<string, Upload>();
  const runs = new Map<string, Run>();
  const workers = new Set<Worker>();
  let actualPort = port;

  function removeUpload(upload: Upload): void {
    uploads.delete(upload.id);
    try {
      Deno.removeSync(upload.dir, { recursive: true });
    } catch { /* already gone */ }
  }

  const sweeper = setInterval(() => {
    const now = Date.now();
    for (const u of uploads.values()) if (now - u.lastUsed > idleMs) removeUpload(u);
  }, Math.min(idleMs, 60_000));

  /** Start a worker on one request; `onReply` gets each reply; the worker ends at its answer. */
  function startWorker(request: WorkerRequest, onReply: (reply: WorkerReply) => void): Worker {
    const worker = new Worker(new URL("./_worker.ts", import.meta.url), { type: "module" });
    workers.add(worker);
    const end = () => {
      worker.terminate();
      workers.delete(worker);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type !== "progress") end();
      onReply(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      log(`segmenta app: the analysis worker failed: ${e.message}`);
      end();
      onReply({ type: "error", error: { kind: "internal" } });
    };
    worker.postMessage(request);
    return worker;
  }

  /** Read an upload in a worker, with the read options the run will use; answer what was detected. */
  function inspect(
    upload: Upload,
    read: AnalyzeFileOptions["read"] = { name: upload.name },
  ): Promise<Response> {
    return new Promise((resolve) => {
      startWorker({ type: "inspect", path: upload.path, read }, (reply) => {
        if (reply.type === "inspected") {
          upload.columns = reply.detection.columns.map((c) => c.name);
          resolve(json({ id: upload.id, name: upload.name, detection: reply.detection satisfies Detection }));
        } else if (reply.type === "error") {
          resolve(json({ id: upload.id, name: upload.name, error: reply.error }));
        }
      });
    });
  }

  async function receive(req: Request): Promise<Response> {
    const size = checkUploadSize(req.headers, maxUpload);
    if (size !== null) {
      return json(
        { error: { kind: size.status === 413 ? "tooLarge" : "input", limit: maxUpload } },
        size.status,
      );
    }
    if (req.body === null) return json({ error: { kind: "empty" } }, 400);
    const name = displayName(req.headers.get("x-file-name") ?? "file.csv");
    const id = crypto.randomUUID();
    const dir = join(tempDir, id);
    await Deno.mkdir(dir, { mode: 0o700 });
    const path = join(dir, `upload.${uploadEnding(name)}`);
    const upload: Upload = { id, dir, path, name, columns: [], lastUsed: Date.now() };
    let received = 0;
    try {
      using file = await Deno.open(path, { write: true, createNew: true, mode: 0o600 });
      for await (const chunk of req.body) {
        received += chunk.length;
        if (received > maxUpload) throw new RangeError("too large");
        await file.write(chunk);
      }
    } catch (e) {
      Deno.removeSync(dir, { recursive: true });
      if (e instanceof RangeError) return json({ error: { kind: "tooLarge", limit: maxUpload } }, 413);
      throw e;
    }
    if (received === 0) {
      Deno.removeSync(dir, { recursive: true });
      return json({ error: { kind: "empty" } }, 400);
    }
    uploads.set(id, upload);
    return inspect(upload);
  }

  function startRun(upload: Upload, options: AnalyzeFileOptions): Response {
    const run: Run = {
      id: crypto.randomUUID(),
      file: upload.id,
      name: upload.name,
      started: performance.now(),
      worker: null,
      step: "reading",
      done: 0,
      total: 1,
    };
    for (const r of runs.values()) {
      if (r.file === upload.id && r.worker !== null) {
        r.worker.terminate();
        workers.delete(r.worker);
        r.worker = null;
        runs.delete(r.id);
      }
    }
    while (runs.size >= MAX_RUNS) runs.delete(runs.keys().next().value!);
    runs.set(run.id, run);
    run.worker = startWorker({ type: "run", path: upload.path, options }, (reply) => {
      if (reply.type === "progress") {
        run.step = reply.step;
        run.done = reply.done;
        run.total = reply.total;
        return;
      }
      run.worker = null;
      run.seconds = (performance.now() - run.started) / 1000;
      upload.lastUsed = Date.now();
      if (reply.type === "result") {
        run.result = reply.result;
        inlineScriptHashes(reply.result.html).then((h) => run.reportHashes = h);
      } else if (reply.type === "error") run.error = reply.error;
    });
    return json({ run: run.id }, 202);
  }

  function runStatus(run: Run): Response {
    if (run.error) return json({ state: "error", error: run.error, seconds: run.seconds });
    if (run.result && run.reportHashes) {
      const { html: _html, csv: _csv, model, ...shown } = run.result;
      return json({ state: "done", result: { ...shown, hasModel: model !== null }, seconds: run.seconds });
    }
    return json({ state: "running", step: run.step, done: run.done, total: run.total });
  }

  function page(): Response {
    const nonce = makeNonce();
    const html = pageHtml.replaceAll("{{NONCE}}", nonce).replace(
      /(id="words">)\s*\{\}\s*(<\/script>)/,
      (_m, open, close) => open + wordsJson + close,
    )
      .replace("{{MAX_UPLOAD}}", () => String(maxUpload));
    return new Response(html, {
      headers: { "content-type": "text/html; charset=utf-8", ...securityHeaders(pageCsp(nonce)) },
    });
  }

  async function handle(req: Request): Promise<Response> {
    const refused = checkHostOrigin(req.headers, actualPort);
    if (refused !== null) {
      log(`segmenta app: refused ${req.method} ${new URL(req.url).pathname}: ${refused.reason}`);
      return plain(refused.status, "Refused: this app answers only to its own address");
    }
    const { pathname, searchParams } = new URL(req.url);
    const parts = pathname.split("/").filter((p) => p !== "");
    const method = req.method;
    if (method === "GET" && pathname === "/") return page();
    if (method === "GET" && pathname === "/app.js") {
      return new Response(script, {
        headers: {
          "content-type": "text/javascript; charset=utf-8",
          ...securityHeaders("default-src 'none'"),
        },
      });
    }
    if (method === "GET" && pathname === "/app.css") {
      return new Response(style, {
        headers: { "content-type": "text/css; charset=utf-8", ...securityHeaders("default-src 'none'") },
      });
    }
    if (parts[0] !== "api") return plain(404, "Not found");
    if (method === "POST" && pathname === "/api/files") return await receive(req);
    if (parts[1] === "files" && ID.test(parts[2] ?? "") && method === "POST") {
      const upload = uploads.get(parts[2]!);
      if (upload === undefined) return json({ error: { kind: "expired" } }, 404);
      upload.lastUsed = Date.now();
      if (parts[3] === "forget" && parts.length === 4) {
        for (const r of runs.values()) {
          if (r.file === upload.id) {
            r.worker?.terminate();
            runs.delete(r.id);
          }
        }
        removeUpload(upload);
        return json({ forgotten: true });
      }
      if (parts[3] === "inspect" && parts.length === 4) {
        let body: unknown;
        try {
          body = await req.json();
        } catch {
          return json({ error: { kind: "badRequest" } }, 400);
        }
        const options = analysisOptions({ read: (body as { read?: unknown })?.read ?? {} }, upload);
        if (typeof options === "string") return json({ error: { kind: "badRequest", reason: options } }, 400);
        return await inspect(upload, options.read);
      }
      if (parts[3] === "runs" && parts.length === 4) {
        let choices: unknown;
        try {
          choices = await req.json();
        } catch {
          return json({ error: { kind: "badRequest" } }, 400);
        }
        const options = analysisOptions(choices, upload);
        if (typeof options === "string") return json({ error: { kind: "badRequest", reason: options } }, 400);
        return startRun(upload, options);
      }
    }
    if (parts[1] === "runs" && ID.test(parts[2] ?? "") && method === "GET") {
      const run = runs.get(parts[2]!);
      if (run === undefined) return json({ error: { kind: "expired" } }, 404);
      if (parts.length === 3) return runStatus(run);
      if (run.result === undefined) return plain(409, "The run has no result");
      if (parts[3] === "report.html" && parts.length === 4) {
        const headers: Record<string, string> = {
          "content-type": "text/html; charset=utf-8",
          ...securityHeaders(reportCsp(run.reportHashes ?? [])),
        };
        if (searchParams.has("download")) {
          headers["content-disposition"] = disposition(`${baseName(run.name)}.html`);
        }
        return new Response(run.result.html, { headers });
      }
      if (parts[3] === "model.json" && parts.length === 4 && run.result.model !== null) {
        return new Response(run.result.model, {
          headers: {
            "content-type": "application/json; charset=utf-8",
            "content-disposition": disposition(`${baseName(run.name)}-model.json`),
            ...securityHeaders("default-src 'none'"),
          },
        });
      }
      if (parts[3] === "segments.csv" && parts.length === 4) {
        return new Response(run.result.csv, {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": disposition(`${baseName(run.name)}-segments.csv`),
            ...securityHeaders("default-src 'none'"),
          },
        });
      }
    }
    return plain(404, "Not found");
  }

  const server = Deno.serve({
    hostname: "127.0.0.1",
    port,
    onListen: () => {},
    onError: (e) => {
      log(`segmenta app: internal error (a bug; please report it):\n${(e as Error)?.stack ?? e}`);
      return json({ error: { kind: "internal" } }, 500);
    },
  }, handle);
  actualPort = (server.addr as Deno.NetAddr).port;
  let closed = false;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    tempDir,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      for (const w of workers) w.terminate();
      workers.clear();
      await server.shutdown();
      await Deno.remove(tempDir, { recursive: true }).catch(() => {/* already gone */});
    },
  };
}

const READ_DELIMITERS = [",", ";", "\t", "|"];
const ROLES = ["customer", "invoice", "date", "amount", "quantity", "price", "country"] as const;
/** Excel's limits: 31 characters in a sheet name, none of `\ / ? * [ ] :`. */
const SHEET_NAME = /^[^\\/?*[\]:\p{Cc}]{1,31}$/u;
const MAX_SHEETS = 10_000;
/** A cancellation prefix: up to 20 letters, digits or `-_/#.`. */
const PREFIX = /^[\p{L}\p{N}\-_/#.]{1,20}$/u;
const RISK_KEYS = ["riskDelay", "disciplinedDelay", "crossSellCredits", "premiumIncome"] as const;

/**
 * The analysis options of the page's choices, checked: only known keys, known values and column
 * names of this upload reach the analysis. A string is the reason the choices were refused.
 */
export function analysisOptions(choices: unknown, upload: { columns: readonly string[]; name: string }):
  | AnalyzeFileOptions
  | string {
  if (typeof choices !== "object" || choices === null) return "choices must be an object";
  const c = choices as Record<string, unknown>;
  const lang = c.lang ?? "en";
  if (!LANGS.includes(lang as Lang)) return "unknown language";
  const kind = c.kind ?? "auto";
  if (kind !== "auto" && kind !== "rfm" && kind !== "features") return "unknown kind";
  const seed = c.seed ?? 0;
  if (!Number.isInteger(seed) || (seed as number) < 0 || (seed as number) > 2 ** 31) return "bad seed";
  const currency = c.currency ?? null;
  if (
    currency !== null &&
    !(typeof currency === "string" && /^[A-Z]{3}$/.test(currency) &&
      Intl.supportedValuesOf("currency").includes(currency))
  ) return "bad currency";
  const k = c.k ?? null;
  if (k !== null && (!Number.isInteger(k) || (k as number) < 2 || (k as number) > 50)) return "bad k";
  const isColumn = (v: unknown): v is string => typeof v === "string" && upload.columns.includes(v);
  const roles: Record<string, string> = {};
  const givenRoles = (c.roles ?? {}) as Record<string, unknown>;
  if (typeof givenRoles !== "object") return "bad roles";
  for (const role of ROLES) {
    const v = givenRoles[role];
    if (v === undefined || v === "") continue;
    if (!isColumn(v)) return `unknown column for ${role}`;
    roles[role] = v;
  }
  const read: Record<string, unknown> = { name: upload.name };
  const givenRead = (c.read ?? {}) as Record<string, unknown>;
  if (givenRead.delimiter !== undefined && givenRead.delimiter !== "") {
    if (!READ_DELIMITERS.includes(givenRead.delimiter as string)) return "bad delimiter";
    read.delimiter = givenRead.delimiter;
  }
  if (givenRead.decimal !== undefined && givenRead.decimal !== "") {
    if (givenRead.decimal !== "." && givenRead.decimal !== ",") return "bad decimal";
    read.decimal = givenRead.decimal;
  }
  if (givenRead.encoding !== undefined && givenRead.encoding !== "") {
    if (givenRead.encoding !== "utf-8" && givenRead.encoding !== "latin-1") return "bad encoding";
    read.encoding = givenRead.encoding;
  }
  if (givenRead.dayFirst !== undefined && givenRead.dayFirst !== "") {
    if (typeof givenRead.dayFirst !== "boolean") return "bad dayFirst";
    read.dayFirst = givenRead.dayFirst;
  }
  if (givenRead.sheet !== undefined && givenRead.sheet !== "") {
    const sheet = givenRead.sheet;
    const isNumber = Number.isInteger(sheet) && (sheet as number) >= 1 && (sheet as number) <= MAX_SHEETS;
    if (!isNumber && !(typeof sheet === "string" && SHEET_NAME.test(sheet))) return "bad sheet";
    read.sheet = sheet;
  }
  const rfm: Record<string, unknown> = {};
  const givenClean = (c.clean ?? {}) as Record<string, unknown>;
  if (typeof givenClean !== "object") return "bad clean";
  if (givenClean.cancellations === false) rfm.clean = { dropCancellations: false };
  else if (givenClean.cancellations !== undefined && givenClean.cancellations !== true) {
    return "bad cancellations";
  } else if (givenClean.cancellationPrefix !== undefined && givenClean.cancellationPrefix !== "") {
    if (typeof givenClean.cancellationPrefix !== "string" || !PREFIX.test(givenClean.cancellationPrefix)) {
      return "bad cancellationPrefix";
    }
    rfm.clean = { cancellationPrefix: givenClean.cancellationPrefix };
  }
  const features: Record<string, unknown> = {};
  const givenRisk = (c.risk ?? {}) as Record<string, unknown>;
  if (typeof givenRisk !== "object") return "bad risk";
  const risk: Record<string, number> = {};
  for (const key of RISK_KEYS) {
    const v = givenRisk[key];
    if (v === undefined || v === null || v === "") continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) return `bad ${key}`;
    risk[key] = v;
  }
  if (Object.keys(risk).length > 0) features.risk = risk;
  if (c.features !== undefined && c.features !== null) {
    if (!Array.isArray(c.features) || !c.features.every((f) => typeof f === "string")) return "bad features";
    // Column names are checked by the analysis, which names the closest ones when one is not in the file.
    if (c.features.length > 0) features.features = [...c.features];
  }
  return {
    kind,
    lang: lang as Lang,
    seed: seed as number,
    ...(currency !== null ? { currency: currency as string } : {}),
    ...(k !== null ? { k: k as number } : {}),
    roles,
    read: read as AnalyzeFileOptions["read"] & object,
    rfm: rfm as AnalyzeFileOptions["rfm"] & object,
    features: features as AnalyzeFileOptions["features"] & object,
  };
}
