import assert from "node:assert/strict";
import fc from "fast-check";
import { adjustedRandScore } from "../../lib/validate/adjusted_rand_score.ts";
import { assertAllClose } from "../_assert.ts";
import { ariCases } from "./_reference.ts";

for (const c of ariCases) {
  Deno.test(`adjustedRandScore() equals scikit-learn on "${c.name}"`, () => {
    assertAllClose(adjustedRandScore(c.a, c.b), c.ari, { rtol: 1e-12 });
  });
}

Deno.test("adjustedRandScore() is 1 for any relabelling and symmetric (property)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 0, maxLength: 60 }),
      fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 60, maxLength: 60 }),
      fc.shuffledSubarray([10, 11, 12, 13, 14, 15, 16], { minLength: 7, maxLength: 7 }),
      (labs, other, perm) => {
        const a = Int32Array.from(labs);
        const permuted = a.map((v) => perm[v + 1]!);
        assert.equal(adjustedRandScore(a, permuted), 1);
        const b = Int32Array.from(other.slice(0, labs.length));
        assert.equal(adjustedRandScore(a, b), adjustedRandScore(b, a));
        assert.ok(adjustedRandScore(a, b) <= 1);
      },
    ),
    { seed: 42, numRuns: 200 },
  );
});

Deno.test("adjustedRandScore() rejects labelings of different lengths and plain arrays", () => {
  assert.throws(
    () => adjustedRandScore(Int32Array.from([0, 1]), Int32Array.from([0, 1, 1])),
    /^TypeError: Cannot compute the adjusted Rand index: the labelings have 2 and 3 labels/,
  );
  assert.throws(
    () => adjustedRandScore([0, 1] as unknown as Int32Array, Int32Array.from([0, 1])),
    /^TypeError: .*must be Int32Arrays/,
  );
});
