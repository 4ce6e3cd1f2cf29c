import assert from "node:assert/strict";
import { structureVerdict } from "../../lib/validate/structure_verdict.ts";
import type { HopkinsResult } from "../../lib/validate/hopkins.ts";
import type { StabilityResult } from "../../lib/validate/stability.ts";
import { verdictDetails, verdictHeadline } from "../../lib/text/validate.ts";

function hop(statistic: number): HopkinsResult {
  const verdict = statistic >= 0.75 ? "clustered" : statistic < 0.3 ? "regular" : "no clear structure";
  return {
    statistic,
    values: [statistic],
    verdict,
    sampleSize: 10,
    repeats: 1,
    seed: 0,
    exponent: 2,
    warnings: [],
  };
}

function stab(verdict: StabilityResult["verdict"], ari: number, jaccards: number[]): StabilityResult {
  return {
    k: jaccards.length,
    nBoot: 20,
    seed: 0,
    ari: { mean: ari, min: ari, values: [ari] },
    perSegment: jaccards.map((jaccard, label) => ({
      label,
      jaccard,
      minJaccard: jaccard,
      size: 10,
      reading: "stable",
    })),
    verdict,
    warnings: [],
  };
}

Deno.test("structureVerdict() returns the level, the finding and the facts it rests on", () => {
  const v = structureVerdict(hop(0.912), stab("stable", 0.95, [0.9, 0.8, 0.85]), {
    gapK: 3,
    silhouette: 0.456,
  });
  assert.equal(v.level, "good");
  assert.equal(v.structure, "clear");
  assert.equal(v.finding, "clear");
  assert.deepEqual(v.hopkins, { statistic: 0.912, verdict: "clustered" });
  assert.equal(v.stability.k, 3);
  assert.equal(v.gapK, 3);
  assert.equal(v.silhouette, 0.456);
  assert.equal(structureVerdict(hop(0.9), stab("stable", 0.9, [0.9, 0.9])).silhouette, null);
  assert.equal(
    structureVerdict(hop(0.9), stab("stable", 0.9, [0.9, 0.9]), { silhouette: NaN }).silhouette,
    null,
  );
});

Deno.test("structureVerdict() reads each case of its table", () => {
  const cases: [number, number | null, StabilityResult, string, string][] = [
    [0.9, 3, stab("unstable", 0.4, [0.5, 0.9]), "bad", "unstable"],
    [0.9, 3, stab("fragile", 0.7, [0.7, 0.9]), "warn", "clustered-fragile"],
    [0.9, 1, stab("stable", 0.9, [0.9, 0.9]), "warn", "continuum-stable"],
    [0.9, 1, stab("fragile", 0.7, [0.7, 0.9]), "bad", "continuum-unstable"],
    [0.5, null, stab("stable", 0.9, [0.9, 0.9]), "warn", "weak-stable"],
    [0.5, null, stab("unstable", 0.3, [0.4, 0.9]), "bad", "none"],
  ];
  for (const [h, gapK, s, level, finding] of cases) {
    const v = structureVerdict(hop(h), s, { gapK });
    assert.equal(v.level, level, finding);
    assert.equal(v.finding, finding);
  }
});

Deno.test("verdictHeadline() and verdictDetails() say the verdict from its numbers in en and es", () => {
  const v = structureVerdict(hop(0.5049), stab("fragile", 0.7349, [0.7, 0.9]), {
    gapK: 1,
    silhouette: 0.3125,
  });
  assert.equal(v.finding, "none");
  assert.equal(
    verdictHeadline(v, "en"),
    "No natural grouping: the data shows no clear cluster structure (Hopkins 0.50) and a 2-segment split is fragile; treat segments as a convenient partition, or use business rules",
  );
  assert.equal(
    verdictHeadline(v, "es"),
    "No hay agrupación natural: los datos no muestran estructura de grupos clara (Hopkins 0,50) y una división en 2 segmentos es frágil; trate los segmentos como una partición de conveniencia o use reglas de negocio",
  );
  assert.deepEqual(verdictDetails(v, "en"), [
    "Hopkins statistic 0.50 (between 0.3 and 0.75): no clear cluster structure; the data looks about as grouped as random, uniform data (0.5), so any clustering splits a continuum and its segments are a convenience, not natural groups. Consider business-rule segments.",
    "Gap statistic (Tibshirani et al.): one group fits as well as any split, so the segments are a partition of a continuum",
    "Stability over 20 bootstrap resamples: mean ARI 0.73; Fragile: over 20 bootstrap resamples some segments changed noticeably (lowest mean Jaccard 0.70, below 0.75; mean adjusted Rand index 0.73). Treat their boundaries as approximate.",
    "Mean silhouette 0.31 (1 = well separated, 0 = overlapping)",
  ]);
  const es = verdictDetails(v, "es");
  assert.equal(es.length, 4);
  assert.match(es[0]!, /^Estadístico de Hopkins 0,50 \(entre 0,3 y 0,75\)/);
  assert.equal(es[3], "Silueta media 0,31 (1 = bien separados, 0 = solapados)");
  // Without the gap statistic and a silhouette, only Hopkins and stability are cited.
  assert.equal(verdictDetails(structureVerdict(hop(0.9), stab("stable", 0.9, [0.9, 0.8])), "en").length, 2);
});
