/**
 * Large fits checked on a stratified sample (`sampleSize`): the same k and labels as the full fit
 * on planted blobs, every customer assigned to its nearest centre, the sample in the run record,
 * the report and the CLI summary, in words in every language; nothing changes below the size.
 * Every test here fails on the code before `sampleSize` (no `sample`, the sweep on every row).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import pl from "nodejs-polars";
import { fitSampleText, segmentMatrix } from "../../lib/run/segment_matrix.ts";
import { analyzeFeatures } from "../../lib/run/analyze_features.ts";
import { readTable } from "../../lib/load/read_table.ts";
import { runRecord } from "../../lib/report/run_record.ts";
import { buildReport } from "../../lib/report/build_report.ts";
import { generateBlobs } from "../../lib/generate/mod.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { predictKmeans } from "../../lib/cluster/predict_kmeans.ts";
import { adjustedRandScore } from "../../lib/validate/adjusted_rand_score.ts";
import type { Matrix } from "../../lib/base/types.ts";
import { segment } from "../cli/_segment.ts";

const CENTERS = matrixFromRows([[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]]);

function table(x: Matrix): pl.DataFrame {
  return pl.DataFrame(
    Object.fromEntries(
      x.columns.map((c, t) => [c, Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols + t]!)]),
    ),
  );
}

Deno.test("segmentMatrix: 300k blobs fitted on a 20k stratified sample give the full fit's k and labels", () => {
  const x = generateBlobs({ n: 300_000, d: 3, centers: CENTERS, spread: 0.8, seed: 4 });
  const t = table(x);
  const opts = { kMax: 6, nBoot: 5, nInit: 3 };
  const sampled = segmentMatrix(x, t, { ...opts, sampleSize: 20_000 });
  const full = segmentMatrix(x, t, { ...opts, sampleSize: 0 });
  assert.equal(full.sample, null);
  assert.equal(sampled.k, 4, sampled.kReason);
  assert.equal(sampled.k, full.k);
  const ari = adjustedRandScore(sampled.clustering.labels, full.clustering.labels);
  assert.ok(ari > 0.99, `ARI ${ari}`);
  const s = sampled.sample!;
  assert.deepEqual([s.size, s.of, s.strata, s.seed], [20_000, 300_000, "pc1-deciles", 0]);
  assert.equal(s.indices.length, 20_000);
  // The checks ran on the sample, the assignment on every customer, to the nearest centre.
  assert.equal(sampled.sweep.labels[0]!.length, 20_000);
  assert.equal(sampled.clustering.labels.length, 300_000);
  assert.deepEqual(sampled.clustering.labels, predictKmeans(x, sampled.clustering.centroids));
  assert.equal(sampled.profiles.reduce((a, p) => a + p.size, 0), 300_000);
  // Stratified: each decile of PC1 keeps its share within rounding.
  s.populationCounts.forEach((c, h) => assert.ok(Math.abs(s.sampleCounts[h]! - (c * s.size) / s.of) < 1));
  // Deterministic with the seed.
  const again = segmentMatrix(x, t, { ...opts, sampleSize: 20_000 });
  assert.deepEqual(again.sample!.indices, s.indices);
  assert.deepEqual(again.clustering.labels, sampled.clustering.labels);
});

Deno.test("segmentMatrix: up to sampleSize rows nothing is sampled and nothing changes", () => {
  const x = generateBlobs({ n: 1500, d: 3, centers: CENTERS, spread: 0.8, seed: 5 });
  const t = table(x);
  const opts = { kMax: 5, nBoot: 3, nInit: 3 };
  const byDefault = segmentMatrix(x, t, opts);
  const at = segmentMatrix(x, t, { ...opts, sampleSize: 1500 });
  const never = segmentMatrix(x, t, { ...opts, sampleSize: 0 });
  for (const r of [byDefault, at, never]) assert.equal(r.sample, null);
  assert.deepEqual(at.clustering.labels, byDefault.clustering.labels);
  assert.deepEqual(never.sweep.inertia, byDefault.sweep.inertia);
  assert.deepEqual(never.stability.perSegment, byDefault.stability.perSegment);
  assert.throws(
    () => segmentMatrix(x, t, { ...opts, sampleSize: 10 }),
    /sampleSize 10: give 0 \(never sample\) or a whole number of rows from 1000/,
  );
});

Deno.test("fitSampleText: the sample's size and the customers, in every language", () => {
  const s = { size: 200_000, of: 1_500_000, seed: 7 };
  assert.equal(
    fitSampleText(s, "en"),
    "k, stability and the verdict (SigClust, Hopkins, the gap statistic) were computed on a stratified sample of 200,000 of the 1,500,000 customers (drawn in proportion from the 10 deciles of the first principal component, seed 7); the segment centres found on the sample were then refined on all customers, and every customer was assigned to the nearest segment centre",
  );
  assert.match(fitSampleText(s, "es"), /muestra estratificada de 200\.000 de los 1\.500\.000 clientes/);
  assert.match(fitSampleText(s, "id"), /sampel berstrata berisi 200\.000 dari 1\.500\.000 pelanggan/);
});

async function blobsFile(dir: string, n: number): Promise<string> {
  const x = generateBlobs({ n, d: 3, centers: CENTERS, spread: 0.5, seed: 3 });
  const rows = ["id,a,b,c"];
  for (let i = 0; i < x.rows; i++) {
    rows.push(`${i + 1},${x.data[3 * i]},${x.data[3 * i + 1]},${x.data[3 * i + 2]}`);
  }
  const path = join(dir, "blobs.csv");
  await Deno.writeTextFile(path, rows.join("\n") + "\n");
  return path;
}

Deno.test("a sampled run says so in the run record, the report and the CLI summary", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = await blobsFile(dir, 3000);
    const loaded = await readTable(file);
    const a = analyzeFeatures(loaded, {
      nBoot: 4,
      kMax: 6,
      log: "none",
      rules: null,
      dbscan: false,
      sampleSize: 1000,
      lang: "es",
    });
    assert.deepEqual(runRecord(a).sample, { size: 1000, of: 3000, strata: "pc1-deciles", seed: 0 });
    const text = fitSampleText(a.segmentation.sample!, "es");
    assert.match(text, /de 1000 de los 3000 clientes/);
    const sections = buildReport(a).sections ?? [];
    for (const id of ["choose-k", "validation"]) {
      assert.ok(sections.find((s) => s.id === id)?.paragraphs?.includes(text), id);
    }
    const unsampled = analyzeFeatures(loaded, { nBoot: 4, kMax: 6, log: "none", rules: null, dbscan: false });
    assert.equal("sample" in runRecord(unsampled), false);
    const out = join(dir, "out");
    const run = await segment([file, "--sample-size", "1000", "--boot", "4", "--out", out, "--no-progress"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /\n {2}sample: k, stability and the verdict .* sample of 1,000 of the 3,000 customers/,
    );
    const plain = await segment([file, "--boot", "4", "--out", out, "--no-progress"]);
    assert.doesNotMatch(plain.stdout, /sample:/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
