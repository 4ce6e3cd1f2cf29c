import assert from "node:assert/strict";
import { generateBlobs } from "../../lib/generate/blobs.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

Deno.test("generateBlobs() is deterministic: same seed same data, other seed other data", () => {
  const a = generateBlobs({ n: 500, d: 3, centers: 4, seed: 9 });
  assert.deepEqual(a.data, generateBlobs({ n: 500, d: 3, centers: 4, seed: 9 }).data);
  assert.deepEqual(a.labels, generateBlobs({ n: 500, d: 3, centers: 4, seed: 9 }).labels);
  assert.notDeepEqual(a.data, generateBlobs({ n: 500, d: 3, centers: 4, seed: 10 }).data);
});

Deno.test("generateBlobs() puts each point near its centre with the given spread", () => {
  const centers = matrixFromRows([[0, 0], [100, 100]]);
  const x = generateBlobs({ n: 2000, d: 2, centers, spread: 2, seed: 1 });
  assert.equal(x.rows, 2000);
  assert.deepEqual(x.columns, ["x0", "x1"]);
  let sum = 0, sq = 0;
  for (let i = 0; i < x.rows; i++) {
    const c = x.labels[i]! * 100;
    for (let j = 0; j < 2; j++) {
      const dev = x.data[i * 2 + j]! - c;
      sum += dev;
      sq += dev * dev;
    }
  }
  const mean = sum / 4000, sd = Math.sqrt(sq / 4000 - mean * mean);
  assert.ok(Math.abs(mean) < 0.15, `mean ${mean}`);
  assert.ok(Math.abs(sd - 2) < 0.1, `sd ${sd}`);
  assert.equal(x.labels.filter((l) => l === 0).length, 1000);
  assert.ok(x.labels.slice(0, 20).some((l) => l !== x.labels[0]), "rows come shuffled");
});

Deno.test("generateBlobs() draws centres in [-10, 10] when given a count", () => {
  const x = generateBlobs({ n: 10, d: 4, centers: 3, seed: 2 });
  assert.equal(x.centers.rows, 3);
  assert.ok(x.centers.data.every((v) => v >= -10 && v < 10));
});

Deno.test("generateBlobs() rejects bad sizes with a clear message", () => {
  assert.throws(
    () => generateBlobs({ n: 0, d: 2, centers: 2 }),
    /^RangeError: Cannot generate blobs of 0 x 2/,
  );
  assert.throws(
    () => generateBlobs({ n: 5, d: 2, centers: 0 }),
    /^RangeError: Cannot generate blobs around 0 centres/,
  );
  assert.throws(
    () => generateBlobs({ n: 5, d: 2, centers: 2, spread: -1 }),
    /^RangeError: Cannot generate blobs with spread -1/,
  );
  assert.throws(
    () => generateBlobs({ n: 5, d: 3, centers: matrixFromRows([[0, 0]]) }),
    /^TypeError: Cannot generate blobs: the centres have 2 columns where d is 3/,
  );
});
