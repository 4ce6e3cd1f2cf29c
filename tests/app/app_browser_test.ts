// The app in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; no
// browser download), started exactly as `deno task app` starts it (the launcher and its narrow
// permissions). One app and one browser for the whole file; every request that is not for the
// app is intercepted, aborted and fails the test.
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";
import { projectDataPath } from "../_data.ts";
import { words } from "../../lib/text/mod.ts";
import { analyzeFile, type AnalyzeFileOptions, buildModel } from "../../lib/mod.ts";
import { analysisOptions } from "../../app/server.ts";
import { expected, launchApp, type LaunchedApp } from "./_app.ts";
import {
  barValues,
  download,
  openApp,
  type Opened,
  runAndWait,
  shownSegments,
  upload,
  watchBar,
} from "./_page.ts";

if (!haveChromium) {
  console.warn(`SKIPPED: ${CHROMIUM} not found; skipping the app's browser tests (apt-get install chromium)`);
}

const RETAIL = projectDataPath("retail_sample.csv");
const CREDIT = projectDataPath("credit_card_sample.csv");
const VEHICLE = projectDataPath("vehicle_finance_sample.csv");

/** The options the app ran with: the page's run request, read as the server reads it. */
function sentOptions(o: Opened, path: string, name: string, columns: readonly string[]): AnalyzeFileOptions {
  const choices = o.runs.at(-1);
  const options = analysisOptions(choices, { columns, name });
  assert.equal(typeof options, "object", `the server refused the page's choices: ${options}`);
  void path;
  return options as AnalyzeFileOptions;
}

/** The file's columns as the page lists them (the role choices). */
async function columnsOf(o: Opened): Promise<string[]> {
  const values = await o.page.$$eval(
    "#role-customer option",
    (os) => os.map((x) => (x as HTMLOptionElement).value),
  );
  return values.filter((v) => v !== "");
}

function assertClean(o: Opened): void {
  assert.deepEqual(o.outside, [], "the page asked for something outside 127.0.0.1");
  assert.deepEqual(o.errors, [], "the page logged errors");
  assert.deepEqual(o.dialogs, [], "a dialog opened");
}

Deno.test({
  name: "the app in Chromium",
  ignore: !haveChromium,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    let app: LaunchedApp | undefined;
    let browser: Browser | undefined;
    try {
      app = await launchApp();
      browser = await launchChromium();
      const url = app.url;
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);

      await t.step("the page carries its CSP and nonce, and speaks en, es and id", async () => {
        const response = await fetch(url);
        const csp = response.headers.get("content-security-policy")!;
        const html = await response.text();
        const nonce = /<script nonce="([^"]+)"/.exec(html)![1]!;
        assert.match(csp, new RegExp(`script-src 'nonce-${nonce.replace(/[+/=]/g, "\\$&")}'`));
        assert.doesNotMatch(csp, /unsafe-inline|https?:/);
        const o = await openApp(browser!, url);
        for (const lang of ["es", "id", "en"] as const) {
          await o.page.selectOption("#lang", lang);
          assert.equal(await o.page.locator("h1").innerText(), words(lang).app.title);
          assert.equal(await o.page.locator("html").getAttribute("lang"), lang);
        }
        assertClean(o);
        await o.context.close();
      });

      await t.step(
        "retail sample: detection, a role changed, progress, segments and CSV as the library gives",
        async () => {
          const o = await openApp(browser!, url);
          const { page } = o;
          await upload(page, RETAIL);
          assert.match(await page.locator("#detected").innerText(), /retail_sample\.csv/);
          assert.match(await page.locator("#kind-reason").innerText(), /^Transactions: /);
          assert.equal(await page.locator("#role-customer").inputValue(), "ID Cliente");
          assert.equal(await page.locator("#role-amount").inputValue(), "Monto");
          assert.equal(await page.locator("#features-set").isVisible(), false);
          assert.equal(await page.locator("#read-dayFirst").inputValue(), "");
          assert.match(await page.locator("#read-dayFirst option").first().innerText(), /month first/);
          // Use the quantity as the amount: a role corrected by the user.
          await page.selectOption("#role-amount", "Cantidad");
          await watchBar(page);
          await runAndWait(page);
          const bars = await barValues(page);
          const between = [...new Set(bars.filter((v) => v > 0 && v < 100))];
          assert.ok(between.length >= 3, `the progress bar moved through ${JSON.stringify(bars)}`);
          assert.deepEqual(bars, [...bars].sort((a, b) => a - b), "the progress bar went back");
          assert.equal(bars.at(-1), 100);
          const options = sentOptions(o, RETAIL, "retail_sample.csv", await columnsOf(o));
          assert.equal(options.roles?.amount, "Cantidad");
          const want = await expected(RETAIL, options);
          assert.deepEqual(await shownSegments(page), want.segments);
          const csv = await download(page, "#dl-csv");
          assert.equal(csv.name, "retail_sample-segments.csv");
          assert.equal(csv.text, want.csv);
          const report = await download(page, "#dl-report");
          assert.equal(report.name, "retail_sample.html");
          assert.match(report.text, /^<!doctype html>/i);
          const verdict = want.analysis.analysis.segmentation.verdict.headline;
          assert.equal(await page.locator("#verdict").innerText(), verdict);
          const frame = page.frameLocator("#report");
          await frame.locator("body").waitFor();
          assert.ok(
            (await frame.locator("body").innerText()).includes(verdict),
            "the report frame shows the verdict",
          );
          // The saved model, as the CLI writes it: it scores next month's customers.
          const model = await download(page, "#dl-model");
          assert.equal(model.name, "retail_sample-model.json");
          assert.equal(model.text, JSON.stringify(buildModel(want.analysis.analysis), null, 1) + "\n");
          assert.equal(await page.locator("#model").isVisible(), false);
          assertClean(o);
          await o.context.close();
        },
      );

      await t.step("credit-card sample in Spanish: a feature left out, k fixed, seed", async () => {
        const o = await openApp(browser!, url);
        const { page } = o;
        await page.selectOption("#lang", "es");
        await upload(page, CREDIT);
        assert.equal(await page.locator("#features-set").isVisible(), true);
        const custId = page.locator('#features input[value="CUST_ID"]');
        assert.equal(await custId.isChecked(), false);
        assert.match(
          await page.locator("#features li", { hasText: "CUST_ID" }).innerText(),
          /texto|numérica/,
        );
        await page.uncheck('#features input[value="TENURE"]');
        await page.selectOption("#k-mode", "fixed");
        await page.fill("#k", "3");
        await page.fill("#seed", "7");
        await runAndWait(page);
        const options = sentOptions(o, CREDIT, "credit_card_sample.csv", await columnsOf(o));
        assert.equal(options.lang, "es");
        assert.equal(options.k, 3);
        assert.equal(options.seed, 7);
        assert.ok(!options.features?.features?.includes("TENURE"));
        assert.ok(options.features?.features?.includes("BALANCE"));
        const want = await expected(CREDIT, options);
        assert.deepEqual(await shownSegments(page), want.segments);
        assert.equal((await download(page, "#dl-csv")).text, want.csv);
        assertClean(o);
        await o.context.close();
      });

      await t.step(
        "a role set to a text column shows the CLI's error; fixed, it reruns without a new upload",
        async () => {
          const o = await openApp(browser!, url);
          const { page } = o;
          await upload(page, RETAIL);
          await page.selectOption("#role-amount", "País");
          await page.selectOption("#kind", "rfm");
          await runAndWait(page, "error");
          const options = sentOptions(o, RETAIL, "retail_sample.csv", await columnsOf(o));
          const message = await analyzeFile(RETAIL, options).then(() => "", (e: Error) => e.message);
          assert.notEqual(message, "", "the library accepted a text amount");
          assert.equal(await page.locator("#error-message").innerText(), message);
          assert.equal(await page.locator("#error-title").innerText(), words("en").app.errorTitle);
          assert.equal(await page.locator("#error-fix").innerText(), words("en").app.errorFix);
          await page.selectOption("#role-amount", "Monto");
          await runAndWait(page);
          assert.equal(await page.locator("#error").isVisible(), false);
          assert.equal(o.uploads.length, 1, "the file was uploaded again");
          assert.equal(o.runs.length, 2);
          const want = await expected(
            RETAIL,
            sentOptions(o, RETAIL, "retail_sample.csv", await columnsOf(o)),
          );
          assert.deepEqual(await shownSegments(page), want.segments);
          assertClean(o);
          await o.context.close();
        },
      );

      await t.step("a broken file shows the loader's message, in the page's language around it", async () => {
        const o = await openApp(browser!, url);
        const { page } = o;
        await page.selectOption("#lang", "id");
        const bytes = new TextEncoder().encode("id,amount\nC1,10\nC2,20,30,40\nC3,x\n");
        await upload(page, { name: "rusak.csv", buffer: bytes }, "error");
        const dir = await Deno.makeTempDir();
        await Deno.writeFile(join(dir, "upload.csv"), bytes);
        const message = await analyzeFile(join(dir, "upload.csv"), { read: { name: "rusak.csv" } }).then(
          () => "",
          (e: Error) => e.message,
        );
        await Deno.remove(dir, { recursive: true });
        assert.match(message, /^Cannot read "rusak\.csv"/);
        assert.equal(await page.locator("#error-message").innerText(), message);
        assert.equal(await page.locator("#error-title").innerText(), words("id").app.errorTitle);
        assert.match(
          await page.locator("#error-at").innerText(),
          new RegExp(`${words("id").app.errorFile}\\s+rusak\\.csv`),
        );
        // Read the same upload again with another delimiter, without a new upload: the loader answers anew.
        assert.equal(await page.locator("#read-again").innerText(), words("id").app.readAgain);
        await page.selectOption("#retry-delimiter", ";");
        await page.click("#read-again");
        await page.waitForFunction(() =>
          /with delimiter ";"/.test(document.getElementById("error-message")!.textContent ?? "")
        );
        assert.equal(o.uploads.length, 1);
        assertClean(o);
        await o.context.close();
      });

      await t.step("two tabs running at once each get their own result", async () => {
        const a = await openApp(browser!, url), b = await openApp(browser!, url);
        await Promise.all([upload(a.page, CREDIT), upload(b.page, VEHICLE)]);
        await b.page.selectOption("#lang", "id");
        await Promise.all([runAndWait(a.page), runAndWait(b.page)]);
        const wantA = await expected(
          CREDIT,
          sentOptions(a, CREDIT, "credit_card_sample.csv", await columnsOf(a)),
        );
        const wantB = await expected(
          VEHICLE,
          sentOptions(b, VEHICLE, "vehicle_finance_sample.csv", await columnsOf(b)),
        );
        assert.deepEqual(await shownSegments(a.page), wantA.segments);
        assert.deepEqual(await shownSegments(b.page), wantB.segments);
        assert.equal((await download(a.page, "#dl-csv")).text, wantA.csv);
        assert.equal((await download(b.page, "#dl-csv")).text, wantB.csv);
        for (const o of [a, b]) {
          assertClean(o);
          await o.context.close();
        }
      });

      await t.step(
        "hostile file and column names run no script and write nowhere but the temporary folder",
        async () => {
          const o = await openApp(browser!, url);
          const { page } = o;
          const columns = [
            "<script>window.__pwned=1</script>",
            "\"quoted'",
            "../../etc/passwd",
            "a/b\\c",
            "<img src=x onerror=window.__pwned=2>",
          ];
          const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
          const lines = [columns.map(quote).join(",")];
          for (let i = 0; i < 60; i++) {
            lines.push(columns.map((_, j) => String(((i * (j + 3)) % 17) + (i % 3) * 20 + j)).join(","));
          }
          const name = `..\\..\\<img src=x onerror=window.__pwned=3>"'.csv`;
          const before = new Set([...Deno.readDirSync(app!.tempDir)].map((e) => e.name));
          await upload(page, { name, buffer: new TextEncoder().encode(lines.join("\n") + "\n") });
          const shown = await page.$$eval("#features label", (ls) => ls.map((l) => l.textContent));
          assert.deepEqual(shown, columns);
          assert.match(
            await page.locator("#detected").innerText(),
            /<img src=x onerror=window.__pwned=3>"'\.csv/,
          );
          // Other tabs' uploads may still be there (they go when their page is hidden, or after 30 idle minutes).
          const stored = [...Deno.readDirSync(app!.tempDir)].filter((e) => !before.has(e.name));
          assert.equal(stored.length, 1);
          assert.match(stored[0]!.name, /^[0-9a-f-]{36}$/);
          assert.ok(stored[0]!.isDirectory);
          assert.equal((await Deno.stat(join(app!.tempDir, stored[0]!.name))).mode! & 0o777, 0o700);
          assert.deepEqual([...Deno.readDirSync(join(app!.tempDir, stored[0]!.name))].map((e) => e.name), [
            "upload.csv",
          ]);
          assert.equal((await Deno.stat(app!.tempDir)).mode! & 0o777, 0o700);
          await runAndWait(page);
          const frame = page.frames().find((f) => f.url().endsWith("/report.html"))!;
          await frame.waitForLoadState();
          assert.equal(
            await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
            undefined,
          );
          assert.equal(
            await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
            undefined,
          );
          const csv = await download(page, "#dl-csv");
          assert.ok(!/[\\/]/.test(csv.name), `download name ${csv.name}`);
          await page.click("#another");
          await page.waitForFunction(() => document.getElementById("setup")!.hidden);
          const gone = () => !Deno.readDirSync(app!.tempDir).some((e) => e.name === stored[0]!.name);
          for (let i = 0; i < 50 && !gone(); i++) await new Promise((r) => setTimeout(r, 100));
          assert.ok(gone(), "the upload was not removed");
          assertClean(o);
          await o.context.close();
        },
      );

      await t.step("usable by keyboard alone on a narrow laptop screen", async () => {
        const o = await openApp(browser!, url);
        const { page } = o;
        await page.setViewportSize({ width: 800, height: 600 });
        const active = () => page.evaluate(() => document.activeElement?.id ?? "");
        await page.keyboard.press("Tab");
        assert.equal(await active(), "lang");
        await page.keyboard.press("Tab");
        assert.equal(await active(), "file");
        await upload(page, VEHICLE); // the file dialog itself belongs to the system
        assert.equal(await active(), "detected", "focus moves to what was detected");
        for (let i = 0; i < 80 && (await active()) !== "run"; i++) await page.keyboard.press("Tab");
        assert.equal(await active(), "run");
        await page.keyboard.press("Enter");
        await page.locator("#result").waitFor({ state: "visible", timeout: 120_000 });
        assert.equal(await active(), "result-title", "focus moves to the result");
        for (let i = 0; i < 40 && (await active()) !== "dl-csv"; i++) await page.keyboard.press("Tab");
        assert.equal(await active(), "dl-csv", "the downloads are reachable by Tab");
        const overflow = await page.evaluate(() =>
          document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 800px wide`);
        assertClean(o);
        await o.context.close();
      });

      await t.step("the app stops on SIGTERM and removes its temporary folder", async () => {
        const tempDir = app!.tempDir;
        await app!.stop();
        app = undefined;
        assert.throws(() => Deno.statSync(tempDir), Deno.errors.NotFound);
      });
    } finally {
      await browser?.close();
      await app?.stop();
    }
  },
});
