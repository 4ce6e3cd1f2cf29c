/** Read the shared retail file for the cleaning, EDA and cohort tests, as the pipeline does. */
import type pl from "nodejs-polars";
import { mapRoles, readTable } from "../../lib/load/mod.ts";
import type { RoleMap } from "../../lib/base/types.ts";

/** The ventas file as readTable gives it, and the roles mapRoles finds. */
export async function readVentas(path: string): Promise<{ table: pl.DataFrame; roles: RoleMap }> {
  const loaded = await readTable(path);
  return { table: loaded.table, roles: mapRoles(loaded.table.columns).roles };
}
