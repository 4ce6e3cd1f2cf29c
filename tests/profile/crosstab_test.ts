import assert from "node:assert/strict";
import fc from "fast-check";
import { crosstab } from "../../lib/profile/crosstab.ts";

Deno.test("crosstab() counts pairs worked out by hand", () => {
  const t = crosstab([1, 0, 1, -1, 0, 1], ["b", "a", "a", "b", "a", "c"]);
  assert.deepEqual(t.rows, ["-1", "0", "1"]);
  assert.deepEqual(t.cols, ["a", "b", "c"]);
  assert.deepEqual(t.counts, [[0, 1, 0], [2, 0, 0], [1, 1, 1]]);
  assert.equal(t.total, 6);
});

Deno.test("crosstab() uses display names and a preferred order", () => {
  const t = crosstab(Int32Array.of(0, 1, 1), ["Champions", "Hibernating", "At Risk"], {
    aNames: { "0": "Big spenders", "1": "Dormant" },
    bOrder: ["Champions", "At Risk", "Unseen"],
  });
  assert.deepEqual(t.rows, ["Big spenders", "Dormant"]);
  assert.deepEqual(t.cols, ["Champions", "At Risk", "Hibernating"]);
  assert.deepEqual(t.counts, [[1, 0, 0], [0, 1, 1]]);
});

Deno.test("crosstab() totals: every row counted once, margins match the labelings", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.constantFrom("x", "y", "z", "w")), {
        maxLength: 100,
      }),
      (pairs) => {
        const a = pairs.map((p) => p[0]), b = pairs.map((p) => p[1]);
        const t = crosstab(a, b);
        assert.equal(t.total, pairs.length);
        assert.equal(t.counts.flat().reduce((s, v) => s + v, 0), pairs.length);
        t.rows.forEach((r, i) =>
          assert.equal(t.counts[i]!.reduce((s, v) => s + v, 0), a.filter((v) => String(v) === r).length)
        );
        t.cols.forEach((c, j) =>
          assert.equal(t.counts.reduce((s, row) => s + row[j]!, 0), b.filter((v) => v === c).length)
        );
        // the order never depends on row order
        assert.deepEqual(crosstab([...a].reverse(), [...b].reverse()), t);
      },
    ),
    { seed: 7, numRuns: 100 },
  );
});

Deno.test("crosstab() rejects labelings of different lengths", () => {
  assert.throws(
    () => crosstab([1, 2], [1]),
    /^TypeError: Cannot cross-tabulate: the labelings have 2 and 1 values/,
  );
});
