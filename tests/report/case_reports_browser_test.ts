/**
 * The report of each reference case, as the CLI makes it, in real headless Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core; no browser download): it opens with no console
 * error and no network request, the segment filter changes the table and the counts, sorting
 * works, the download yields the filtered rows, and a screenshot is saved in tests/artifacts/.
 * Runs on the bundled samples always, and on ../shared/data's real files where they exist.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeFile, type AnalyzeFileOptions, assignmentsTable, reportHtml } from "../../lib/mod.ts";
import { projectDataPath, sharedDataPath } from "../_data.ts";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";

const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));
const available = haveChromium;
if (!available) {
  console.warn(`SKIPPED case report browser tests: ${CHROMIUM} is absent (apt-get install chromium)`);
}

const CARD = [
  "BALANCE",
  "PURCHASES",
  "CREDIT_LIMIT",
  "PAYMENTS",
  "PURCHASES_FREQUENCY",
  "TENURE",
  "MINIMUM_PAYMENTS",
];
const FAST = { nBoot: 5, kMax: 8 } as const;

interface Case {
  readonly name: string;
  readonly path: string;
  readonly options: AnalyzeFileOptions;
}

const ALL: Case[] = [
  { name: "retail_sample_es", path: projectDataPath("retail_sample.csv"), options: { ...FAST, lang: "es" } },
  {
    name: "credit_card_sample_en",
    path: projectDataPath("credit_card_sample.csv"),
    options: { ...FAST, lang: "en", features: { features: CARD } },
  },
  {
    name: "vehicle_finance_sample_id",
    path: projectDataPath("vehicle_finance_sample.csv"),
    options: { ...FAST, lang: "id", k: 3 },
  },
  {
    name: "ventas_real_es",
    path: sharedDataPath("ventas-por-factura.csv"),
    options: { ...FAST, lang: "es" },
  },
  {
    name: "customer_data_real_en",
    path: sharedDataPath("Customer_Data.csv"),
    options: { ...FAST, lang: "en", features: { features: CARD, dbscan: false } },
  },
  {
    name: "segmentasi_real_id",
    path: sharedDataPath("segmentasi_pelanggan_final.csv"),
    options: { ...FAST, lang: "id", k: 3 },
  },
];
const CASES = ALL.filter((c) => {
  if (existsSync(c.path)) return true;
  console.warn(`SKIPPED browser case ${c.name}: ${c.path} is absent (third-party reference data; CI has it)`);
  return false;
});

/** The numbers in the dashboard's status line: "... of X (... N)" in any language. */
function statusNumbers(status: string): { shown: number; total: number } {
  const n = [...status.replaceAll(/[.,\u00a0\u202f](?=\d{3}\b)/g, "").matchAll(/\d+/g)].map((m) =>
    Number(m[0])
  );
  return { shown: n.at(-2)!, total: n.at(-1)! };
}

Deno.test({
  name: "each case's report works as an offline dashboard in headless Chromium",
  ignore: !available,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const browser = await launchChromium();
    const dir = await Deno.makeTempDir({ prefix: "segmenta-case-" });
    try {
      await Deno.mkdir(ARTIFACTS, { recursive: true });
      for (const c of CASES) {
        await t.step(c.name, async () => {
          const { analysis } = await analyzeFile(c.path, c.options);
          const table = assignmentsTable(analysis);
          // RFM: the dashboard filters by the RFM grid's segments first, k-means' a switch away
          const dashColumn = analysis.kind === "rfm" ? "rfm_segment" : table.segmentColumn;
          const segIndex = table.columns.indexOf(dashColumn);
          const file = join(dir, `${c.name}.html`);
          await Deno.writeTextFile(file, reportHtml(analysis));

          const page = await browser.newPage({
            acceptDownloads: true,
            viewport: { width: 1280, height: 900 },
          });
          const errors: string[] = [], requests: string[] = [];
          page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
          page.on("pageerror", (e) => errors.push(String(e)));
          page.on("request", (r) => requests.push(r.url()));
          await page.goto(`file://${file}`);
          await page.screenshot({ path: join(ARTIFACTS, `${c.name}.png`), fullPage: false });

          // Opens offline and without errors; the script has taken over.
          assert.deepEqual(errors, [], `${c.name}: console errors`);
          assert.deepEqual(
            requests.filter((u) => !u.startsWith("file://") && !u.startsWith("data:")),
            [],
            `${c.name}: network requests`,
          );
          const all = statusNumbers(await page.locator("#sg-status").innerText());
          assert.equal(all.total, table.rows.length);
          assert.equal(all.shown, table.rows.length);

          // Filter: uncheck the first segment; its customers leave the table, the counts and the total.
          const first = page.locator("input[data-sg-segment]").first();
          const label = (await first.locator("xpath=..").innerText()).replace(/\s*\([^)]*\)\s*$/, "").trim();
          const size = table.rows.filter((r) => r[segIndex] === label).length;
          assert.ok(size > 0, `${c.name}: segment "${label}" not found in the table`);
          await first.uncheck();
          const filtered = statusNumbers(await page.locator("#sg-status").innerText());
          assert.equal(filtered.shown, table.rows.length - size, `${c.name}: filtered count`);
          const shownSegments = await page.locator(`#sg-table tbody tr td:nth-child(${segIndex + 1})`)
            .allInnerTexts();
          assert.ok(shownSegments.length > 0 && shownSegments.every((s) => s !== label));
          assert.doesNotMatch(
            await page.locator("#sg-counts-plot").innerText(),
            new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"),
          );

          // RFM: the switch to the k-means segments shows their boxes, every customer again.
          if (analysis.kind === "rfm") {
            await page.locator('input[name="sg-grouping"]').nth(1).check();
            const kmeansIndex = table.columns.indexOf(table.segmentColumn);
            const kmeansNames = new Set(table.rows.map((r) => String(r[kmeansIndex])));
            const boxes = await page.locator("#sg-boxes label").allInnerTexts();
            assert.deepEqual(
              new Set(boxes.map((b) => b.replace(/\s*\([^)]*\)\s*$/, "").trim())),
              kmeansNames,
              `${c.name}: k-means boxes`,
            );
            assert.equal(
              statusNumbers(await page.locator("#sg-status").innerText()).shown,
              table.rows.length,
            );
            const firstKmeans = page.locator("#sg-boxes input").first();
            const name = (await firstKmeans.locator("xpath=..").innerText()).replace(/\s*\([^)]*\)\s*$/, "")
              .trim();
            await firstKmeans.uncheck();
            const n = table.rows.filter((r) => String(r[kmeansIndex]) === name).length;
            assert.equal(
              statusNumbers(await page.locator("#sg-status").innerText()).shown,
              table.rows.length - n,
              `${c.name}: k-means filter`,
            );
            await page.locator('input[name="sg-grouping"]').nth(0).check();
            await first.uncheck();
          }

          // Sort by the first numeric column, ascending then descending.
          const numeric = table.columns.findIndex((_col, j) =>
            j !== 0 && typeof table.rows[0]![j] === "number"
          );
          const header = page.locator("#sg-table thead th").nth(numeric).locator("button");
          const readColumn = async () =>
            (await page.locator(`#sg-table tbody tr td:nth-child(${numeric + 1})`).allInnerTexts()).map((s) =>
              Number(s.replace(/[\s\u00a0\u202f]/g, "").replace(/[.,](?=\d{3}(\D|$))/g, "").replace(",", "."))
            );
          await header.click();
          const up = await readColumn();
          assert.deepEqual(up, [...up].sort((a, b) => a - b), `${c.name}: ascending sort`);
          await header.click();
          const down = await readColumn();
          assert.deepEqual(down, [...down].sort((a, b) => b - a), `${c.name}: descending sort`);

          // Download: exactly the filtered rows, formula-safe.
          const [download] = await Promise.all([page.waitForEvent("download"), page.click("#sg-download")]);
          const csv = (await Deno.readTextFile((await download.path())!)).trimEnd().split(/\r?\n/);
          assert.equal(csv.length - 1, filtered.shown, `${c.name}: downloaded rows`);
          assert.ok(csv.slice(1).every((l) => !/^[=+\-@]/.test(l)));
          assert.deepEqual(errors, [], `${c.name}: console errors after interaction`);
          await page.close();
        });
      }
    } finally {
      await browser.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
