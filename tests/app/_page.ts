/**
 * Driving the app's page in Chromium for the app's browser tests: a page whose every request is
 * intercepted (anything not for the app is aborted and recorded), console errors and dialogs
 * recorded, and the steps a user takes (upload, run, read the result, download).
 */
import { Buffer } from "node:buffer";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";

/** A page of the app and what it did. */
export interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests for anything but the app (aborted). */
  readonly outside: string[];
  /** Dialogs (alert, confirm) opened, e.g. by injected script. */
  readonly dialogs: string[];
  /** Uploads (`POST /api/files`) made. */
  readonly uploads: string[];
  /** The JSON of each run request (`POST /api/files/:id/runs`). */
  readonly runs: Record<string, unknown>[];
}

/** Open the app in a new context, every request outside the app aborted and recorded. */
export async function openApp(browser: Browser, url: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1024, height: 760 } });
  const opened: Opened = {
    page: null as unknown as Page,
    context,
    errors: [],
    outside: [],
    dialogs: [],
    uploads: [],
    runs: [],
  };
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(url) || u.startsWith("data:") || u.startsWith("blob:") || u === "about:blank") {
      return route.continue();
    }
    opened.outside.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("console", (m) => {
    if (m.type() === "error") opened.errors.push(m.text());
  });
  page.on("pageerror", (e) => opened.errors.push(String(e)));
  page.on("dialog", (d) => {
    opened.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on("request", (r: Request) => {
    if (r.method() !== "POST") return;
    if (new URL(r.url()).pathname === "/api/files") opened.uploads.push(r.url());
    if (/\/runs$/.test(r.url())) opened.runs.push(r.postDataJSON());
  });
  (opened as { page: Page }).page = page;
  await page.goto(url, { waitUntil: "load" });
  return opened;
}

/** Choose a file in the page (by path, or bytes with a name) and wait until what was detected shows. */
export async function upload(
  page: Page,
  file: string | { name: string; buffer: Uint8Array },
  expect: "setup" | "error" = "setup",
): Promise<void> {
  await page.setInputFiles(
    "#file",
    typeof file === "string"
      ? file
      : { name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.buffer) },
  );
  await page.locator(expect === "setup" ? "#setup" : "#error").waitFor({ state: "visible", timeout: 60_000 });
}

/** Watch the progress bar's values from now on (read them with {@linkcode barValues}). */
export async function watchBar(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bar = document.getElementById("bar") as HTMLProgressElement;
    const w = window as unknown as { __bars: number[] };
    w.__bars = [];
    new MutationObserver(() => w.__bars.push(bar.value)).observe(bar, { attributes: true });
  });
}

/** The progress bar's values seen since {@linkcode watchBar}. */
export function barValues(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __bars: number[] }).__bars);
}

/** Press Run and wait for the result (or the error). */
export async function runAndWait(page: Page, expect: "result" | "error" = "result"): Promise<void> {
  await page.click("#run");
  await page.locator(expect === "result" ? "#result" : "#error").waitFor({
    state: "visible",
    timeout: 120_000,
  });
}

/** The segments table: name and number of customers per row. */
export async function shownSegments(page: Page): Promise<{ name: string; size: number }[]> {
  const rows = await page.$$eval(
    "#segments tbody tr",
    (trs) => trs.map((tr) => [tr.children[0]!.textContent ?? "", tr.children[1]!.textContent ?? ""]),
  );
  return rows.map(([name, size]) => ({ name: name!, size: Number(size!.replace(/\D/g, "")) }));
}

/** Click a download link and return the downloaded file's text. */
export async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await Deno.readTextFile(path!) };
}
