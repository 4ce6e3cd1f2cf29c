import assert from "node:assert/strict";
import { ledgerFrame } from "../../lib/views/ledger_frame.ts";

Deno.test("ledgerFrame() has one row per entry with column and joined examples", () => {
  const f = ledgerFrame([
    {
      step: "clean",
      reason: "duplicate",
      description: "Exact duplicates",
      action: "removed",
      rows: 3,
      examples: ["row 7", "row 9"],
    },
    {
      step: "impute",
      reason: "missing",
      description: "Missing price",
      action: "imputed",
      rows: 2,
      column: "Price",
      examples: [],
    },
  ]);
  assert.deepEqual(f.columns, ["step", "action", "rows", "column", "what", "examples"]);
  assert.deepEqual(f.getColumn("action").toArray(), ["removed", "imputed"]);
  assert.deepEqual(f.getColumn("rows").toArray(), [3, 2]);
  assert.deepEqual(f.getColumn("column").toArray(), ["", "Price"]);
  assert.deepEqual(f.getColumn("what").toArray(), ["Exact duplicates", "Missing price"]);
  assert.deepEqual(f.getColumn("examples").toArray(), ["row 7; row 9", ""]);
});

Deno.test("ledgerFrame() of an empty ledger has no rows", () => {
  assert.equal(ledgerFrame([]).height, 0);
});
