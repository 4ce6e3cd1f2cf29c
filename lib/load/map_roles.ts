/**
 * Which column plays which role (customer, invoice, date, amount, ...), from header names
 * in English, Spanish and Indonesian, with explicit overrides.
 *
 * @module
 */
import { InputError } from "../base/errors.ts";
import type { Note, Role, RoleMap } from "../base/types.ts";
import { EXACT, ROLE_ORDER, ROW, WORDS } from "./_names.ts";
import { compactName, normalizeName } from "../base/names.ts";
import { suggestColumns } from "../base/suggest_columns.ts";

/** The roles found, how each was found, and notes as facts. */
export interface RoleMapping {
  /** Role -> column header, as written in the file. */
  readonly roles: RoleMap;
  /** How each role was found: given by the user (`"override"`) or recognised by its `"name"`. */
  readonly how: Partial<Record<Role, "override" | "name">>;
  /** One note per role found, `role-chosen` or `role-recognised` with `role` and `column`; `noteText` in `lib/text/` says it (`customer: "ID Cliente" (recognised by its name)`). */
  readonly notes: readonly Note[];
}

/** Options for {@linkcode mapRoles}. */
export interface MapRolesOptions {
  /** Columns the user chose for some roles; they win over names. */
  overrides?: RoleMap;
  /** The file's display name, for messages. @default {"the file"} */
  file?: string;
}

/** Every role, in the order reports list them. */
const ALL_ROLES: readonly Role[] = ["customer", "invoice", "date", "amount", "quantity", "price", "country"];

/**
 * Map columns to roles by their header names. A header matches when, lower-cased and
 * without accents, spaces or punctuation, it is one of the role's known names
 * (`"N° de factura"` -> invoice, `"Kode Pelanggan"` -> customer, `"InvoiceDate"` -> date);
 * failing that, when one of its words is a role word (`"fecha_compra"` -> date). Each column
 * plays at most one role; whole-name matches come first, then words, in the order date,
 * customer, invoice, quantity, price, amount, country. Overrides are checked against the
 * columns and win.
 *
 * @param allColumns The column headers of the file (the loader's row-number column is ignored).
 * @param options Overrides and the file's name.
 * @returns The roles found, how, and notes.
 * @throws {InputError} When an override names a column that is not in the file (the message suggests close names).
 *
 * @example Spanish retail headers
 * ```ts
 * import { mapRoles } from "./map_roles.ts";
 * import assert from "node:assert/strict";
 * const m = mapRoles(["N° de factura", "Fecha de factura", "ID Cliente", "País", "Cantidad", "Monto"]);
 * assert.deepEqual(m.roles, {
 *   invoice: "N° de factura", date: "Fecha de factura", customer: "ID Cliente",
 *   country: "País", quantity: "Cantidad", amount: "Monto",
 * });
 * assert.equal(m.how.customer, "name");
 * ```
 */
export function mapRoles(allColumns: readonly string[], options: MapRolesOptions = {}): RoleMapping {
  const { overrides = {}, file = "the file" } = options;
  const columns = allColumns.filter((c) => c !== ROW);
  const roles: Partial<Record<Role, string>> = {};
  const how: Partial<Record<Role, "override" | "name">> = {};
  const taken = new Set<string>();
  for (const role of ALL_ROLES) {
    const wanted = overrides[role];
    if (wanted === undefined) continue;
    let column = columns.find((c) => c === wanted);
    if (column === undefined) {
      const same = columns.filter((c) => compactName(c) === compactName(wanted));
      if (same.length === 1) column = same[0];
    }
    if (column === undefined) {
      const close = suggestColumns(wanted, columns);
      throw new InputError(
        `Cannot use column "${wanted}" as the ${role} in "${file}": there is no such column${
          close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?` : ""
        } (columns present: ${columns.map((c) => `"${c}"`).join(", ")})`,
        { file, column: wanted },
      );
    }
    roles[role] = column;
    how[role] = "override";
    taken.add(column);
  }
  const compact = columns.map(compactName);
  for (const role of ROLE_ORDER) {
    if (roles[role] !== undefined) continue;
    const i = compact.findIndex((c, j) => !taken.has(columns[j]) && EXACT[role].includes(c));
    if (i >= 0) {
      roles[role] = columns[i];
      how[role] = "name";
      taken.add(columns[i]);
    }
  }
  const words = columns.map((c) => normalizeName(c).split(" "));
  for (const role of ROLE_ORDER) {
    if (roles[role] !== undefined) continue;
    const i = words.findIndex((w, j) => !taken.has(columns[j]) && w.some((x) => WORDS[role].includes(x)));
    if (i >= 0) {
      roles[role] = columns[i];
      how[role] = "name";
      taken.add(columns[i]);
    }
  }
  const notes: Note[] = ALL_ROLES.filter((r) => roles[r] !== undefined).map((r) => ({
    code: how[r] === "override" ? "role-chosen" : "role-recognised",
    role: r,
    column: roles[r]!,
  }));
  const ordered: Partial<Record<Role, string>> = {};
  for (const r of ALL_ROLES) if (roles[r] !== undefined) ordered[r] = roles[r];
  return { roles: ordered, how, notes };
}
