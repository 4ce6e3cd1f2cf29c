import assert from "node:assert/strict";
import { silhouetteEstimate } from "../../lib/validate/silhouette_estimate.ts";
import { silhouetteSamples } from "../../lib/validate/silhouette_samples.ts";
import { makeRandom } from "../../lib/base/random.ts";
import type { Matrix } from "../../lib/base/types.ts";

function data(n: number, d: number, seed: number): { x: Matrix; labels: Int32Array } {
  const rng = makeRandom(seed);
  const x = new Float64Array(n * d);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // a tiny cluster of 12 rows, the rest split over 3 overlapping blobs
    const c = i < 12 ? 3 : i % 3;
    labels[i] = c;
    for (let t = 0; t < d; t++) x[i * d + t] = (c === 3 ? 20 : 2 * c) + rng.normal();
  }
  return { x: { data: x, rows: n, cols: d, columns: Array.from({ length: d }, (_, t) => `x${t}`) }, labels };
}

function naive(x: Matrix, labels: Int32Array): Float64Array {
  // direct O(n²) definition, for checking the tiled path (clusters larger than one 2048-row tile)
  const n = x.rows, d = x.cols;
  const k = Math.max(...labels) + 1;
  const count = new Int32Array(k);
  labels.forEach((l) => count[l]!++);
  const out = new Float64Array(n);
  const sums = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) {
      let q = 0;
      for (let t = 0; t < d; t++) q += (x.data[i * d + t]! - x.data[j * d + t]!) ** 2;
      sums[labels[j]!]! += Math.sqrt(q);
    }
    const own = labels[i]!;
    if (count[own]! === 1) continue;
    const a = sums[own]! / (count[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own) b = Math.min(b, sums[c]! / count[c]!);
    out[i] = (b - a) / Math.max(a, b);
  }
  return out;
}

Deno.test("silhouetteSamples() tiled path equals the direct definition on 7000 rows (d = 1, 3, 4)", () => {
  for (const d of [1, 3, 4]) {
    const { x, labels } = data(d === 3 ? 7000 : 2500, d, d);
    const fast = silhouetteSamples(x, labels), slow = naive(x, labels);
    for (let i = 0; i < x.rows; i++) assert.ok(Math.abs(fast[i]! - slow[i]!) < 1e-12, `d=${d} row ${i}`);
  }
});

Deno.test("silhouetteEstimate() keeps small clusters whole and its interval covers the exact value", () => {
  const { x, labels } = data(3000, 2, 5);
  const s = silhouetteSamples(x, labels);
  const exact = s.reduce((a, b) => a + b, 0) / s.length;
  const e = silhouetteEstimate(x, labels, { sampleSize: 300, seed: 1, repeats: 3 });
  assert.equal(e.repeats, 3);
  assert.equal(e.estimates.length, 3);
  assert.ok(!e.exact);
  // 12 rows of the tiny cluster + about 100 from each big one
  assert.ok(e.sampleSize >= 300 && e.sampleSize <= 315, `${e.sampleSize}`);
  assert.ok(e.stdError > 0 && e.stdError < 0.02, `${e.stdError}`);
  assert.ok(Math.abs(e.mean - exact) < 4 * e.stdError, `${e.mean} vs ${exact} ± ${e.stdError}`);
  assert.deepEqual(silhouetteEstimate(x, labels, { sampleSize: 300, seed: 1, repeats: 3 }), e);
});

Deno.test("silhouetteEstimate() rejects a bad sampleSize or repeats", () => {
  const { x, labels } = data(50, 2, 1);
  assert.throws(
    () => silhouetteEstimate(x, labels, { sampleSize: 0 }),
    /^RangeError: Cannot estimate the silhouette with sampleSize = 0/,
  );
  assert.throws(
    () => silhouetteEstimate(x, labels, { repeats: 1.5 }),
    /^RangeError: Cannot estimate the silhouette with repeats = 1.5/,
  );
});
