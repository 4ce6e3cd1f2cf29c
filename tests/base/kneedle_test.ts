import assert from "node:assert/strict";
import { kneedle } from "../../lib/base/kneedle.ts";

const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

Deno.test("kneedle() finds the knee of the paper's figure 2 curve y = -1/(x + 0.1) + 5 at x = 0.22", () => {
  // Satopää et al. 2011, figure 2 (as the kneed package recreates it): 10 points on [0, 1].
  const fx = Array.from({ length: 10 }, (_, i) => i / 9);
  const fy = fx.map((v) => -1 / (v + 0.1) + 5);
  const r = kneedle(fx, fy, { curve: "concave", direction: "increasing" });
  assert.equal(r.index, 2);
  assert.ok(Math.abs(r.knee! - 0.222) < 1e-3);
  assert.equal(r.kneeY, fy[2]);
});

Deno.test("kneedle() finds the knees of kneed's four curve shapes", () => {
  const cases = [
    { y: [0, 60, 80, 85, 90, 95, 96, 97, 98, 99], curve: "concave", direction: "increasing", knee: 2 },
    { y: [99, 98, 97, 96, 95, 90, 85, 80, 60, 0], curve: "concave", direction: "decreasing", knee: 7 },
    { y: [1, 2, 3, 4, 5, 10, 15, 20, 40, 100], curve: "convex", direction: "increasing", knee: 7 },
    { y: [100, 40, 20, 15, 10, 5, 4, 3, 2, 1], curve: "convex", direction: "decreasing", knee: 2 },
  ] as const;
  for (const c of cases) {
    assert.equal(
      kneedle(x, c.y, { curve: c.curve, direction: c.direction }).knee,
      c.knee,
      `${c.curve} ${c.direction}`,
    );
  }
});

Deno.test("kneedle() finds the elbow of a k-means inertia curve and defaults to convex decreasing", () => {
  // Inertia of 4 planted clusters: big drops up to k = 4, then small ones.
  const ks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const inertia = [1000, 600, 300, 100, 90, 82, 75, 69, 64, 60];
  assert.equal(kneedle(ks, inertia).knee, 4);
});

Deno.test("kneedle() with an uneven x: kneed's 'inverted' data", () => {
  const r = kneedle([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000], [
    2314,
    802,
    519,
    417,
    358,
    318,
    302,
    284,
    280,
  ]);
  assert.equal(r.knee, 3000);
});

Deno.test("kneedle() returns no knee for a straight line, a flat line and too few points", () => {
  const none = { knee: null, index: null, kneeY: null };
  const { difference: _a, ...line } = kneedle(x, x.map((v) => 2 * v + 1), {
    curve: "concave",
    direction: "increasing",
  });
  assert.deepEqual(line, none);
  const { difference: _b, ...flat } = kneedle(x, x.map(() => 3));
  assert.deepEqual(flat, none);
  const { difference: _c, ...short } = kneedle([1, 2], [5, 1]);
  assert.deepEqual(short, none);
});

Deno.test("kneedle() is more conservative with a larger sensitivity", () => {
  const y = [100, 40, 20, 15, 10, 5, 4, 3, 2, 1];
  assert.equal(kneedle(x, y, { sensitivity: 0 }).knee, 2);
  assert.equal(kneedle(x, y, { sensitivity: 100 }).knee, null);
});

Deno.test("kneedle() rejects mismatched lengths, unsorted x, non-finite values and bad options", () => {
  assert.throws(() => kneedle([1, 2, 3], [1, 2]), /^TypeError: Cannot find a knee: x has 3 values and y 2/);
  assert.throws(
    () => kneedle([1, 3, 2], [1, 2, 3]),
    /^RangeError: Cannot find a knee: x must be strictly increasing, but x\[2\] = 2 follows 3/,
  );
  assert.throws(
    () => kneedle([1, 2, 3], [1, NaN, 3]),
    /^RangeError: Cannot find a knee: point 1 is \(2, NaN\)/,
  );
  assert.throws(
    () => kneedle([1, 2, 3], [1, 2, 3], { sensitivity: -1 }),
    /^RangeError: Cannot find a knee with sensitivity = -1/,
  );
  // deno-lint-ignore no-explicit-any
  assert.throws(
    () => kneedle([1, 2, 3], [1, 2, 3], { curve: "wavy" as any }),
    /^RangeError: Cannot find a knee of a "wavy" curve/,
  );
});
