/** The report's "Customer value" section, the segments CSV's value columns and the record's value keys. */
import assert from "node:assert/strict";
import { analyzeRfm, assignmentsCsv, buildReport, mapRoles, readTable, runRecord } from "../../lib/mod.ts";
import type { Lang } from "../../lib/base/types.ts";

const SAMPLE = new URL("../../data/retail_sample.csv", import.meta.url).pathname;
const loaded = await readTable(SAMPLE);
const mapping = mapRoles(loaded.table.columns);
const run = (lang: Lang, value = true) => analyzeRfm(loaded, mapping, { kMax: 3, nBoot: 2, lang, value });

/** English words that must not appear in a Spanish or Indonesian value section. */
const ENGLISH =
  /\b(the|and|customers?|purchases?|value|alive|expected|predicted|actual|holdout|weeks?|months?|worth|saving|segment|spend)\b/i;

Deno.test("buildReport() has a Customer value section in en, es and id, with no English words in es and id", () => {
  for (const lang of ["en", "es", "id"] as const) {
    const sec = buildReport(run(lang)).sections!.find((s) => s.id === "value");
    assert.ok(sec, lang);
    assert.equal(sec.charts!.length, 1);
    assert.equal(sec.tables!.length, 4);
    if (lang === "en") {
      assert.equal(sec.title, "Customer value");
      continue;
    }
    const texts = [
      sec.title,
      ...sec.paragraphs!,
      ...sec.tables!.flatMap((t) => [t.caption, ...t.columns]),
    ];
    for (const t of texts) assert.doesNotMatch(t, ENGLISH, `${lang}: "${t}"`);
  }
});

Deno.test("the holdout reading says what the numbers say", () => {
  const a = run("en");
  const v = a.value!;
  let actual = 0, predicted = 0;
  for (const g of v.holdout) {
    actual += g.customers * g.actual;
    predicted += g.customers * g.predicted;
  }
  const text = buildReport(a).sections!.find((s) => s.id === "value")!.paragraphs!.find((p) =>
    p.startsWith("Holdout check")
  )!;
  const gap = Math.abs(predicted - actual) / actual;
  if (gap <= 0.1) assert.match(text, /tracks this data well/);
  else if (predicted > actual) assert.match(text, /too optimistic/);
  else assert.match(text, /too cautious/);
});

Deno.test("runRecord() adds bgnbd, gammaGamma and customerValue, and nothing else changes", () => {
  const withValue = runRecord(run("en"));
  const without = runRecord(run("en", false));
  assert.deepEqual(Object.keys(withValue).filter((k) => !(k in without)), [
    "customerValue",
    "bgnbd",
    "gammaGamma",
  ]);
  const bgnbd = withValue.bgnbd as Record<string, unknown>;
  for (const k of ["r", "alpha", "a", "b", "logLik"]) assert.equal(typeof bgnbd[k], "number", k);
  assert.deepEqual(Object.keys(bgnbd.standardErrors as object), ["r", "alpha", "a", "b"]);
  const gg = withValue.gammaGamma as Record<string, unknown>;
  for (const k of ["p", "q", "gamma"]) assert.equal(typeof gg[k], "number", k);
  const stable = (r: Record<string, unknown>) => {
    const { versions: _v, customerValue: _c, bgnbd: _b, gammaGamma: _g, ...rest } = r;
    return JSON.stringify(rest);
  };
  assert.equal(stable(withValue), stable(without));
});

Deno.test("assignmentsCsv() ends with p_alive, expected_purchases_12m and clv_12m", () => {
  const csv = assignmentsCsv(run("en"));
  const header = csv.slice(0, csv.indexOf("\r\n")).split(",");
  assert.deepEqual(header.slice(-3), ["p_alive", "expected_purchases_12m", "clv_12m"]);
  const plain = assignmentsCsv(run("en", false));
  assert.deepEqual(header.slice(0, -3), plain.slice(0, plain.indexOf("\r\n")).split(","));
});
