import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { rfGridCells } from "../../lib/rfm/rf_grid_cells.ts";

Deno.test("rfGridCells() counts customers per (R, F) cell, sorted by R then F", () => {
  const t = pl.DataFrame({
    r_score: [5, 5, 1, 5, 1],
    f_score: [5, 4, 1, 5, 2],
    segment_name: ["Champions", "Loyal", "Hibernating", "Champions", "Hibernating"],
  });
  assert.deepEqual(rfGridCells(t), [
    { r: 1, f: 1, count: 1, segment: "Hibernating" },
    { r: 1, f: 2, count: 1, segment: "Hibernating" },
    { r: 5, f: 4, count: 1, segment: "Loyal" },
    { r: 5, f: 5, count: 2, segment: "Champions" },
  ]);
});

Deno.test("rfGridCells() keeps cells apart when scores have two digits", () => {
  const t = pl.DataFrame({ r_score: [1, 11], f_score: [11, 1], segment_name: ["a", "b"] });
  assert.equal(rfGridCells(t).length, 2);
});

Deno.test("rfGridCells() names the missing columns", () => {
  assert.throws(
    () => rfGridCells(pl.DataFrame({ r_score: [1], f_score: [1] })),
    /^RangeError: Cannot count the RF grid cells: there is no column "segment_name"/,
  );
});
