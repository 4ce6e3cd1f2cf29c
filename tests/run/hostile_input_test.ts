/**
 * Hostile strings in a file's column names, customer ids and countries go through the whole
 * pipeline: the report shows them literally and runs no script (in headless Chromium), and the
 * segment CSV neutralises spreadsheet formulas while keeping the value readable.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import fc from "fast-check";
import { analyzeFile, assignmentsCsv, reportHtml } from "../../lib/mod.ts";
import { CHROMIUM, haveChromium, launchChromium } from "../_browser.ts";

const HOSTILE = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "</script><script>window.__pwned=1</script>",
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A2)",
  'it\'s "quoted"',
  "line\nbreak",
  "\u202Eevil\u202C",
  "emoji 😀 ñ",
  "<svg onload=window.__pwned=1>",
];
const COUNTRY = 'País<img src=x onerror="window.__pwned=1">';

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/** An invoice file whose ids and countries are drawn from `picks`. */
function hostileFile(picks: number[]): string {
  const rows = [`customer,invoice,date,amount,${quote(COUNTRY)}`];
  for (let c = 0; c < 12; c++) {
    const id = `${HOSTILE[picks[c % picks.length]! % HOSTILE.length]}#${c}`;
    const country = HOSTILE[(picks[(c + 1) % picks.length]! + c) % HOSTILE.length]!;
    for (let j = 0; j <= c % 3; j++) {
      rows.push(
        [
          quote(id),
          `I${c}-${j}`,
          `2021-0${1 + ((c + j) % 9)}-1${j}`,
          String(10 + c * 7 + j * 5),
          quote(country),
        ].join(","),
      );
    }
  }
  return rows.join("\r\n") + "\r\n";
}

/** Minimal RFC 4180 parser for checking the CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", i = 0, quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

if (!haveChromium) console.warn(`SKIPPED browser checks: ${CHROMIUM} is absent (apt-get install chromium)`);

Deno.test("hostile ids, countries and column names: the report shows them literally and runs no script; the CSV is formula-safe", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-hostile-" });
  const browser = haveChromium ? await launchChromium() : null;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 1000 }), { minLength: 3, maxLength: 12 }), async (picks) => {
        const path = join(dir, "hostile.csv");
        await Deno.writeTextFile(path, hostileFile(picks));
        const { analysis } = await analyzeFile(path, {
          kind: "rfm",
          roles: {
            customer: "customer",
            invoice: "invoice",
            date: "date",
            amount: "amount",
            country: COUNTRY,
          },
          kMax: 3,
          nBoot: 2,
          rfm: { movementDays: 0 },
        });
        const html = reportHtml(analysis);
        // No user string reaches the HTML unescaped.
        for (const h of [...HOSTILE, COUNTRY]) {
          if (/[<>]/.test(h)) assert.ok(!html.includes(h), `raw ${JSON.stringify(h)} in the HTML`);
        }
        // CSV: every text cell that starts like a formula is neutralised with a leading quote.
        const csv = parseCsv(assignmentsCsv(analysis));
        const ids = csv.slice(1).map((r) => r[0]!);
        for (const id of ids) assert.ok(!/^[=+\-@\t\r]/.test(id), `formula-like id ${JSON.stringify(id)}`);
        assert.ok(
          ids.some((id) =>
            id.startsWith("'=") || id.startsWith("'+") || id.startsWith("'-") || id.startsWith("'@")
          ) ||
            !picks.some((p) => /^[=+\-@]/.test(HOSTILE[p % HOSTILE.length]!)),
        );
        if (browser) {
          const page = await browser.newPage();
          const errors: string[] = [];
          page.on("pageerror", (e) => errors.push(String(e)));
          page.on("dialog", (d) => {
            errors.push(`dialog: ${d.message()}`);
            d.dismiss();
          });
          const file = join(dir, "report.html");
          await Deno.writeTextFile(file, html);
          await page.goto(`file://${file}`);
          const state = await page.evaluate(() => ({
            pwned: (globalThis as unknown as { __pwned?: number }).__pwned,
            text: document.body.textContent ?? "",
            imgs: document.querySelectorAll("img").length,
          }));
          await page.close();
          assert.equal(state.pwned, undefined, "a hostile string ran script");
          assert.equal(state.imgs, 0, "a hostile string became an element");
          assert.deepEqual(errors, []);
          assert.ok(state.text.includes(COUNTRY), "the hostile column name is shown literally");
        }
      }),
      { seed: 4242, numRuns: 6 },
    );
  } finally {
    await browser?.close();
    await Deno.remove(dir, { recursive: true });
  }
});
