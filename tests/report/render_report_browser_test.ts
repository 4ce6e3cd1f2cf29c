// The report in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; no browser
// download). One browser launch for the whole file. Screenshots go to tests/artifacts/ (git-ignored).
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";
import { renderReport } from "../../lib/report/render_report.ts";
import { hostileInput, reportInput } from "./_fixtures.ts";
import { HOSTILE, parseCsv } from "./_hostile.ts";

const ARTIFACTS = new URL("../artifacts/", import.meta.url);
const available = haveChromium;
if (!available) {
  console.warn(
    `NOTICE: ${CHROMIUM} not found; skipping the report's browser tests (apt-get install chromium)`,
  );
}

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  url: string;
}

async function open(
  browser: Browser,
  html: string,
  name: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Opened> {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-report-" });
  const path = `${dir}/${name}.html`;
  await Deno.writeTextFile(path, html);
  const context = await browser.newContext({
    acceptDownloads: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  const url = `file://${path}`;
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, requests, url };
}

function assertOffline(o: Opened): void {
  const outside = o.requests.filter((u) => u !== o.url && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(outside, [], "the report made network requests");
  assert.deepEqual(o.errors, [], "the report logged errors");
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const column = (page: Page, j: number) =>
  page.locator(`#sg-table tbody tr td:nth-child(${j})`).allInnerTexts();

Deno.test({
  name: "renderReport() works as a dashboard in headless Chromium",
  ignore: !available,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const browser = await launchChromium();
    try {
      await Deno.mkdir(ARTIFACTS, { recursive: true });
      const o = await open(browser, renderReport(reportInput("en")), "report_en");
      const { page } = o;

      await t.step("opens with no console error and no network request; the script takes over", async () => {
        assert.equal(await text(page, "#sg-status"), "Rows 1–25 of 60 (filtered from 60)");
        assert.equal(await page.locator(".dash-controls").isVisible(), true);
        assert.equal(await page.locator("[data-sg-static]").isVisible(), false);
        assert.equal(await text(page, "#sg-page"), "Page 1 of 3");
        await page.screenshot({ path: new URL("report_en.png", ARTIFACTS).pathname, fullPage: true });
        assertOffline(o);
      });

      await t.step("the segment filter changes the table, the counts and the means", async () => {
        await page.locator('input[data-sg-segment="1"]').uncheck(); // At Risk
        assert.equal(await text(page, "#sg-status"), "Rows 1–25 of 40 (filtered from 60)");
        const segments = await column(page, 4);
        assert.equal(segments.length, 25);
        assert.ok(segments.every((s) => s !== "At Risk"), segments.join(","));
        const counts = await text(page, "#sg-counts-plot");
        assert.doesNotMatch(counts, /At Risk/);
        assert.match(counts, /20 \(50\.0%\)/);
        assert.doesNotMatch(await text(page, "#sg-means-plot"), /At Risk/);
        await page.selectOption("#sg-value", { label: "delay" });
        assert.equal(await text(page, "#sg-means-caption"), "Mean delay per segment");
      });

      await t.step("clicking a header sorts ascending, then descending", async () => {
        await page.locator("#sg-table thead th", { hasText: "income" }).locator("button").click();
        assert.equal((await column(page, 2))[0], "1,000");
        await page.locator("#sg-table thead th", { hasText: "income" }).locator("button").click();
        assert.equal((await column(page, 2))[0], "1,590");
        assert.equal(
          await page.locator("#sg-table thead th", { hasText: "income" }).getAttribute("aria-sort"),
          "descending",
        );
        const incomes = (await column(page, 2)).map((s) => Number(s.replace(/,/g, "")));
        assert.deepEqual(incomes, [...incomes].sort((a, b) => b - a));
      });

      await t.step("pagination moves through the filtered rows", async () => {
        await page.click("#sg-next");
        assert.equal(await text(page, "#sg-status"), "Rows 26–40 of 40 (filtered from 60)");
        assert.equal(await text(page, "#sg-page"), "Page 2 of 2");
        assert.equal(await page.locator("#sg-next").isDisabled(), true);
        assert.equal((await column(page, 1)).length, 15);
        await page.click("#sg-prev");
        assert.equal(await text(page, "#sg-page"), "Page 1 of 2");
      });

      await t.step("the download yields the filtered, sorted rows as CSV", async () => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("#sg-download")]);
        assert.equal(download.suggestedFilename(), "retail-segments.csv");
        const csv = await Deno.readTextFile(await download.path());
        const lines = csv.trimEnd().split("\r\n");
        assert.equal(lines[0], "customer,income,delay,segment");
        assert.equal(lines.length, 41);
        assert.ok(lines.slice(1).every((l) => !l.endsWith(",At Risk")));
        assert.equal(lines[1], "C060,1590,10,New");
        assertOffline(o);
      });

      await t.step("with scripts off the static report and the first page show", async () => {
        const off = await open(browser, renderReport(reportInput("id")), "report_id_noscript", {
          javaScriptEnabled: false,
        });
        assert.equal(await off.page.locator("#sg-table tbody tr").count(), 25);
        assert.equal(await off.page.locator(".dash-controls").isVisible(), false);
        assert.match(await text(off.page, "[data-sg-static]"), /Skrip dinonaktifkan/);
        assert.match(await text(off.page, "#sg-counts-plot"), /Champions/);
        await off.page.screenshot({ path: new URL("report_id_noscript.png", ARTIFACTS).pathname });
        assertOffline(off);
      });

      await t.step(
        "a report full of hostile strings runs no injected script and shows them literally",
        async () => {
          const input = hostileInput(HOSTILE);
          const h = await open(browser, renderReport(input), "report_hostile");
          assert.equal(
            await h.page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
            undefined,
          );
          assert.equal(await h.page.locator("img, iframe, object, embed").count(), 0);
          const body = await h.page.evaluate(() => document.body.textContent ?? "");
          for (const s of [input.verdict!.headline, input.warnings![0]!, input.segments![0]!.name]) {
            assert.ok(body.includes(s.replace(/\r\n?/g, "\n")), `not shown literally: ${JSON.stringify(s)}`);
          }
          const [download] = await Promise.all([
            h.page.waitForEvent("download"),
            h.page.click("#sg-download"),
          ]);
          const csv = await Deno.readTextFile(await download.path());
          const rows = parseCsv(csv);
          assert.deepEqual(rows[0]!.slice(0, 2), ["'-2+3", "'@SUM(A1)"]);
          assert.equal(rows[2]![1], "-2", "numbers stay numbers");
          const texts = rows.flat().filter((f) => !/^-?\d+(\.\d+)?$/.test(f)); // numbers (-2) are not formulas
          for (const field of texts) assert.doesNotMatch(field, /^[=+\-@\t\r]/);
          await h.page.screenshot({ path: new URL("report_hostile.png", ARTIFACTS).pathname });
          assertOffline(h);
        },
      );
    } finally {
      await browser.close();
    }
  },
});
