import assert from "node:assert/strict";
import { riskRules } from "../../lib/profile/risk_rules.ts";

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

Deno.test("riskRules() writes the thresholds into the descriptions in en, es and id", () => {
  const rules = riskRules({
    delayColumn: "d",
    creditsColumn: "c",
    incomeColumn: "i",
    delayThreshold: 1.5,
    creditsThreshold: 3,
    incomeQuantile: 0.9,
  });
  assert.equal(
    rules[0]!.descriptions.en,
    "Average payment delay of 1.5 months or more, or 3 or more active credits: repayment is under strain.",
  );
  assert.match(rules[0]!.descriptions.es, /^Atraso promedio de 1,5 meses o más, o 3 o más créditos activos/);
  assert.match(
    rules[0]!.descriptions.id,
    /^Rata-rata keterlambatan 1,5 bulan atau lebih, atau 3 kredit aktif atau lebih/,
  );
  assert.match(rules[1]!.descriptions.en, /^Income of \{incomeThreshold\} or more \(top 10%\)/);
  assert.match(rules[2]!.descriptions.es, /como máximo 0,75 meses|0,75 meses como máximo/);
  assert.match(rules[3]!.descriptions.id, /lebih dari 0,75 dan kurang dari 1,5 bulan/);
  for (const r of rules) for (const a of r.actions) assert.ok(a.en && a.es && a.id);
  assert.match(rules[0]!.actions.map((a) => a.en).join(" "), /restructuring.*education.*no new credit/is);
  assert.match(rules[1]!.actions.map((a) => a.id).join(" "), /asuransi/);
  assert.match(rules[2]!.actions.map((a) => a.es).join(" "), /lealtad.*crédito adicional/);
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
  assert.deepEqual(rules.map((r) => r.names.id), [
    "Nasabah berisiko",
    "Nasabah premium",
    "Nasabah disiplin",
    "Nasabah reguler",
  ]);
  for (const r of rules) assert.doesNotMatch(`${r.names.id} ${r.descriptions.id}`, /pelanggan/i);
  assert.deepEqual(rules.map((r) => r.names.es), [
    "Clientes en riesgo",
    "Clientes premium",
    "Clientes cumplidos",
    "Clientes regulares",
  ]);
  assert.match(rules[1]!.descriptions.en, /\(top 12\.5%\)/);
  assert.match(
    rules[1]!.descriptions.es,
    /^Ingreso de \{incomeThreshold\} o más \(el 12,5% más alto\) y sin riesgo\.$/,
  );
  assert.match(rules[1]!.descriptions.id, /^Pendapatan \{incomeThreshold\} atau lebih \(12,5% teratas\)/);
});
