// In Chromium: a file whose decimal mark is ambiguous (`;`-separated whole euros, "30.663") stops
// with the loader's typed error in the page's language, naming the page's own decimal control, which
// the error panel offers right there; choosing "," reads the same upload again and the run gives a result.
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";
import { words } from "../../lib/text/mod.ts";
import { launchApp, type LaunchedApp } from "./_app.ts";
import { openApp, runAndWait, shownSegments, upload } from "./_page.ts";
import { ambiguousDecimalCsv } from "./_fixtures.ts";

if (!haveChromium) console.warn(`SKIPPED: ${CHROMIUM} not found; skipping the app's browser tests`);

Deno.test({
  name: "the app in Chromium: an ambiguous decimal mark, fixed in the error panel without a new upload",
  ignore: !haveChromium,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    let app: LaunchedApp | undefined;
    let browser: Browser | undefined;
    try {
      app = await launchApp();
      browser = await launchChromium();
      const o = await openApp(browser, app.url);
      const { page } = o;
      const es = words("es").app;
      await page.selectOption("#lang", "es");
      await upload(
        page,
        { name: "saldos.csv", buffer: new TextEncoder().encode(ambiguousDecimalCsv()) },
        "error",
      );
      const message = await page.locator("#error-message").innerText();
      assert.match(
        message,
        /^No se puede leer "saldos\.csv": los números de la columna "Saldo" admiten dos lecturas/,
      );
      assert.ok(message.includes(`"${es.decimal}"`), message);
      assert.doesNotMatch(message, /--decimal|decimal: "/);
      // The control the message names is right there, under its label.
      assert.equal(
        await page.locator("#error-read label", { has: page.locator("#retry-decimal") }).locator("span")
          .innerText(),
        es.decimal,
      );
      await page.selectOption("#retry-decimal", ",");
      await page.click("#read-again");
      await page.locator("#setup").waitFor({ state: "visible", timeout: 60_000 });
      assert.equal(await page.locator("#error").isHidden(), true);
      assert.equal(await page.locator("#read-decimal").inputValue(), ",");
      await runAndWait(page);
      const segments = await shownSegments(page);
      assert.ok(segments.length >= 2, JSON.stringify(segments));
      assert.equal(segments.reduce((sum, s) => sum + s.size, 0), 40);
      assert.equal(o.uploads.length, 1, "the file was uploaded once");
      assert.deepEqual((o.runs.at(-1) as { read: unknown }).read, { decimal: "," });
      assert.deepEqual([o.outside, o.errors, o.dialogs], [[], [], []]);
      await o.context.close();
    } finally {
      await browser?.close();
      await app?.stop();
    }
  },
});
