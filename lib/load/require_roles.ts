/**
 * Fail clearly when a role the analysis needs has no column.
 *
 * @module
 */
import { InputError } from "../base/errors.ts";
import type { Role } from "../base/types.ts";
import { EXACT, ROW } from "./_names.ts";
import type { RoleMapping } from "./map_roles.ts";
import { suggestColumns } from "../base/suggest_columns.ts";

const WHAT: Readonly<Record<Role, string>> = {
  customer: "customer id",
  invoice: "invoice id",
  date: "date",
  amount: "amount (money)",
  quantity: "quantity",
  price: "unit price",
  country: "country",
};

/**
 * Check that every role in `needed` has a column, and otherwise say which columns there are,
 * which are closest, and how to map one.
 *
 * @param mapping The result of `mapRoles`.
 * @param needed The roles the next step needs.
 * @param allColumns The column headers of the file (the loader's row-number column is ignored).
 * @param file The file's display name.
 * @returns Nothing; returns when every needed role is mapped.
 * @throws {InputError} When a needed role has no column; the message lists the columns present, the closest names and the CLI and notebook ways to map it.
 *
 * @example A missing customer column
 * ```ts
 * import { mapRoles } from "./map_roles.ts";
 * import { requireRoles } from "./require_roles.ts";
 * import assert from "node:assert/strict";
 * const cols = ["Tanggal", "Kode Plg", "Total"];
 * const m = mapRoles(cols);
 * assert.throws(() => requireRoles(m, ["customer", "date"], cols, "toko.csv"), /--customer "Col"/);
 * requireRoles(m, ["date", "amount"], cols, "toko.csv");
 * ```
 */
export function requireRoles(
  mapping: RoleMapping,
  needed: readonly Role[],
  allColumns: readonly string[],
  file: string,
): void {
  const columns = allColumns.filter((c) => c !== ROW);
  const missing = needed.filter((r) => mapping.roles[r] === undefined);
  if (missing.length === 0) return;
  const free = columns.filter((c) => !Object.values(mapping.roles).includes(c));
  const parts = missing.map((role) => {
    const scored = new Map<string, number>();
    for (const synonym of [role, ...EXACT[role]]) {
      suggestColumns(synonym, free, 3).forEach((c, i) => scored.set(c, Math.min(scored.get(c) ?? 9, i)));
    }
    const close = [...scored.entries()].sort((a, b) => a[1] - b[1]).slice(0, 3).map(([c]) => `"${c}"`);
    return `no column looks like the ${WHAT[role]}${close.length ? ` (closest: ${close.join(", ")})` : ""}`;
  });
  const flags = missing.map((r) => `--${r} "Col"`).join(" ");
  const objs = missing.map((r) => `${r}: "Col"`).join(", ");
  throw new InputError(
    `Cannot find the ${missing.join(" and ")} column${missing.length > 1 ? "s" : ""} in "${file}": ${
      parts.join("; ")
    }; columns present: ${columns.map((c) => `"${c}"`).join(", ")}; map ${
      missing.length > 1 ? "them" : "it"
    } with ${flags} on the CLI or roles: { ${objs} } in the notebook`,
    { file },
  );
}
