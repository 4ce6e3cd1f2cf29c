import assert from "node:assert/strict";
import pl from "nodejs-polars";
import {
  RF_GRID_SEGMENTS,
  RFM_11_SEGMENTS,
  type RfmScores,
  scoreRfm,
  segmentRfm,
} from "../../lib/rfm/mod.ts";
import { withSegmentNames } from "../../lib/text/rfm.ts";

/** Scores as scoreRfm returns them, for customers with the given r/f/m digits. */
function scoresOf(codes: string[], bins = 5): RfmScores {
  const digit = (i: number) => codes.map((c) => Number(c[i]));
  const table = pl.DataFrame({
    customer: codes.map((_, i) => `c${i}`),
    r_score: digit(0),
    f_score: digit(1),
    m_score: digit(2),
    rfm: codes,
  }).withColumns(
    pl.col("r_score").cast(pl.Int32),
    pl.col("f_score").cast(pl.Int32),
    pl.col("m_score").cast(pl.Int32),
  );
  const none = { recency: [], frequency: [], monetary: [] };
  return {
    table,
    bins,
    thresholds: none,
    distinctBins: { r: bins, f: bins, m: bins },
    warnings: [],
  };
}

Deno.test("segmentRfm() names cells with the default R-by-F grid, ignoring M", () => {
  const named = segmentRfm(
    scoresOf(["111", "225", "153", "311", "331", "345", "412", "511", "523", "545", "551"]),
  );
  assert.deepEqual(named.getColumn("segment").toArray(), [
    "hibernating",
    "hibernating",
    "cant_lose",
    "about_to_sleep",
    "need_attention",
    "loyal",
    "promising",
    "new",
    "potential_loyalist",
    "champions",
    "champions",
  ]);
  assert.deepEqual(named.columns.at(-1), "segment");
  const withNames = withSegmentNames(named, RF_GRID_SEGMENTS, "en");
  assert.deepEqual(withNames.getColumn("segment_name").toArray().slice(0, 3), [
    "Hibernating",
    "Hibernating",
    "Can't Lose Them",
  ]);
  assert.deepEqual(withNames.columns.slice(-2), ["segment", "segment_name"]);
});

Deno.test("withSegmentNames() names segmentRfm()'s keys in Spanish and Indonesian", () => {
  const s = segmentRfm(scoresOf(["555", "144", "155"]));
  assert.deepEqual(withSegmentNames(s, RF_GRID_SEGMENTS, "es").getColumn("segment_name").toArray(), [
    "Campeones",
    "En riesgo",
    "No se pueden perder",
  ]);
  assert.deepEqual(withSegmentNames(s, RF_GRID_SEGMENTS, "id").getColumn("segment_name").toArray(), [
    "Juara",
    "Berisiko",
    "Jangan Sampai Hilang",
  ]);
});

Deno.test("segmentRfm() refuses a rule set that is not a partition, and says why", () => {
  assert.throws(
    () => segmentRfm(scoresOf(["555"]), RFM_11_SEGMENTS),
    /^RangeError: Cannot segment RFM scores with rule set "Published 11-segment RFM table": it is not an exact partition of the 125 score cells \(36 in no segment, 42 in several; unreachable: "recent", "promising", "cant_lose", "lost"\); fix the rule set or pass \{ strict: false \}/,
  );
});

Deno.test("segmentRfm() with strict: false lets the first listed segment win and files gaps as other", () => {
  // 555: Champions and Loyal, Champions first; 511: Potential Loyalist before Recent; 113: a gap.
  const named = segmentRfm(scoresOf(["555", "511", "113", "155"]), RFM_11_SEGMENTS, {
    strict: false,
  });
  assert.deepEqual(named.getColumn("segment").toArray(), [
    "champions",
    "potential_loyalist",
    "other",
    "at_risk",
  ]);
  assert.deepEqual(withSegmentNames(named, RFM_11_SEGMENTS, "es").getColumn("segment_name").toArray(), [
    "Campeones",
    "Potencialmente leales",
    "Otros",
    "En riesgo",
  ]);
});

Deno.test("segmentRfm() works on scoreRfm output end to end", () => {
  const rfm = pl.DataFrame({
    customer: ["a", "b", "c", "d", "e"],
    recency: [1, 10, 20, 30, 40],
    frequency: [9, 5, 3, 2, 1],
    monetary: [500, 200, 100, 50, 10],
  });
  const named = segmentRfm(scoreRfm(rfm));
  assert.deepEqual(named.getColumn("rfm").toArray(), ["555", "444", "333", "222", "111"]);
  assert.deepEqual(named.getColumn("segment").toArray(), [
    "champions",
    "loyal",
    "need_attention",
    "hibernating",
    "hibernating",
  ]);
});

Deno.test("segmentRfm() rejects an RFM rule set on scores without m_score", () => {
  const s = scoresOf(["555"]);
  const noM = { ...s, table: s.table.drop("m_score") };
  assert.throws(
    () => segmentRfm(noM, RFM_11_SEGMENTS, { strict: false }),
    /^TypeError: Cannot segment RFM scores with rule set "Published 11-segment RFM table": the table has no "m_score" column/,
  );
});

Deno.test("segmentRfm() does not change its input", () => {
  const s = scoresOf(["555", "111"]);
  const before = s.table.clone();
  segmentRfm(s);
  assert.ok(s.table.frameEqual(before));
});
