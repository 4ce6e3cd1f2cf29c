/**
 * The ledger's removals in one phrase, for messages.
 *
 * @module
 */
import type { LedgerEntry } from "../base/types.ts";

/**
 * "3724 missing-customer, 12 cancellation", or "no rows removed".
 *
 * @example
 * ```ts
 * import { describeRemovals } from "./_describe_removals.ts";
 * import assert from "node:assert/strict";
 * const e = { step: "clean", facts: {}, action: "removed", examples: [] } as const;
 * assert.equal(describeRemovals([{ ...e, reason: "duplicate", rows: 3 }, { ...e, reason: "negative", rows: 0 }]), "3 duplicate");
 * assert.equal(describeRemovals([]), "no rows removed");
 * ```
 */
export function describeRemovals(ledger: readonly LedgerEntry[]): string {
  const removed = ledger.filter((e) => e.action === "removed" && e.rows > 0);
  if (removed.length === 0) return "no rows removed";
  return removed.map((e) => `${e.rows} ${e.reason}`).join(", ");
}
