import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { riskRules } from "../../lib/profile/risk_rules.ts";
import { ruleSegments, type SegmentRules } from "../../lib/profile/rule_segments.ts";
import { ruleSegmentationTexts } from "../../lib/text/mod.ts";
import type { Lang } from "../../lib/base/types.ts";

/** Ten customers, income 1..10, segmented by `rules` and worded in `lang`. */
function worded(rules: SegmentRules, lang: Lang) {
  const table = pl.DataFrame({
    d: [0, 3, 1, 0, 0.5, 2, 0, 1, 0, 4],
    c: [0, 1, 1, 1, 0, 3, 1, 0, 2, 0],
    i: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  });
  return ruleSegmentationTexts(ruleSegments(table, rules), lang).segments;
}

Deno.test("riskRules() orders at-risk, premium, disciplined, regular and ends with the catch-all", () => {
  const rules = riskRules({ delayColumn: "d", creditsColumn: "c", incomeColumn: "i" });
  assert.deepEqual(rules.map((r) => r.key), ["at-risk", "premium", "disciplined", "regular"]);
  assert.equal(rules.at(-1)!.when, null);
  assert.deepEqual(rules[0]!.when, {
    any: [{ column: "d", op: ">=", value: 2 }, { column: "c", op: ">=", value: 2 }],
  });
  assert.deepEqual(rules[1]!.when, { column: "i", op: ">=", quantile: 0.75, name: "incomeThreshold" });
  assert.deepEqual(rules[2]!.when, {
    all: [{ column: "d", op: "<=", value: 1 }, { column: "c", op: "<", value: 2 }],
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
    delayThreshold: 1.5,
    creditsThreshold: 3,
    incomeQuantile: 0.9,
  });
  const facts = {
    delayThreshold: 1.5,
    creditsThreshold: 3,
    disciplinedDelay: 0.75,
    delayUnit: "months",
    incomeQuantile: 0.9,
  };
  assert.deepEqual(rules.map((r) => "risk" in r ? r.risk : null), [
    { rule: "at-risk", ...facts },
    { rule: "premium", ...facts },
    { rule: "disciplined", ...facts },
    { rule: "regular", ...facts },
  ]);
  const [en, es, id] = (["en", "es", "id"] as const).map((l) => worded(rules, l));
  assert.equal(
    en[0]!.description,
    "Average payment delay of 1.5 months or more, or 3 or more active credits: repayment is under strain.",
  );
  assert.match(es[0]!.description, /^Atraso promedio de 1,5 meses o más, o 3 o más créditos activos/);
  assert.match(
    id[0]!.description,
    /^Rata-rata keterlambatan 1,5 bulan atau lebih, atau 3 kredit aktif atau lebih/,
  );
  // income 1..10: the 0.9 quantile is 9.1
  assert.equal(en[1]!.description, "Income of 9.1 or more (top 10%) and not at risk.");
  assert.match(es[2]!.description, /0,75 meses como máximo/);
  assert.match(id[3]!.description, /lebih dari 0,75 dan kurang dari 1,5 bulan/);
  for (const l of [en, es, id]) {
    for (const s of l) assert.ok(s.actions.length >= 2 && s.actions.every((a) => a));
  }
  assert.match(en[0]!.actions.join(" "), /restructuring.*education.*no new credit/is);
  assert.match(id[1]!.actions.join(" "), /asuransi/);
  assert.match(es[2]!.actions.join(" "), /lealtad.*crédito adicional/);
});

Deno.test("riskRules() rejects thresholds that make no sense", () => {
  assert.throws(
    () => riskRules({ delayColumn: "d", creditsColumn: "c", incomeQuantile: 1 }),
    /^RangeError: Cannot build risk rules: incomeQuantile "1" is not between 0 and 1/,
  );
  assert.throws(
    () => riskRules({ delayColumn: "d", creditsColumn: "c", delayThreshold: Infinity }),
    /^RangeError: Cannot build risk rules: delayThreshold "Infinity" is not a finite number/,
  );
  assert.throws(
    () => riskRules({ delayColumn: "d", creditsColumn: "c", delayThreshold: 2, disciplinedDelay: 2 }),
    /^RangeError: Cannot build risk rules: disciplinedDelay "2" is not below delayThreshold "2"/,
  );
});

Deno.test("riskRules() names Indonesian segments for financing (nasabah) and writes the income share per language", () => {
  const rules = riskRules({ delayColumn: "d", creditsColumn: "c", incomeColumn: "i", incomeQuantile: 0.875 });
  const [en, es, id] = (["en", "es", "id"] as const).map((l) => worded(rules, l));
  assert.deepEqual(id.map((r) => r.name), [
    "Nasabah berisiko",
    "Nasabah premium",
    "Nasabah disiplin",
    "Nasabah reguler",
  ]);
  for (const r of id) assert.doesNotMatch(`${r.name} ${r.description}`, /pelanggan/i);
  assert.deepEqual(es.map((r) => r.name), [
    "Clientes en riesgo",
    "Clientes premium",
    "Clientes cumplidos",
    "Clientes regulares",
  ]);
  // income 1..10: the 0.875 quantile is 8.875, written with 3 significant digits
  assert.match(en[1]!.description, /^Income of 8\.88 or more \(top 12\.5%\)/);
  assert.equal(es[1]!.description, "Ingreso de 8,88 o más (el 12,5% más alto) y sin riesgo.");
  assert.match(id[1]!.description, /^Pendapatan 8,88 atau lebih \(12,5% teratas\)/);
});
