/** Test helpers for comparing clusterings (private to tests/cluster and tests/choose_k). */
import assert from "node:assert/strict";
import type { Matrix } from "../../lib/base/types.ts";
import { makeRandom } from "../../lib/base/random.ts";

/** Assert two labelings are the same partition up to renaming the labels; -1 (noise) must match -1. */
export function assertSamePartition(a: ArrayLike<number>, b: ArrayLike<number>, message = ""): void {
  assert.equal(a.length, b.length, `${message} lengths differ`);
  const ab = new Map<number, number>(), ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    assert.equal(x === -1, y === -1, `${message} row ${i}: noise in one labeling only (${x} vs ${y})`);
    if (ab.has(x) && ab.get(x) !== y) {
      assert.fail(`${message} row ${i}: label ${x} maps to both ${ab.get(x)} and ${y}`);
    }
    if (ba.has(y) && ba.get(y) !== x) {
      assert.fail(`${message} row ${i}: label ${y} maps back to both ${ba.get(y)} and ${x}`);
    }
    ab.set(x, y);
    ba.set(y, x);
  }
}

/** `perBlob` Gaussian rows (sd `sd`) around each centre, in blob order, seeded. */
export function blobs(
  centres: readonly (readonly number[])[],
  perBlob: number,
  sd: number,
  seed: number,
): Matrix {
  const d = centres[0]!.length, n = centres.length * perBlob;
  const rng = makeRandom(seed);
  const data = new Float64Array(n * d);
  for (let c = 0; c < centres.length; c++) {
    for (let r = 0; r < perBlob; r++) {
      const i = c * perBlob + r;
      for (let j = 0; j < d; j++) data[i * d + j] = centres[c]![j]! + sd * rng.normal();
    }
  }
  return { data, rows: n, cols: d, columns: Array.from({ length: d }, (_, j) => `x${j}`) };
}

/** `n` rows uniform in the unit cube of dimension `d`, seeded. */
export function uniform(n: number, d: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  const data = new Float64Array(n * d);
  for (let i = 0; i < data.length; i++) data[i] = rng.next();
  return { data, rows: n, cols: d, columns: Array.from({ length: d }, (_, j) => `x${j}`) };
}
