// One customer written in several ways is one customer (ids normalised, merges counted), and a
// cancellation rule that would remove what are not cancellations stops with CancellationRuleError.
import pl from "nodejs-polars";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  CancellationRuleError,
  checkLedger,
  cleanCustomers,
  cleanTransactions,
  MAX_CANCELLED_SHARE,
} from "../../lib/clean/mod.ts";
import { InputError } from "../../lib/base/errors.ts";
import { cancellationRuleText } from "../../lib/text/clean.ts";
import { warningText } from "../../lib/text/mod.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentas } from "./_ventas.ts";

const NFC = "Jos\u00e9 Mu\u00f1oz", NFD = "Jose\u0301 Mun\u0303oz";

Deno.test("cleanTransactions() merges ids written 1000.0 and 1000, in NFC and NFD, with spaces; counts the merges", () => {
  assert.notEqual(NFC, NFD);
  const t = pl.DataFrame({
    cust: ["1000.0", "1000", " 1000 ", "1000.5", "A1", "a1", NFC, NFD, "01000", "-7.00", "-7"],
    amount: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  });
  const r = cleanTransactions(t, { customer: "cust", amount: "amount" });
  assert.deepEqual(r.table.getColumn("cust").toArray(), [
    "1000",
    "1000",
    "1000",
    "1000.5",
    "A1",
    "a1",
    NFC,
    NFC,
    "01000",
    "-7",
    "-7",
  ]);
  assert.equal(new Set(r.table.getColumn("cust").toArray()).size, 7);
  const note = r.notes.find((n) => n.code === "ids-merged")!;
  // 1000 (3 spellings), José Muñoz (2), -7 (2)
  assert.deepEqual({ ...note }, {
    code: "ids-merged",
    column: "cust",
    n: 3,
    spellings: 7,
    example: ["-7", "-7.00"],
    into: "-7",
  });
  assert.equal(
    warningText(note, "en"),
    'Customer ids in "cust" written in more than one way were merged: 3 ids had 7 spellings in all (e.g. "-7", "-7.00" → "-7"); a whole number written with ".0", a letter with a separate accent mark and spaces around an id do not make another customer',
  );
  assert.match(warningText(note, "es"), /^Se unificaron ID de cliente de "cust".*3 ID tenían 7 grafías/);
  assert.match(warningText(note, "id"), /^ID pelanggan di "cust".*3 ID memiliki total 7 penulisan/);
});

Deno.test("cleanTransactions() writes ids the loader typed as Float64 without .0, and says no merge", () => {
  const t = pl.DataFrame({ cust: [1000.0, 1000, 1000.5, 17850], amount: [1, 2, 3, 4] });
  const r = cleanTransactions(t, { customer: "cust", amount: "amount" });
  assert.deepEqual(r.table.getColumn("cust").toArray(), ["1000", "1000", "1000.5", "17850"]);
  assert.equal(r.notes.find((n) => n.code === "ids-merged"), undefined);
});

Deno.test("cleanTransactions() frequency counts one customer once when its id is written two ways", () => {
  const t = pl.DataFrame({ inv: ["1", "2", "1"], cust: ["1000.0", "1000", "1000.0"], amount: [5, 6, 5] });
  const r = cleanTransactions(t, { customer: "cust", invoice: "inv", amount: "amount" });
  assert.deepEqual(r.table.getColumn("cust").toArray(), ["1000", "1000"]);
  assert.equal(r.ledger.find((e) => e.reason === "duplicate")!.rows, 1);
});

Deno.test("idAsText never merges ids that differ otherwise (fast-check)", () => {
  const id = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -2000, max: 2000 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(".0", ".00", ".5", ".50", "0", "")).map(
      ([n, s]) => `${n}${s}`,
    ),
    fc.constantFrom(NFC, NFD, "Zoe\u0308", "Zo\u00eb", "A1", "a1", "ﬁ", "fi"),
  );
  const key = (v: string) => {
    const t = v.normalize("NFC").trim();
    return /^-?[0-9]+\.0+$/.test(t) ? t.replace(/\.0+$/, "") : t;
  };
  fc.assert(
    fc.property(fc.array(id, { minLength: 1, maxLength: 30 }), (ids) => {
      const t = pl.DataFrame({ cust: pl.Series("cust", ids, pl.Utf8), amount: ids.map(() => 1) });
      const r = cleanTransactions(t, { customer: "cust", amount: "amount" }, { dropDuplicates: false });
      const kept = new Map<number, string>();
      const rows = r.table.getColumn("__row").toArray() as number[];
      const values = r.table.getColumn("cust").toArray() as string[];
      rows.forEach((row, i) => kept.set(row, values[i]!));
      ids.forEach((v, i) => {
        const k = key(v);
        if (k === "") assert.ok(!kept.has(i + 2));
        else assert.equal(kept.get(i + 2), k, JSON.stringify(v));
      });
    }),
    { seed: 20261207, numRuns: 200 },
  );
});

Deno.test("cleanCustomers() applies the duplicate-id rule to ids that are one after normalisation", () => {
  const t = pl.DataFrame({ id: ["1000.0", "1000", NFD, NFC, "b"], x: [1, 2, 3, 4, 5] });
  assert.throws(
    () => cleanCustomers(t, { idColumn: "id", features: ["x"] }),
    (e: unknown) =>
      e instanceof InputError && /customer id "1000" in column "id" appears on rows 2, 3/.test(e.message),
  );
  const r = cleanCustomers(t, { idColumn: "id", features: ["x"], duplicates: "first" });
  assert.deepEqual(r.table.getColumn("id").toArray(), ["1000", NFC, "b"]);
  assert.equal(r.ledger.find((e) => e.reason === "duplicate-id")!.rows, 2);
  assert.deepEqual({ ...r.notes.find((n) => n.code === "ids-merged")! }, {
    code: "ids-merged",
    column: "id",
    n: 2,
    spellings: 4,
    example: ["1000", "1000.0"],
    into: "1000",
  });
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);
});

/** Invoices `CF-500000`...: a house numbering, not cancellations. */
function houseNumbers(n: number): pl.DataFrame {
  return pl.DataFrame({
    inv: Array.from({ length: n }, (_, i) => `CF-${500000 + i}`),
    cust: Array.from({ length: n }, (_, i) => `k${i % 7}`),
    qty: Array.from({ length: n }, (_, i) => 1 + (i % 3)),
    amount: Array.from({ length: n }, (_, i) => 2.5 * (1 + (i % 3))),
  });
}
const ROLES = { customer: "cust", invoice: "inv", quantity: "qty", amount: "amount" };

Deno.test("cleanTransactions() refuses a cancellation rule that would remove every invoice, naming the fix", () => {
  const t = houseNumbers(20);
  let error: unknown;
  try {
    cleanTransactions(t, ROLES, { file: "sales.csv" });
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof CancellationRuleError);
  assert.ok(error instanceof InputError);
  assert.equal(error.code, "cancellation-share");
  assert.deepEqual(error.at, { file: "sales.csv", column: "inv", row: 2, rows: [2, 3, 4, 5, 6] });
  assert.equal(
    error.message,
    'Cannot clean "sales.csv": the cancellation rule would remove 100.0% of the invoices (20 of 20): every invoice id in "inv" that starts with "C" counts as a cancellation (e.g. "CF-500000", "CF-500001", "CF-500002", "CF-500003", "CF-500004"), and cancellations are never most of a shop\'s invoices; if these are not cancellations, set the cleaning option { dropCancellations: false }, or give the prefix your cancellations really have with { cancellationPrefix: "..." }',
  );
  assert.equal(cancellationRuleText(error, "en", "library"), error.message);
  assert.match(
    cancellationRuleText(error, "en", "cli"),
    /run again with --no-cancel-prefix.*--cancel-prefix PREFIX$/,
  );
  assert.match(
    cancellationRuleText(error, "en", "score"),
    /; the saved model removes them .*train a new model/,
  );
  assert.match(
    cancellationRuleText(error, "es", "cli"),
    /eliminaría el 100,0 % de las facturas \(20 de 20\)/,
  );
  assert.match(
    cancellationRuleText(error, "id", "library"),
    /menghapus 100,0% faktur.*dropCancellations: false/,
  );
  // The off switch and another prefix both keep them.
  assert.equal(cleanTransactions(t, ROLES, { dropCancellations: false }).rowsOut, 20);
  assert.equal(cleanTransactions(t, ROLES, { cancellationPrefix: "X" }).rowsOut, 20);
});

Deno.test("cleanTransactions() refuses a prefix whose lines are mostly positive sales, even when few", () => {
  const t = pl.DataFrame({
    inv: ["100", "101", "C1", "102", "103", "CX2", "104", "C3"],
    cust: ["a", "b", "c", "d", "e", "f", "g", "h"],
    qty: [1, 2, 3, 1, 1, 2, 1, -1],
    amount: [1, 2, 3, 1, 1, 2, 1, -1],
  });
  assert.throws(
    () => cleanTransactions(t, ROLES),
    (e: unknown) =>
      e instanceof CancellationRuleError && e.code === "cancellation-positive" &&
      e.facts.positive === 2 && e.facts.rows === 3 &&
      /2 of the 3 lines whose invoice id in "inv" starts with "C" \(66\.7%\) have positive values in "qty", "amount" \(e\.g\. "C1", "CX2"\)/
        .test(e.message),
  );
  // Real cancellations (negative) at under half the invoices are removed as before.
  const ok = t.withColumns(
    pl.when(pl.col("inv").str.startsWith("C")).then(pl.col("qty").mul(-1).abs().mul(-1)).otherwise(
      pl.col("qty"),
    )
      .alias("qty"),
    pl.when(pl.col("inv").str.startsWith("C")).then(pl.col("amount").abs().mul(-1)).otherwise(
      pl.col("amount"),
    )
      .alias("amount"),
  );
  assert.equal(cleanTransactions(ok, ROLES).ledger.find((e) => e.reason === "cancellation")!.rows, 3);
});

Deno.test("cleanTransactions() allows cancellations up to half of the invoices", () => {
  assert.equal(MAX_CANCELLED_SHARE, 0.5);
  const t = pl.DataFrame({
    inv: ["1", "C1", "2", "C2"],
    cust: ["a", "a", "b", "b"],
    qty: [1, -1, 2, -2],
    amount: [1, -1, 2, -2],
  });
  assert.equal(cleanTransactions(t, ROLES).ledger.find((e) => e.reason === "cancellation")!.rows, 2);
  const more = pl.concat([t, pl.DataFrame({ inv: ["C3"], cust: ["c"], qty: [-1], amount: [-1] })]);
  assert.throws(() => cleanTransactions(more, ROLES), /would remove 60\.0% of the invoices \(3 of 5\)/);
});

testWithSharedData(
  "cleanTransactions() still removes the real cancellations of ventas-por-factura.csv (14.8% of invoices, all negative)",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await readVentas(path);
    const r = cleanTransactions(table, roles);
    const cancellation = r.ledger.find((e) => e.reason === "cancellation")!;
    assert.deepEqual(cancellation.facts, { column: roles.invoice, prefix: "C" });
    assert.equal(
      cancellation.rows,
      table.filter(
        pl.col(roles.invoice!).str.startsWith("C").and(pl.col(roles.customer!).isNotNull()),
      ).height,
    );
    assert.equal(r.notes.find((n) => n.code === "ids-merged"), undefined);
  },
);
