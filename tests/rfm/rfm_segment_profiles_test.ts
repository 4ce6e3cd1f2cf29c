import assert from "node:assert/strict";
import { rfmProfilesText } from "../../lib/text/rfm.ts";
import pl from "nodejs-polars";
import { rfmSegmentProfiles } from "../../lib/rfm/rfm_segment_profiles.ts";
import { RF_GRID_SEGMENTS } from "../../lib/rfm/rf_grid_segments.ts";
import type { RfmRuleSet } from "../../lib/rfm/check_rule_set.ts";

const customers = pl.DataFrame({
  recency: [300, 5, 3, 200],
  frequency: [1, 10, 12, 2],
  monetary: [20, 500, 480, 0],
  segment: ["hibernating", "champions", "champions", "hibernating"],
});

Deno.test("rfmSegmentProfiles() profiles RF-grid segments by key, in rule-set order; rfmProfilesText() words them", () => {
  const keyed = rfmSegmentProfiles(customers);
  assert.deepEqual(keyed.map((p) => p.name), ["hibernating", "champions"]);
  assert.deepEqual(keyed.map((p) => p.actions), [[], []]);
  const profiles = rfmProfilesText(keyed, RF_GRID_SEGMENTS, "en");
  assert.deepEqual(profiles.map((p) => p.name), ["Hibernating", "Champions"]);
  assert.deepEqual(rfmProfilesText(keyed, RF_GRID_SEGMENTS, "es").map((p) => p.name), [
    "En hibernación",
    "Campeones",
  ]);
  const [hibernating, champions] = profiles;
  assert.equal(hibernating!.size, 2);
  assert.equal(hibernating!.means.recency, 250);
  assert.equal(champions!.medians.frequency, 11);
  assert.equal(champions!.valueShare, 0.98);
  assert.ok(champions!.actions.length > 0);
  assert.match(champions!.description, /\w/);
});

Deno.test("rfmSegmentProfiles() takes a rule set; rfmProfilesText() uses its own words", () => {
  const ruleSet: RfmRuleSet = {
    name: "two",
    axes: "RF",
    segments: [
      {
        key: "champions",
        cells: [{ r: [4, 5], f: [4, 5] }],
        names: { en: "Best", es: "Mejores", id: "Terbaik" },
        descriptions: { en: "Best.", es: "Los mejores.", id: "Terbaik." },
        actions: [{ en: "Thank", es: "Agradecer", id: "Berterima kasih" }],
      },
      {
        key: "hibernating",
        cells: [{ r: [1, 3], f: [1, 3] }],
        names: { en: "Asleep", es: "Dormidos", id: "Tidur" },
        descriptions: { en: "Asleep.", es: "Dormidos.", id: "Tidur." },
        actions: [{ en: "Wake", es: "Despertar", id: "Bangunkan" }],
      },
    ],
  };
  const keyed = rfmSegmentProfiles(customers, { ruleSet });
  assert.deepEqual(keyed.map((p) => p.name), ["champions", "hibernating"]);
  const profiles = rfmProfilesText(keyed, ruleSet, "es");
  assert.deepEqual(profiles.map((p) => p.name), ["Mejores", "Dormidos"]);
  assert.deepEqual(profiles.map((p) => p.description), ["Los mejores.", "Dormidos."]);
  assert.deepEqual(profiles[1]!.actions, ["Despertar"]);
});

Deno.test("rfmSegmentProfiles() passes on profileSegments' error for a missing measure", () => {
  assert.throws(
    () => rfmSegmentProfiles(customers.drop("monetary")),
    /^InputError: Cannot profile segments: column "monetary" is missing/,
  );
});

Deno.test("rfmSegmentProfiles() asks for the segment column", () => {
  assert.throws(
    () => rfmSegmentProfiles(customers.drop("segment")),
    /^RangeError: Cannot profile the RFM segments: there is no column "segment"/,
  );
});
