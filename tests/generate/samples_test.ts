// The committed samples in data/ are exactly what tools/make_samples.ts writes.
import assert from "node:assert/strict";
import { SAMPLES } from "../../tools/make_samples.ts";
import { projectDataPath } from "../_data.ts";

for (const sample of SAMPLES) {
  Deno.test(`data/${sample.file} is byte-identical to a fresh run of tools/make_samples.ts`, async () => {
    const committed = await Deno.readFile(projectDataPath(sample.file));
    const fresh = new TextEncoder().encode(sample.make());
    assert.ok(committed.length < 1_000_000, `${sample.file} stays under 1 MB`);
    assert.ok(
      committed.length === fresh.length && committed.every((b, i) => b === fresh[i]),
      `data/${sample.file} differs from the generator's output; run: deno run -A tools/make_samples.ts`,
    );
  });
}

Deno.test("tools/make_samples.ts regenerates the same bytes twice", () => {
  for (const sample of SAMPLES) assert.equal(sample.make(), sample.make());
});

Deno.test("data/README.md names every sample, its seed and the command to regenerate", async () => {
  const readme = await Deno.readTextFile(projectDataPath("README.md"));
  assert.match(readme, /deno run -A tools\/make_samples\.ts/);
  for (const sample of SAMPLES) assert.match(readme, new RegExp(sample.file.replace(".", "\\.")));
});

Deno.test("data/retail_sample.csv loads, cleans and gives RFM for its 600 customers", async () => {
  const { readTable, mapRoles } = await import("../../lib/load/mod.ts");
  const { cleanTransactions } = await import("../../lib/clean/mod.ts");
  const { computeRfm } = await import("../../lib/rfm/mod.ts");
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const roles = mapRoles(loaded.columns.map((c) => c.name)).roles;
  assert.deepEqual(
    [roles.invoice, roles.date, roles.customer, roles.amount],
    ["N° de factura", "Fecha de factura", "ID Cliente", "Monto"],
  );
  const cleaned = cleanTransactions(loaded.table, roles);
  const removed = Object.fromEntries(cleaned.ledger.map((e) => [e.reason, e.rows]));
  assert.ok(removed["missing-customer"]! > 0 && removed["cancellation"]! > 0 && removed["duplicate"]! > 0);
  assert.equal(computeRfm(cleaned.table, cleaned.roles).customers, 600);
});

Deno.test("data/credit_card_sample.csv loads with its empty cells where the generator left them", async () => {
  const { readTable } = await import("../../lib/load/mod.ts");
  const loaded = await readTable(projectDataPath("credit_card_sample.csv"));
  const missing = Object.fromEntries(loaded.columns.map((c) => [c.name, c.missing]));
  assert.equal(loaded.columns.length, 18);
  assert.equal(missing["MINIMUM_PAYMENTS"], 42);
  assert.equal(missing["CREDIT_LIMIT"], 1);
});
