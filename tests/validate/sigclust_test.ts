import assert from "node:assert/strict";
import { clusterIndex, sigclust, SPLIT_VALLEY_MAX } from "../../lib/validate/sigclust.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { assertAllClose } from "../_assert.ts";
import { warningText } from "../../lib/text/mod.ts";
import { gaussianBlob, integerRfm, logNormalBlob, twoBlobs, uniformBox } from "./_populations.ts";

const reference = JSON.parse(
  Deno.readTextFileSync(new URL("../reference/sigclust.json", import.meta.url)),
) as { sklearn: string; cases: { name: string; x: number[][]; clusterIndex: number }[] };

Deno.test("clusterIndex() matches scikit-learn's KMeans(2).inertia_ / total SS", () => {
  assert.equal(reference.cases.length, 3);
  for (const c of reference.cases) {
    assertAllClose(clusterIndex(matrixFromRows(c.x), { nInit: 20 }), c.clusterIndex, { rtol: 1e-9 });
  }
});

Deno.test("clusterIndex() of one point per end is 0 and of identical rows is 1", () => {
  assert.equal(clusterIndex(matrixFromRows([[0, 1], [0, 1], [4, 1], [4, 1]])), 0);
  assert.equal(clusterIndex(matrixFromRows([[2], [2], [2]])), 1);
  assert.throws(
    () => clusterIndex(matrixFromRows([[1]])),
    /^RangeError: Cannot compute the cluster index of 1 rows/,
  );
});

Deno.test("sigclust() gives about uniform p-values on one Gaussian blob, over seeds", () => {
  for (const d of [2, 4]) {
    const ps: number[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      // One Gaussian with unequal variances (2, 1, 1, ...), as drawn: the null's own model.
      const rng = makeRandom(1000 + seed);
      const data = new Float64Array(150 * d).map((_, i) => rng.normal() * (i % d === 0 ? 2 : 1));
      const x = { data, rows: 150, cols: d, columns: Array.from({ length: d }, (_, t) => `x${t}`) };
      ps.push(sigclust(x, { nSim: 40, seed }).pValue);
    }
    ps.sort((a, b) => a - b);
    // Kolmogorov-Smirnov distance to U(0, 1); the 1% critical value for 40 draws is 0.25.
    const ks = Math.max(
      ...ps.map((p, i) => Math.max(Math.abs((i + 1) / ps.length - p), Math.abs(i / ps.length - p))),
    );
    assert.ok(ks < 0.25, `d = ${d}: KS distance ${ks.toFixed(3)}: ${ps.map((p) => p.toFixed(2)).join(" ")}`);
    assert.ok(ps.filter((p) => p < 0.05).length <= 6, `d = ${d}: too many small p-values: ${ps.join(" ")}`);
  }
  // Standardised columns make the test conservative, never anti-conservative.
  const standardised = Array.from(
    { length: 20 },
    (_, s) => sigclust(gaussianBlob(120, 2, s + 1), { nSim: 40, seed: s }).pValue,
  );
  assert.ok(standardised.filter((p) => p < 0.05).length <= 2, standardised.join(" "));
});

Deno.test("sigclust() finds two separated blobs significant and separated (p = 0, a deep valley)", () => {
  for (const seed of [1, 2, 3]) {
    const s = sigclust(twoBlobs(400, 3, 6, seed), { seed, nSim: 50 });
    assert.equal(s.pValue, 0);
    assert.ok(s.pValueNormal < 1e-3, `${s.pValueNormal}`);
    assert.ok(s.valley < 0.3, `valley ${s.valley}`);
    assert.equal(s.separated, true);
    assert.ok(s.clusterIndex < Math.min(...s.simulated));
  }
  // 4 sd apart: still a valley (two unit Gaussians are bimodal beyond 2 sd).
  const close = sigclust(twoBlobs(1000, 2, 4, 7), { seed: 7, nSim: 50 });
  assert.ok(close.separated && close.valley < SPLIT_VALLEY_MAX, `${close.valley}`);
});

Deno.test("sigclust() does not call one population separated: log-normal, uniform box, integer RFM", () => {
  for (const seed of [1, 2, 3]) {
    const log = sigclust(logNormalBlob(800, 3, seed), { seed, nSim: 50 });
    assert.equal(log.separated, false, `log-normal ${seed}: p ${log.pValue} valley ${log.valley}`);
    // A uniform box splits more cleanly than a Gaussian (p small), but with no valley between.
    const box = sigclust(uniformBox(800, 3, seed), { seed, nSim: 50 });
    assert.ok(box.valley >= SPLIT_VALLEY_MAX, `uniform ${seed}: valley ${box.valley}`);
    assert.equal(box.separated, false);
    const rfm = sigclust(integerRfm(1500, seed), { seed, nSim: 50 });
    assert.equal(rfm.separated, false, `integer RFM ${seed}: p ${rfm.pValue} valley ${rfm.valley}`);
    assert.deepEqual(rfm.tiedColumns, ["recency", "frequency", "monetary"]);
  }
});

Deno.test("sigclust() is deterministic for a seed and records its settings", () => {
  const x = gaussianBlob(100, 3, 5);
  const a = sigclust(x, { seed: 9, nSim: 10 }), b = sigclust(x, { seed: 9, nSim: 10 });
  assert.deepEqual(a, b);
  assert.equal(a.nSim, 10);
  assert.equal(a.seed, 9);
  assert.equal(a.covariance, "sample");
  assert.equal(a.sampleSize, 100);
  assert.equal(a.simulated.length, 10);
  assert.notDeepEqual(sigclust(x, { seed: 10, nSim: 10 }).simulated, a.simulated);
});

Deno.test("sigclust() hard threshold raises the null's eigenvalues to the background noise", () => {
  const x = gaussianBlob(200, 4, 3);
  const hard = sigclust(x, { covariance: "hard", nSim: 5 });
  const sample = sigclust(x, { covariance: "sample", nSim: 5 });
  assert.equal(hard.covariance, "hard");
  assert.equal(hard.backgroundVariance, sample.backgroundVariance);
  hard.eigenvalues.forEach((v, j) => {
    assert.equal(v, Math.max(sample.eigenvalues[j]!, sample.backgroundVariance));
  });
  // Standardised Gaussian columns: background variance (MAD of all entries)^2 is about 1.
  assert.ok(Math.abs(sample.backgroundVariance - 1) < 0.2, `${sample.backgroundVariance}`);
  // The eigenvalues keep the total variance (4 unit columns, ddof 1 against the scaler's 0).
  assertAllClose(sample.eigenvalues.reduce((s, v) => s + v, 0), 4 * 200 / 199, { rtol: 1e-9 });
});

Deno.test("sigclust() tests a subsample above sampleSize, and warns when nSim is too small for alpha", () => {
  const s = sigclust(gaussianBlob(500, 2, 1), { sampleSize: 100, nSim: 10 });
  assert.equal(s.sampleSize, 100);
  assert.deepEqual(s.warnings, [{ code: "sigclust-few-simulations", nSim: 10, alpha: 0.05 }]);
  assert.match(
    warningText(s.warnings[0]!, "en"),
    /^SigClust ran 10 simulations: too few for a p-value below 0.05/,
  );
  assert.match(warningText(s.warnings[0]!, "es"), /^SigClust hizo 10 simulaciones/);
});

Deno.test("sigclust() rejects bad input with the option to fix", () => {
  assert.throws(() => sigclust(matrixFromRows([[1]])), /^RangeError: Cannot run SigClust on 1 rows/);
  // Two or three rows: nothing to test, never significant.
  assert.equal(sigclust(matrixFromRows([[1], [2], [3]]), { nSim: 20 }).significant, false);
  assert.equal(sigclust(matrixFromRows([[1, 0], [5, 1]]), { nSim: 20 }).separated, false);
  assert.throws(() => sigclust(gaussianBlob(10, 2, 1), { nSim: 0 }), /nSim = 0: use a positive integer/);
  assert.throws(
    () => sigclust(gaussianBlob(10, 2, 1), { alpha: 1 }),
    /alpha = 1: use a number between 0 and 1/,
  );
});
