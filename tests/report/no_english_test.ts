/**
 * A Spanish or Indonesian report shows no English: every report section (and the dashboard's
 * static text, the chart axes and ticks) of the three samples, rendered in es and id, is searched
 * for every English phrase of the text layer of three words or more, for English terms that
 * used to leak (table headers, column codes, stability readings), and for numbers written the
 * English way or in scientific notation.
 */
import assert from "node:assert/strict";
import { analyzeFile, type AnalyzeFileOptions, reportHtml } from "../../lib/mod.ts";
import { englishIn, englishPhrases, visibleText } from "./_english.ts";
import type { Lang } from "../../lib/base/types.ts";
import { projectDataPath } from "../_data.ts";

const CASES: readonly { name: string; file: string; options: AnalyzeFileOptions }[] = [
  { name: "retail", file: "retail_sample.csv", options: {} },
  { name: "card", file: "credit_card_sample.csv", options: {} },
  { name: "vehicle", file: "vehicle_finance_sample.csv", options: {} },
];

Deno.test("englishIn() finds what the old Spanish report showed", () => {
  const old = "recency por encima del promedio · customer_id · highly stable · 1.12e+7 · 100,000 · " +
    "row 13: x = 1 · Segment sizes";
  const found = englishIn(old, englishPhrases());
  for (const want of ["term: recency", "term: customer_id", "term: highly stable", "scientific", "English"]) {
    assert.ok(found.some((f) => f.startsWith(want)), `${want} in ${found.join(" | ")}`);
  }
  assert.deepEqual(englishIn("recencia (días) · 11,2 M · 12.345,6 · Rp 1.000", englishPhrases()), []);
});

for (const c of CASES) {
  for (const lang of ["es", "id"] as const satisfies readonly Lang[]) {
    Deno.test(`reportHtml() of the ${c.name} sample in "${lang}" shows no English`, async () => {
      const { analysis } = await analyzeFile(projectDataPath(c.file), {
        ...c.options,
        lang,
        kMax: 6,
        nBoot: 4,
      });
      const text = visibleText(reportHtml(analysis));
      assert.deepEqual(englishIn(text, englishPhrases()), []);
    });
  }
}
