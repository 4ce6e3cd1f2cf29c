/**
 * Nothing lost on the customer-level path: on random customer files (missing ids, duplicate ids,
 * empty and non-finite cells), every input row is either a segmented customer or a removed row
 * with a reason in the ledger, every imputed cell is counted, and rows balance.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { join } from "node:path";
import {
  analyzeFeatures,
  type FeatureAnalysis,
  InputError,
  readTable,
  REASON_COLUMN,
} from "../../lib/mod.ts";

const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("", "NaN", "NA") },
);
const row = fc.record({
  id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `K${i}`), ""),
  a: cell,
  b: cell,
  c: cell,
});

Deno.test("analyzeFeatures() loses no customer on random files: segmented, or removed with a reason; imputed cells counted", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-feat-prop-" });
  let analysed = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const path = join(dir, "customers.csv");
        await Deno.writeTextFile(
          path,
          ["id,a,b,c", ...rows.map((r) => `${r.id},${r.a},${r.b},${r.c}`)].join("\n") + "\n",
        );
        let loaded;
        try {
          loaded = await readTable(path);
        } catch (e) {
          assert.ok(e instanceof InputError, String(e));
          return;
        }
        let a: FeatureAnalysis;
        try {
          a = analyzeFeatures(loaded, {
            idColumn: "id",
            duplicates: "first",
            nBoot: 2,
            kMax: 3,
            nInit: 2,
            dbscan: false,
            rules: null,
          });
        } catch (e) {
          // Too few customers or no usable feature: a located refusal, not a crash.
          assert.ok(e instanceof InputError || e instanceof RangeError, String(e));
          assert.match((e as Error).message, /^Cannot /);
          return;
        }
        analysed++;
        const segmented = new Set(a.customers.getColumn("id").toArray() as string[]);
        const removedIds = a.cleaned.removed.getColumn("id").toArray() as (string | null)[];
        for (const r of rows) {
          if (r.id === "") continue;
          assert.ok(segmented.has(r.id) || removedIds.includes(r.id), `customer ${r.id} lost`);
        }
        const removed = a.cleaned.ledger.filter((e) => e.action === "removed").reduce(
          (t, e) => t + e.rows,
          0,
        );
        assert.equal(a.cleaned.rowsIn, a.cleaned.rowsOut + removed);
        assert.equal(a.customers.height, a.cleaned.rowsOut);
        for (const reason of new Set(a.cleaned.removed.getColumn(REASON_COLUMN).toArray() as string[])) {
          assert.ok(a.cleaned.ledger.some((e) => e.reason === reason), `reason ${reason} not in the ledger`);
        }
        // Every missing cell of a kept feature is counted as imputed.
        for (const f of a.cleaned.features) {
          const missing = loaded.table.getColumn(f).nullCount();
          const imputed = a.cleaned.ledger.filter((e) => e.action === "imputed" && e.column === f).reduce(
            (t, e) => t + e.rows,
            0,
          );
          const removedMissing = (a.cleaned.removed.getColumn(f).toArray() as (number | null)[]).filter((v) =>
            v === null
          ).length;
          assert.equal(imputed + removedMissing, missing, `column ${f}`);
        }
      }),
      { seed: 99, numRuns: 40 },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  assert.ok(analysed >= 10, `only ${analysed} random files were analysed`);
});
