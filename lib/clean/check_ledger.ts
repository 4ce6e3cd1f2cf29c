/**
 * The ledger's invariant: rows in = rows kept + rows removed.
 *
 * @module
 */
import type { Ledger } from "../base/types.ts";

/**
 * Check that a ledger accounts for every row: `rowsIn = rowsOut + Σ rows` over the entries
 * whose action is `removed` or `merged` (the rows that left the table). `imputed` entries
 * count cells and `excluded` entries count columns' rows; neither moves rows, so neither
 * is summed.
 *
 * @param ledger The entries of one or more steps, in order.
 * @param rowsIn Rows before the steps.
 * @param rowsOut Rows after them.
 * @returns Nothing; it returns only if the ledger balances.
 * @throws {RangeError} If a count is not a whole number of rows at least 0, or the rows do not balance
 *   (the message gives the counts per reason and the rows unaccounted for).
 *
 * @example A balanced and an unbalanced ledger
 * ```ts
 * import { checkLedger } from "./check_ledger.ts";
 * import assert from "node:assert/strict";
 * const ledger = [
 *   { step: "clean", reason: "missing-customer", facts: {}, action: "removed" as const, rows: 3, examples: [] },
 *   { step: "clean", reason: "duplicate", facts: {}, action: "removed" as const, rows: 1, examples: [] },
 * ];
 * checkLedger(ledger, 10, 6);
 * assert.throws(() => checkLedger(ledger, 10, 7), /^RangeError: Cannot balance the ledger/);
 * ```
 */
export function checkLedger(ledger: Ledger, rowsIn: number, rowsOut: number): void {
  for (const [name, value] of [["rows in", rowsIn], ["rows out", rowsOut]] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(
        `Cannot balance the ledger: ${name} is "${value}"; give a whole number of rows, at least 0`,
      );
    }
  }
  let removed = 0;
  const parts: string[] = [];
  for (const entry of ledger) {
    if (!Number.isInteger(entry.rows) || entry.rows < 0) {
      throw new RangeError(
        `Cannot balance the ledger: entry "${entry.reason}" of step "${entry.step}" has "${entry.rows}" rows; give a whole number, at least 0`,
      );
    }
    if (entry.action === "removed" || entry.action === "merged") {
      removed += entry.rows;
      parts.push(`${entry.step}/${entry.reason} ${entry.rows}`);
    }
  }
  if (rowsIn !== rowsOut + removed) {
    const gap = rowsIn - rowsOut - removed;
    throw new RangeError(
      `Cannot balance the ledger: ${rowsIn} rows in, ${rowsOut} kept and ${removed} removed (${
        parts.join(", ") || "no entries"
      }), so ${Math.abs(gap)} rows are ${
        gap > 0 ? "unaccounted for" : "counted twice"
      }; every removed row needs exactly one ledger entry`,
    );
  }
}
