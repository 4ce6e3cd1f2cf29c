// A feature (or an id column) named like one of the columns segmenta adds is never overwritten.
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  analyzeFeatures,
  assignmentsCsv,
  assignmentsTable,
  buildModel,
  readTable,
  scoreCustomers,
} from "../../lib/mod.ts";
import { outputColumnNames } from "../../lib/base/output_columns.ts";
import { warningText } from "../../lib/text/mod.ts";

/** 30 customers in two clear groups; features called "segment" and "cluster" (numbers). */
function customersCsv(): string {
  const rows = ["row,segment,cluster,spend"];
  for (let i = 0; i < 30; i++) {
    const big = i % 2 === 0;
    rows.push(
      `${i},${big ? 90 + (i % 5) : 10 + (i % 4)},${big ? 7 + (i % 3) : 1 + (i % 2)},${
        big ? 500 + i : 20 + i
      }`,
    );
  }
  return rows.join("\n") + "\n";
}

Deno.test("outputColumnNames() suffixes only the taken names, and never onto another taken name", () => {
  const r = outputColumnNames(["segment", "segment_segmenta", "x"], ["cluster", "segment"]);
  assert.deepEqual(r.names, { cluster: "cluster", segment: "segment_segmenta_2" });
  assert.deepEqual(r.warnings, [{
    code: "output-column-renamed",
    column: "segment",
    renamed: "segment_segmenta_2",
  }]);
  assert.deepEqual(outputColumnNames(["Segment"], ["segment"]).warnings, []);
});

Deno.test("analyzeFeatures() keeps features called segment, cluster and row, renames its own columns and says so", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-output-columns-" });
  try {
    const path = join(dir, "clash.csv");
    await Deno.writeTextFile(path, customersCsv());
    const loaded = await readTable(path);
    const a = analyzeFeatures(loaded, {
      features: ["row", "segment", "cluster", "spend"],
      k: 2,
      nBoot: 2,
      nInit: 2,
      dbscan: false,
      rules: null,
      lang: "en",
    });
    assert.deepEqual(a.outputColumns, {
      row: "row_segmenta",
      cluster: "cluster_segmenta",
      segment: "segment_segmenta",
      dbscan_group: "dbscan_group",
      rule_segment: "rule_segment",
      risk_score: "risk_score",
    });
    const t = assignmentsTable(a);
    assert.deepEqual(t.columns, [
      "row_segmenta",
      "row",
      "segment",
      "cluster",
      "spend",
      "cluster_segmenta",
      "segment_segmenta",
    ]);
    assert.equal(t.segmentColumn, "segment_segmenta");
    // The file's own values are in the CSV, untouched.
    const csv = assignmentsCsv(a).trim().split("\r\n");
    assert.equal(csv[0], "row_segmenta,row,segment,cluster,spend,cluster_segmenta,segment_segmenta");
    assert.deepEqual(t.rows.map((r) => r[2]), loaded.table.getColumn("segment").toArray() as number[]);
    assert.deepEqual(t.rows.map((r) => r[3]), loaded.table.getColumn("cluster").toArray() as number[]);
    for (
      const [column, renamed] of [["row", "row_segmenta"], ["cluster", "cluster_segmenta"], [
        "segment",
        "segment_segmenta",
      ]]
    ) {
      assert.ok(
        a.warnings.includes(
          `The file has its own column "${column}": it is kept as it is, and segmenta's "${column}" column is called "${renamed}" in the segments CSV`,
        ),
        a.warnings.join("\n"),
      );
    }
    assert.match(
      warningText({ code: "output-column-renamed", column: "segment", renamed: "segment_segmenta" }, "es"),
      /^El archivo tiene su propia columna "segment".*"segment_segmenta"/,
    );
    // Scoring with the saved model keeps them too.
    const scored = scoreCustomers(loaded.table, buildModel(a), { file: "clash.csv" });
    assert.equal(scored.segmentColumn, "segment_segmenta");
    assert.deepEqual(
      scored.table.getColumn("segment").toArray(),
      loaded.table.getColumn("segment").toArray(),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
