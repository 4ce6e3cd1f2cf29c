import assert from "node:assert/strict";
import { generateBgNbd } from "../../lib/generate/bgnbd.ts";

const PARAMS = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };

Deno.test("generateBgNbd() is deterministic for a seed and records it", () => {
  const a = generateBgNbd({ n: 500, ...PARAMS, T: [10, 50], spend: { p: 6, q: 4, gamma: 15 }, seed: 7 });
  const b = generateBgNbd({ n: 500, ...PARAMS, T: [10, 50], spend: { p: 6, q: 4, gamma: 15 }, seed: 7 });
  assert.deepEqual(a, b);
  assert.equal(a.seed, 7);
  assert.notDeepEqual(generateBgNbd({ n: 500, ...PARAMS, T: 39, seed: 8 }).frequency, a.frequency);
});

Deno.test("generateBgNbd() gives consistent histories", () => {
  const s = generateBgNbd({
    n: 2000,
    ...PARAMS,
    T: [10, 50],
    spend: { p: 6, q: 4, gamma: 15 },
    step: 1 / 7,
    seed: 1,
  });
  for (let i = 0; i < 2000; i++) {
    const x = s.frequency[i]!, tx = s.recency[i]!, T = s.T[i]!;
    assert.ok(Number.isInteger(x) && x >= 0);
    assert.ok(tx <= T && T >= 10 - 1 / 7 && T <= 50);
    assert.equal(x > 0, tx > 0);
    assert.equal(x > 0, s.monetaryValue[i]! > 0);
    assert.ok(Math.abs(Math.round(tx * 7) - tx * 7) < 1e-9); // whole days
  }
});

Deno.test("generateBgNbd() matches the model's mean purchase count", () => {
  // E[X(T)] for the BG/NBD at T = 39 with these parameters is 1.1951 (tests/reference/clv.json)
  const s = generateBgNbd({
    n: 20000,
    ...PARAMS,
    r: 0.2426,
    alpha: 4.4135,
    a: 0.7929,
    b: 2.4259,
    T: 39,
    seed: 3,
  });
  const mean = s.frequency.reduce((a, b) => a + b, 0) / 20000;
  assert.ok(Math.abs(mean - 1.1951) < 0.06, `mean ${mean}`);
});

Deno.test("generateBgNbd() rejects bad sizes and parameters", () => {
  assert.throws(
    () => generateBgNbd({ n: 0, ...PARAMS, T: 1 }),
    /^RangeError: Cannot generate 0 BG\/NBD customers/,
  );
  assert.throws(
    () => generateBgNbd({ n: 5, ...PARAMS, a: -1, T: 1 }),
    /^RangeError: Cannot generate BG\/NBD customers with a "-1": use a finite number > 0$/,
  );
});
