/**
 * `segment score --db postgres://... --table T`: the aggregation runs in a real PostgreSQL 15 (a
 * throwaway server), only the customer table comes back, the result equals scoring the file, and
 * the password is never printed or written.
 */
import { ROOT, segment } from "./_segment.ts";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readTable } from "../../lib/mod.ts";
import { duckdb, loadTable, startPostgres } from "../sql/_engines.ts";
import { sampleModel } from "../model/_models.ts";
import { existsSync } from "node:fs";

Deno.test("segment CLI: score --db aggregates in PostgreSQL and equals scoring the file; the password never shows", async () => {
  const pg = await startPostgres();
  if (pg === null) return;
  const dir = await Deno.makeTempDir({ prefix: "segmenta-db-" });
  try {
    const run = await segment(["--out", dir, "--no-progress", "--k", "3", "--boot", "2"]);
    assert.equal(run.code, 0, run.stderr);
    const model = join(dir, "retail_sample-model.json");
    const roles = JSON.parse(await Deno.readTextFile(model)).rfm.roles;
    const table = (await readTable(join(ROOT, "data", "retail_sample.csv"))).table;
    await loadTable(pg, "lines", table, [roles.customer, roles.invoice]);

    const fromFile = await segment([
      "score",
      "data/retail_sample.csv",
      "--model",
      model,
      "--out",
      join(dir, "f"),
      "--no-progress",
    ]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    const secret = "s3cret-Pa55";
    const url = pg.url!.replace("postgres@", `postgres:${secret}@`);
    const fromDb = await segment([
      "score",
      "--db",
      url,
      "--table",
      "lines",
      "--model",
      model,
      "--out",
      join(dir, "d"),
      "--no-progress",
    ]);
    assert.equal(fromDb.code, 0, fromDb.stderr);
    const csv = (p: string) => Deno.readTextFile(p).then((t) => t.trim().split("\r\n"));
    const a = await csv(join(dir, "f", "retail_sample-segments.csv"));
    const b = await csv(join(dir, "d", "lines-segments.csv"));
    assert.equal(b[0], a[0]);
    const sortRows = (rows: string[]) => rows.slice(1).sort();
    // Money may differ in the last bits (another summation order): compare rounded.
    const round = (line: string) =>
      line.split(",").map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c).toPrecision(12) : c)).join(",");
    assert.deepEqual(sortRows(b).map(round), sortRows(a).map(round));
    for (
      const text of [
        fromDb.stdout,
        fromDb.stderr,
        await Deno.readTextFile(join(dir, "d", "lines-score.html")),
      ]
    ) {
      assert.ok(!text.includes(secret), "the password was printed or written");
    }
    assert.match(fromDb.stdout, /postgres:\/\/127\.0\.0\.1:\d+\/postgres table lines/);
    const cmd = await segment([
      "score",
      "--db",
      url,
      "--table",
      "lines",
      "--model",
      model,
      "--out",
      dir,
      "--print-command",
    ]);
    assert.match(cmd.stdout, /--allow-net=127\.0\.0\.1:\d+(\s|$)/);
    assert.match(cmd.stdout, /--allow-env=\S*PGPASSWORD/);
    const bad = await segment([
      "score",
      "--db",
      url,
      "--table",
      "nope",
      "--model",
      model,
      "--out",
      join(dir, "x"),
      "--no-progress",
    ]);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stderr, /there is no such table/);
    assert.ok(!bad.stderr.includes(secret));
  } finally {
    await pg.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: score --db on a DuckDB file and on Parquet files equals scoring the file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-duck-" });
  try {
    const run = await segment(["--out", dir, "--no-progress", "--k", "3", "--boot", "2"]);
    assert.equal(run.code, 0, run.stderr);
    const model = join(dir, "retail_sample-model.json");
    const roles = JSON.parse(await Deno.readTextFile(model)).rfm.roles;
    const table = (await readTable(join(ROOT, "data", "retail_sample.csv"))).table;
    const file = join(dir, "shop.duckdb");
    const engine = await duckdb(file);
    await loadTable(engine, "lines", table, [roles.customer, roles.invoice]);
    await Deno.mkdir(join(dir, "pq"));
    await engine.exec(
      `COPY (SELECT * FROM lines LIMIT 10000) TO '${join(dir, "pq", "a.parquet")}' (FORMAT parquet)`,
    );
    await engine.exec(
      `COPY (SELECT * FROM lines OFFSET 10000) TO '${join(dir, "pq", "b.parquet")}' (FORMAT parquet)`,
    );
    await engine.close();

    const fromFile = await segment([
      "score",
      "data/retail_sample.csv",
      "--model",
      model,
      "--out",
      join(dir, "f"),
      "--no-progress",
    ]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    const csv = (p: string) => Deno.readTextFile(p).then((t) => t.trim().split("\r\n"));
    const round = (line: string) =>
      line.split(",").map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c).toPrecision(12) : c)).join(",");
    const want = (await csv(join(dir, "f", "retail_sample-segments.csv"))).slice(1).map(round).sort();
    const fromDuck = await segment([
      "score",
      "--db",
      file,
      "--table",
      "lines",
      "--model",
      model,
      "--out",
      join(dir, "d"),
      "--no-progress",
    ]);
    assert.equal(fromDuck.code, 0, fromDuck.stderr);
    assert.deepEqual((await csv(join(dir, "d", "lines-segments.csv"))).slice(1).map(round).sort(), want);
    const glob = join(dir, "pq", "*.parquet");
    const fromParquet = await segment([
      "score",
      "--db",
      glob,
      "--model",
      model,
      "--out",
      join(dir, "p"),
      "--no-progress",
    ]);
    assert.equal(fromParquet.code, 0, fromParquet.stderr);
    assert.deepEqual((await csv(join(dir, "p", "parquet-segments.csv"))).slice(1).map(round).sort(), want);
    const cmd = await segment(["score", "--db", glob, "--model", model, "--out", dir, "--print-command"]);
    assert.match(cmd.stdout, /--allow-ffi=\S*duckdb\.node/);
    assert.doesNotMatch(cmd.stdout, /--allow-net/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: score --db refuses an implausible cancellation rule as scoring the file does", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-cancel-" });
  try {
    const { model } = await sampleModel("retail_sample.csv");
    const path = join(dir, "model.json");
    await Deno.writeTextFile(path, JSON.stringify(model));
    const r = model.rfm!.roles;
    // 8 of 10 invoices start with the model's prefix "C": ordinary invoice numbers, not cancellations.
    const invoices = ["CF-1", "CF-2", "CF-3", "CF-4", "CF-5", "CF-6", "CF-7", "CF-8", "9", "10"];
    const header = [r.invoice!, r.date!, r.customer!, r.country!, r.quantity!, r.amount!];
    const rows = invoices.map((
      inv,
      i,
    ) => [
      inv,
      `2021-06-${String(i + 1).padStart(2, "0")} 10:00:00`,
      1000 + (i % 3),
      "France",
      2,
      5.5 * (i + 1),
    ]);
    const csvPath = join(dir, "lines.csv");
    await Deno.writeTextFile(csvPath, [header, ...rows].map((x) => x.join(",")).join("\n") + "\n");
    const file = join(dir, "shop.duckdb");
    const engine = await duckdb(file);
    await loadTable(engine, "lines", (await readTable(csvPath)).table, [r.customer!, r.invoice!]);
    await engine.close();
    const fromFile = await segment([
      "score",
      csvPath,
      "--model",
      path,
      "--out",
      join(dir, "f"),
      "--no-progress",
    ]);
    const fromDb = await segment(
      ["score", "--db", file, "--table", "lines", "--model", path, "--out", join(dir, "d"), "--no-progress"],
    );
    for (const [what, run] of [["file", fromFile], ["db", fromDb]] as const) {
      assert.equal(run.code, 1, `${what}: ${run.stderr}`);
      assert.match(run.stderr, /80\.0\s?% .*\(8 .* 10\)/, what);
      assert.match(run.stderr, /"CF-1"/, what);
    }
    assert.ok(!existsSync(join(dir, "d")) || [...Deno.readDirSync(join(dir, "d"))].length === 0, "no output");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
