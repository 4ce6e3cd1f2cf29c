import assert from "node:assert/strict";
import { checkLedger } from "../../lib/clean/mod.ts";
import type { LedgerEntry } from "../../lib/base/types.ts";

function e(reason: string, rows: number, action: LedgerEntry["action"] = "removed"): LedgerEntry {
  return { step: "clean", reason, facts: {}, action, rows, examples: [] };
}

Deno.test("checkLedger() accepts rows in = rows kept + rows removed", () => {
  checkLedger([], 5, 5);
  checkLedger([e("a", 2), e("b", 3)], 10, 5);
  // Imputed cells and excluded columns move no rows; merged rows leave the table.
  checkLedger([e("a", 2), e("m", 100, "imputed"), e("x", 8, "excluded"), e("g", 1, "merged")], 10, 7);
});

Deno.test("checkLedger() names the counts and the gap when rows do not balance", () => {
  assert.throws(
    () => checkLedger([e("missing-customer", 2), e("duplicate", 1)], 10, 5),
    /^RangeError: Cannot balance the ledger: 10 rows in, 5 kept and 3 removed \(clean\/missing-customer 2, clean\/duplicate 1\), so 2 rows are unaccounted for; every removed row needs exactly one ledger entry$/,
  );
  assert.throws(() => checkLedger([e("a", 4)], 3, 0), /so 1 rows are counted twice/);
  assert.throws(() => checkLedger([], 3, 0), /\(no entries\)/);
});

Deno.test("checkLedger() rejects counts that are not whole numbers of rows", () => {
  assert.throws(
    () => checkLedger([e("a", 1.5)], 3, 1.5),
    /^RangeError: Cannot balance the ledger: rows out is "1.5"/,
  );
  assert.throws(
    () => checkLedger([e("a", -1)], 3, 4),
    /^RangeError: Cannot balance the ledger: entry "a" of step "clean" has "-1" rows/,
  );
  assert.throws(() => checkLedger([], Number.NaN, 0), /rows in is "NaN"/);
});
