import assert from "node:assert/strict";
import { clusterStructure, structureVerdict } from "../../lib/validate/structure_verdict.ts";
import type { HopkinsResult } from "../../lib/validate/hopkins.ts";
import type { SigClustResult } from "../../lib/validate/sigclust.ts";
import type { StabilityResult } from "../../lib/validate/stability.ts";
import { verdictDetails, verdictHeadline } from "../../lib/text/validate.ts";
import { words } from "../../lib/text/mod.ts";
import type { Lang } from "../../lib/base/types.ts";

function hop(statistic: number, tiedColumns: string[] = []): HopkinsResult {
  const verdict = statistic >= 0.75 ? "clustered" : statistic < 0.3 ? "regular" : "no clear structure";
  return {
    statistic,
    values: [statistic],
    verdict,
    sampleSize: 10,
    repeats: 1,
    seed: 0,
    exponent: 3,
    tiedColumns,
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

/** A SigClust result: `separated` (p 0, valley 0.2), `shape` (p 0, valley 1.05) or `none` (p 0.6). */
function sig(kind: "separated" | "shape" | "none"): SigClustResult {
  const pValue = kind === "none" ? 0.6 : 0;
  const valley = kind === "separated" ? 0.2 : 1.05;
  return {
    clusterIndex: kind === "separated" ? 0.4 : 0.75,
    pValue,
    pValueNormal: pValue,
    significant: pValue < 0.05,
    valley,
    separated: kind === "separated",
    alpha: 0.05,
    simulated: [0.7, 0.8],
    eigenvalues: [1, 1, 1],
    backgroundVariance: 1,
    covariance: "sample",
    sampleSize: 100,
    tiedColumns: [],
    nSim: 100,
    seed: 0,
    warnings: [],
  };
}

Deno.test("structureVerdict() returns the level, the finding and the facts it rests on", () => {
  const v = structureVerdict(hop(0.912), stab("stable", 0.95, [0.9, 0.8, 0.85]), {
    gapK: 3,
    sigclust: sig("separated"),
    silhouette: 0.456,
  });
  assert.equal(v.level, "good");
  assert.equal(v.structure, "clear");
  assert.equal(v.finding, "clear");
  assert.deepEqual(v.hopkins, { statistic: 0.912, verdict: "clustered", exponent: 3, tiedColumns: [] });
  assert.deepEqual(v.sigclust, {
    pValue: 0,
    clusterIndex: 0.4,
    significant: true,
    valley: 0.2,
    separated: true,
    nSim: 100,
    nullIndex: 0.75,
  });
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
  const cases: [number, SigClustResult | null, number | null, StabilityResult, string, string][] = [
    [0.9, sig("separated"), 3, stab("stable", 0.9, [0.9, 0.9]), "good", "clear"],
    [0.9, sig("separated"), null, stab("stable", 0.9, [0.9, 0.9]), "good", "clear"],
    [0.9, sig("separated"), 3, stab("unstable", 0.4, [0.5, 0.9]), "bad", "unstable"],
    [0.9, sig("separated"), 3, stab("fragile", 0.7, [0.7, 0.9]), "warn", "clustered-fragile"],
    // The gap statistic does not overrule SigClust (it misses narrow, long groups).
    [0.9, sig("separated"), 1, stab("stable", 0.9, [0.9, 0.9]), "good", "clear"],
    [0.5, sig("separated"), 1, stab("stable", 0.9, [0.9, 0.9]), "warn", "mixed-stable"],
    [0.5, sig("separated"), 3, stab("fragile", 0.7, [0.7, 0.9]), "bad", "mixed-unstable"],
    // A significant SigClust without a density valley is one population of some other shape.
    [0.99, sig("shape"), 2, stab("stable", 0.9, [0.9, 0.9]), "warn", "continuum-stable"],
    [0.9, sig("none"), 3, stab("fragile", 0.7, [0.7, 0.9]), "bad", "continuum-unstable"],
    [0.9, null, 1, stab("stable", 0.9, [0.9, 0.9]), "warn", "continuum-stable"],
    [0.9, null, 3, stab("stable", 0.9, [0.9, 0.9]), "good", "clear"],
    [0.5, sig("shape"), null, stab("stable", 0.9, [0.9, 0.9]), "warn", "weak-stable"],
    [0.5, null, null, stab("unstable", 0.3, [0.4, 0.9]), "bad", "none"],
  ];
  for (const [h, s, gapK, st, level, finding] of cases) {
    const v = structureVerdict(hop(h), st, { gapK, sigclust: s });
    assert.equal(v.finding, finding, `${h} ${s?.separated} ${gapK}`);
    assert.equal(v.level, level, finding);
  }
  // Hopkins alone never makes "clear": a high statistic with no separation is a continuum.
  assert.equal(clusterStructure(hop(1), sig("shape"), 5), "weak");
});

/**
 * The longest literal piece of a template found in no other claim: the words that make this
 * claim, whatever its numbers.
 */
function core(template: string, others: readonly string[]): string {
  const own = template.split(/\{[^}]+\}/).filter((piece) =>
    !others.some((o) => o !== template && o.includes(piece))
  );
  const piece = own.reduce((a, b) => (b.length > a.length ? b : a), "");
  assert.ok(piece.length >= 12, `no distinctive words in "${template}"`);
  return piece;
}

/** Phrases that claim groups exist, and phrases that deny them, in one language's text layer. */
function claims(lang: Lang): { pro: string[]; con: string[] } {
  const v = words(lang).validate;
  const pro = [v.verdict.gapMany, v.sigclust.separated];
  const con = [
    v.verdict.gapOne,
    v.verdict.gapManyShape,
    v.sigclust.shape,
    v.sigclust.notSignificant,
    v.hopkins.noClearStructure,
    v.hopkins.regular,
  ];
  const all = [...pro, ...con];
  return { pro: pro.map((t) => core(t, all)), con: con.map((t) => core(t, all)) };
}

const PRO_FINDINGS = new Set(["clear", "clustered-fragile", "unstable"]);
const CON_FINDINGS = new Set(["continuum-stable", "continuum-unstable", "weak-stable", "none"]);

Deno.test("no bullet of verdictDetails() contradicts verdictHeadline(), for every combination of signals", () => {
  const hopkinsValues = [0.2, 0.5, 0.9, 1];
  const sigs = [null, sig("separated"), sig("shape"), sig("none")];
  const gaps = [null, 1, 2, 4];
  const stabs = [
    stab("stable", 0.95, [0.9, 0.85]),
    stab("fragile", 0.7, [0.7, 0.9]),
    stab("unstable", 0.4, [0.4, 0.9]),
    stab("unstable", 0.6, [0.55, 0.9]),
  ];
  const seen = new Set<string>();
  for (const lang of ["en", "es", "id"] as const) {
    const { pro, con } = claims(lang);
    for (const h of hopkinsValues) {
      for (const ties of [[], ["frequency"]]) {
        for (const s of sigs) {
          for (const gapK of gaps) {
            for (const st of stabs) {
              for (const silhouette of [undefined, 0.31]) {
                const v = structureVerdict(hop(h, ties), st, {
                  sigclust: s,
                  gapK,
                  ...(silhouette === undefined ? {} : { silhouette }),
                });
                seen.add(v.finding);
                const headline = verdictHeadline(v, lang);
                const bullets = verdictDetails(v, lang);
                const label = `${lang} ${v.finding} h=${h} sig=${
                  s ? (s.separated ? "sep" : s.significant ? "shape" : "no") : "-"
                } gap=${gapK} ${st.verdict}`;
                const forbidden = PRO_FINDINGS.has(v.finding) ? con : CON_FINDINGS.has(v.finding) ? pro : [];
                for (const text of [headline, ...bullets]) {
                  assert.doesNotMatch(text, /\{|\}/, `${label}: unfilled placeholder in "${text}"`);
                  for (const phrase of forbidden) {
                    assert.ok(
                      !text.includes(phrase),
                      `${label}: "${text}" contradicts the headline "${headline}"`,
                    );
                  }
                }
                if (lang === "en") {
                  // The words that contradicted the headline before: Hopkins read as "real groups".
                  for (const text of bullets) {
                    assert.doesNotMatch(text, /clearly clustered|real groups exist/, label);
                  }
                  if (CON_FINDINGS.has(v.finding)) {
                    assert.match(
                      headline,
                      /^(One continuous population, no separate groups|No natural grouping)/,
                      label,
                    );
                  }
                  if (PRO_FINDINGS.has(v.finding)) assert.match(headline, /^(Separate|Unstable)/, label);
                  if (v.finding.startsWith("mixed")) assert.match(headline, /^Mixed evidence/, label);
                }
                assert.equal(
                  bullets.length,
                  2 + (s ? 1 : 0) + (gapK === null ? 0 : 1) + (silhouette ? 1 : 0),
                  label,
                );
                if (ties.length > 0) assert.ok(bullets[0]!.length > hopkinsTextLength(h, lang), label);
              }
            }
          }
        }
      }
    }
  }
  assert.equal(seen.size, 9, `every finding is reached: ${[...seen].join(", ")}`);
});

function hopkinsTextLength(h: number, lang: Lang): number {
  return verdictDetails(structureVerdict(hop(h), stab("stable", 0.9, [0.9, 0.9])), lang)[0]!.length;
}

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
    "Gap statistic (Tibshirani et al.): one group fits as well as any split, measured against uniform reference data",
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

Deno.test("verdictHeadline() on a continuum cites SigClust and its missing valley, not Hopkins", () => {
  const v = structureVerdict(
    hop(0.999, ["recency", "frequency", "monetary"]),
    stab("stable", 0.9, [0.9, 0.9, 0.8]),
    {
      gapK: 2,
      sigclust: sig("shape"),
    },
  );
  assert.equal(
    verdictHeadline(v, "en"),
    "One continuous population, no separate groups (SigClust p < 0.01, but no dip in density between the two halves of a 2-means split): the 3 segments are a convenient partition of a continuum; they are reproducible",
  );
  const bullets = verdictDetails(v, "en");
  assert.match(bullets[0]!, /far from uniform.* That alone does not show separate groups/);
  assert.match(bullets[0]!, /Values shared by several rows .* in 3 of 3 columns were first spread evenly/);
  assert.match(
    bullets[1]!,
    /cluster index 0\.75 against 0\.75 expected; p < 0\.01 over 100 simulations\), but the density does not dip between its two halves \(lowest 105 % of the lower centre\)/,
  );
  assert.match(
    bullets[2]!,
    /k = 2 fits better than one group measured against uniform reference data, but the other tests find no separate groups/,
  );
  assert.match(
    verdictHeadline(v, "id"),
    /^Satu populasi yang kontinu, tanpa kelompok terpisah \(SigClust p < 0,01/,
  );
});
