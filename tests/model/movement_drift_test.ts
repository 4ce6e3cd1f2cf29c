import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { populationStability, readTable, scoreCustomers } from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";
import { sampleModel } from "./_models.ts";

Deno.test("populationStability() reads 0.1 and 0.25 as the usual cut-offs, as typed levels", () => {
  const bins = { edges: [1, 2, 3, 4, 5, 6, 7, 8, 9], shares: Array(10).fill(0.1) };
  const same = populationStability([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5], bins);
  assert.equal(same.psi, 0);
  assert.equal(same.level, "stable");
  // Everyone in the top bin: (1 - 0.1) ln(10) + 9 (1e-4 - 0.1) ln(1e-3).
  const all = populationStability([100, 200], bins);
  const expected = 0.9 * Math.log(10) + 9 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1);
  assert.ok(Math.abs(all.psi - expected) < 1e-12);
  assert.equal(all.level, "major");
  // Shares 0.22, 0.095 × 8, 0.02: PSI about 0.226, between 0.1 and 0.25.
  const shifted = [
    ...Array(44).fill(0.5),
    ...Array.from({ length: 152 }, (_, i) => 1.5 + (i % 8)),
    ...Array(4).fill(9.5),
  ];
  const r = populationStability(shifted, bins);
  assert.ok(r.psi >= 0.1 && r.psi < 0.25, `psi ${r.psi}`);
  assert.equal(r.level, "moderate");
  assert.throws(
    () => populationStability([], bins),
    /^RangeError: Cannot compute the population stability index/,
  );
});

Deno.test("scoreCustomers() with previous segments adds previous_segment, segment_changed and the from-to table", async () => {
  const { analysis, model } = await sampleModel("retail_sample.csv");
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const c = (analysis as { customers: pl.DataFrame }).customers;
  const ids = c.getColumn("customer").toArray() as string[];
  const segs = c.getColumn("cluster_segment").toArray() as string[];
  const other = model.kmeans.names.en!.find((n) => n !== segs[0])!;
  // Customer 0 was elsewhere, customer 1 is new, and "gone" is no longer in the file.
  const previous = pl.DataFrame({
    customer_id: ["gone", ids[0]!, ...ids.slice(2)],
    cluster_segment: [segs[5]!, other, ...segs.slice(2)],
  });
  const scored = scoreCustomers(loaded.table, model, { previous });
  const changed = scored.table.getColumn("segment_changed").toArray();
  assert.equal(changed[0], true);
  assert.equal(changed[1], null);
  assert.equal(changed.filter((x) => x === true).length, 1);
  assert.equal(scored.table.getColumn("previous_segment").toArray()[0], other);
  const move = (from: string | null, to: string | null) =>
    scored.movement!.filter((m) => m.from === from && m.to === to).reduce((a, m) => a + m.customers, 0);
  assert.ok(move(other, segs[0]!) >= 1);
  assert.equal(move(null, segs[1]!), 1);
  assert.equal(move(segs[5]!, null), 1);
  const total = scored.movement!.reduce((a, m) => a + m.customers, 0);
  assert.equal(total, ids.length + 1);
});

Deno.test("scoreCustomers() reports a major drift when every amount is ten times larger", async () => {
  const { model } = await sampleModel("retail_sample.csv");
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const amount = model.rfm!.roles.amount!;
  const table = loaded.table.withColumns(pl.col(amount).mul(10).alias(amount));
  const scored = scoreCustomers(table, model);
  const monetary = scored.drift.find((d) => d.feature === "monetary")!;
  assert.equal(monetary.level, "major");
  assert.ok(monetary.psi >= 0.25, `psi ${monetary.psi}`);
  assert.equal(scored.drift.find((d) => d.feature === "frequency")!.level, "stable");
});
