/** The words of rfm/, validate/, choose_k/ and cluster/ (lib/text/{rfm,validate,choose_k,cluster}.ts) and their formats. */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { fill } from "../../lib/text/mod.ts";
import { segmentWords, withSegmentNames } from "../../lib/text/rfm.ts";
import { epsText } from "../../lib/text/cluster.ts";
import { RF_GRID_SEGMENTS, type RfmRuleSet } from "../../lib/rfm/mod.ts";

Deno.test("fill() {x:fx2} rounds as toFixed(2) and writes the language's decimal mark", () => {
  // toFixed rounds the binary value: 1.005 is 1.00499..., so "1.00" (Intl would say "1.01").
  assert.equal(fill("{x:fx2}", { x: 1.005 }, "en"), (1.005).toFixed(2));
  assert.equal(fill("{x:fx2}", { x: 1.005 }, "en"), "1.00");
  assert.equal(fill("{x:fx2}", { x: 0.615 }, "es"), "0,61");
  assert.equal(fill("{x:fx2}", { x: -0.5 }, "id"), "-0,50");
  assert.equal(fill("{x:fx2}", { x: 12345.678 }, "es"), "12345,68");
});

Deno.test("fill() {cuts:list6} writes cuts as the scores' warnings always did", () => {
  const cuts = [1, 1, 2, 3.4000000001, 1234.5678901];
  assert.equal(fill("{cuts:list6}", { cuts }, "en"), "1, 1, 2, 3.4, 1234.57");
  assert.equal(fill("{cuts:list6}", { cuts }, "es"), "1; 1; 2; 3,4; 1235");
});

Deno.test("segmentWords() reads a rule set's own words, else the key; 'other' and '(new)' have names", () => {
  const own: RfmRuleSet = {
    name: "own",
    axes: "RF",
    segments: [
      { key: "vip", cells: [{ r: [2] }], names: { en: "VIP", es: "VIP", id: "VIP" } },
      { key: "rest", cells: [{ r: [1] }] },
    ],
  };
  assert.deepEqual(segmentWords(own, "vip", "es"), { name: "VIP", description: "", actions: [] });
  assert.deepEqual(segmentWords(own, "rest", "es"), { name: "rest", description: "", actions: [] });
  assert.equal(segmentWords(own, "other", "es").name, "Otros");
  assert.equal(segmentWords(RF_GRID_SEGMENTS, "(new)", "id").name, "(baru)");
  const champions = segmentWords(RF_GRID_SEGMENTS, "champions", "en");
  assert.equal(champions.actions.length, 3);
  assert.match(champions.description, /^\S/);
});

Deno.test("withSegmentNames() adds segment_name after segment and keeps nulls", () => {
  const t = withSegmentNames(
    pl.DataFrame({ c: [1, 2, 3], segment: ["new", null, "loyal"] }),
    RF_GRID_SEGMENTS,
    "en",
  );
  assert.deepEqual(t.columns, ["c", "segment", "segment_name"]);
  assert.deepEqual(t.getColumn("segment_name").toArray(), ["New Customers", null, "Loyal Customers"]);
  assert.throws(
    () => withSegmentNames(pl.DataFrame({ c: [1] }), RF_GRID_SEGMENTS, "en"),
    /no column "segment"/,
  );
});

Deno.test("epsText() says the fallback when the curve has no knee", () => {
  const s = {
    eps: 2.5,
    minSamples: 3,
    kDistances: new Float64Array(10),
    how: "fallback",
    coreRows: 4,
  } as const;
  assert.equal(
    epsText(s, "en"),
    "eps = 2.5: the k-distance curve (k = 3) has no clear knee, so this is its point of sharpest bend (farthest above the chord); check the curve by eye",
  );
  assert.match(epsText(s, "es"), /^eps = 2\.5: la curva de distancias k \(k = 3\) no tiene un codo claro/);
});
