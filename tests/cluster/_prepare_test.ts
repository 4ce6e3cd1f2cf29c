import assert from "node:assert/strict";
import { prepareRows, SPATIAL_ORDER_MIN_ROWS } from "../../lib/cluster/_prepare.ts";
import { makeRandom } from "../../lib/base/random.ts";
import type { Matrix } from "../../lib/base/types.ts";

function randomMatrix(n: number, d: number, seed: number): Matrix {
  const r = makeRandom(seed);
  const data = Float64Array.from({ length: n * d }, (_, i) => r.normal() * (1 + (i % d)) + (i % d) * 3);
  return { data, rows: n, cols: d, columns: Array.from({ length: d }, (_, j) => `c${j}`) };
}

/** The mean column variance computed plainly: means, then squared deviations, in row order. */
function plainMeanVariance(x: Matrix): number {
  const { data, rows: n, cols: d } = x;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + j]!;
    mean /= n;
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (data[i * d + j]! - mean) ** 2;
    total += sq / n;
  }
  return total / d;
}

Deno.test("prepareRows measures the mean column variance to the bit as the plain two-pass formula", () => {
  for (
    const [n, d] of [[1, 1], [50, 3], [SPATIAL_ORDER_MIN_ROWS, 3], [SPATIAL_ORDER_MIN_ROWS + 7, 5], [
      21_000,
      1,
    ]] as const
  ) {
    const x = randomMatrix(n, d, n + d);
    assert.equal(prepareRows(x, "test").meanVariance, plainMeanVariance(x), `${n} x ${d}`);
  }
});

Deno.test("prepareRows keeps small inputs as they are and reorders large ones by grid cell, rows intact", () => {
  const small = randomMatrix(SPATIAL_ORDER_MIN_ROWS - 1, 3, 1);
  const p = prepareRows(small, "test");
  assert.equal(p.order, null);
  assert.equal(p.data, small.data);

  for (const d of [1, 2, 3, 6]) {
    const x = randomMatrix(SPATIAL_ORDER_MIN_ROWS + 11, d, d);
    const { data, order } = prepareRows(x, "test");
    assert.ok(order !== null);
    // A permutation, and row t of `data` is the caller's row order[t].
    assert.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: x.rows }, (_, i) => i));
    for (let t = 0; t < x.rows; t++) {
      assert.deepEqual(data.subarray(t * d, t * d + d), x.data.subarray(order[t]! * d, order[t]! * d + d));
    }
    if (d === 1) {
      // One column: 2^18 cells in value order, so the values come out sorted up to a cell's width.
      const width = (Math.max(...x.data) - Math.min(...x.data)) / (1 << 18);
      for (let t = 1; t < x.rows; t++) assert.ok(data[t]! >= data[t - 1]! - width, `row ${t}`);
    } else {
      // Rows of one cell keep their order: within equal rows of `data`, indices ascend.
      let ascending = 0;
      for (let t = 1; t < x.rows; t++) if (order[t]! > order[t - 1]!) ascending++;
      assert.ok(ascending > x.rows / 2, "cells keep the callers' order inside");
    }
  }
});

Deno.test("prepareRows names the row and column of the first non-finite value", () => {
  const x = randomMatrix(30_000, 3, 2);
  x.data[25_000 * 3 + 2] = NaN;
  x.data[26_000 * 3] = Infinity;
  assert.throws(() => prepareRows(x, "run kmeans"), {
    name: "RangeError",
    message: 'Cannot run kmeans: row 25000, column "c2" is NaN; impute or drop non-finite values first',
  });
});
