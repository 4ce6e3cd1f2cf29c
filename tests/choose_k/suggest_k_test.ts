import assert from "node:assert/strict";
import { suggestK } from "../../lib/choose_k/suggest_k.ts";
import { suggestKText } from "../../lib/text/choose_k.ts";
import type { KSweep } from "../../lib/choose_k/sweep_k.ts";

/** A sweep made by hand: only the fields suggestK reads matter. */
function sweep(over: Partial<KSweep>): KSweep {
  const ks = over.ks ?? [2, 3, 4, 5];
  const nan = ks.map(() => NaN);
  return {
    ks,
    inertia: nan,
    silhouette: nan,
    calinskiHarabasz: nan,
    daviesBouldin: nan,
    gap: nan,
    gapSe: nan,
    gapK: null,
    knee: null,
    labels: [],
    centroids: [],
    metrics: [],
    nInit: 1,
    seed: 0,
    warnings: [],
    ...over,
  };
}

Deno.test("suggestK() says so when every criterion agrees", () => {
  const s = suggestK(sweep({
    knee: 3,
    silhouette: [0.5, 0.7, 0.6, 0.4],
    calinskiHarabasz: [100, 300, 200, 150],
    daviesBouldin: [0.9, 0.4, 0.6, 0.8],
    gapK: 3,
  }));
  assert.equal(s.k, 3);
  assert.equal(s.agree, true);
  assert.deepEqual(s.votes.map((v) => v.k), [3, 3, 3, 3, 3]);
  assert.equal(s.basis, "agree");
  assert.equal(s.tie, null);
  assert.equal(
    suggestKText(s, "en"),
    "k = 3: all 5 criteria agree (the elbow of the inertia curve, the highest silhouette, the highest Calinski-Harabasz index, the lowest Davies-Bouldin index, the gap statistic).",
  );
  assert.match(suggestKText(s, "es"), /^k = 3: los 5 criterios coinciden \(el codo de la curva de inercia, /);
});

Deno.test("suggestK() takes the majority and names the criteria that disagree", () => {
  const s = suggestK(sweep({
    knee: 3,
    silhouette: [0.8, 0.7, 0.6, 0.4], // max at k = 2
    calinskiHarabasz: [100, 300, 200, 150], // k = 3
    daviesBouldin: [0.9, 0.4, 0.6, 0.8], // k = 3
    gapK: 5,
  }));
  assert.equal(s.k, 3);
  assert.equal(s.agree, false);
  assert.equal(s.basis, "majority");
  assert.match(suggestKText(s, "en"), /^k = 3: 3 of 5 criteria point to it/);
  assert.match(
    suggestKText(s, "en"),
    /They disagree: the highest silhouette: k = 2; the gap statistic: k = 5\./,
  );
});

Deno.test("suggestK() breaks a tie by the highest silhouette", () => {
  const s = suggestK(sweep({
    knee: 4,
    silhouette: [0.3, 0.6, 0.5, 0.2], // k = 3
    daviesBouldin: [0.9, 0.8, 0.5, 0.7], // k = 4
    gapK: 3,
    calinskiHarabasz: [10, 20, 30, 40], // k = 5
  }));
  // Votes: 3 (silhouette, gap), 4 (elbow, DB), 5 (CH): tie 3-4, silhouette(3) = 0.6 > silhouette(4) = 0.5.
  assert.equal(s.k, 3);
  assert.equal(s.tie, "silhouette");
  assert.match(
    suggestKText(s, "en"),
    /The vote is tied; among the tied values, k = 3 has the highest silhouette/,
  );
  assert.match(
    suggestKText(s, "es"),
    /Hay empate; entre los valores empatados, k = 3 tiene la silueta más alta/,
  );
});

Deno.test("suggestK() with no votes falls back to the first k and says why", () => {
  const s = suggestK(sweep({ ks: [2] }));
  assert.equal(s.k, 2);
  assert.deepEqual(s.votes, []);
  assert.equal(s.basis, "none");
  assert.match(suggestKText(s, "en"), /^k = 2: no criterion could vote/);
  assert.match(suggestKText(s, "es"), /^k = 2: ningún criterio pudo votar/);
  assert.throws(() => suggestK(sweep({ ks: [] })), /^RangeError: Cannot suggest k from an empty sweep/);
});

Deno.test("suggestK() speaks Spanish and Indonesian", () => {
  const disagree = sweep({ knee: 3, gapK: 4, silhouette: [0.1, 0.5, 0.2, 0.1] });
  assert.match(
    suggestKText(suggestK(disagree), "es"),
    /^k = 3: 2 de 3 criterios lo señalan .*No coinciden: el estadístico gap: k = 4/,
  );
  assert.match(
    suggestKText(suggestK(disagree), "id"),
    /^k = 3: 2 dari 3 kriteria .*tidak sepakat: statistik gap: k = 4/,
  );
});
