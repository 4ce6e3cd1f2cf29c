/**
 * Tell a transaction file (one row per purchase: the RFM path) from a customer file (one row
 * per customer: the feature path).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMapping } from "./map_roles.ts";
import type { LoadedTable } from "./read_table.ts";

/** What {@linkcode detectKind} decided, and why in words. */
export interface KindDecision {
  /** `"rfm"`: transactions, one row per purchase; `"features"`: one row per customer. */
  readonly kind: "rfm" | "features";
  /** The reason, in words, for the notebook and the CLI. */
  readonly reason: string;
}

/**
 * Decide whether a loaded file holds transactions or one row per customer. It holds
 * transactions when it has a customer column, a date column read as dates, and an amount
 * (or a quantity and a unit price) read as numbers, and some customer ids appear on more
 * than one row. Anything else is a customer-level file, and the reason names what is missing.
 *
 * @param loaded The result of `readTable`.
 * @param mapping The result of `mapRoles` on its columns.
 * @returns The kind and the reason.
 * @throws {never} Never throws.
 *
 * @example A customer file
 * ```ts
 * import { readTable } from "./read_table.ts";
 * import { mapRoles } from "./map_roles.ts";
 * import { detectKind } from "./detect_kind.ts";
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/c.csv`, "CUST_ID,BALANCE\nC1,10\nC2,20\n");
 * const t = await readTable(`${dir}/c.csv`);
 * const k = detectKind(t, mapRoles(t.columns.map((c) => c.name)));
 * assert.equal(k.kind, "features");
 * assert.match(k.reason, /no date column/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export function detectKind(loaded: LoadedTable, mapping: RoleMapping): KindDecision {
  const { roles } = mapping;
  const kindOf = (name: string | undefined) => loaded.columns.find((c) => c.name === name)?.kind;
  const missing: string[] = [];
  if (roles.customer === undefined) missing.push("no customer column");
  if (roles.date === undefined) missing.push("no date column");
  else if (kindOf(roles.date) !== "date") missing.push(`the date column "${roles.date}" does not hold dates`);
  const amountOk = roles.amount !== undefined && kindOf(roles.amount) === "number";
  const qtyPriceOk = roles.quantity !== undefined && roles.price !== undefined &&
    kindOf(roles.quantity) === "number" && kindOf(roles.price) === "number";
  if (!amountOk && !qtyPriceOk) {
    missing.push("no amount column (nor quantity and unit price) holding numbers");
  }
  if (missing.length > 0) {
    return {
      kind: "features",
      reason: `One row per customer: the file has ${
        missing.join(", ")
      }, so it cannot be read as transactions (map the roles to override, or pass kind "rfm")`,
    };
  }
  const ids = loaded.table.getColumn(roles.customer!);
  const present = ids.len() - ids.nullCount();
  const distinct = loaded.table.select(pl.col(roles.customer!).dropNulls().nUnique().alias("n"))
    .toRecords()[0]
    .n as number;
  if (distinct >= present) {
    return {
      kind: "features",
      reason:
        `One row per customer: each of the ${present} customer ids in "${roles.customer}" appears once, though the file has a date and an amount`,
    };
  }
  return {
    kind: "rfm",
    reason:
      `Transactions: ${present} rows for ${distinct} customers in "${roles.customer}", each with a date ("${roles.date}") and ${
        amountOk
          ? `an amount ("${roles.amount}")`
          : `a quantity ("${roles.quantity}") and price ("${roles.price}")`
      }, so RFM applies`,
  };
}
