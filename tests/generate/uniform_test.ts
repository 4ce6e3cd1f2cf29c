import assert from "node:assert/strict";
import { generateUniform } from "../../lib/generate/uniform.ts";

Deno.test("generateUniform() is deterministic and fills [low, high) evenly", () => {
  const x = generateUniform({ n: 4000, d: 2, low: 10, high: 20, seed: 1 });
  assert.deepEqual(x.data, generateUniform({ n: 4000, d: 2, low: 10, high: 20, seed: 1 }).data);
  assert.notDeepEqual(x.data, generateUniform({ n: 4000, d: 2, low: 10, high: 20, seed: 2 }).data);
  assert.equal(x.rows, 4000);
  assert.equal(x.cols, 2);
  assert.ok(x.data.every((v) => v >= 10 && v < 20));
  const below15 = x.data.filter((v) => v < 15).length / x.data.length;
  assert.ok(Math.abs(below15 - 0.5) < 0.03, `${below15}`);
});

Deno.test("generateUniform() rejects bad bounds with a clear message", () => {
  assert.throws(
    () => generateUniform({ n: 3, d: 1, low: 1, high: 1 }),
    /^RangeError: Cannot generate a uniform matrix in \[1, 1\)/,
  );
  assert.throws(
    () => generateUniform({ n: 3, d: 0 }),
    /^RangeError: Cannot generate a uniform matrix of 3 x 0/,
  );
});
