/**
 * Customer ids in the SQL aggregation are normalised as in cleaning (`idAsText`): `1000.0`,
 * `1000` and ` 1000 ` are one customer, a decomposed `Café` is the composed one, and a Float id
 * column cast to text (`1000.0` on DuckDB) is `1000`. Fails on the SQL that only trimmed ids.
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { rfmQuery, scoreCustomers, type SegmentModel } from "../../lib/mod.ts";
import { sampleModel } from "../model/_models.ts";
import { duckdb, type Engine, startPostgres } from "./_engines.ts";

const DAY = 86_400_000;
const START = Date.UTC(2021, 5, 1, 10);

/** Invoice lines with the retail sample's headers; `ids` one per line. */
function lines(model: SegmentModel, ids: (string | number)[]): pl.DataFrame {
  const r = model.rfm!.roles;
  const n = ids.length;
  return pl.DataFrame({
    [r.invoice!]: ids.map((_, i) => String(500000 + i)),
    [r.date!]: pl.Series(r.date!, ids.map((_, i) => new Date(START + i * 3 * DAY)), pl.Datetime("ms")),
    [r.customer!]: typeof ids[0] === "number" ? pl.Series(r.customer!, ids, pl.Float64) : ids,
    [r.country!]: Array(n).fill("United Kingdom"),
    [r.quantity!]: Array(n).fill(2),
    [r.amount!]: ids.map((_, i) => 10.25 * (i + 1)),
  });
}

/** Create the table as a database holds it (ids as text or as doubles) and insert the lines. */
async function load(engine: Engine, name: string, model: SegmentModel, table: pl.DataFrame, idType: string) {
  const r = model.rfm!.roles;
  const q = (c: string) => `"${c.replaceAll('"', '""')}"`;
  await engine.exec(
    `CREATE TABLE ${name} (${q(r.invoice!)} VARCHAR, ${q(r.date!)} TIMESTAMP, ${q(r.customer!)} ${idType}, ${
      q(r.country!)
    } VARCHAR, ${q(r.quantity!)} DOUBLE PRECISION, ${q(r.amount!)} DOUBLE PRECISION)`,
  );
  const rows = table.rows() as unknown[][];
  const lit = (v: unknown) =>
    v instanceof Date
      ? `'${v.toISOString().replace("T", " ").replace("Z", "")}'`
      : typeof v === "number"
      ? `${v}`
      : `'${String(v).replaceAll("'", "''")}'`;
  await engine.exec(
    `INSERT INTO ${name} VALUES ${rows.map((row) => `(${row.map(lit).join(", ")})`).join(", ")}`,
  );
}

/** The engine's customers against the in-memory scoring's: ids, recency, frequency and monetary. */
async function compare(engine: Engine, model: SegmentModel, table: pl.DataFrame, name: string) {
  const memory = scoreCustomers(table, model).table;
  const want = (memory.select("customer_id", "recency_days", "frequency", "monetary").rows() as unknown[][])
    .map((r) => [String(r[0]), Number(r[1]), Number(r[2]), Number(r[3])]);
  const rows = await engine.query(rfmQuery(model, { dialect: engine.name, table: name }).customers);
  const got = rows.map((
    r,
  ) => [String(r.customer), Number(r.recency), Number(r.frequency), Number(r.monetary)]);
  const sort = (a: unknown[][]) => a.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
  assert.deepEqual(sort(got), sort(want), `${engine.name} ${name}`);
  return got;
}

for (const engineName of ["duckdb", "postgres"] as const) {
  Deno.test(`rfmQuery() in ${engineName} normalises customer ids as the cleaning does`, async () => {
    const { model } = await sampleModel("retail_sample.csv");
    const engine = engineName === "duckdb" ? await duckdb() : await startPostgres();
    if (engine === null) return;
    try {
      const text = lines(model, ["1000.0", "1000", " 1000 ", "Cafe\u0301", "Caf\u00e9", "2000.5", "-7.00"]);
      await load(engine, "ids_text", model, text, "VARCHAR");
      const got = await compare(engine, model, text, "ids_text");
      assert.deepEqual(got.map((r) => r[0]).sort(), ["-7", "1000", "2000.5", "Caf\u00e9"].sort());
      assert.equal(got.find((r) => r[0] === "1000")![2], 3, "1000.0, 1000 and ' 1000 ' are one customer");
      const float = lines(model, [1000.0, 1000, 2000.5, 17850]);
      await load(engine, "ids_float", model, float, "DOUBLE PRECISION");
      const fl = await compare(engine, model, float, "ids_float");
      assert.deepEqual(fl.map((r) => r[0]).sort(), ["1000", "17850", "2000.5"]);
    } finally {
      await engine.close();
    }
  });
}
