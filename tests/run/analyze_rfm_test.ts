import assert from "node:assert/strict";
import fc from "fast-check";
import pl from "nodejs-polars";
import { join } from "node:path";
import {
  analyzeRfm,
  assignmentsTable,
  buildModel,
  CancellationRuleError,
  checkLedger,
  InputError,
  ledgerText,
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
    // A cancellation reverses a sale: its amount is negative (CancellationRuleError otherwise).
    const cancelled = r.cancel && r.dup < 2;
    const line = `${r.customer},${cancelled ? "C" : ""}${r.invoice},${d.toISOString().slice(0, 10)},${
      cancelled ? -Math.abs(r.amount) - 1 : r.amount
    }`;
    lines.push(line);
    if (r.dup === 9) lines.push(line);
  }
  return lines.join("\n") + "\n";
}

Deno.test("analyzeRfm() loses no customer on random files, with or without a snapshot: each is in the segment table or in the ledger with a reason", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-rfm-prop-" });
  let analysed = 0, cut = 0;
  try {
    await fc.assert(
      fc.asyncProperty(
        invoiceRows,
        fc.option(fc.integer({ min: 1, max: 360 })),
        async (rows, snapshotDay) => {
          const snapshot = snapshotDay === null ? undefined : new Date(Date.UTC(2021, 0, snapshotDay));
          const path = join(dir, "invoices.csv");
          await Deno.writeTextFile(path, csvOf(rows));
          const loaded = await readTable(path);
          const mapping = mapRoles(loaded.table.columns, {
            overrides: { customer: "customer", invoice: "invoice", date: "date", amount: "amount" },
          });
          let a;
          try {
            a = analyzeRfm(loaded, mapping, { ...FAST, ...(snapshot ? { snapshot } : {}) });
          } catch (e) {
            // Too few or identical customers left, or a snapshot before every line, is a legitimate refusal; anything else is a bug.
            assert.ok(
              (e instanceof InputError && /^Cannot segment "invoices\.csv"/.test(e.message)) ||
                // a small file where cancellations are most of the invoices
                (e instanceof CancellationRuleError && e.code === "cancellation-share") ||
                (e instanceof RangeError &&
                  /no row is dated before it; pick a later snapshot$|^Cannot segment: all \d+ rows have the same values/
                    .test(e.message)),
              String(e),
            );
            return;
          }
          analysed++;
          const after = a.cleaned.ledger.find((e) => e.reason === "after-snapshot");
          if (after !== undefined) cut++;
          if (snapshot !== undefined) {
            const late = a.cleaned.table.filter(
              pl.col("date").cast(pl.Datetime("ms")).cast(pl.Int64).gtEq(pl.lit(snapshot.getTime())),
            );
            assert.equal(late.height, 0, "a line on or after the snapshot was kept");
            // The customers who bought only on or after the snapshot are counted in the entry.
            const removedAfter = a.cleaned.removed.filter(pl.col(REASON_COLUMN).eq(pl.lit("after-snapshot")));
            const keptIds = new Set(a.cleaned.table.getColumn("customer").toArray());
            const onlyLater = new Set(
              (removedAfter.getColumn("customer").toArray() as string[]).filter((c) => !keptIds.has(c)),
            );
            assert.equal(after?.facts.customers ?? 0, onlyLater.size);
            assert.equal(after?.rows ?? 0, removedAfter.height);
          }
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
        },
      ),
      { seed: 20261122, numRuns: 60 },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  assert.ok(
    analysed >= 5 && cut >= 3,
    `only ${analysed} random files were analysed, ${cut} cut at a snapshot; the generator makes too few usable files`,
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

Deno.test("analyzeRfm() with a snapshot before the last invoices removes the later lines with a ledger entry that counts the customers who bought only later", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-rfm-snapshot-" });
  try {
    const lines = ["customer,invoice,date,amount"];
    for (let c = 0; c < 12; c++) {
      for (let j = 0; j <= c % 3; j++) {
        lines.push(`K${c},I${c}-${j},2021-0${1 + j + (c % 4)}-1${c % 9},${10 + c * 3 + j}`);
      }
    }
    lines.push(
      "LATE1,L1,2021-09-02,50",
      "LATE2,L2,2021-09-03,60",
      "LATE2,L3,2021-09-04,70",
      "K1,L4,2021-09-05,80",
    );
    const path = join(dir, "late.csv");
    await Deno.writeTextFile(path, lines.join("\n") + "\n");
    const loaded = await readTable(path);
    const snapshot = new Date(Date.UTC(2021, 8, 1));
    const a = analyzeRfm(loaded, mapRoles(loaded.table.columns), { ...FAST, snapshot, value: false });
    const entry = a.ledger.find((e) => e.reason === "after-snapshot")!;
    assert.equal(entry.rows, 4);
    assert.deepEqual(entry.facts, { column: "date", snapshot: "2021-09-01", customers: 2 });
    // The customers who bought only later come first in the examples.
    assert.deepEqual(entry.examples.map((e) => e.cells![0]!.value), ["LATE1", "LATE2", "LATE2", "K1"]);
    assert.equal(
      ledgerText(entry, "en"),
      'Dated in "date" on or after the snapshot 2021-09-01: an analysis as of the snapshot cannot see them; 2 customers bought only then and are in no segment',
    );
    assert.match(ledgerText(entry, "es"), /fecha de corte 2021-09-01.*2 clientes solo compraron después/);
    assert.match(ledgerText(entry, "id"), /tanggal potong 2021-09-01.*2 pelanggan hanya membeli setelahnya/);
    // Kept counts only the lines as of the snapshot, and the ledger balances.
    const total = lines.length - 1;
    assert.equal(a.cleaned.rowsIn, total);
    assert.equal(a.cleaned.rowsOut, total - 4);
    checkLedger(a.cleaned.ledger, a.cleaned.rowsIn, a.cleaned.rowsOut);
    assert.equal((runRecord(a).rows as { kept: number }).kept, total - 4);
    const segmented = new Set(assignmentsTable(a).rows.map((r) => String(r[0])));
    assert.ok(!segmented.has("LATE1") && !segmented.has("LATE2") && segmented.has("K1"));
    assert.equal(a.rfm.warnings.find((w) => w.code === "rfm-rows-after-snapshot"), undefined);
    // The saved model keeps the fixed snapshot.
    assert.equal(buildModel(a).rfm!.snapshot.rule, "fixed");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
