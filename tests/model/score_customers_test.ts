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
