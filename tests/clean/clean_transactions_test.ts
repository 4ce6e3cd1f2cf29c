import pl from "nodejs-polars";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  CancellationRuleError,
  checkLedger,
  cleanTransactions,
  type CleanTransactionsOptions,
  type CleanTransactionsResult,
  REASON_COLUMN,
} from "../../lib/clean/mod.ts";
import type { RoleMap } from "../../lib/base/types.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentas } from "./_ventas.ts";
import { exampleText, ledgerText, warningText } from "../../lib/text/mod.ts";
import type { LedgerExample, Warning } from "../../lib/base/types.ts";

/** Ledger examples in words. */
const texts = (examples: readonly LedgerExample[], lang: "en" | "es" | "id" = "en") =>
  examples.map((e) => exampleText(e, lang));

const say = (notes: readonly Warning[]) => notes.map((w) => warningText(w, "en")).join("\n");

const DAY = 86_400_000;

/** One row per rule, plus two kept rows; rows are spreadsheet rows 2..13. */
function fixture(): pl.DataFrame {
  return pl.DataFrame({
    __row: pl.Series("__row", [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], pl.Int32),
    inv: ["100", "101", "103", "104", "C105", "c106", "107", "108", "100", "C109", "110"],
    cust: [17850, null, 2, 2, 3, 3, 3, 4, 17850, null, 5],
    day: pl.Series("day", [0, 1, null, 3, 4, 5, 6, 7, 0, 9, 10].map((d) => (d === null ? null : d * DAY)))
      .cast(pl.Datetime("ms")),
    qty: [2, 1, 1, 1, -1, 1, -2, 1, 2, -3, 1],
    amount: [10, 3, 4, Number.NaN, -5, 5, -4, 0, 10, -3, 7],
  });
}
const ROLES: RoleMap = { customer: "cust", invoice: "inv", date: "day", quantity: "qty", amount: "amount" };

/**
 * cleanTransactions, or `null` when it refuses the cancellation rule; a refusal is checked
 * against the table in plain code (more than half the invoices, or of the matched lines positive).
 */
function cleanOrRefused(
  t: pl.DataFrame,
  roles: RoleMap,
  opts: CleanTransactionsOptions,
): CleanTransactionsResult | null {
  try {
    return cleanTransactions(t, roles, opts);
  } catch (e) {
    if (!(e instanceof CancellationRuleError)) throw e;
    const inv = (t.getColumn(roles.invoice!).toArray() as (string | null)[]).map((v) => v?.trim() || null);
    const qty = t.getColumn(roles.quantity!).toArray() as (number | null)[];
    const amount = t.getColumn(roles.amount!).toArray() as (number | null)[];
    const all = new Set(inv.filter((v) => v !== null));
    const hit = inv.map((v) => v !== null && /^c/i.test(v));
    const cancelled = new Set(inv.filter((v, i) => hit[i] && v !== null));
    const matched = hit.filter(Boolean).length;
    const positive = hit.filter((h, i) => h && (qty[i] ?? 0) > 0 && (amount[i] ?? 0) > 0).length;
    assert.equal(e.facts.invoices, all.size);
    assert.equal(e.facts.cancelled, cancelled.size);
    assert.equal(e.facts.positive, positive);
    assert.ok(
      e.code === "cancellation-share" ? cancelled.size / all.size > 0.5 : positive / matched > 0.5,
      e.message,
    );
    return null;
  }
}

function counts(ledger: readonly { reason: string; rows: number }[]): Record<string, number> {
  return Object.fromEntries(ledger.map((e) => [e.reason, e.rows]));
}

Deno.test("cleanTransactions() removes each row under the first rule it breaks", () => {
  const r = cleanTransactions(fixture(), ROLES);
  assert.deepEqual(counts(r.ledger), {
    "missing-customer": 2,
    "missing-date": 1,
    "missing-amount": 1,
    "cancellation": 2,
    "negative": 1,
    "non-positive-amount": 1,
    "duplicate": 1,
  });
  assert.deepEqual(r.table.getColumn("__row").toArray(), [2, 12]);
  assert.deepEqual(r.table.getColumn("cust").toArray(), ["17850", "5"]);
  assert.equal(r.rowsIn, 11);
  assert.equal(r.rowsOut, 2);
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);
  assert.deepEqual(r.removed.getColumn("__row").toArray(), [3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.deepEqual(
    r.removed.getColumn(REASON_COLUMN).toArray(),
    [
      "missing-customer",
      "missing-date",
      "missing-amount",
      "cancellation",
      "cancellation",
      "negative",
      "non-positive-amount",
      "duplicate",
      "missing-customer",
    ],
  );
  assert.ok(r.ledger.every((e) => e.step === "clean" && e.action === "removed"));
});

Deno.test("cleanTransactions() cites spreadsheet rows and the file's values as examples", () => {
  const r = cleanTransactions(fixture(), ROLES);
  const ex = Object.fromEntries(r.ledger.map((e) => [e.reason, texts(e.examples)]));
  assert.deepEqual(ex["missing-customer"], ['row 3: cust = ""', 'row 11: cust = ""']);
  assert.deepEqual(ex["missing-date"], ['row 4: day = ""']);
  assert.deepEqual(ex["missing-amount"], ["row 5: amount = NaN"]);
  assert.deepEqual(ex["cancellation"], ['row 6: inv = "C105"', 'row 7: inv = "c106"']);
  assert.deepEqual(ex["negative"], ["row 8: qty = -2, amount = -4"]);
  assert.deepEqual(ex["non-positive-amount"], ["row 9: amount = 0"]);
  assert.deepEqual(ex["duplicate"], ["row 10 = row 2"]);
  const negative = r.ledger.find((e) => e.reason === "negative")!;
  assert.deepEqual(negative.examples, [{
    row: 8,
    cells: [{ column: "qty", value: -2 }, { column: "amount", value: -4 }],
  }]);
  assert.deepEqual(texts(negative.examples, "es"), ["fila 8: qty = -2, amount = -4"]);
  assert.deepEqual(texts(r.ledger.find((e) => e.reason === "duplicate")!.examples, "id"), [
    "baris 10 = baris 2",
  ]);
  assert.deepEqual(r.ledger[0]!.facts, { column: "cust" });
  assert.match(ledgerText(r.ledger[0]!, "en"), /^No customer id in "cust"$/);
  assert.deepEqual(r.notes, [{ code: "ids-read-as-numbers", column: "cust", value: "17850" }]);
  assert.match(
    say(r.notes),
    /read as numbers; they are kept as text without decimals \(e\.g\. "17850"\)/,
  );
});

Deno.test("cleanTransactions() keeps at most 5 examples per rule", () => {
  const n = 12;
  const t = pl.DataFrame({
    cust: Array.from({ length: n }, () => null as string | null),
    amount: Array(n).fill(1),
  });
  const r = cleanTransactions(t, { customer: "cust", amount: "amount" });
  assert.equal(r.ledger[0]!.rows, n);
  assert.deepEqual(texts(r.ledger[0]!.examples), [2, 3, 4, 5, 6].map((i) => `row ${i}: cust = ""`));
});

Deno.test("cleanTransactions() rules can be turned off, and rows fall to the next rule", () => {
  const r = cleanTransactions(fixture(), ROLES, { dropCancellations: false, dropDuplicates: false });
  const c = counts(r.ledger);
  assert.equal(c["cancellation"], undefined);
  assert.equal(c["duplicate"], undefined);
  assert.equal(c["negative"], 2); // rows 6 (C105, -1) and 8
  assert.deepEqual(r.table.getColumn("__row").toArray(), [2, 7, 10, 12]);
  assert.match(say(r.notes), /Rule "cancellation" was turned off/);
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);

  const keepReturns = cleanTransactions(fixture(), ROLES, { dropReturns: false });
  assert.equal(counts(keepReturns.ledger)["non-positive-amount"], 2); // rows 8 (-4) and 9 (0)
});

Deno.test("cleanTransactions() takes another cancellation prefix, without regard to case", () => {
  const t = pl.DataFrame({
    inv: ["A1", "x2", "X3", "4"],
    cust: ["a", "b", "c", "d"],
    amount: [1, -2, -3, 4],
  });
  const r = cleanTransactions(t, { customer: "cust", invoice: "inv", amount: "amount" }, {
    cancellationPrefix: "X",
  });
  assert.deepEqual(r.table.getColumn("inv").toArray(), ["A1", "4"]);
  assert.deepEqual(r.ledger.find((e) => e.reason === "cancellation")!.facts, { column: "inv", prefix: "X" });
  assert.match(ledgerText(r.ledger.find((e) => e.reason === "cancellation")!, "en"), /starts with "X"/);
});

Deno.test("cleanTransactions() trims text ids, treats blank ids as missing, and compares trimmed ids for duplicates", () => {
  const t = pl.DataFrame({ cust: [" 17850 ", "17850", "   ", null, "12"], amount: [5, 5, 1, 1, 2] });
  const r = cleanTransactions(t, { customer: "cust", amount: "amount" });
  assert.deepEqual(r.table.getColumn("cust").toArray(), ["17850", "12"]);
  assert.deepEqual(counts(r.ledger)["missing-customer"], 2);
  assert.deepEqual(texts(r.ledger[0]!.examples), ['row 4: cust = "   "', 'row 5: cust = ""']);
  assert.deepEqual(counts(r.ledger)["duplicate"], 1);
  assert.match(say(r.notes), /^Spaces around 1 customer ids in "cust" were removed$/m);
});

Deno.test("cleanTransactions() derives the amount from quantity and price when there is none", () => {
  const t = pl.DataFrame({ cust: ["a", "b", "c"], qty: [2, 3, -1], price: [1.5, 0, 2] });
  const r = cleanTransactions(t, { customer: "cust", quantity: "qty", price: "price" });
  assert.equal(r.roles.amount, "amount");
  assert.deepEqual(r.table.getColumn("amount").toArray(), [3]);
  assert.deepEqual(counts(r.ledger), {
    "missing-customer": 0,
    "missing-amount": 0,
    "negative": 1,
    "non-positive-amount": 1,
    "duplicate": 0,
  });
  assert.match(say(r.notes), /computed as "qty" × "price" in a new column "amount"/);
  const taken = cleanTransactions(t.withColumns(pl.lit("x").alias("amount")), {
    customer: "cust",
    quantity: "qty",
    price: "price",
  });
  assert.equal(taken.roles.amount, "amount_1");
});

Deno.test("cleanTransactions() speaks Spanish and Indonesian", () => {
  const r = cleanTransactions(fixture(), ROLES);
  assert.equal(ledgerText(r.ledger[0]!, "es"), 'Sin ID de cliente en "cust"');
  assert.match(
    ledgerText(r.ledger.find((e) => e.reason === "cancellation")!, "es"),
    /^Cancelaciones: .*"inv"/,
  );
  assert.equal(ledgerText(r.ledger[0]!, "id"), 'Tanpa ID pelanggan di "cust"');
  assert.match(warningText(r.notes[0]!, "id"), /ID pelanggan di "cust" terbaca sebagai angka/);
  const negative = r.ledger.find((e) => e.reason === "negative")!;
  assert.deepEqual(negative.facts, { columns: ["qty", "amount"] });
  assert.equal(ledgerText(negative, "en"), 'Returns: a negative value in "qty", "amount"');
  assert.equal(ledgerText(negative, "es"), 'Devoluciones: un valor negativo en "qty", "amount"');
});

Deno.test("cleanTransactions() removes every row of an entirely empty amount column, with its reason", () => {
  const t = pl.DataFrame({ cust: ["a", "b"], amount: pl.Series("amount", [null, " "], pl.Utf8) });
  const r = cleanTransactions(t, { customer: "cust", amount: "amount" });
  assert.equal(r.rowsOut, 0);
  assert.deepEqual(counts(r.ledger)["missing-amount"], 2);
  assert.match(say(r.notes), /No rows are left after cleaning/);
});

Deno.test("cleanTransactions() does not change its input", () => {
  const t = fixture();
  const before = t.toRecords();
  cleanTransactions(t, ROLES);
  assert.deepEqual(t.toRecords(), before);
});

Deno.test("cleanTransactions() rejects roles it cannot use", () => {
  const t = fixture();
  assert.throws(
    () => cleanTransactions(t, { amount: "amount" }),
    /^TypeError: Cannot clean the transactions: no column has the role "customer"/,
  );
  assert.throws(
    () => cleanTransactions(t, { customer: "Cliente" }),
    /^TypeError: Cannot clean the transactions: the customer column "Cliente" is not in the table; map the role to one of "inv", "cust"/,
  );
  assert.throws(
    () => cleanTransactions(t, { customer: "cust", date: "inv" }),
    /^TypeError: Cannot clean the transactions: the date column "inv" holds String values, not dates/,
  );
  assert.throws(
    () => cleanTransactions(t, { customer: "cust", amount: "inv" }),
    /^TypeError: Cannot clean the transactions: the amount column "inv" holds String values, not numbers/,
  );
});

Deno.test("cleanTransactions() balances its ledger on random tables (fast-check)", () => {
  const row = fc.record({
    inv: fc.constantFrom("1", "2", "C3", "c4", " 5", null),
    cust: fc.constantFrom("a", " a", "b", "", "  ", null, "17850"),
    day: fc.constantFrom(0, 1, 40, null),
    qty: fc.constantFrom(1, 2, -1, 0, null),
    amount: fc.constantFrom(1, 2.5, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, null),
  });
  const options = fc.record({
    dropCancellations: fc.boolean(),
    dropReturns: fc.boolean(),
    dropNonPositive: fc.boolean(),
    dropDuplicates: fc.boolean(),
  });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), options, (rows, opts) => {
      const t = pl.DataFrame({
        inv: pl.Series("inv", rows.map((r) => r.inv), pl.Utf8),
        cust: pl.Series("cust", rows.map((r) => r.cust), pl.Utf8),
        day: pl.Series("day", rows.map((r) => (r.day === null ? null : r.day * DAY)), pl.Float64).cast(
          pl.Datetime("ms"),
        ),
        qty: pl.Series("qty", rows.map((r) => r.qty), pl.Float64),
        amount: pl.Series("amount", rows.map((r) => r.amount), pl.Float64),
      });
      const r = cleanOrRefused(t, ROLES, opts);
      if (r === null) return;
      checkLedger(r.ledger, r.rowsIn, r.rowsOut);
      assert.equal(r.rowsIn, rows.length);
      assert.equal(r.table.height + r.removed.height, rows.length);
      const seen = [...r.table.getColumn("__row").toArray(), ...r.removed.getColumn("__row").toArray()].map(
        Number,
      );
      assert.deepEqual(seen.sort((a, b) => a - b), rows.map((_, i) => i + 2));
      // Every customer of the input is kept or has a removed row with a reason.
      const kept = new Set<unknown>(r.table.getColumn("cust").toArray());
      const accounted = new Set<unknown>(
        r.removed.filter(pl.col(REASON_COLUMN).isNotNull()).getColumn("cust").toArray(),
      );
      for (const c of rows.map((x) => x.cust?.trim() || null)) {
        assert.ok(kept.has(c) || accounted.has(c), `customer ${c} is neither kept nor in the ledger`);
      }
      assert.ok(!kept.has(null));
      for (const e of r.ledger) {
        const n: number = r.removed.filter(pl.col(REASON_COLUMN).eq(pl.lit(e.reason))).height;
        assert.equal(n, e.rows, e.reason);
      }
      const amounts = r.table.getColumn("amount").toArray() as number[];
      assert.ok(amounts.every((a) => Number.isFinite(a)));
      if (opts.dropNonPositive) assert.ok(amounts.every((a) => a > 0));
      if (opts.dropCancellations) {
        assert.ok(r.table.getColumn("inv").toArray().every((i) => !/^c/i.test(String(i))));
      }
      if (opts.dropDuplicates) {
        assert.ok(!r.table.drop("__row").isDuplicated().toArray().some(Boolean));
      }
    }),
    { seed: 20261122, numRuns: 100 },
  );
});

testWithSharedData(
  "cleanTransactions() accounts for every row of ventas-por-factura.csv",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await readVentas(path);
    const r = cleanTransactions(table, roles);
    checkLedger(r.ledger, r.rowsIn, r.rowsOut);
    const c = counts(r.ledger);
    assert.equal(r.rowsIn, 25_953);
    assert.equal(c["missing-customer"], 3_724);
    // 3,841 invoices start with "C": those with a customer are cancellations, the others already went.
    const cancelled = table.filter(pl.col(roles.invoice!).str.startsWith("C"));
    assert.equal(cancelled.height, 3_841);
    const withoutCustomer = cancelled.filter(pl.col(roles.customer!).isNull()).height;
    assert.equal(c["cancellation"], 3_841 - withoutCustomer);
    assert.ok(c["cancellation"]! > 3_000);
    assert.ok(c["duplicate"]! > 0, "the file has a few duplicate rows");
    assert.equal(r.table.filter(pl.col(roles.amount!).ltEq(0)).height, 0);
    assert.equal(r.rowsOut + r.removed.height, r.rowsIn);
  },
);

Deno.test("cleanTransactions() keeps the same rows as a plain filter-then-deduplicate, on random tables (fast-check)", () => {
  const row = fc.record({
    inv: fc.constantFrom("1", "2", "C3", " 2", null),
    cust: fc.constantFrom("a", " a", "b", "", null),
    day: fc.constantFrom(0, 1, null),
    qty: fc.constantFrom(1, -1, null),
    amount: fc.constantFrom(1, 2.5, 0, -1, Number.NaN, null),
  });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const t = pl.DataFrame({
        inv: pl.Series("inv", rows.map((r) => r.inv), pl.Utf8),
        cust: pl.Series("cust", rows.map((r) => r.cust), pl.Utf8),
        day: pl.Series("day", rows.map((r) => (r.day === null ? null : r.day * DAY)), pl.Float64).cast(
          pl.Datetime("ms"),
        ),
        qty: pl.Series("qty", rows.map((r) => r.qty), pl.Float64),
        amount: pl.Series("amount", rows.map((r) => r.amount), pl.Float64),
      });
      const r = cleanOrRefused(t, ROLES, {});
      if (r === null) return;
      // The rules, then the first of each set of equal rows (ids trimmed), in plain code.
      const id = (v: string | null) => v?.trim() || null;
      const first = new Map<string, number>();
      const kept: number[] = [], repeats: string[] = [];
      rows.forEach((x, i) => {
        const a = x.amount;
        const broken = id(x.cust) === null || x.day === null || a === null || Number.isNaN(a) ||
          /^c/i.test(id(x.inv) ?? "") || (x.qty ?? 0) < 0 || a <= 0;
        if (broken) return;
        const key = JSON.stringify([id(x.inv), id(x.cust), x.day, x.qty, a]);
        if (first.has(key)) repeats.push(`row ${i + 2} = row ${first.get(key)}`);
        else {
          first.set(key, i + 2);
          kept.push(i + 2);
        }
      });
      assert.deepEqual(r.table.getColumn("__row").toArray(), kept);
      assert.deepEqual(r.table.getColumn("cust").toArray(), kept.map((k) => id(rows[k - 2]!.cust)));
      assert.deepEqual(texts(r.ledger.at(-1)!.examples), repeats.slice(0, 5));
      assert.equal(r.ledger.at(-1)!.rows, repeats.length);
    }),
    { seed: 20261123, numRuns: 100 },
  );
});

Deno.test("cleanTransactions() lists the removed rows in row order, whatever the order of its input", () => {
  const t = pl.DataFrame({
    __row: pl.Series("__row", [9, 3, 7, 2, 5], pl.Int32),
    cust: ["a", null, "a", "b", null],
    amount: [1, 2, 1, -1, 3],
  });
  const r = cleanTransactions(t, { customer: "cust", amount: "amount" });
  assert.deepEqual(r.removed.getColumn("__row").toArray(), [2, 3, 5, 9]);
  assert.deepEqual(r.removed.getColumn(REASON_COLUMN).toArray(), [
    "negative",
    "missing-customer",
    "missing-customer",
    "duplicate",
  ]);
  assert.deepEqual(r.table.getColumn("__row").toArray(), [7]);
  assert.deepEqual(texts(r.ledger.find((e) => e.reason === "missing-customer")!.examples), [
    'row 3: cust = ""',
    'row 5: cust = ""',
  ]);
  assert.deepEqual(texts(r.ledger.at(-1)!.examples), ["row 9 = row 7"]);
});
