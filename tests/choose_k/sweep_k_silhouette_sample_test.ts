import assert from "node:assert/strict";
import { sweepK } from "../../lib/choose_k/sweep_k.ts";
import { silhouetteScore } from "../../lib/validate/silhouette_score.ts";
import { generateBlobs } from "../../lib/generate/blobs.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

Deno.test("sweepK() above silhouetteSampleSize rows: silhouette within one subsample stays close to the exact value, and is reproducible", () => {
  const x = generateBlobs({
    n: 6000,
    d: 3,
    centers: matrixFromRows([[0, 0, 0], [5, 0, 0], [0, 5, 0]]),
    spread: 1.2,
    seed: 5,
  });
  const options = {
    kMin: 2,
    kMax: 4,
    nInit: 2,
    metrics: ["silhouette"] as const,
    silhouetteSampleSize: 1500,
    seed: 1,
  };
  const sampled = sweepK(x, options);
  const again = sweepK(x, options);
  assert.deepEqual(sampled.silhouette, again.silhouette);
  sampled.ks.forEach((k, t) => {
    const exact = silhouetteScore(x, sampled.labels[t]!);
    assert.ok(
      Math.abs(sampled.silhouette[t]! - exact) < 0.02,
      `k = ${k}: sampled ${sampled.silhouette[t]} vs exact ${exact}`,
    );
  });
  // The planted k still wins on the subsample.
  assert.equal(sampled.ks[sampled.silhouette.indexOf(Math.max(...sampled.silhouette))], 3);
});
