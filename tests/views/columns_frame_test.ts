import assert from "node:assert/strict";
import { columnsFrame } from "../../lib/views/columns_frame.ts";

const none = {
  min: null,
  q1: null,
  median: null,
  q3: null,
  max: null,
  mean: null,
  std: null,
  skew: null,
  outliers: null,
};

Deno.test("columnsFrame() rounds statistics to 3 decimals and keeps nulls for text", () => {
  const f = columnsFrame([
    {
      name: "spend",
      kind: "number",
      missing: 1,
      distinct: 4,
      min: 1,
      q1: 2.00049,
      median: 3.14159,
      q3: 4,
      max: 9,
      mean: 3.5,
      std: 2.23607,
      skew: -0.5,
      outliers: 1,
    },
    { ...none, name: "country", kind: "text", missing: 0, distinct: 2 },
  ]);
  assert.deepEqual(f.columns, [
    "column",
    "kind",
    "missing",
    "distinct",
    "min",
    "q1",
    "median",
    "q3",
    "max",
    "mean",
    "std",
    "skew",
    "outliers",
  ]);
  assert.deepEqual(f.getColumn("column").toArray(), ["spend", "country"]);
  assert.deepEqual(f.getColumn("q1").toArray(), [2, null]);
  assert.deepEqual(f.getColumn("median").toArray(), [3.142, null]);
  assert.deepEqual(f.getColumn("std").toArray(), [2.236, null]);
  assert.deepEqual(f.getColumn("skew").toArray(), [-0.5, null]);
  assert.deepEqual(f.getColumn("outliers").toArray(), [1, null]);
  assert.deepEqual(f.getColumn("missing").toArray(), [1, 0]);
});
