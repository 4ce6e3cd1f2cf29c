/**
 * The notebooks' text, read without running them: each reads as an analysis in its users'
 * language, shows every result through `show` (so no front end drops it), never prints a reading
 * as a JSON array, runs the analysis once without redoing its steps by hand, and (01) has the
 * customer-value parameters and cells. Running them is tests/notebooks_test.ts.
 */
import assert from "node:assert/strict";
import { basename } from "node:path";
import { expectsOutput, listNotebooks } from "../tools/notebooks.ts";

interface Nb {
  cells: { cell_type: string; source: string | string[] }[];
  metadata: { segmenta?: { lang?: string } };
}
const text = (c: Nb["cells"][number]) => (Array.isArray(c.source) ? c.source.join("") : c.source);
const notebooks = listNotebooks().map((path) => ({
  name: basename(path, ".ipynb"),
  nb: JSON.parse(Deno.readTextFileSync(path)) as Nb,
}));
const code = (nb: Nb) => nb.cells.filter((c) => c.cell_type === "code").map(text);
const prose = (nb: Nb) => nb.cells.filter((c) => c.cell_type === "markdown").map(text);

/** The languages of the cases' users (../shared/README.md): the retail and card teams read Spanish. */
const EXPECTED: Record<string, string> = {
  "00_your_data": "en",
  "01_retail_rfm": "es",
  "02_credit_card": "es",
  "03_vehicle_finance": "id",
};

/** Frequent English words that a Spanish or Indonesian paragraph does not contain. */
const ENGLISH = /\b(the|and|which|with|from|each|segments|customers|what|where)\b/i;

for (const { name, nb } of notebooks) {
  Deno.test(`notebook ${name}: LANG and the markdown are in its users' language`, () => {
    const lang = EXPECTED[name];
    assert.ok(lang, `no expected language for ${name}: add it to EXPECTED`);
    assert.equal(nb.metadata.segmenta?.lang, lang);
    const params = code(nb).find((c) => /\bconst LANG\b/.test(c)) ?? "";
    assert.match(params, new RegExp(`const LANG(: [^=]+)? = "${lang}"`));
    if (lang !== "en") {
      for (const md of prose(nb)) {
        const bare = md.replace(/`[^`]*`/g, "").replace(/\([^)]*et al\.\)/g, "");
        assert.ok(!ENGLISH.test(bare), `${name}: English in a ${lang} markdown cell:\n${md}`);
      }
    }
  });

  Deno.test(`notebook ${name}: every result is shown with show(), no reading is a JSON array`, () => {
    for (const c of code(nb)) {
      if (!expectsOutput(c)) continue;
      const last = c.trim().split("\n").at(-1)!;
      assert.match(last, /^await sg\.show\(/, `${name}: a cell ends in a bare expression:\n${c}`);
      assert.doesNotMatch(c, /JSON\.stringify/, `${name}: JSON in a reading:\n${c}`);
      assert.doesNotMatch(last, /^\[/, `${name}: a reading as an array:\n${c}`);
    }
  });

  Deno.test(`notebook ${name}: the analysis runs once and no step is redone by hand`, () => {
    const all = code(nb).join("\n");
    assert.equal(
      all.match(/sg\.analyze(Rfm|Features|Loaded|File)\(/g)?.length,
      1,
      `${name}: one analysis call`,
    );
    const redone = all.match(
      /sg\.(cleanTransactions|cleanCustomers|computeRfm|scoreRfm|segmentRfm|log1pColumns|standardize|toMatrix|pca|sweepK|kmeans|segmentMatrix|customerValue|correlationMatrix|cohortRetention|monthlyTrend|reportHtml)\(/g,
    );
    assert.equal(redone, null, `${name}: steps the analysis already ran: ${redone}`);
  });
}

Deno.test("notebook 01_retail_rfm: customer value has its parameters and its cells", () => {
  const nb = notebooks.find((n) => n.name === "01_retail_rfm")!.nb;
  const cells = code(nb);
  const params = cells.find((c) => /\bconst LANG\b/.test(c))!;
  for (const p of ["CALIBRATION_END", "TIME_UNIT", "HORIZON_MONTHS", "DISCOUNT_RATE"]) {
    assert.match(params, new RegExp(`\\bconst ${p}\\b`));
  }
  const run = cells.find((c) => c.includes("sg.analyzeRfm("))!;
  assert.match(run, /calibrationEnd: CALIBRATION_END/);
  assert.match(run, /timeUnit: TIME_UNIT/);
  assert.match(run, /horizonMonths: HORIZON_MONTHS/);
  assert.match(run, /discountRate: DISCOUNT_RATE/);
  assert.ok(cells.some((c) => c.includes('sg.sectionView(report, "value")')));
});
