/**
 * Reference behaviour of the verdict and of k on whole runs: planted groups are called clustered;
 * one population (Gaussian, log-normal, uniform, integer RFM, the vehicle file) is not, and its k
 * is the elbow, said to be a convenience.
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { segmentMatrix } from "../../lib/run/segment_matrix.ts";
import { analyzeFeatures } from "../../lib/run/analyze_features.ts";
import { readTable } from "../../lib/load/read_table.ts";
import type { Matrix } from "../../lib/base/types.ts";
import { testWithSharedData } from "../_data.ts";
import {
  gaussianBlob,
  integerRfm,
  logNormalBlob,
  separatedBlobs,
  twoBlobs,
  uniformBox,
} from "../validate/_populations.ts";

function table(x: Matrix): pl.DataFrame {
  return pl.DataFrame(
    Object.fromEntries(
      x.columns.map((c, t) => [c, Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols + t]!)]),
    ),
  );
}

function segment(x: Matrix, seed = 0) {
  return segmentMatrix(x, table(x), { seed, nBoot: 5, nInit: 3, kMax: 8 });
}

Deno.test("segmentMatrix() calls planted, separated blobs clustered and takes the sweep's k", () => {
  for (const [centers, seed] of [[3, 1], [4, 2]] as const) {
    const s = segment(separatedBlobs(600, 3, centers, seed), seed);
    assert.equal(s.verdict.structure, "clear", s.verdict.headline);
    assert.equal(s.verdict.level, "good", s.verdict.headline);
    assert.equal(s.sigclust.separated, true);
    assert.equal(s.kSource, "suggested", s.kReason);
    assert.equal(s.k, centers, s.kReason);
    assert.match(s.verdict.headline, /^Separate, stable segments/);
  }
  // Two groups: k = 2, from the sweep, because two real groups are found.
  const two = segment(twoBlobs(600, 2, 6, 3), 3);
  assert.equal(two.verdict.structure, "clear", two.verdict.headline);
  assert.equal(two.k, 2);
  assert.equal(two.kSource, "suggested");
});

Deno.test("segmentMatrix() does not call one population clustered: Gaussian, log-normal, uniform box, integer RFM", () => {
  const cases: [string, Matrix][] = [];
  for (const seed of [1, 2, 3]) {
    cases.push(
      [`Gaussian ${seed}`, gaussianBlob(800, 3, seed)],
      [`log-normal ${seed}`, logNormalBlob(800, 3, seed)],
      [`uniform box ${seed}`, uniformBox(800, 3, seed)],
      [`integer RFM ${seed}`, integerRfm(1500, seed)],
    );
  }
  for (const [name, x] of cases) {
    const s = segment(x, 7);
    assert.notEqual(s.verdict.structure, "clear", `${name}: ${s.verdict.headline}`);
    assert.notEqual(s.verdict.level, "good", name);
    assert.match(s.verdict.headline, /^(One continuous population|No natural grouping|Mixed evidence)/, name);
    // No separate groups: k is the elbow (when there is one), said to be a convenience.
    assert.equal(s.kSource, "convenience", `${name}: ${s.kReason}`);
    if (s.sweep.knee !== null && s.sweep.knee >= 2) assert.equal(s.k, s.sweep.knee, name);
    assert.match(s.kReason, /as a convenien(t number of segments|ce)/, name);
    assert.match(s.kReason, /there is no k to discover|no clear elbow/, name);
  }
});

Deno.test("segmentMatrix() on integer RFM of one population does not take k = 2 from the criteria's vote", () => {
  for (const seed of [1, 2, 3]) {
    const s = segment(integerRfm(1500, seed), seed);
    assert.equal(s.kSource, "convenience", s.kReason);
    assert.equal(s.k, s.sweep.knee ?? s.k, s.kReason);
    assert.equal(s.verdict.hopkins.tiedColumns.length, 3, "the ties were spread, and the report says so");
    assert.match(s.verdict.details[0]!, /were first spread evenly over the data's resolution/);
  }
});

testWithSharedData(
  "analyzeFeatures() on the vehicle file: not clustered, k is the elbow, said to be a convenience",
  "segmentasi_pelanggan_final.csv",
  async (path) => {
    const a = analyzeFeatures(await readTable(path), { seed: 0, rules: null, dbscan: false, nBoot: 10 });
    const s = a.segmentation;
    assert.notEqual(s.verdict.structure, "clear", s.verdict.headline);
    assert.equal(s.sigclust.separated, false);
    assert.equal(s.kSource, "convenience", s.kReason);
    assert.equal(s.k, s.sweep.knee);
    assert.match(s.kReason, /^k = \d+, the elbow of the inertia curve, as a convenient number of segments/);
  },
);
