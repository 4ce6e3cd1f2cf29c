/** Small invoice-line tables for the RFM tests, worked out by hand in the comments. */
import pl from "nodejs-polars";
import type { RoleMap } from "../../lib/base/types.ts";

/** Roles of {@linkcode tinyLines}. */
export const TINY_ROLES: RoleMap = {
  customer: "Cliente",
  invoice: "Factura",
  date: "Fecha",
  amount: "Monto",
};

/**
 * Three customers; latest row 2021-03-31 23:59, so the default snapshot is 2021-04-01 00:00.
 * - c1: invoice 100 split over two rows (10 + 5, two minutes apart) and invoice 101 on 03-20 15:00
 *   → recency 11 (11 d 9 h), frequency 2, monetary 35.
 * - c2: one purchase, 03-31 23:59 → recency 0, frequency 1, monetary 7.25.
 * - c3: invoices 300 (01-15), 301 and 302 (both 02-15, 12:00 and 13:00)
 *   → recency 44 (44 d 11 h), frequency 3, monetary 151; on 2 distinct days.
 */
export function tinyLines(): pl.DataFrame {
  const rows: [string, string, string, number][] = [
    ["c1", "100", "2021-03-01 10:00:00", 10],
    ["c3", "300", "2021-01-15 00:00:00", 100],
    ["c1", "100", "2021-03-01 10:02:00", 5],
    ["c2", "200", "2021-03-31 23:59:00", 7.25],
    ["c1", "101", "2021-03-20 15:00:00", 20],
    ["c3", "301", "2021-02-15 12:00:00", 50],
    ["c3", "302", "2021-02-15 13:00:00", 1],
  ];
  return pl.DataFrame({
    Cliente: rows.map((r) => r[0]),
    Factura: rows.map((r) => r[1]),
    Fecha: rows.map((r) => r[2]),
    Monto: rows.map((r) => r[3]),
    __row: rows.map((_, i) => i + 2),
  }).withColumns(
    // strptime gives Datetime("us") in nodejs-polars 0.25.2 whatever unit is asked: cast to the contract's "ms".
    pl.col("Fecha").str.strptime(pl.Datetime("ms"), "%Y-%m-%d %H:%M:%S").cast(pl.Datetime("ms")),
    pl.col("__row").cast(pl.Int32),
  );
}

/** The rows of a table in another order (a fixed permutation given as indices). */
export function permuteRows(table: pl.DataFrame, order: readonly number[]): pl.DataFrame {
  return table.withColumns(pl.Series("__order", [...order.keys()].map((i) => order.indexOf(i))))
    .sort("__order").drop("__order");
}
