import assert from "node:assert/strict";
import fc from "fast-check";
import { GRID_MIX_SHARE, nameSegments } from "../../lib/profile/name_segments.ts";
import { ARCHETYPES, GRID_BANDS } from "../../lib/profile/_archetypes.ts";
import { namedSegmentTexts } from "../../lib/text/mod.ts";
import type { SegmentProfile } from "../../lib/base/types.ts";
import { analyzeRfm, mapRoles, readTable } from "../../lib/mod.ts";
import { testWithSharedData } from "../_data.ts";

const base = { name: "", description: "", actions: [], share: 0.5, medians: {} };
/** An RFM profile from z-scores (means = 10 + z, frequency mean given for the one-time rule). */
function rfm(label: number, z: Record<string, number>, size: number, frequency = 3): SegmentProfile {
  const means: Record<string, number> = {};
  for (const [f, v] of Object.entries(z)) means[f] = 10 + v;
  means.frequency = frequency;
  return {
    ...base,
    label,
    size,
    means,
    zScores: z,
    distinctive: Object.entries(z).map(([feature, v]) => ({ feature, z: v }))
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z)),
  };
}

const lapsed = rfm(0, { recency: 1.2, frequency: -0.6, monetary: -0.6 }, 100, 1.7);
const loyal = rfm(1, { recency: -0.8, frequency: 1.0, monetary: 0.7 }, 100, 8);

Deno.test("nameSegments() keeps an RFM name whose band holds the grid segments inside, and says a mix", () => {
  const gridCounts = {
    0: { hibernating: 60, about_to_sleep: 20, potential_loyalist: 15, new: 5 },
    1: { champions: 50, loyal: 45, at_risk: 5 },
  };
  const [a, b] = nameSegments([lapsed, loyal], { kind: "rfm", gridCounts });
  assert.equal(a!.archetype, "hibernating");
  assert.deepEqual(a!.naming.grid!.mix, "active");
  assert.equal(a!.naming.grid!.mixCount, 20);
  assert.deepEqual(a!.naming.grid!.mixKeys, ["potential_loyalist", "new"]);
  // Giving up on the list is dropped while recent buyers are inside; taking them out comes first.
  assert.deepEqual(a!.naming.actions, ["gridActive", "lowCostReactivation"]);
  assert.equal(b!.naming.grid!.mix, null);
  const names = {
    hibernating: "Hibernating",
    about_to_sleep: "About to Sleep",
    potential_loyalist: "Potential Loyalists",
    new: "New Customers",
  };
  const [ta] = namedSegmentTexts([a!], "en", { gridNames: names });
  assert.equal(ta!.name, "Lapsed occasional buyers, with some recent buyers");
  assert.match(
    ta!.description,
    /RFM segments inside: Hibernating 60%, About to Sleep 20%, Potential Loyalists 15%, New Customers 5%\.$/,
  );
  assert.equal(
    ta!.actions[0],
    "First take out the 20 recent buyers inside (Potential Loyalists 15%, New Customers 5%) and treat them as their RFM segment says, not as lapsed",
  );
  const [es] = namedSegmentTexts([a!], "es", { gridNames: { hibernating: "Hibernando" } });
  assert.match(es!.name, /, con algunos compradores recientes$/);
  assert.match(es!.description, /Segmentos RFM en su interior: Hibernando 60%/);
});

Deno.test("nameSegments() does not call a segment lapsed when most of it is recent buyers in the grid", () => {
  // The profile reads lapsed, but 70% of its customers are champions and loyal by the grid.
  const gridCounts = { 0: { champions: 40, loyal: 31, hibernating: 29 }, 1: { champions: 100 } };
  const [a] = nameSegments([lapsed, loyal], { kind: "rfm", gridCounts });
  const band = ARCHETYPES.find((x) => x.kind === "rfm" && x.key === a!.archetype)?.band;
  assert.notEqual(band, "lapsed");
  assert.equal(a!.archetype, "grid");
  assert.deepEqual(a!.naming.actions, ["actByGrid"]);
  const [t] = namedSegmentTexts([a!], "id", { gridNames: { champions: "Juara", loyal: "Setia" } });
  assert.equal(t!.name, "Campuran Juara dan Setia");
  const [b] = nameSegments([lapsed, loyal], {
    kind: "rfm",
    gridCounts: { 0: { champions: 60, hibernating: 40 }, 1: {} },
  });
  assert.equal(
    namedSegmentTexts([b!], "en", { gridNames: { champions: "Champions" } })[0]!.name,
    "Mostly Champions",
  );
});

Deno.test("nameSegments() with grid counts: every RFM name's band holds at least half, and no recent buyers are pruned", () => {
  const keys = Object.keys(GRID_BANDS);
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          r: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
          f: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
          m: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
          times: fc.double({ min: 1, max: 9, noNaN: true }),
          counts: fc.array(fc.nat({ max: 50 }), { minLength: keys.length, maxLength: keys.length }),
        }),
        { minLength: 2, maxLength: 6 },
      ),
      (segments) => {
        const profiles = segments.map((s, i) =>
          rfm(i, { recency: s.r, frequency: s.f, monetary: s.m }, 10, s.times)
        );
        const gridCounts = Object.fromEntries(
          segments.map((s, i) => [i, Object.fromEntries(keys.map((k, j) => [k, s.counts[j]!]))]),
        );
        for (const p of nameSegments(profiles, { kind: "rfm", gridCounts })) {
          const a = ARCHETYPES.find((x) => x.kind === "rfm" && x.key === p.archetype);
          const counts = gridCounts[p.label]!;
          const total = Object.values(counts).reduce((x, y) => x + y, 0);
          const inBand = (b: string) =>
            Object.entries(counts).filter(([k]) => GRID_BANDS[k] === b).reduce((x, [, n]) => x + n, 0);
          if (a?.band && total > 0) assert.ok(inBand(a.band) + inBand("middle") >= total / 2, p.archetype);
          if (p.archetype === "grid") {
            const [t] = namedSegmentTexts([p], "en", {
              gridNames: Object.fromEntries(keys.map((k) => [k, k])),
            });
            const top = Math.max(...Object.values(counts));
            if (t!.name.startsWith("Mostly ")) assert.ok(top >= total / 2, t!.name);
            else assert.match(t!.name, /^Mix of \w+ and \w+( |$)/);
          }
          const active = inBand("active");
          if (a?.band === "lapsed" && total > 0 && active / total >= GRID_MIX_SHARE) {
            assert.equal(p.naming.grid!.mix, "active");
            assert.ok(!p.naming.actions.some((k) => k === "lowContactCosts" || k === "oneWinBack"));
          }
        }
      },
    ),
    { seed: 16, numRuns: 200 },
  );
});

testWithSharedData(
  "analyzeRfm() on the retail file: the k = 2 lapsed segment says it holds recent buyers and does not tell to prune them",
  "ventas-por-factura.csv",
  async (path) => {
    const loaded = await readTable(path);
    const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { value: false, nBoot: 2, k: 2 });
    const rows = run.crosstab.rows, cols = run.crosstab.cols;
    let lapsedWithRecent = 0;
    for (const [i, p] of run.segmentation.profiles.entries()) {
      const row = run.crosstab.counts[rows.indexOf(p.name)]!;
      const recent = ["Potential Loyalists", "New Customers", "Promising"].reduce(
        (s, c) => s + (cols.includes(c) ? row[cols.indexOf(c)]! : 0),
        0,
      );
      // Old code: "Lapsed occasional buyers" held 242 Potential Loyalists and 65 New Customers
      // (and 163 Promising) with "Keep contact costs low; clean the mailing list".
      const band = ARCHETYPES.find((a) => a.kind === "rfm" && a.key === p.archetype)?.band;
      if (band === "lapsed" && recent / p.size >= 0.1) {
        lapsedWithRecent++;
        assert.match(p.name, /with some recent buyers/, `segment ${i}`);
        assert.doesNotMatch(p.actions.join(" "), /clean the mailing list|stop spending on contact/);
        assert.match(
          p.actions[0]!,
          new RegExp(`^First take out the \\d+ recent buyers inside \\(Potential Loyalists`),
        );
      }
      assert.match(p.description, /RFM segments inside: /);
    }
    assert.equal(lapsedWithRecent, 1);
  },
);
