import assert from "node:assert/strict";
import pl from "nodejs-polars";
import fc from "fast-check";
import { profileSegments } from "../../lib/profile/profile_segments.ts";
import { InputError } from "../../lib/base/errors.ts";
import { assertAllClose } from "../_assert.ts";

// a: overall mean 60 / 6 = 10, deviations -9 -8 -4 0 2 19, population std sqrt(526 / 6).
// b: overall mean 12 / 6 = 2, deviations -2 -2 1 -1 -1 5, population std sqrt(36 / 6) = sqrt(6).
const table = pl.DataFrame({
  id: ["c1", "c2", "c3", "c4", "c5", "c6"],
  a: [1, 2, 6, 10, 12, 29],
  b: [0, 0, 3, 1, 1, 7],
  revenue: [10, 10, 20, 30, 30, 100],
});
const labels = Int32Array.of(0, 0, 0, 1, 1, -1);

Deno.test("profileSegments() gives sizes, shares, means and medians worked out by hand", () => {
  const p = profileSegments(table, labels, { features: ["a", "b"], valueColumn: "revenue" });
  assert.deepEqual(p.map((s) => s.label), [0, 1, -1]);
  assert.deepEqual(p.map((s) => s.size), [3, 2, 1]);
  assertAllClose(p.map((s) => s.share), [3 / 6, 2 / 6, 1 / 6]);
  assertAllClose(p.map((s) => s.valueShare!), [40 / 200, 60 / 200, 100 / 200]);
  assertAllClose(p.map((s) => s.means.a!), [9 / 3, 22 / 2, 29]);
  assertAllClose(p.map((s) => s.means.b!), [3 / 3, 2 / 2, 7]);
  assertAllClose(p.map((s) => s.medians.a!), [2, 11, 29]);
  assertAllClose(p.map((s) => s.medians.b!), [0, 1, 7]);
  assert.ok(p.every((s) => s.name === "" && s.description === "" && s.actions.length === 0));
});

Deno.test("profileSegments() z-scores use the population std (ddof = 0)", () => {
  const p = profileSegments(table, labels, { features: ["a", "b"] });
  const sa = Math.sqrt(526 / 6), sb = Math.sqrt(6);
  assertAllClose(p.map((s) => s.zScores.a!), [(3 - 10) / sa, (11 - 10) / sa, (29 - 10) / sa]);
  assertAllClose(p.map((s) => s.zScores.b!), [(1 - 2) / sb, (1 - 2) / sb, (7 - 2) / sb]);
  // |z| order: segment 0 has |a| = 7 / 7.18... = 0.75 > |b| = 0.41; segment 1 has |b| 0.41 > |a| 0.14.
  assert.deepEqual(p[0]!.distinctive.map((d) => d.feature), ["a", "b"]);
  assert.deepEqual(p[1]!.distinctive.map((d) => d.feature), ["b", "a"]);
  assert.equal(p[0]!.valueShare, undefined);
});

Deno.test("profileSegments() leaves nulls out of means but counts the rows; a constant feature has z = 0", () => {
  const t = pl.DataFrame({ x: [1, null, 3, 5], k: [2, 2, 2, 2] });
  const p = profileSegments(t, Int32Array.of(0, 0, 1, 1), { features: ["x", "k"] });
  assert.deepEqual(p.map((s) => s.size), [2, 2]);
  assertAllClose(p.map((s) => s.means.x!), [1, 4]);
  assert.deepEqual(p.map((s) => s.zScores.k), [0, 0]);
  // overall mean of x over non-null cells = 3, std sqrt(8 / 3)
  assertAllClose(p[0]!.zScores.x!, (1 - 3) / Math.sqrt(8 / 3));
});

Deno.test("profileSegments() does not change its inputs and keeps given names", () => {
  const before = table.columns.slice();
  const copy = labels.slice();
  const p = profileSegments(table, labels, { features: ["a"], names: { 1: "Loyal" } });
  assert.deepEqual(table.columns, before);
  assert.deepEqual(labels, copy);
  assert.deepEqual(p.map((s) => s.name), ["", "Loyal", ""]);
});

Deno.test("profileSegments() rejects a missing column naming the closest ones", () => {
  const t = pl.DataFrame({ MINIMUM_PAYMENTS: [1, 2], BALANCE: [3, 4] });
  assert.throws(
    () => profileSegments(t, Int32Array.of(0, 1), { features: ["MINIMUM_PAYMENT"], file: "cards.csv" }),
    (e: unknown) =>
      e instanceof InputError &&
      /^Cannot profile segments: column "MINIMUM_PAYMENT" is missing; did you mean "MINIMUM_PAYMENTS"/.test(
        e.message,
      ) &&
      e.at.file === "cards.csv" && e.at.column === "MINIMUM_PAYMENT",
  );
});

Deno.test("profileSegments() rejects wrong label counts, text features and no features", () => {
  assert.throws(
    () => profileSegments(table, Int32Array.of(0, 1), { features: ["a"] }),
    /^TypeError: Cannot profile segments: 2 labels for 6 rows/,
  );
  assert.throws(
    () => profileSegments(table, labels, { features: ["id"] }),
    /^TypeError: Cannot profile segments: column "id" is of type String/,
  );
  assert.throws(
    () => profileSegments(table, labels, { features: [] }),
    /^TypeError: Cannot profile segments: no feature given/,
  );
});

Deno.test("profileSegments() agrees with a direct computation on random tables", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.integer({ min: -1, max: 3 }),
          fc.integer({ min: -50, max: 50 }),
          fc.double({ min: 0, max: 1e4, noNaN: true }),
        ),
        { minLength: 1, maxLength: 60 },
      ),
      (rows) => {
        const t = pl.DataFrame({ x: rows.map((r) => r[1]), v: rows.map((r) => r[2]) });
        const lab = Int32Array.from(rows.map((r) => r[0]));
        const p = profileSegments(t, lab, { features: ["x", "v"], valueColumn: "v" });
        const distinct = [...new Set(lab)].sort((a, b) => (a < 0 ? 99 : a) - (b < 0 ? 99 : b));
        assert.deepEqual(p.map((s) => s.label), distinct);
        assert.equal(p.reduce((s, q) => s + q.size, 0), rows.length);
        const xs = rows.map((r) => r[1]);
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
        for (const s of p) {
          const mine = rows.filter((r) => r[0] === s.label).map((r) => r[1]).sort((a, b) => a - b);
          const m = mine.reduce((a, b) => a + b, 0) / mine.length;
          const h = mine.length >> 1;
          const med = mine.length % 2 ? mine[h]! : (mine[h - 1]! + mine[h]!) / 2;
          assertAllClose(s.means.x!, m, { rtol: 1e-9, atol: 1e-12 });
          assertAllClose(s.medians.x!, med);
          assertAllClose(s.zScores.x!, sd > 0 ? (m - mean) / sd : 0, { rtol: 1e-9, atol: 1e-9 });
        }
        const totalShare = p.reduce((a, s) => a + s.valueShare!, 0);
        const totalV = rows.reduce((a, r) => a + r[2], 0);
        if (totalV > 0) assertAllClose(totalShare, 1, { rtol: 1e-9 });
      },
    ),
    { seed: 20261122, numRuns: 60 },
  );
});

Deno.test("profileSegments() groups 100k rows quickly", () => {
  const n = 100_000;
  const x = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
  const lab = Int32Array.from({ length: n }, (_, i) => i % 5);
  const t0 = performance.now();
  const p = profileSegments(pl.DataFrame({ x: Array.from(x) }), lab, { features: ["x"] });
  const ms = performance.now() - t0;
  assert.equal(p.length, 5);
  assert.equal(p.reduce((s, q) => s + q.size, 0), n);
  assert.ok(ms < 2000, `took ${ms} ms`);
});
