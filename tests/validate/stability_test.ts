import pl from "nodejs-polars";
import { toMatrix } from "../../lib/scale/to_matrix.ts";
import { standardize } from "../../lib/scale/standardize.ts";
import { testWithSharedData } from "../_data.ts";
import assert from "node:assert/strict";
import { stability } from "../../lib/validate/stability.ts";
import { stabilityReadingLabel, stabilityText } from "../../lib/text/validate.ts";
import { warningText } from "../../lib/text/mod.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import type { Matrix } from "../../lib/base/types.ts";

function blobs(n: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  const centres = [[0, 0], [8, 0], [0, 8]];
  const data = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    const c = centres[i % 3]!;
    data[i * 2] = c[0]! + rng.normal();
    data[i * 2 + 1] = c[1]! + rng.normal();
  }
  return { data, rows: n, cols: 2, columns: ["a", "b"] };
}

function uniform(n: number, d: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  return {
    data: new Float64Array(n * d).map(() => rng.next()),
    rows: n,
    cols: d,
    columns: Array.from({ length: d }, (_, t) => `u${t}`),
  };
}

Deno.test("stability() calls planted blobs stable", () => {
  const s = stability(blobs(150, 1), 3, { nBoot: 10 });
  assert.equal(s.verdict, "stable");
  assert.ok(s.ari.mean > 0.95, `${s.ari.mean}`);
  assert.equal(s.perSegment.length, 3);
  for (const p of s.perSegment) {
    assert.ok(p.jaccard > 0.9);
    assert.equal(p.size, 50);
    assert.equal(p.reading, "highly stable");
  }
  assert.deepEqual(s.warnings, []);
  assert.match(stabilityText(s, "en"), /^Stable: over 10 bootstrap resamples every segment was found again/);
  assert.match(
    stabilityText(s, "es"),
    /^Estable: en 10 remuestreos bootstrap todos los segmentos se volvieron a encontrar/,
  );
});

Deno.test("stability() warns that k = 3 on uniform noise is not stable", () => {
  const s = stability(uniform(200, 5, 1), 3, { nBoot: 10 });
  assert.ok(s.verdict === "fragile" || s.verdict === "unstable", s.verdict);
  assert.ok(s.ari.mean < 0.7, `${s.ari.mean}`);
  // One typed warning per segment that is not stable, citing its Jaccard as the reading says.
  const weak = s.perSegment.filter((p) => p.jaccard < 0.75);
  assert.ok(weak.length > 0);
  assert.deepEqual(
    s.warnings,
    weak.map((p) =>
      p.jaccard < 0.6
        ? { code: "stability-segment-dissolved", segment: p.label, jaccard: p.jaccard, nBoot: 10 }
        : { code: "stability-segment-fragile", segment: p.label, jaccard: p.jaccard }
    ),
  );
  const en = s.warnings.map((w) => warningText(w, "en"));
  assert.ok(
    en.every((w) => /^Segment \d is (unstable|fragile): mean Jaccard 0\.\d\d/.test(w)),
    en.join("\n"),
  );
  const es = s.warnings.map((w) => warningText(w, "es"));
  assert.ok(
    es.every((w) => /^El segmento \d es (inestable|frágil): .*Jaccard medio 0,\d\d/.test(w)),
    es.join("\n"),
  );
  assert.match(stabilityText(s, "id"), /^(Tidak stabil|Rapuh): dalam 10 sampel ulang bootstrap/);
});

Deno.test("stability() is the same for the same seed and checks given labels", () => {
  const x = uniform(80, 3, 2);
  const a = stability(x, 2, { nBoot: 4, seed: 7 }), b = stability(x, 2, { nBoot: 4, seed: 7 });
  assert.deepEqual(a, b);
  const labels = Int32Array.from({ length: 80 }, (_, i) => (x.data[i * 3]! < 0.5 ? 0 : 1));
  const c = stability(x, 2, { nBoot: 4, labels });
  assert.deepEqual(c.perSegment.map((p) => p.size), [
    labels.filter((v) => v === 0).length,
    labels.filter((v) => v === 1).length,
  ]);
  assert.deepEqual(c.warnings[0], { code: "stability-few-resamples", nBoot: 4 });
  assert.match(warningText(c.warnings[0]!, "en"), /^Only 4 resamples: the stability figures are rough/);
  assert.match(warningText(c.warnings[0]!, "es"), /^Solo 4 remuestreos: /);
});

Deno.test("stability() rejects a bad k, nBoot and labels", () => {
  const x = matrixFromRows([[0], [1], [2], [3]]);
  assert.throws(
    () => stability(x, 1),
    /^RangeError: Cannot check stability with k = 1: k must be an integer from 2 to 4/,
  );
  assert.throws(() => stability(x, 2, { nBoot: 0 }), /^RangeError: Cannot check stability with nBoot = 0/);
  assert.throws(
    () => stability(x, 2, { labels: Int32Array.from([0, 1, 2, 0]) }),
    /^RangeError: Cannot check stability: label "2" at row 2 is outside 0..1/,
  );
  assert.throws(
    () => stability(x, 2, { labels: Int32Array.from([0, 1]) }),
    /^TypeError: Cannot check stability: 2 labels for 4 rows/,
  );
});

testWithSharedData(
  "stability() shows a k = 3 split of the vehicle-financing file is not stable",
  "segmentasi_pelanggan_final.csv",
  (path) => {
    const table = pl.readCSV(path);
    const columns = [
      "pendapatan_bulanan",
      "harga_mobil",
      "uang_muka",
      "keterlambatan_rata2",
      "jumlah_kredit_aktif",
    ];
    const s = stability(standardize(toMatrix(table, columns)).matrix, 3, { nBoot: 10 });
    assert.notEqual(s.verdict, "stable");
    assert.ok(s.warnings.some((w) => /^Segment \d is (unstable|fragile)/.test(warningText(w, "en"))));
  },
);

Deno.test("stabilityReadingLabel() words every reading in en, es and id; the reading key stays English", () => {
  const readings = ["highly stable", "stable", "patterns", "dissolved"] as const;
  assert.deepEqual(readings.map((r) => stabilityReadingLabel(r)), [
    "highly stable",
    "stable",
    "patterns, but doubtful",
    "dissolved",
  ]);
  assert.deepEqual(readings.map((r) => stabilityReadingLabel(r, "es")), [
    "muy estable",
    "estable",
    "hay patrón, pero dudoso",
    "disuelto",
  ]);
  assert.deepEqual(readings.map((r) => stabilityReadingLabel(r, "id")), [
    "sangat stabil",
    "stabil",
    "ada pola, tetapi meragukan",
    "tidak bertahan",
  ]);
  const s = stability(blobs(60, 2), 3, { nBoot: 3 });
  assert.equal(s.perSegment[0]!.reading, "highly stable");
  assert.match(stabilityReadingLabel(s.perSegment[0]!.reading, "es"), /^muy estable$/);
  // Numbers in the Spanish explanation use a decimal comma.
  assert.match(
    stabilityText(s, "es"),
    /^Estable: .*Jaccard medio >= 0,75, el menor \d,\d\d; .* \d,\d\d\)\.$/,
  );
  assert.throws(
    () => stabilityReadingLabel("solid" as "stable", "es"),
    /^RangeError: Cannot label stability reading "solid"/,
  );
});
