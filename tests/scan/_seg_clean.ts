/**
 * Test helper of the streamed (DuckDB) path: an in-memory DuckDB holding a cleaned invoice table
 * as `seg_clean`, the table contract every `lib/scan/*_sql.ts` function reads:
 *
 * - `seg_customer VARCHAR NOT NULL`: the customer id as the cleaned table holds it (text);
 * - `seg_invoice VARCHAR`: the invoice id, NULL without an invoice role or where it is missing;
 * - `seg_t DOUBLE`: the date as epoch milliseconds (naive UTC), never NULL;
 * - `seg_amount DOUBLE`: the line's amount (the amount role of the cleaned table), finite;
 * - `seg_country VARCHAR`: the country role, NULL without one.
 *
 * The rows are exactly the cleaned table's (after cleaning and the snapshot cut), so every SQL
 * twin can be compared with its in-memory function on the same rows.
 */
import pl from "nodejs-polars";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { RoleMap } from "../../lib/base/types.ts";

/** An in-memory DuckDB with `seg_clean` made from `table` (a `cleanTransactions` result's table and roles). */
export async function segClean(
  table: pl.DataFrame,
  roles: RoleMap,
): Promise<{ con: DuckDBConnection; close: () => void }> {
  const customer = roles.customer!, date = roles.date!, amount = roles.amount!;
  const cols = [
    pl.col(customer).cast(pl.Utf8).alias("seg_customer"),
    (roles.invoice !== undefined ? pl.col(roles.invoice).cast(pl.Utf8) : pl.lit(null).cast(pl.Utf8)).alias(
      "seg_invoice",
    ),
    pl.col(date).cast(pl.Datetime("ms")).cast(pl.Int64).cast(pl.Float64).alias("seg_t"),
    pl.col(amount).cast(pl.Float64).alias("seg_amount"),
    (roles.country !== undefined ? pl.col(roles.country).cast(pl.Utf8) : pl.lit(null).cast(pl.Utf8)).alias(
      "seg_country",
    ),
  ];
  const dir = await Deno.makeTempDir({ prefix: "segmenta-seg-clean-" });
  const file = `${dir}/clean.parquet`;
  table.select(...cols).writeParquet(file);
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  await con.run(
    `CREATE TABLE seg_clean AS SELECT seg_customer::VARCHAR AS seg_customer, seg_invoice::VARCHAR AS seg_invoice,
       seg_t::DOUBLE AS seg_t, seg_amount::DOUBLE AS seg_amount, seg_country::VARCHAR AS seg_country
     FROM read_parquet('${file.replaceAll("'", "''")}')`,
  );
  await Deno.remove(dir, { recursive: true });
  return {
    con,
    close: () => {
      con.closeSync();
      instance.closeSync();
    },
  };
}
