import assert from "node:assert/strict";
import type pl from "nodejs-polars";
import {
  parseModel,
  readTable,
  rfmQuery,
  scoreCustomers,
  scoreQuery,
  type SegmentModel,
} from "../../lib/mod.ts";
import { analyzeFile, buildModel } from "../../lib/mod.ts";
import { projectDataPath, sharedDataPath } from "../_data.ts";
import { existsSync } from "node:fs";
import { duckdb, type Engine, loadTable, startPostgres } from "./_engines.ts";

interface Case {
  readonly name: string;
  readonly path: string;
  readonly options: Parameters<typeof analyzeFile>[1];
}

const CASES: Case[] = [
  { name: "retail_sample.csv", path: projectDataPath("retail_sample.csv"), options: {} },
  { name: "credit_card_sample.csv", path: projectDataPath("credit_card_sample.csv"), options: {} },
  { name: "vehicle_finance_sample.csv", path: projectDataPath("vehicle_finance_sample.csv"), options: {} },
  { name: "ventas-por-factura.csv", path: sharedDataPath("ventas-por-factura.csv"), options: { lang: "es" } },
  {
    name: "Customer_Data.csv",
    path: sharedDataPath("Customer_Data.csv"),
    options: {
      kind: "features",
      features: {
        features: [
          "BALANCE",
          "PURCHASES",
          "CREDIT_LIMIT",
          "PAYMENTS",
          "PURCHASES_FREQUENCY",
          "TENURE",
          "MINIMUM_PAYMENTS",
        ],
        dbscan: false,
      },
    },
  },
  {
    name: "segmentasi_pelanggan_final.csv",
    path: sharedDataPath("segmentasi_pelanggan_final.csv"),
    options: { lang: "id", features: { dbscan: false } },
  },
];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Compare the engine's scored rows with the in-memory scoring, customer by customer. */
async function checkCase(engine: Engine, c: Case, model: SegmentModel, table: pl.DataFrame) {
  const expected = scoreCustomers(table, model, { file: c.name });
  const t = `t_${c.name.replace(/\W/g, "_")}`.toLowerCase();
  if (model.kind === "rfm") {
    const roles = model.rfm!.roles;
    await loadTable(engine, t, table, [roles.customer!, ...(roles.invoice ? [roles.invoice] : [])]);
    const all = table.columns.filter((x) => x !== "__row");
    const { customers, ledger } = rfmQuery(model, { dialect: engine.name, table: `"${t}"`, allColumns: all });
    const counts = await engine.query(ledger);
    const want = expected.ledger.filter((e) => e.step === "clean").map((e) => [e.reason, e.rows]);
    assert.deepEqual(counts.map((r) => [r.reason, Number(r.n)]), want, `${engine.name} ${c.name}: ledger`);
    await engine.exec(`CREATE TABLE "${t}_rfm" AS ${customers}`);
    const rows = await engine.query(scoreQuery(model, { dialect: engine.name, table: `"${t}_rfm"` }));
    const e = expected.table;
    const byId = new Map(rows.map((r) => [String(r.customer), r]));
    assert.equal(rows.length, e.height, `${engine.name} ${c.name}: customers`);
    const cols = (n: string) => e.getColumn(n).toArray() as unknown[];
    const [ids, rec, freq, mon, rs, fs, ms, seg, cl, cs] = [
      "customer_id",
      "recency_days",
      "frequency",
      "monetary",
      "r_score",
      "f_score",
      "m_score",
      "rfm_segment",
      "cluster",
      "cluster_segment",
    ].map(cols);
    ids!.forEach((id, i) => {
      const r = byId.get(String(id));
      const where = `${engine.name} ${c.name}: customer ${id}`;
      assert.ok(r, `${where} missing`);
      assert.equal(Number(r.recency), rec![i], `${where} recency`);
      assert.equal(Number(r.frequency), freq![i], `${where} frequency`);
      assert.ok(
        close(Number(r.monetary), mon![i] as number),
        `${where} monetary ${r.monetary} vs ${mon![i]}`,
      );
      assert.deepEqual(
        [r.r_score, r.f_score, r.m_score].map(Number),
        [rs![i], fs![i], ms![i]],
        `${where} scores`,
      );
      assert.equal(r.rfm_segment, seg![i], `${where} rfm segment`);
      assert.equal(Number(r.cluster), cl![i], `${where} cluster`);
      assert.equal(r.cluster_segment, cs![i], `${where} cluster segment`);
    });
  } else {
    const id = model.customers!.idColumn;
    if (c.name === "vehicle_finance_sample.csv") {
      assert.ok(model.rules?.risk, "vehicle model has risk_score inputs");
    }
    await loadTable(engine, t, table, id !== null ? [id] : []);
    const rows = await engine.query(scoreQuery(model, { dialect: engine.name, table: `"${t}"` }));
    const e = expected.table;
    assert.equal(rows.length, e.height, `${engine.name} ${c.name}: customers`);
    const outCols = [
      "cluster",
      "segment",
      ...(model.rules ? ["rule_segment"] : []),
      ...(model.rules?.risk ? ["risk_score"] : []),
    ];
    // Rows keyed by id, or by their feature values where the file has no id.
    const keyOf = (get: (col: string) => unknown) =>
      id !== null ? String(get(id)) : model.features.map((f) => String(Number(get(f)))).join("|");
    const got = new Map<string, string[]>();
    for (const r of rows) {
      const key = keyOf((col) => r[col]);
      got.set(key, [
        ...(got.get(key) ?? []),
        outCols.map((o) => String(o === "cluster" || o === "risk_score" ? Number(r[o]) : r[o])).join("|"),
      ]);
    }
    const records = e.toRecords() as Record<string, unknown>[];
    for (const rec of records) {
      const key = keyOf((col) => rec[col]);
      const list = got.get(key);
      assert.ok(list && list.length > 0, `${engine.name} ${c.name}: ${key} missing`);
      const wanted = outCols.map((o) => String(rec[o])).join("|");
      const at = list.indexOf(wanted);
      assert.ok(at >= 0, `${engine.name} ${c.name}: ${key}: got ${list.join(", ")}, want ${wanted}`);
      list.splice(at, 1);
    }
  }
}

for (const engineName of ["duckdb", "postgres"] as const) {
  Deno.test(`rfmQuery() and scoreQuery() in ${engineName} equal the in-memory scoring on every sample`, async () => {
    const engine = engineName === "duckdb" ? await duckdb() : await startPostgres();
    if (engine === null) return;
    try {
      for (const c of CASES) {
        if (!existsSync(c.path)) {
          console.warn(
            `SKIPPED ${engineName} ${c.name}: ${c.path} is absent (third-party reference data; CI has it)`,
          );
          continue;
        }
        const { analysis } = await analyzeFile(c.path, { nBoot: 2, kMax: 6, ...c.options });
        const model = parseModel(JSON.stringify(buildModel(analysis)));
        await checkCase(engine, c, model, (await readTable(c.path)).table);
      }
    } finally {
      await engine.close();
    }
  });
}
