import assert from "node:assert/strict";
import { thresholdsFrame } from "../../lib/views/thresholds_frame.ts";

Deno.test("thresholdsFrame() has one row per measure and one column per cut", () => {
  const f = thresholdsFrame({
    thresholds: { recency: [10, 40, 90], frequency: [1, 3, 6], monetary: [99.999, 250.504, 1000] },
  });
  assert.deepEqual(f.columns, ["measure", "cut 1", "cut 2", "cut 3"]);
  assert.deepEqual(f.getColumn("measure").toArray(), ["recency (days)", "frequency", "monetary"]);
  assert.deepEqual(f.getColumn("cut 1").toArray(), [10, 1, 100]);
  assert.deepEqual(f.getColumn("cut 2").toArray(), [40, 3, 250.5]);
  assert.deepEqual(f.getColumn("cut 3").toArray(), [90, 6, 1000]);
});
