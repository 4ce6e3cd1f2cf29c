import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { segmentSummary } from "../../lib/text/segment_summary.ts";
import { profileSegments } from "../../lib/profile/profile_segments.ts";
import { nameSegments } from "../../lib/profile/name_segments.ts";
import { ruleSegments } from "../../lib/profile/rule_segments.ts";
import { riskRules } from "../../lib/profile/risk_rules.ts";
import { namedSegmentTexts, ruleSegmentationTexts } from "../../lib/text/mod.ts";

const table = pl.DataFrame({
  pendapatan_bulanan: [10, 12, 4, 5, 20, 6],
  keterlambatan_rata2: [0, 0, 5, 6, 1, 0],
  jumlah_kredit_aktif: [0, 1, 3, 2, 0, 1],
});
const features = ["pendapatan_bulanan", "keterlambatan_rata2", "jumlah_kredit_aktif"];

Deno.test("segmentSummary() makes the team's table from named profiles", () => {
  const profiles = namedSegmentTexts(
    nameSegments(profileSegments(table, Int32Array.of(0, 0, 1, 1, 0, 0), { features })),
    "en",
  );
  const s = segmentSummary(profiles, { lang: "en" });
  assert.deepEqual(s.columns, [
    "Segment",
    "Customers",
    "Mean pendapatan_bulanan",
    "Mean keterlambatan_rata2",
    "Mean jumlah_kredit_aktif",
    "Interpretation",
    "Recommendation",
  ]);
  assert.equal(s.rows.length, 2);
  assert.deepEqual(s.rows.map((r) => r.slice(1, 5)), [[4, 12, 0.25, 0.5], [2, 4.5, 5.5, 2.5]]);
  assert.equal(s.rows[1]![0], "At-risk payers");
  assert.equal(s.rows[1]![5], profiles[1]!.description);
  assert.equal(s.rows[1]![6], profiles[1]!.actions.join("; "));
});

Deno.test("segmentSummary() shows chosen columns in Spanish and texts of rule segments", () => {
  const rules = ruleSegmentationTexts(
    ruleSegments(
      table,
      riskRules({
        delayColumn: "keterlambatan_rata2",
        creditsColumn: "jumlah_kredit_aktif",
        riskDelay: 5,
        disciplinedDelay: 1,
      }),
    ),
    "es",
  );
  const profiles = profileSegments(table, rules.labels, { features });
  const s = segmentSummary(profiles, {
    lang: "es",
    columns: ["pendapatan_bulanan"],
    segments: rules.segments,
  });
  assert.deepEqual(s.columns, [
    "Segmento",
    "Clientes",
    "Media de pendapatan_bulanan",
    "Interpretación",
    "Recomendación",
  ]);
  assert.deepEqual(s.rows.map((r) => r[0]), ["Clientes en riesgo", "Clientes regulares"]);
  assert.deepEqual(s.rows.map((r) => r[1]), [2, 4]);
  assert.match(String(s.rows[0]![4]), /reestructuración/);
});

Deno.test("segmentSummary() labels unnamed segments and rejects unknown columns", () => {
  const profiles = profileSegments(table, Int32Array.of(0, 0, 1, 1, 0, 0), { features });
  assert.equal(segmentSummary(profiles, { lang: "id" }).rows[1]![0], "Segmen 1");
  assert.equal(segmentSummary(profiles, { lang: "en" }).rows[1]![0], "Segment 1");
  assert.equal(segmentSummary(profiles, { lang: "es" }).rows[0]![0], "Segmento 0");
  assert.throws(
    () => segmentSummary(profiles, { lang: "en", columns: ["income"] }),
    /^RangeError: Cannot summarise segments: column "income" is not a profiled feature; use one of "pendapatan_bulanan"/,
  );
});
