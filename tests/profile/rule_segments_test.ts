import { ruleSegmentationTexts, warningText } from "../../lib/text/mod.ts";
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import fc from "fast-check";
import { ruleSegments, type SegmentRules } from "../../lib/profile/rule_segments.ts";
import { riskRules } from "../../lib/profile/risk_rules.ts";
import { InputError } from "../../lib/base/errors.ts";
import { testWithSharedData } from "../_data.ts";

const t = (s: string) => ({ en: s, es: `${s} (es)`, id: `${s} (id)` });
const rule = (key: string, when: SegmentRules[number]["when"]) => ({
  key,
  names: t(key),
  descriptions: t(`${key} rows`),
  actions: [t(`act on ${key}`)],
  when,
});

/** Linear-interpolation quantile (numpy's default), written out. */
function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = q * (s.length - 1), lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

Deno.test("ruleSegments() puts every customer in exactly one risk segment, thresholds respected", () => {
  const row = fc.record({
    delay: fc.integer({ min: 0, max: 8 }),
    credits: fc.integer({ min: 0, max: 4 }),
    income: fc.integer({ min: 1, max: 20 }),
  });
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 1, maxLength: 80, size: "max" }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom(0.8, 1, 1.25),
      (rows, riskDelay, crossSellCredits, premiumIncomeRatio) => {
        const table = pl.DataFrame({
          delay: rows.map((r) => r.delay),
          credits: rows.map((r) => r.credits),
          income: rows.map((r) => r.income),
        });
        const disciplinedDelay = riskDelay / 2;
        const rules = riskRules({
          delayColumn: "delay",
          creditsColumn: "credits",
          incomeColumn: "income",
          riskDelay,
          disciplinedDelay,
          crossSellCredits,
          premiumIncomeRatio,
        });
        const result = ruleSegments(table, rules);
        const q = quantile(rows.map((r) => r.income), 0.5) * premiumIncomeRatio;
        assert.equal(result.labels.length, rows.length);
        assert.equal(result.segments.reduce((s, x) => s + x.size, 0), rows.length);
        rows.forEach((r, i) => {
          const atRisk = r.delay >= riskDelay;
          const disciplined = !atRisk && r.delay <= disciplinedDelay && r.credits >= crossSellCredits;
          const premium = !atRisk && !disciplined && r.income >= q;
          const expected = atRisk ? 0 : disciplined ? 1 : premium ? 2 : 3;
          assert.equal(result.labels[i], expected, `row ${JSON.stringify(r)}`);
        });
        assert.ok(Math.abs(result.thresholds.incomeThreshold! - q) <= 1e-9 * Math.abs(q));
      },
    ),
    { seed: 4242, numRuns: 80 },
  );
});

Deno.test("ruleSegments() with riskRules() puts customers on each threshold on the documented side", () => {
  // at risk from delay 4, on time up to 2 with 2+ credits, premium from 1.25 × median(1..8) = 5.625
  const table = pl.DataFrame({
    delay: [4, 3, 2, 2, 0, 0, 3, 0],
    credits: [0, 2, 2, 1, 3, 0, 1, 0],
    income: [1, 2, 3, 4, 5, 6, 7, 8],
  });
  const rules = riskRules({
    delayColumn: "delay",
    creditsColumn: "credits",
    incomeColumn: "income",
    riskDelay: 4,
    disciplinedDelay: 2,
  });
  const result = ruleSegments(table, rules);
  assert.deepEqual([...result.labels], [0, 3, 1, 3, 1, 2, 2, 2]);
  assert.equal(result.thresholds.incomeThreshold, 5.625);
  assert.equal(
    ruleSegmentationTexts(result, "es").segments[2]!.description,
    "Ingreso de 5,63 o más (1,25 veces el ingreso mediano), con un atraso promedio menor que 4 meses: potencial premium.",
  );
});

Deno.test("ruleSegments() applies between (inclusive), ==, not, all and first-match-wins", () => {
  const table = pl.DataFrame({ x: [0, 1, 2, 3, 4, 5], y: [1, 0, 1, 0, 1, 0] });
  const result = ruleSegments(table, [
    rule("eq", { column: "x", op: "==", value: 5 }),
    rule("mid", { column: "x", op: "between", min: 1, max: 3 }),
    rule("odd-y", { all: [{ column: "y", op: ">", value: 0 }, { not: { column: "x", op: "<", value: 1 } }] }),
    rule("rest", null),
  ]);
  assert.deepEqual([...result.labels], [3, 1, 1, 1, 2, 0]);
  assert.deepEqual(result.segments.map((s) => [s.key, s.size]), [["eq", 1], ["mid", 3], ["odd-y", 1], [
    "rest",
    1,
  ]]);
  assert.equal(result.algorithm, "rules");
  assert.equal(result.k, 4);
  assert.equal(result.centroids, null);
  assert.ok(Number.isNaN(result.inertia));
  assert.deepEqual(result.warnings, []);
});

Deno.test("ruleSegments() sends rows with missing cells to later rules, and warns about empty rules", () => {
  const table = pl.DataFrame({ x: [null, 5, 1] });
  const result = ruleSegments(table, [
    rule("big", { column: "x", op: ">", value: 3 }),
    rule("huge", { column: "x", op: ">", value: 100 }),
    rule("rest", null),
  ]);
  assert.deepEqual([...result.labels], [2, 0, 2]);
  assert.deepEqual(result.warnings, [{ code: "rule-took-no-customer", rule: "huge" }]);
  assert.equal(
    warningText(result.warnings[0]!, "en"),
    `Rule "huge" took no customer; check its thresholds or the rules before it`,
  );
});

Deno.test("ruleSegments() keeps a rule's own words, which the text layer picks and fills with quantile thresholds", () => {
  const table = pl.DataFrame({ income: [1, 2, 3, 4, 5] });
  const result = ruleSegments(table, [
    {
      key: "top",
      names: t("Top"),
      descriptions: { en: "At least {q}", es: "Al menos {q}", id: "Minimal {q}" },
      actions: [],
      when: { column: "income", op: ">=", quantile: 0.5, name: "q" },
    },
    rule("rest", null),
  ]);
  assert.deepEqual([...result.labels], [1, 1, 0, 0, 0]);
  assert.deepEqual(result.segments.map((x) => [x.key, x.size, x.rule.key]), [["top", 3, "top"], [
    "rest",
    2,
    "rest",
  ]]);
  assert.equal(result.thresholds.q, 3);
  const es = ruleSegmentationTexts(result, "es");
  assert.equal(es.segments[0]!.description, "Al menos 3");
  assert.equal(es.segments[1]!.name, "rest (es)");
  assert.deepEqual(es.segments[1]!.actions, ["act on rest (es)"]);
  assert.deepEqual([...es.labels], [...result.labels]);
  const en = ruleSegmentationTexts(result, "en");
  assert.equal(en.segments[0]!.description, "At least 3");
  assert.equal(en.segments[0]!.name, "Top");
});

Deno.test("ruleSegments() checks the rule list", () => {
  const table = pl.DataFrame({ x: [1, 2] });
  assert.throws(
    () => ruleSegments(table, []),
    /^RangeError: Cannot segment by rules: the rule list is empty/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", { column: "x", op: ">", value: 1 })]),
    /^RangeError: Cannot segment by rules: the last rule "a" has a condition, so some rows might match none; end the list with a catch-all/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", null), rule("b", null)]),
    /^RangeError: Cannot segment by rules: rule "a" is a catch-all but rules after it \("b"\) could never match/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", { column: "x", op: ">", value: 1 }), rule("a", null)]),
    /^RangeError: Cannot segment by rules: key "a" is used twice/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", { column: "x", op: "between", min: 3, max: 1 }), rule("b", null)]),
    /^RangeError: Cannot segment by rules: "between" on column "x" has min "3" above max "1"/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", { column: "x", op: ">", quantile: 1.5 }), rule("b", null)]),
    /^RangeError: Cannot segment by rules: quantile "1.5" of column "x" is outside 0..1/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", { column: "x", op: ">", value: NaN }), rule("b", null)]),
    /^RangeError: Cannot segment by rules: threshold "NaN" on column "x" is not a finite number/,
  );
  assert.throws(
    () => ruleSegments(table, [rule("a", { any: [] }), rule("b", null)]),
    /^RangeError: Cannot segment by rules: an "all" or "any" condition is empty/,
  );
});

Deno.test("ruleSegments() names a missing column and the closest ones present", () => {
  const table = pl.DataFrame({
    keterlambatan_rata2: [1, 2],
    jumlah_kredit_aktif: [0, 1],
    segmen: ["a", "b"],
  });
  const rules = riskRules({ delayColumn: "keterlambatan", creditsColumn: "jumlah_kredit_aktif" });
  assert.throws(
    () => ruleSegments(table, rules, { file: "pelanggan.csv" }),
    (e: unknown) =>
      e instanceof InputError && e.at.file === "pelanggan.csv" && e.at.column === "keterlambatan" &&
      /^Cannot segment by rules: column "keterlambatan" is missing; did you mean "keterlambatan_rata2"\?/
        .test(e.message),
  );
  assert.throws(
    () => ruleSegments(table, riskRules({ delayColumn: "segmen", creditsColumn: "jumlah_kredit_aktif" })),
    /^TypeError: Cannot segment by rules: column "segmen" is of type String, not numeric/,
  );
});

testWithSharedData(
  "ruleSegments() puts each of the 200 vehicle-financing customers in exactly one risk segment",
  "segmentasi_pelanggan_final.csv",
  (path) => {
    const table = pl.readCSV(path);
    const rules = riskRules({
      delayColumn: "keterlambatan_rata2",
      creditsColumn: "jumlah_kredit_aktif",
      incomeColumn: "pendapatan_bulanan",
      riskDelay: 10,
    });
    const result = ruleSegments(table, rules);
    assert.equal(result.labels.length, 200);
    assert.equal(result.segments.reduce((s, x) => s + x.size, 0), 200);
    const delay = table.getColumn("keterlambatan_rata2").toArray() as number[];
    result.labels.forEach((l, i) => {
      if (l === 0) assert.ok(delay[i]! >= 10);
      else assert.ok(delay[i]! < 10);
    });
    assert.match(ruleSegmentationTexts(result, "id").segments[0]!.description, /10 bulan atau lebih/);
  },
);

Deno.test("ruleSegments() lists the columns present when no name is close", () => {
  const table = pl.DataFrame({ a: [1], b: [2] });
  assert.throws(
    () => ruleSegments(table, [rule("x", { column: "zzzz", op: ">", value: 1 }), rule("rest", null)]),
    /^InputError: Cannot segment by rules: column "zzzz" is missing; use one of the columns present: "a", "b"$/,
  );
});
