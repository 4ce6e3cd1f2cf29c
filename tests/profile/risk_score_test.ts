import assert from "node:assert/strict";
import fc from "fast-check";
import pl from "nodejs-polars";
import { riskScore } from "../../lib/profile/risk_score.ts";

const cols = { delayColumn: "d", creditsColumn: "c" };

Deno.test("riskScore() follows its documented formula on values worked out by hand", () => {
  const t = pl.DataFrame({ d: [0, 0, 21, 21, 10.5, 30, 7], c: [0, 3, 0, 2, 1, 5, 2] });
  // 100 × min(d / 21, 1) × (3 + min(c / 2, 1)) / 4
  assert.deepEqual([...riskScore(t, cols)], [0, 0, 75, 100, 44, 100, 33]);
  assert.deepEqual([...riskScore(t, { ...cols, riskDelay: 10, crossSellCredits: 4 })], [
    0,
    0,
    75,
    88,
    81,
    100,
    61,
  ]);
});

Deno.test("riskScore() stays in 0..100 and grows with delay and, for a late payer, with credits", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 60, noNaN: true }),
      fc.double({ min: 0, max: 60, noNaN: true }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 6 }),
      (d1, d2, c1, c2) => {
        const t = pl.DataFrame({ d: [d1, d2, d1, d1], c: [c1, c1, c1, c2] });
        const [a, b, same, other] = [...riskScore(t, cols)];
        for (const v of [a!, b!, other!]) assert.ok(v >= 0 && v <= 100);
        if (d1 <= d2) assert.ok(a! <= b!);
        if (c1 <= c2) assert.ok(same! <= other!);
        if (d1 === 0) assert.equal(a, 0, "an on-time payer scores 0 whatever the credits");
      },
    ),
    { seed: 16, numRuns: 200 },
  );
});

Deno.test("riskScore() gives NaN for a missing value and rejects a zero threshold", () => {
  const t = pl.DataFrame({ d: [1, null], c: [null, 1] });
  assert.ok([...riskScore(t, cols)].every(Number.isNaN));
  assert.throws(
    () => riskScore(t, { ...cols, riskDelay: 0 }),
    /^RangeError: Cannot score risk: riskDelay "0" is not a positive number/,
  );
});
