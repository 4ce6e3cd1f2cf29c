/**
 * Take the README's screenshot of the app (docs/app.png): the app started as `deno task app`
 * starts it, the bundled retail sample chosen and run in headless Chromium.
 *
 * Run: `deno run -A tests/app/make_screenshot.ts`
 */
import { launchChromium } from "../_browser.ts";
import { projectDataPath } from "../_data.ts";
import { launchApp, ROOT } from "./_app.ts";
import { openApp, runAndWait, upload } from "./_page.ts";

const app = await launchApp();
const browser = await launchChromium();
try {
  const o = await openApp(browser, app.url);
  await o.page.setViewportSize({ width: 1100, height: 2300 });
  await upload(o.page, projectDataPath("retail_sample.csv"));
  await runAndWait(o.page);
  await o.page.evaluate(() => scrollTo(0, 0));
  await Deno.mkdir(`${ROOT}docs`, { recursive: true });
  await o.page.screenshot({ path: `${ROOT}docs/app.png` });
  console.log(`wrote ${ROOT}docs/app.png`);
} finally {
  await browser.close();
  await app.stop();
}
