import assert from "node:assert/strict";
import type pl from "nodejs-polars";
import { analyzeFile, buildModel, parseModel, readTable, scoreCustomers } from "../../lib/mod.ts";
import { projectDataPath, testWithSharedData } from "../_data.ts";

/** Analyse a file, save its model through JSON, score the same file, and compare every customer. */
async function roundTrip(path: string, options: Parameters<typeof analyzeFile>[1] = {}) {
  const { analysis } = await analyzeFile(path, { nBoot: 2, kMax: 6, ...options });
  const model = parseModel(JSON.stringify(buildModel(analysis)));
  const loaded = await readTable(path);
  const scored = scoreCustomers(loaded.table, model, { file: path });
  return { analysis, model, scored };
}

function assertSameCustomers(training: pl.DataFrame, scored: pl.DataFrame, pairs: [string, string][]) {
  assert.equal(scored.height, training.height);
  for (const [a, b] of pairs) {
    assert.deepEqual(scored.getColumn(b).toArray(), training.getColumn(a).toArray(), `column ${a}`);
  }
}

const RFM_PAIRS: [string, string][] = [
  ["customer", "customer_id"],
  ["recency", "recency_days"],
  ["frequency", "frequency"],
  ["monetary", "monetary"],
  ["r_score", "r_score"],
  ["f_score", "f_score"],
  ["m_score", "m_score"],
  ["segment_name", "rfm_segment"],
  ["cluster", "cluster"],
  ["cluster_segment", "cluster_segment"],
];

Deno.test("scoreCustomers() reproduces the training labels of the retail sample exactly", async () => {
  const { analysis, scored } = await roundTrip(projectDataPath("retail_sample.csv"), { lang: "es" });
  assert.equal(analysis.kind, "rfm");
  assertSameCustomers(analysis.customers, scored.table, RFM_PAIRS);
  assert.ok(scored.drift.every((d) => d.psi < 1e-12 && d.level === "stable"));
  assert.deepEqual(scored.sizes.map((s) => s.now), scored.sizes.map((s) => s.model));
});

for (const name of ["credit_card_sample.csv", "vehicle_finance_sample.csv"]) {
  Deno.test(`scoreCustomers() reproduces the training labels of ${name} exactly`, async () => {
    const { analysis, scored } = await roundTrip(projectDataPath(name));
    assert.equal(analysis.kind, "features");
    const id = analysis.idColumn ?? "row";
    const pairs: [string, string][] = [[id, id], ["cluster", "cluster"], ["segment", "segment"]];
    if (analysis.rules) pairs.push(["rule_segment", "rule_segment"]);
    if (analysis.customers.columns.includes("risk_score")) pairs.push(["risk_score", "risk_score"]);
    for (const f of analysis.cleaned.features) pairs.push([f, f]);
    assertSameCustomers(analysis.customers, scored.table, pairs);
  });
}

testWithSharedData(
  "scoreCustomers() reproduces the training labels of ventas-por-factura.csv",
  "ventas-por-factura.csv",
  async (path) => {
    const { analysis, scored } = await roundTrip(path, { lang: "es" });
    assertSameCustomers((analysis as { customers: pl.DataFrame }).customers, scored.table, RFM_PAIRS);
  },
);

testWithSharedData(
  "scoreCustomers() reproduces the training labels of Customer_Data.csv",
  "Customer_Data.csv",
  async (path) => {
    const features = [
      "BALANCE",
      "PURCHASES",
      "CREDIT_LIMIT",
      "PAYMENTS",
      "PURCHASES_FREQUENCY",
      "TENURE",
      "MINIMUM_PAYMENTS",
    ];
    const { analysis, scored } = await roundTrip(path, {
      kind: "features",
      features: { features, dbscan: false },
    });
    assertSameCustomers(analysis.customers, scored.table, [["CUST_ID", "CUST_ID"], ["cluster", "cluster"], [
      "segment",
      "segment",
    ], ...features.map((f): [string, string] => [f, f])]);
  },
);

testWithSharedData(
  "scoreCustomers() reproduces the training labels of segmentasi_pelanggan_final.csv",
  "segmentasi_pelanggan_final.csv",
  async (path) => {
    const { analysis, scored } = await roundTrip(path, { lang: "id", features: { dbscan: false } });
    const pairs: [string, string][] = [["cluster", "cluster"], ["segment", "segment"]];
    if ((analysis as { rules: unknown }).rules) pairs.push(["rule_segment", "rule_segment"]);
    assertSameCustomers((analysis as { customers: pl.DataFrame }).customers, scored.table, pairs);
  },
);

Deno.test("scoreCustomers() reproduces the rule segments and risk scores of the vehicle sample", async () => {
  const { analysis, model, scored } = await roundTrip(projectDataPath("vehicle_finance_sample.csv"));
  assert.equal(analysis.kind, "features");
  // The model keeps the risk rules' columns and thresholds (version 1 dropped them: no risk_score).
  assert.ok(model.rules?.risk, "the model has the risk score's inputs");
  assert.equal(model.version, 2);
  for (const column of ["rule_segment", "risk_score"]) {
    assert.ok(scored.table.columns.includes(column), `scored table has ${column}`);
    assert.deepEqual(
      scored.table.getColumn(column).toArray(),
      analysis.customers.getColumn(column).toArray(),
    );
  }
  // The risk score is not constant on the sample, so the comparison says something.
  assert.ok(new Set(scored.table.getColumn("risk_score").toArray()).size > 2);
});

Deno.test("scoreCustomers() applies a changed risk threshold of the model, not a default", async () => {
  const { model, scored } = await roundTrip(projectDataPath("vehicle_finance_sample.csv"));
  const changed = JSON.parse(JSON.stringify(model));
  changed.rules.risk.riskDelay = model.rules!.risk!.riskDelay * 2;
  const loaded = await readTable(projectDataPath("vehicle_finance_sample.csv"));
  const again = scoreCustomers(loaded.table, parseModel(changed));
  const a = scored.table.getColumn("risk_score").toArray() as number[];
  const b = again.table.getColumn("risk_score").toArray() as number[];
  assert.ok(b.every((v, i) => v <= a[i]!) && b.some((v, i) => v < a[i]!));
});
