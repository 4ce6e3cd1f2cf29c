import assert from "node:assert/strict";
import fc from "fast-check";
import { kDistances } from "../../lib/cluster/k_distances.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { uniform } from "./_partition.ts";

interface Dataset {
  name: string;
  rows: number;
  cols: number;
  data: number[];
  kDistances: { k: number; kDistances: number[] }[];
}
const reference: { sklearn: string; datasets: Dataset[] } = JSON.parse(
  Deno.readTextFileSync(new URL("../reference/dbscan.json", import.meta.url)),
);

Deno.test("kDistances() counts the row itself as its first neighbour and sorts ascending", () => {
  const x = matrixFromRows([[0, 0], [0, 3], [4, 0], [10, 10]]);
  assert.deepEqual([...kDistances(x, 1)], [0, 0, 0, 0]);
  // Nearest other row: 3, 3, 4, and sqrt(136) for (10, 10); second nearest: 4, 5, 5, sqrt(149).
  assert.deepEqual([...kDistances(x, 2)], [3, 3, 4, Math.sqrt(6 * 6 + 10 * 10)]);
  assert.deepEqual([...kDistances(x, 3)], [4, 5, 5, Math.sqrt(10 * 10 + 7 * 7)]);
});

Deno.test("kDistances() rejects k outside 1..rows", () => {
  const x = matrixFromRows([[0], [1]]);
  assert.throws(
    () => kDistances(x, 0),
    /^RangeError: Cannot compute k-distances with k = 0: k must be an integer from 1 to 2/,
  );
  assert.throws(() => kDistances(x, 3), /^RangeError: Cannot compute k-distances with k = 3/);
});

Deno.test("kDistances() through the k-d tree equals all pairs, ties included (fast-check)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 80 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 10000 }),
      (n, d, kRaw, seed) => {
        const x = uniform(n, d, seed);
        const data = x.data.map((v) => Math.round(v * 5) / 5);
        const k = Math.min(kRaw, n);
        const slow = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const ds: number[] = [];
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let t = 0; t < d; t++) s += (data[i * d + t]! - data[j * d + t]!) ** 2;
            ds.push(s);
          }
          ds.sort((a, b) => a - b);
          slow[i] = Math.sqrt(ds[k - 1]!);
        }
        assert.deepEqual([...kDistances({ ...x, data }, k)], [...slow.sort()]);
      },
    ),
    { seed: 5, numRuns: 60 },
  );
});

Deno.test(`kDistances() equals scikit-learn ${reference.sklearn} NearestNeighbors.kneighbors`, () => {
  for (const ds of reference.datasets) {
    const x = {
      data: Float64Array.from(ds.data),
      rows: ds.rows,
      cols: ds.cols,
      columns: Array(ds.cols).fill("x"),
    };
    for (const ref of ds.kDistances) {
      assertAllClose(kDistances(x, ref.k), ref.kDistances, {
        rtol: 1e-9,
        atol: 1e-12,
        message: `${ds.name} k = ${ref.k}`,
      });
    }
  }
});
