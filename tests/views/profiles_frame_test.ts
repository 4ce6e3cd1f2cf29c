import assert from "node:assert/strict";
import { profilesFrame } from "../../lib/views/profiles_frame.ts";
import { profile } from "./_fixtures.ts";

Deno.test("profilesFrame() puts the median of every feature next to its mean", () => {
  const f = profilesFrame([
    profile(0, "Big", {
      size: 1,
      share: 1 / 3,
      means: { spend: 90.456, visits: 9 },
      medians: { spend: 90, visits: 8.5 },
      actions: ["Call", "Mail"],
    }),
    profile(1, "Small", {
      size: 2,
      share: 2 / 3,
      means: { spend: 10, visits: 1 },
      medians: { spend: 9.5, visits: 1 },
    }),
  ]);
  assert.deepEqual(f.columns, [
    "segment",
    "customers",
    "share",
    "mean spend",
    "median spend",
    "mean visits",
    "median visits",
    "description",
    "actions",
  ]);
  assert.deepEqual(f.getColumn("segment").toArray(), ["Big", "Small"]);
  assert.deepEqual(f.getColumn("share").toArray(), [0.333, 0.667]);
  assert.deepEqual(f.getColumn("mean spend").toArray(), [90.46, 10]);
  assert.deepEqual(f.getColumn("median spend").toArray(), [90, 9.5]);
  assert.deepEqual(f.getColumn("median visits").toArray(), [8.5, 1]);
  assert.deepEqual(f.getColumn("actions").toArray(), ["Call; Mail", ""]);
});

Deno.test("profilesFrame() adds value_share only when a profile has one", () => {
  const without = profilesFrame([profile(0, "A", { means: { m: 1 }, medians: { m: 1 } })]);
  assert.ok(!without.columns.includes("value_share"));
  const withShare = profilesFrame([
    profile(0, "A", { valueShare: 0.12345, means: { m: 1 }, medians: { m: 1 } }),
    profile(1, "B", { means: { m: 2 }, medians: { m: 2 } }),
  ]);
  assert.deepEqual(withShare.columns.slice(0, 4), ["segment", "customers", "share", "value_share"]);
  const shares = withShare.getColumn("value_share").toArray() as number[];
  assert.equal(shares[0], 0.123);
  assert.ok(Number.isNaN(shares[1]));
});

Deno.test("profilesFrame() shows NaN for a feature a profile lacks", () => {
  const f = profilesFrame([
    profile(0, "A", { means: { x: 1 }, medians: { x: 1 } }),
    profile(1, "B", { means: {}, medians: {} }),
  ]);
  const means = f.getColumn("mean x").toArray() as number[];
  assert.equal(means[0], 1);
  assert.ok(Number.isNaN(means[1]));
});
