import assert from "node:assert/strict";
import fc from "fast-check";
import { join } from "node:path";
import {
  analyzeRfm,
  assignmentsTable,
  InputError,
  mapRoles,
  readTable,
  REASON_COLUMN,
  runRecord,
} from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";

const FAST = { kMax: 3, nInit: 2, nBoot: 2, movementDays: 0 } as const;

/** A random invoice file: missing ids, cancellations, returns, zero amounts, exact duplicates. */
const invoiceRows = fc.array(
  fc.record({
    customer: fc.constantFrom("C1", "C2", "C3", "C4", "C5", "C6", " C7 ", "", "C8"),
    cancel: fc.boolean(),
    invoice: fc.integer({ min: 1, max: 40 }),
    day: fc.integer({ min: 1, max: 360 }),
    amount: fc.integer({ min: -20, max: 300 }),
    dup: fc.integer({ min: 0, max: 9 }),
  }),
  { minLength: 1, maxLength: 60 },
);

function csvOf(
  rows: { customer: string; cancel: boolean; invoice: number; day: number; amount: number; dup: number }[],
): string {
  const lines = ["customer,invoice,date,amount"];
  for (const r of rows) {
    const d = new Date(Date.UTC(2021, 0, r.day));
    const line = `${r.customer},${r.cancel && r.dup < 2 ? "C" : ""}${r.invoice},${
      d.toISOString().slice(0, 10)
    },${r.amount}`;
    lines.push(line);
    if (r.dup === 9) lines.push(line);
  }
  return lines.join("\n") + "\n";
}

Deno.test("analyzeRfm() loses no customer on random files: each is in the segment table or in the ledger with a reason", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-rfm-prop-" });
  let analysed = 0;
  try {
    await fc.assert(
      fc.asyncProperty(invoiceRows, async (rows) => {
        const path = join(dir, "invoices.csv");
        await Deno.writeTextFile(path, csvOf(rows));
        const loaded = await readTable(path);
        const mapping = mapRoles(loaded.table.columns, {
          overrides: { customer: "customer", invoice: "invoice", date: "date", amount: "amount" },
        });
        let a;
        try {
          a = analyzeRfm(loaded, mapping, FAST);
        } catch (e) {
          // Too few customers left is a legitimate, located refusal; anything else is a bug.
          assert.ok(e instanceof InputError && /^Cannot segment "invoices\.csv"/.test(e.message), String(e));
          return;
        }
        analysed++;
        const input = new Set(rows.map((r) => r.customer.trim()).filter((c) => c !== ""));
        const segmented = new Set(assignmentsTable(a).rows.map((r) => String(r[0])));
        const removed = new Set(
          (a.cleaned.removed.getColumn("customer").toArray() as (string | null)[]).map((c) =>
            (c ?? "").trim()
          ),
        );
        const notPositive = new Set(
          a.rfm.table.filter(a.rfm.table.getColumn("monetary").ltEq(0)).getColumn("customer")
            .toArray() as string[],
        );
        for (const c of input) {
          assert.ok(segmented.has(c) || removed.has(c) || notPositive.has(c), `customer ${c} lost`);
        }
        // Rows balance, per reason, from the file to the kept table.
        const removedRows = a.cleaned.ledger.filter((e) => e.action === "removed").reduce(
          (t, e) => t + e.rows,
          0,
        );
        assert.equal(a.cleaned.rowsIn, a.cleaned.rowsOut + removedRows);
        assert.equal(a.cleaned.removed.height, removedRows);
        const reasons = new Set(a.cleaned.removed.getColumn(REASON_COLUMN).toArray() as string[]);
        for (const r of reasons) {
          assert.ok(a.cleaned.ledger.some((e) => e.reason === r), `reason ${r} not in the ledger`);
        }
        // Customers left out for non-positive spend are counted in the ledger.
        const left = a.ledger.find((e) => e.reason === "non-positive-monetary")?.rows ?? 0;
        assert.equal(left, notPositive.size);
      }),
      { seed: 20261122, numRuns: 50 },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  assert.ok(
    analysed >= 5,
    `only ${analysed} random files were analysed; the generator makes too few usable files`,
  );
});

Deno.test("analyzeRfm() is reproducible: same file and seed give the same segments and record", async () => {
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const mapping = mapRoles(loaded.table.columns);
  const a = analyzeRfm(loaded, mapping, { ...FAST, seed: 7 });
  const b = analyzeRfm(loaded, mapping, { ...FAST, seed: 7 });
  assert.deepEqual(assignmentsTable(a).rows, assignmentsTable(b).rows);
  assert.deepEqual(JSON.stringify(runRecord(a)), JSON.stringify(runRecord(b)));
  assert.equal(runRecord(a).seeds && (runRecord(a).seeds as { kmeans: number }).kmeans, 7);
});

Deno.test("analyzeRfm() on the bundled sample: planted types give stable segments with RFM-style names", async () => {
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const a = analyzeRfm(loaded, mapRoles(loaded.table.columns), { seed: 0, nBoot: 10, lang: "en" });
  const s = a.segmentation;
  assert.ok(s.k >= 2 && s.k <= 10);
  assert.notEqual(s.verdict.level, "bad", s.verdict.headline);
  assert.equal(s.profiles.reduce((t, p) => t + p.size, 0), a.customers.height);
  assert.equal(new Set(s.profiles.map((p) => p.name)).size, s.k, "segment names must be unique");
  // The crosstab covers every segmented customer once.
  assert.equal(a.crosstab.total, a.customers.height);
  // The named grid is an exact partition, so no customer is "other".
  assert.ok(!(a.customers.getColumn("segment").toArray() as string[]).includes("other"));
});
