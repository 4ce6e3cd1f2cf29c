import assert from "node:assert/strict";
import { valueCountsFrame } from "../../lib/views/value_counts_frame.ts";

Deno.test("valueCountsFrame() keeps the order given under the chosen header", () => {
  const f = valueCountsFrame([{ value: "UK", count: 3 }, { value: "FR", count: 2 }, {
    value: "DE",
    count: 2,
  }], {
    header: "country",
  });
  assert.deepEqual(f.columns, ["country", "count"]);
  assert.deepEqual(f.getColumn("country").toArray(), ["UK", "FR", "DE"]);
  assert.deepEqual(f.getColumn("count").toArray(), [3, 2, 2]);
});

Deno.test("valueCountsFrame() defaults the header to value and accepts no counts", () => {
  assert.deepEqual(valueCountsFrame([{ value: "a", count: 1 }]).columns, ["value", "count"]);
  const empty = valueCountsFrame([]);
  assert.equal(empty.height, 0);
  assert.deepEqual(empty.columns, ["value", "count"]);
});
