/**
 * Segment movement between two snapshots as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { NamedSegmentMovement } from "../text/rfm.ts";

/**
 * Segment movement between two snapshots as a table of the biggest moves, largest first, in the
 * order of `movement.transitions`. Customers who stayed in their segment are left out.
 *
 * @param movement From `segmentMovement`, named by `nameMovement` (`lib/text/rfm.ts`).
 * @param n Most rows shown. @default {15}
 * @returns Columns `from`, `to` (segment names) and `customers`.
 *
 * @example Stayers are left out
 * ```ts
 * import { movementFrame } from "./movement_frame.ts";
 * import assert from "node:assert/strict";
 * const f = movementFrame({
 *   transitions: [
 *     { from: "champions", to: "champions", fromName: "Champions", toName: "Champions", customers: 50 },
 *     { from: "champions", to: "at_risk", fromName: "Champions", toName: "At Risk", customers: 31 },
 *     { from: "(new)", to: "new", fromName: "(new)", toName: "New", customers: 4 },
 *   ],
 * }, 1);
 * assert.deepEqual(f.getColumn("to").toArray(), ["At Risk"]);
 * assert.deepEqual(f.getColumn("customers").toArray(), [31]);
 * ```
 */
export function movementFrame(movement: Pick<NamedSegmentMovement, "transitions">, n = 15): pl.DataFrame {
  const moves = movement.transitions.filter((t) => t.from !== t.to).slice(0, n);
  return pl.DataFrame({
    from: moves.map((t) => t.fromName),
    to: moves.map((t) => t.toName),
    customers: moves.map((t) => t.customers),
  });
}
