import assert from "node:assert/strict";
import { stabilityFrame } from "../../lib/views/stability_frame.ts";

const perSegment = [
  { label: 0, jaccard: 0.91234, minJaccard: 0.80049, size: 40, reading: "highly stable" as const },
  { label: 1, jaccard: 0.4, minJaccard: 0.1, size: 10, reading: "dissolved" as const },
];

Deno.test("stabilityFrame() names segments from the profiles and rounds Jaccard", () => {
  const f = stabilityFrame({ perSegment }, [{ label: 0, name: "Loyal" }, { label: 1, name: "Lost" }]);
  assert.deepEqual(f.columns, ["segment", "customers", "jaccard", "lowest", "reading"]);
  assert.deepEqual(f.getColumn("segment").toArray(), ["Loyal", "Lost"]);
  assert.deepEqual(f.getColumn("customers").toArray(), [40, 10]);
  assert.deepEqual(f.getColumn("jaccard").toArray(), [0.912, 0.4]);
  assert.deepEqual(f.getColumn("lowest").toArray(), [0.8, 0.1]);
  assert.deepEqual(f.getColumn("reading").toArray(), ["highly stable", "dissolved"]);
});

Deno.test("stabilityFrame() without profiles shows the labels", () => {
  assert.deepEqual(stabilityFrame({ perSegment }).getColumn("segment").toArray(), ["0", "1"]);
});
