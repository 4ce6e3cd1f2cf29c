/**
 * Tell a transaction file (one row per purchase: the RFM path) from a customer file (one row
 * per customer: the feature path).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMapping } from "./map_roles.ts";
import type { LoadedTable } from "./read_table.ts";
import type { Facts } from "../base/types.ts";

/** What {@linkcode detectKind} decided, and why as a reason code and its facts. */
export interface KindDecision {
  /** `"rfm"`: transactions, one row per purchase; `"features"`: one row per customer. */
  readonly kind: "rfm" | "features";
  /**
   * Why: `"missing-roles"` (facts `missing`, the roles missing as codes `no-customer`,
   * `no-date`, `not-dates`, `no-amount`, and `date`, the date column), `"ids-unique"`
   * (`n` ids, `column`), or `"transactions"` (`rows`, `customers`, `column`, `date`, and
   * `amount` or `quantity` and `price`). `kindText` in `lib/text/` says it in words.
   */
  readonly reason: "missing-roles" | "ids-unique" | "transactions";
  /** The facts the reason cites. */
  readonly facts: Facts;
  /** Set when the user forced `kind`: what detection said. */
  readonly detected?: "rfm" | "features";
}

/**
 * Decide whether a loaded file holds transactions or one row per customer. It holds
 * transactions when it has a customer column, a date column read as dates, and an amount
 * (or a quantity and a unit price) read as numbers, and some customer ids appear on more
 * than one row. Anything else is a customer-level file, and the reason names what is missing.
 *
 * @param loaded The result of `readTable`.
 * @param mapping The result of `mapRoles` on its columns.
 * @returns The kind, the reason code and its facts.
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
 * assert.equal(k.reason, "missing-roles");
 * assert.deepEqual(k.facts.missing, ["no-date", "no-amount"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export function detectKind(loaded: LoadedTable, mapping: RoleMapping): KindDecision {
  const { roles } = mapping;
  const kindOf = (name: string | undefined) => loaded.columns.find((c) => c.name === name)?.kind;
  const missing: string[] = [];
  if (roles.customer === undefined) missing.push("no-customer");
  if (roles.date === undefined) missing.push("no-date");
  else if (kindOf(roles.date) !== "date") missing.push("not-dates");
  const amountOk = roles.amount !== undefined && kindOf(roles.amount) === "number";
  const qtyPriceOk = roles.quantity !== undefined && roles.price !== undefined &&
    kindOf(roles.quantity) === "number" && kindOf(roles.price) === "number";
  if (!amountOk && !qtyPriceOk) missing.push("no-amount");
  if (missing.length > 0) {
    return { kind: "features", reason: "missing-roles", facts: { missing, date: roles.date } };
  }
  const ids = loaded.table.getColumn(roles.customer!);
  const present = ids.len() - ids.nullCount();
  const distinct = loaded.table.select(pl.col(roles.customer!).dropNulls().nUnique().alias("n"))
    .toRecords()[0]
    .n as number;
  if (distinct >= present) {
    return { kind: "features", reason: "ids-unique", facts: { n: present, column: roles.customer! } };
  }
  const what = amountOk ? { amount: roles.amount! } : { quantity: roles.quantity!, price: roles.price! };
  return {
    kind: "rfm",
    reason: "transactions",
    facts: { rows: present, customers: distinct, column: roles.customer!, date: roles.date!, ...what },
  };
}
