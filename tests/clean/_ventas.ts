/**
 * Read the shared retail file for the cleaning, EDA and cohort tests.
 * Stand-in until lib/load exports readTable: same contract (typed columns, Int32 "__row").
 */
import pl from "nodejs-polars";
import type { RoleMap } from "../../lib/types.ts";

/** The ventas file as the loader will give it, and its roles. */
export function readVentas(path: string): { table: pl.DataFrame; roles: RoleMap } {
  const raw = pl.readCSV(path, { inferSchemaLength: 0 });
  const table = raw.withColumns(
    pl.col("Monto").str.replace(",", ".").cast(pl.Float64),
    pl.col("Cantidad").cast(pl.Float64),
    pl.col("ID Cliente").cast(pl.Float64),
    pl.col("Fecha de factura").str.strptime(pl.Datetime("ms"), "%m/%d/%Y %H:%M:%S"),
  ).withRowIndex("__row").withColumns(pl.col("__row").add(2).cast(pl.Int32));
  return {
    table,
    roles: {
      invoice: "N° de factura",
      date: "Fecha de factura",
      customer: "ID Cliente",
      country: "País",
      quantity: "Cantidad",
      amount: "Monto",
    },
  };
}
