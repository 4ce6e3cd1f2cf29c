import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { RISK_DEFAULTS, riskRules } from "../../lib/profile/risk_rules.ts";
import { ruleSegments, type SegmentRules } from "../../lib/profile/rule_segments.ts";
import { ruleSegmentationTexts } from "../../lib/text/mod.ts";
import type { Lang } from "../../lib/base/types.ts";
import { readTable } from "../../lib/load/mod.ts";
import { testWithSharedData } from "../_data.ts";

/** Ten customers, income 1..10, segmented by `rules` and worded in `lang`. */
function worded(rules: SegmentRules, lang: Lang) {
  const table = pl.DataFrame({
    d: [0, 3, 1, 0, 0.5, 2, 0, 1, 0, 4],
    c: [0, 1, 1, 1, 0, 3, 1, 0, 2, 0],
    i: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  });
  return ruleSegmentationTexts(ruleSegments(table, rules), lang).segments;
}

Deno.test("riskRules() orders at-risk, disciplined, premium, regular: delay is risk, credits on time are discipline", () => {
  const rules = riskRules({ delayColumn: "d", creditsColumn: "c", incomeColumn: "i" });
  assert.deepEqual(rules.map((r) => r.key), ["at-risk", "disciplined", "premium", "regular"]);
  assert.equal(rules.at(-1)!.when, null);
  // Old rules: delay >= upper quartile OR credits >= 2 was "at risk"; credits alone are no risk now.
  assert.deepEqual(rules[0]!.when, { column: "d", op: ">=", value: 21 });
  assert.deepEqual(rules[1]!.when, {
    all: [{ column: "d", op: "<=", value: 7 }, { column: "c", op: ">=", value: 2 }],
  });
  assert.deepEqual(rules[2]!.when, {
    column: "i",
    op: ">=",
    quantile: 0.5,
    times: 1.25,
    name: "incomeThreshold",
  });
  assert.deepEqual(RISK_DEFAULTS, {
    riskDelay: 21,
    disciplinedDelay: 7,
    crossSellCredits: 2,
    premiumIncomeRatio: 1.25,
  });
});

Deno.test("riskRules() has no premium segment without an income column", () => {
  assert.deepEqual(riskRules({ delayColumn: "d", creditsColumn: "c" }).map((r) => r.key), [
    "at-risk",
    "disciplined",
    "regular",
  ]);
});

Deno.test("riskRules() carries its thresholds as facts, which the text layer writes in en, es and id", () => {
  const rules = riskRules({
    delayColumn: "d",
    creditsColumn: "c",
    incomeColumn: "i",
    riskDelay: 1.5,
    disciplinedDelay: 0.75,
    crossSellCredits: 2,
  });
  const facts = {
    delayColumn: "d",
    creditsColumn: "c",
    riskDelay: 1.5,
    disciplinedDelay: 0.75,
    crossSellCredits: 2,
    delayUnit: "months",
    premiumIncomeRatio: 1.25,
    premiumIncome: null,
  };
  assert.deepEqual(rules.map((r) => "risk" in r ? r.risk : null), [
    { rule: "at-risk", ...facts },
    { rule: "disciplined", ...facts },
    { rule: "premium", ...facts },
    { rule: "regular", ...facts },
  ]);
  const [en, es, id] = (["en", "es", "id"] as const).map((l) => worded(rules, l));
  assert.equal(en[0]!.description, "Average payment delay of 1.5 months or more: the default-risk signal.");
  assert.match(es[0]!.description, /^Atraso promedio de 1,5 meses o más: la señal del riesgo de impago/);
  assert.match(id[0]!.description, /^Rata-rata keterlambatan 1,5 bulan atau lebih: tanda risiko gagal bayar/);
  assert.match(en[1]!.description, /at most 0\.75 months while running 2 or more active credits/);
  // income 1..10: median 5.5, × 1.25 = 6.875, written with 3 significant digits
  assert.equal(
    en[2]!.description,
    "Income of 6.88 or more (1.25 times the median income), with an average delay under 1.5 months: premium potential.",
  );
  assert.match(
    es[3]!.description,
    /menor que 1,5 meses, fuera del grupo cumplido con 2 o más créditos y por debajo/,
  );
  for (const l of [en, es, id]) {
    for (const s of l) assert.ok(s.actions.length >= 2 && s.actions.every((a) => a));
  }
  assert.match(
    en[0]!.actions.join(" "),
    /stricter credit review.*restructuring.*education.*no new products/is,
  );
  assert.match(en[1]!.actions.join(" "), /loyalty.*top-up.*lower interest.*insurance.*trade-in/is);
  assert.match(en[2]!.actions.join(" "), /premium.*higher credit limits.*insurance and service/is);
  assert.match(id[2]!.actions.join(" "), /asuransi/);
});

Deno.test("riskRules() takes a fixed premium income and says it", () => {
  const rules = riskRules({ delayColumn: "d", creditsColumn: "c", incomeColumn: "i", premiumIncome: 8 });
  assert.deepEqual(rules[2]!.when, { column: "i", op: ">=", value: 8 });
  const [en] = (["en"] as const).map((l) => worded(rules, l));
  assert.match(en[2]!.description, /^Income of 8 or more, with an average delay under 21 months/);
});

Deno.test("riskRules() rejects thresholds that make no sense", () => {
  assert.throws(
    () => riskRules({ delayColumn: "d", creditsColumn: "c", premiumIncomeRatio: 0 }),
    /^RangeError: Cannot build risk rules: premiumIncomeRatio "0" is not a positive number/,
  );
  assert.throws(
    () => riskRules({ delayColumn: "d", creditsColumn: "c", riskDelay: Infinity }),
    /^RangeError: Cannot build risk rules: riskDelay "Infinity" is not a finite number/,
  );
  assert.throws(
    () => riskRules({ delayColumn: "d", creditsColumn: "c", riskDelay: 2, disciplinedDelay: 2 }),
    /^RangeError: Cannot build risk rules: disciplinedDelay "2" is not below riskDelay "2"/,
  );
});

Deno.test("riskRules() names Indonesian segments for financing (nasabah)", () => {
  const rules = riskRules({ delayColumn: "d", creditsColumn: "c", incomeColumn: "i" });
  const [es, id] = (["es", "id"] as const).map((l) => worded(rules, l));
  assert.deepEqual(id.map((r) => r.name), [
    "Nasabah berisiko",
    "Nasabah disiplin",
    "Nasabah premium",
    "Nasabah reguler",
  ]);
  for (const r of id) assert.doesNotMatch(`${r.name} ${r.description}`, /pelanggan/i);
  assert.deepEqual(es.map((r) => r.name), [
    "Clientes en riesgo",
    "Clientes cumplidos",
    "Clientes premium",
    "Clientes regulares",
  ]);
  assert.match(id[2]!.description, /^Pendapatan 6,88 atau lebih \(1,25 kali pendapatan median\)/);
});

testWithSharedData(
  "riskRules() on the vehicle file follows the team's brief: the 33 on-time multi-credit customers are disciplined, not at risk",
  "segmentasi_pelanggan_final.csv",
  async (path) => {
    const { table } = await readTable(path);
    const rules = riskRules({
      delayColumn: "keterlambatan_rata2",
      creditsColumn: "jumlah_kredit_aktif",
      incomeColumn: "pendapatan_bulanan",
    });
    const seg = ruleSegments(table, rules);
    const sizes = Object.fromEntries(seg.segments.map((s) => [s.key, s.size]));
    const delay = table.getColumn("keterlambatan_rata2").toArray() as number[];
    const credits = table.getColumn("jumlah_kredit_aktif").toArray() as number[];
    // Old rules (delay >= 21 or credits >= 2): 133 of 200 at risk, the 33 among them.
    assert.equal(sizes["at-risk"], delay.filter((d) => d >= 21).length);
    assert.ok(sizes["at-risk"]! < 100, `${sizes["at-risk"]} at risk`);
    const loyal = delay.map((d, i) => d <= 7 && credits[i]! >= 2);
    assert.equal(loyal.filter(Boolean).length, 33);
    loyal.forEach((l, i) => {
      if (l) assert.equal(seg.segments[seg.labels[i]!]!.key, "disciplined", `row ${i + 2}`);
    });
    // Nobody disciplined is told "no new products".
    const words = ruleSegmentationTexts(seg, "en").segments.find((s) => s.key === "disciplined")!;
    assert.doesNotMatch(words.actions.join(" "), /no new/i);
  },
);
