import assert from "node:assert/strict";
import { segmentNames } from "../../lib/chart/segment_names.ts";

Deno.test("segmentNames() maps labels to names, the outliers group included", () => {
  assert.deepEqual(
    segmentNames([{ label: 1, name: "Lost" }, { label: 0, name: "Loyal" }, { label: -1, name: "Odd" }]),
    {
      0: "Loyal",
      1: "Lost",
      [-1]: "Odd",
    },
  );
  assert.deepEqual(segmentNames([]), {});
});
