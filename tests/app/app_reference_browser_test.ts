// The reference files of ../shared/data (never in the project) through the app in Chromium:
// what the page detects, and the segments and CSV it gives, equal the library's with the same
// choices. One app and one browser for the file; each absent file is skipped with a notice.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";
import { sharedDataPath } from "../_data.ts";
import { type AnalyzeFileOptions, detectKind, kindText, mapRoles, readTable } from "../../lib/mod.ts";
import { analysisOptions } from "../../app/server.ts";
import { expected, launchApp, type LaunchedApp } from "./_app.ts";
import { download, openApp, runAndWait, shownSegments, upload } from "./_page.ts";

const FILES = ["segmentasi_pelanggan_final.csv", "ventas-por-factura.csv", "Customer_Data.csv"];
/** Files also run end to end; Customer_Data.csv (8,950 × 17) is only read, its run costs about a minute here twice over. */
const RUN = new Set(["segmentasi_pelanggan_final.csv", "ventas-por-factura.csv"]);
const present = FILES.filter((f) => {
  if (existsSync(sharedDataPath(f))) return true;
  console.warn(`SKIPPED: ${sharedDataPath(f)} is absent (third-party reference data; CI has it)`);
  return false;
});
if (!haveChromium) {
  console.warn(`SKIPPED: ${CHROMIUM} not found; skipping the app's reference-file browser tests`);
}

Deno.test({
  name: "the app in Chromium on the reference files",
  ignore: !haveChromium || present.length === 0,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    let app: LaunchedApp | undefined;
    let browser: Browser | undefined;
    try {
      app = await launchApp();
      browser = await launchChromium();
      for (const file of present) {
        const what = RUN.has(file)
          ? "detection, segments and CSV equal the library's"
          : "detection equals the library's";
        await t.step(`${file}: ${what}`, async () => {
          const path = sharedDataPath(file);
          const o = await openApp(browser!, app!.url);
          await upload(o.page, path);
          const loaded = await readTable(path);
          const detected = detectKind(loaded, mapRoles(loaded.columns.map((c) => c.name)));
          assert.equal(await o.page.locator("#kind-reason").innerText(), kindText(detected, "en"));
          const columns = loaded.columns.map((c) => c.name);
          for (const [role, column] of Object.entries(mapRoles(columns).roles)) {
            assert.equal(await o.page.locator(`#role-${role}`).inputValue(), column, role);
          }
          if (!RUN.has(file)) {
            assert.equal(await o.page.locator('#features input[value="CUST_ID"]').isChecked(), false);
            assert.equal(await o.page.locator('#features input[value="BALANCE"]').isChecked(), true);
            assert.deepEqual(o.errors, []);
            await o.context.close();
            return;
          }
          await runAndWait(o.page);
          const options = analysisOptions(o.runs.at(-1), { columns, name: file }) as AnalyzeFileOptions;
          const want = await expected(path, options);
          assert.deepEqual(await shownSegments(o.page), want.segments);
          assert.equal((await download(o.page, "#dl-csv")).text, want.csv);
          assert.deepEqual(o.outside, []);
          assert.deepEqual(o.errors, []);
          await o.context.close();
        });
      }
    } finally {
      await browser?.close();
      await app?.stop();
    }
  },
});
