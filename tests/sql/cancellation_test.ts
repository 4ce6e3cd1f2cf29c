/**
 * The cancellation rule of a run travels into the model and the SQL: the model keeps the run's
 * prefix (or the rule off), the queries use it (or none), and the database's counts give the same
 * refusal as the in-memory cleaning (`CancellationRuleError`).
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import {
  analyzeFile,
  buildModel,
  cancellationRefusal,
  CancellationRuleError,
  rfmQuery,
  scoreCustomers,
  type SegmentModel,
} from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";
import { sampleModel } from "../model/_models.ts";
import { duckdb, type Engine, loadTable, startPostgres } from "./_engines.ts";

const SAMPLE = projectDataPath("retail_sample.csv");

Deno.test("buildModel() records the run's cancellation prefix, or the rule off, and rfmQuery() follows it", async () => {
  const prefixed = buildModel(
    (await analyzeFile(SAMPLE, { nBoot: 2, kMax: 4, rfm: { clean: { cancellationPrefix: "X" } } })).analysis,
  );
  assert.equal(prefixed.rfm!.clean.cancellationPrefix, "X");
  assert.equal(prefixed.rfm!.clean.dropCancellations, true);
  const q = rfmQuery(prefixed, { dialect: "duckdb" });
  assert.match(q.customers, /LOWER\(SUBSTR\(seg_invoice, 1, 1\)\) = 'x'/);
  assert.ok(q.cancellation !== null);

  const off = buildModel(
    (await analyzeFile(SAMPLE, { nBoot: 2, kMax: 4, rfm: { clean: { dropCancellations: false } } })).analysis,
  );
  assert.equal(off.rfm!.clean.dropCancellations, false);
  const none = rfmQuery(off, { dialect: "postgres" });
  assert.doesNotMatch(none.customers + none.ledger, /cancellation|SUBSTR\(seg_invoice/);
  assert.equal(none.cancellation, null);
});

/** Invoice lines with the retail sample's headers: `invoices[i]` with a positive quantity and amount. */
function lines(model: SegmentModel, invoices: string[]): pl.DataFrame {
  const r = model.rfm!.roles;
  return pl.DataFrame({
    [r.invoice!]: invoices,
    [r.date!]: pl.Series(
      r.date!,
      invoices.map((_, i) => new Date(Date.UTC(2021, 5, 1 + i))),
      pl.Datetime("ms"),
    ),
    [r.customer!]: invoices.map((_, i) => String(1000 + (i % 3))),
    [r.country!]: invoices.map(() => "France"),
    [r.quantity!]: invoices.map(() => 2),
    [r.amount!]: invoices.map((_, i) => 5.5 * (i + 1)),
  });
}

/** The in-memory refusal and the one from the engine's counts: same code and counts. */
async function sameRefusal(engine: Engine, model: SegmentModel, table: pl.DataFrame, name: string) {
  let memory: CancellationRuleError | null = null;
  try {
    scoreCustomers(table, model, { file: name });
  } catch (e) {
    if (!(e instanceof CancellationRuleError)) throw e;
    memory = e;
  }
  assert.ok(memory, `${engine.name} ${name}: the in-memory path refuses`);
  const r = model.rfm!.roles;
  await loadTable(engine, name, table, [r.customer!, r.invoice!]);
  const q = rfmQuery(model, { dialect: engine.name, table: `"${name}"` }).cancellation!;
  const [row] = await engine.query(q.counts);
  const examples = (await engine.query(q.examples)).map((x) => String(x.invoice));
  const n = (k: string) => Number(row![k]);
  const refused = cancellationRefusal(
    {
      invoices: n("invoices"),
      cancelled: n("cancelled"),
      rows: n("seg_rows"),
      positive: n("positive"),
      examples,
    },
    {
      file: name,
      column: r.invoice!,
      prefix: model.rfm!.clean.cancellationPrefix,
      signed: [r.quantity!, r.amount!],
    },
  );
  assert.ok(refused, `${engine.name} ${name}: the SQL counts refuse`);
  assert.equal(refused.code, memory.code);
  assert.deepEqual(refused.facts, memory.facts, `${engine.name} ${name}: facts`);
  return refused;
}

for (const engineName of ["duckdb", "postgres"] as const) {
  Deno.test(`the cancellation counts in ${engineName} refuse as the in-memory cleaning does`, async () => {
    const { model } = await sampleModel("retail_sample.csv");
    assert.equal(model.rfm!.clean.cancellationPrefix, "C");
    const engine = engineName === "duckdb" ? await duckdb() : await startPostgres();
    if (engine === null) return;
    try {
      // 8 of 10 invoices start with "C": a prefix that matches ordinary invoice numbers.
      const share = lines(model, ["CF-1", "CF-2", "CF-3", "CF-4", "CF-5", "CF-6", "CF-7", "CF-8", "9", "10"]);
      assert.equal((await sameRefusal(engine, model, share, "share")).code, "cancellation-share");
      // 3 of 10 invoices, but every line of them a positive sale.
      const positive = lines(model, ["C1", "C2", "C3", "4", "5", "6", "7", "8", "9", "90"]);
      assert.equal((await sameRefusal(engine, model, positive, "positive")).code, "cancellation-positive");
      // Real cancellations (negative lines) pass: no refusal, and the counts say why.
      const fine = lines(model, ["C1", "2", "3", "4", "5"]).withColumns(
        pl.when(pl.col(model.rfm!.roles.invoice!).eq(pl.lit("C1"))).then(pl.lit(-2)).otherwise(
          pl.col(model.rfm!.roles.quantity!),
        ).alias(model.rfm!.roles.quantity!),
      );
      await loadTable(engine, "fine", fine, [model.rfm!.roles.customer!, model.rfm!.roles.invoice!]);
      const [row] = await engine.query(
        rfmQuery(model, { dialect: engine.name, table: `"fine"` }).cancellation!.counts,
      );
      assert.deepEqual([row!.invoices, row!.cancelled, row!.seg_rows, row!.positive].map(Number), [
        5,
        1,
        1,
        0,
      ]);
      assert.deepEqual([Number(row!.share), Number(row!.positive_share)], [0.2, 0]);
    } finally {
      await engine.close();
    }
  });
}
