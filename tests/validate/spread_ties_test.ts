import assert from "node:assert/strict";
import { spreadTies } from "../../lib/validate/_spread_ties.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

Deno.test("spreadTies() spreads each tied value over its cell and leaves single values alone", () => {
  // Column a: 1 x3, 2 x2, 4 x1 (cells [0.5, 1.5], [1.5, 3], 4 stays); b: all distinct; c: constant.
  const x = matrixFromRows(
    [[1, 0.1, 7], [1, 0.2, 7], [1, 0.3, 7], [2, 0.4, 7], [2, 0.5, 7], [4, 0.6, 7]],
    ["a", "b", "c"],
  );
  const s = spreadTies(x, 3);
  assert.deepEqual(s.tiedColumns, ["a"]);
  assert.equal(s.tiedShare, 5 / 18);
  const col = (t: number) => Array.from({ length: 6 }, (_, i) => s.matrix.data[i * 3 + t]!);
  const a = col(0);
  for (const v of a.slice(0, 3)) assert.ok(v >= 0.5 && v <= 1.5, `${v}`);
  for (const v of a.slice(3, 5)) assert.ok(v >= 1.5 && v <= 3, `${v}`);
  assert.equal(a[5], 4);
  assert.equal(new Set(a.slice(0, 3)).size, 3, "ties are broken");
  assert.deepEqual(col(1), [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
  assert.deepEqual(col(2), [7, 7, 7, 7, 7, 7]);
  assert.deepEqual(x.data.slice(0, 3), Float64Array.from([1, 0.1, 7]), "the input is not changed");
  assert.deepEqual(spreadTies(x, 3).matrix.data, s.matrix.data, "seeded");
});
