/**
 * The Spark, BigQuery and Snowflake texts cannot run here: they are checked by node-sql-parser's
 * grammars for those engines (Spark SQL through its Hive grammar, the closest it has). DuckDB and
 * PostgreSQL texts run for real in engines_test.ts.
 */
import assert from "node:assert/strict";
import parser from "node-sql-parser";
import { type RfmQueries, rfmQuery, scoreQuery, type SqlDialect } from "../../lib/mod.ts";
import { sampleModel } from "../model/_models.ts";

const { Parser } = parser as unknown as { Parser: new () => { astify(sql: string, o: object): unknown } };
const GRAMMAR: Partial<Record<SqlDialect, string>> = {
  spark: "hive",
  bigquery: "bigquery",
  snowflake: "snowflake",
};

/** Every query text of `rfmQuery`: customers, ledger, and the cancellation check's two. */
function rfmTexts(q: RfmQueries): string[] {
  return [q.customers, q.ledger, ...(q.cancellation ? [q.cancellation.counts, q.cancellation.examples] : [])];
}

for (const [dialect, database] of Object.entries(GRAMMAR) as [SqlDialect, string][]) {
  Deno.test(`rfmQuery() and scoreQuery() for ${dialect} parse with node-sql-parser's ${database} grammar`, async () => {
    const p = new Parser();
    for (const name of ["retail_sample.csv", "credit_card_sample.csv", "vehicle_finance_sample.csv"]) {
      const { model } = await sampleModel(name);
      const texts = model.kind === "rfm"
        ? [...rfmTexts(rfmQuery(model, { dialect, table: "invoices" })), scoreQuery(model, { dialect })]
        : [scoreQuery(model, { dialect })];
      for (const sql of texts) {
        assert.doesNotThrow(() => p.astify(sql, { database }), `${dialect} ${name}:\n${sql.slice(0, 400)}`);
      }
    }
  });
}

Deno.test("the dialect grammars refuse a type the engine does not have (the check can fail)", async () => {
  const p = new Parser();
  const { model } = await sampleModel("retail_sample.csv");
  const duck = rfmQuery(model, { dialect: "duckdb", table: "invoices" }).customers;
  assert.throws(() => p.astify(duck, { database: "bigquery" }));
  assert.throws(() => p.astify("SELECT CAST('1.5' AS DOUBLE) AS x", { database: "bigquery" }));
  assert.doesNotThrow(() => p.astify("SELECT CAST('1.5' AS FLOAT64) AS x", { database: "bigquery" }));
});
