/**
 * Show values in a notebook cell so that every Jupyter front end keeps them.
 *
 * Why this exists (the root cause of outputs lost by `jupyter nbconvert --execute`): Deno's kernel
 * (2.x, the JavaScript protocol loop `startJupyterKernel`) evaluates a cell on a REPL thread and
 * speaks the Jupyter protocol on the main thread. Everything a cell sends to the front end (the
 * `execute_result` of its last expression, `display_data` from `Deno.jupyter.display`, and the
 * `stream` messages of `console.log`) is pushed by the REPL thread into a channel
 * (`op_jupyter_broadcast`, `op_print`) that a separate loop on the main thread (`iopubDrainer`)
 * drains, signs and publishes one message at a time. The cell's handler (`handleExecute`) sends
 * `execute_reply` and `status: idle` as soon as the REPL thread has pushed the cell's result,
 * without waiting for that loop. A large result (a chart, a table) or a backlog of printed lines
 * (a progress bar) is therefore published after `idle`: nbclient (nbconvert) stops listening at
 * `idle` and drops it, and interactive front ends drop it or, when the next cell has already
 * started, show it under the next cell (the loop stamps each message with the request current
 * when it publishes it). Measured here: 200 printed lines then a value, or one 2 MB display,
 * reach the socket after `idle`; tests/views/show_test.ts runs both through plain nbconvert.
 *
 * The fix from inside the kernel: {@linkcode show} displays each value during the cell and then
 * waits until the kernel has actually published it. It subscribes once per kernel to the kernel's
 * own output socket (the iopub port of the connection file the kernel was started with), sends a
 * marker through the same channel (a `status: busy` message, which front ends ignore while the
 * cell is busy) and returns when the marker comes back: the channel is first in, first out, so
 * everything sent before it has been published. Outside a Jupyter kernel it prints the values'
 * text (plain or markdown) so a script still shows the readings.
 *
 * @module
 */

/** The method Deno's Jupyter kernel calls to display a value. */
const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** A mime bundle: `text/plain`, `text/markdown`, `text/html`... */
type MimeBundle = Record<string, unknown>;

interface JupyterNs {
  display(value: unknown, options?: { raw?: boolean }): Promise<void>;
  broadcast(type: string, content: Record<string, unknown>): Promise<void>;
}

/** `Deno.jupyter` inside the kernel; `undefined` elsewhere (where reading it throws). */
function jupyter(): JupyterNs | undefined {
  try {
    return (Deno as unknown as { jupyter?: JupyterNs }).jupyter;
  } catch {
    return undefined;
  }
}

/** Options for {@linkcode show}. */
export interface ShowOptions {
  /** Longest wait, in milliseconds, for the kernel to publish the values. @default {30000} */
  timeout?: number;
}

/**
 * Display values in the current notebook cell, in order, and return once the kernel has published
 * them (see the module doc for why a cell's last expression is not enough). End a cell with
 * `await show(chart, reading)` instead of leaving the chart as its last expression. Outside a
 * Jupyter kernel, prints each value's markdown or plain text (charts and tables print nothing).
 *
 * @param values Charts, tables, markdown readings, anything `Deno.jupyter.display` takes. An
 *   array is shown item by item; `null` and `undefined` are skipped.
 * @returns When the values are on the front end's socket (or after `timeout`).
 *
 * @example Outside a kernel a reading prints as text
 * ```ts
 * import { markdown, show } from "./show.ts";
 * await show(markdown("**3 segments**"));
 * ```
 */
export async function show(...values: unknown[]): Promise<void> {
  const items = values.flat().filter((v) => v !== null && v !== undefined);
  const ns = jupyter();
  if (!ns) {
    for (const v of items) {
      const text = plainText(v);
      if (text !== null) console.log(text);
    }
    return;
  }
  for (const v of items) await ns.display(v);
  await flushOutput();
}

/** Text of a value for a terminal: its markdown or plain mime part, a string as is, else `null`. */
function plainText(value: unknown): string | null {
  if (typeof value === "string") return value;
  const display = (value as { [JUPYTER_DISPLAY]?: () => MimeBundle } | null)?.[JUPYTER_DISPLAY];
  if (typeof display !== "function") return null;
  const bundle = display.call(value);
  const text = bundle["text/markdown"] ?? bundle["text/plain"];
  return typeof text === "string" ? text : null;
}

/** A markdown reading: shows as markdown in a notebook, prints as its text elsewhere. */
export interface Markdown {
  /** The markdown source. */
  readonly markdown: string;
  /** The markdown source. */
  toString(): string;
}

/**
 * Wrap markdown so that a notebook shows it formatted (`text/markdown`), like `Deno.jupyter.md`
 * but usable outside the kernel and in tests.
 *
 * @param text Markdown source.
 * @returns A value with a `Symbol.for("Jupyter.display")` method.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { markdown } from "./show.ts";
 * const m = markdown("*hi*");
 * assert.equal(String(m), "*hi*");
 * assert.deepEqual((m as any)[Symbol.for("Jupyter.display")](), { "text/markdown": "*hi*", "text/plain": "*hi*" });
 * ```
 */
export function markdown(text: string): Markdown {
  return {
    markdown: text,
    toString: () => text,
    [JUPYTER_DISPLAY]: () => ({ "text/markdown": text, "text/plain": text }),
  } as Markdown;
}

// ---- waiting for the kernel to publish ---------------------------------------------------------

/** The subscriber kept for the life of the kernel (module reloads share it through globalThis). */
interface Subscriber {
  /** Markers seen on the socket, by id. */
  readonly seen: Set<string>;
  /** Wake-ups of waiting flushes. */
  readonly waiters: Set<() => void>;
  /** Whether the socket still reads. */
  alive: boolean;
}

const STATE = Symbol.for("segmenta.jupyterSubscriber");

type GlobalWithState = typeof globalThis & { [STATE]?: Promise<Subscriber | null> };

/**
 * Wait until the kernel has published everything this cell sent so far (displays, printed lines).
 * Called by {@linkcode show}; call it directly at the end of a cell that prints.
 *
 * Returns nothing, so that a cell ending with it shows no value. Outside a kernel, or where the
 * kernel's connection file cannot be found (no `/proc`), it returns at once.
 *
 * @param options `timeout` in milliseconds (default 30 s): the longest wait.
 * @returns When the kernel has published the cell's output so far, or after the timeout.
 */
export async function flushOutput(options: ShowOptions = {}): Promise<void> {
  const { timeout = 30_000 } = options;
  const ns = jupyter();
  if (!ns) return;
  const g = globalThis as GlobalWithState;
  g[STATE] ??= subscribe(ns);
  const sub = await g[STATE];
  if (sub && sub.alive) await roundTrip(ns, sub, timeout);
}

async function roundTrip(ns: JupyterNs, sub: Subscriber, timeout: number): Promise<boolean> {
  const id = crypto.randomUUID();
  const came = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      sub.waiters.delete(check);
      resolve(false);
    }, timeout);
    function check() {
      const came = sub.seen.has(id);
      if (!came && sub.alive) return;
      clearTimeout(timer);
      sub.waiters.delete(check);
      sub.seen.delete(id);
      resolve(came);
    }
    sub.waiters.add(check);
  });
  await ns.broadcast("status", { execution_state: "busy", segmenta_flush: id });
  return await came;
}

/** The kernel's connection file, from its command line (`deno jupyter --kernel --conn FILE`). */
function connectionFile(): string | null {
  try {
    const args = Deno.readTextFileSync("/proc/self/cmdline").split("\0");
    const i = args.indexOf("--conn");
    return i >= 0 ? args[i + 1] ?? null : null;
  } catch {
    return null; // no /proc (macOS, Windows): show() falls back to not waiting
  }
}

async function subscribe(ns: JupyterNs): Promise<Subscriber | null> {
  const file = connectionFile();
  if (!file) return null;
  let info: { ip: string; iopub_port: number; transport?: string };
  try {
    info = JSON.parse(Deno.readTextFileSync(file));
  } catch {
    return null;
  }
  if ((info.transport ?? "tcp") !== "tcp") return null;
  let conn: Deno.TcpConn;
  try {
    conn = await Deno.connect({ hostname: info.ip, port: info.iopub_port });
    await handshake(conn);
  } catch {
    return null;
  }
  conn.unref();
  const sub: Subscriber = { seen: new Set(), waiters: new Set(), alive: true };
  readLoop(conn, sub);
  // The kernel adds the subscriber once it has read the subscription: probe until a marker returns.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await roundTrip(ns, sub, 250)) return sub;
  }
  sub.alive = false;
  try {
    conn.close();
  } catch { /* closed */ }
  return null;
}

/** ZMTP 3.0 handshake as a SUB socket with the NULL mechanism, then subscribe to everything. */
async function handshake(conn: Deno.TcpConn): Promise<void> {
  const greeting = new Uint8Array(64);
  greeting[0] = 0xff;
  greeting[9] = 0x7f;
  greeting[10] = 3;
  greeting.set(new TextEncoder().encode("NULL"), 12);
  await writeAll(conn, greeting);
  await readExact(conn, 64);
  const enc = new TextEncoder();
  const name = enc.encode("READY"), prop = enc.encode("Socket-Type"), type = enc.encode("SUB");
  const body = new Uint8Array(1 + name.length + 1 + prop.length + 4 + type.length);
  let o = 0;
  body[o++] = name.length;
  body.set(name, o);
  o += name.length;
  body[o++] = prop.length;
  body.set(prop, o);
  o += prop.length;
  new DataView(body.buffer).setUint32(o, type.length);
  body.set(type, o + 4);
  await writeAll(conn, Uint8Array.of(0x04, body.length, ...body));
  await readFrame(conn); // the peer's READY
  await writeAll(conn, Uint8Array.of(0x00, 1, 0x01)); // subscribe to every topic
}

async function readLoop(conn: Deno.TcpConn, sub: Subscriber): Promise<void> {
  const dec = new TextDecoder();
  try {
    for (;;) {
      const frames: Uint8Array[] = [];
      for (;;) {
        const { data, more } = await readFrame(conn);
        frames.push(data);
        if (!more) break;
      }
      const delimiter = frames.findIndex((f) => dec.decode(f) === "<IDS|MSG>");
      if (delimiter < 0 || frames.length < delimiter + 6) continue;
      const header = JSON.parse(dec.decode(frames[delimiter + 2])) as { msg_type?: string };
      if (header.msg_type !== "status") continue;
      const content = JSON.parse(dec.decode(frames[delimiter + 5])) as { segmenta_flush?: string };
      if (content.segmenta_flush) {
        sub.seen.add(content.segmenta_flush);
        for (const w of [...sub.waiters]) w();
      }
    }
  } catch {
    sub.alive = false;
    for (const w of [...sub.waiters]) w();
  }
}

async function readExact(conn: Deno.TcpConn, n: number): Promise<Uint8Array> {
  const buf = new Uint8Array(n);
  let off = 0;
  while (off < n) {
    const got = await conn.read(buf.subarray(off));
    if (got === null) throw new Error("The kernel closed its output socket");
    off += got;
  }
  return buf;
}

async function readFrame(conn: Deno.TcpConn): Promise<{ data: Uint8Array; more: boolean }> {
  const [flags] = await readExact(conn, 1);
  const long = (flags! & 0x02) !== 0;
  const sizeBytes = await readExact(conn, long ? 8 : 1);
  const size = long ? Number(new DataView(sizeBytes.buffer).getBigUint64(0)) : sizeBytes[0]!;
  return { data: await readExact(conn, size), more: (flags! & 0x01) !== 0 };
}

async function writeAll(conn: Deno.TcpConn, buf: Uint8Array): Promise<void> {
  let off = 0;
  while (off < buf.length) off += await conn.write(buf.subarray(off));
}
