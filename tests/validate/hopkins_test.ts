import pl from "nodejs-polars";
import { toMatrix } from "../../lib/scale/to_matrix.ts";
import { standardize } from "../../lib/scale/standardize.ts";
import { testWithSharedData } from "../_data.ts";
import assert from "node:assert/strict";
import { hopkins } from "../../lib/validate/hopkins.ts";
import { hopkinsText } from "../../lib/text/validate.ts";
import { warningText } from "../../lib/text/mod.ts";
import { buildKdTree, kthNearest, makeStack } from "../../lib/base/kdtree.ts";
import { makeRandom } from "../../lib/base/random.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import type { Matrix } from "../../lib/base/types.ts";

function blobs(n: number, d: number, centres: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const c = i % centres;
    for (let t = 0; t < d; t++) data[i * d + t] = 10 * ((c + t) % centres) + 0.5 * rng.normal();
  }
  return { data, rows: n, cols: d, columns: Array.from({ length: d }, (_, t) => `x${t}`) };
}

function uniform(n: number, d: number, seed: number): Matrix {
  const rng = makeRandom(seed);
  const data = new Float64Array(n * d).map(() => rng.next());
  return { data, rows: n, cols: d, columns: Array.from({ length: d }, (_, t) => `u${t}`) };
}

Deno.test("hopkins() says clustered on planted blobs", () => {
  for (const [n, d, c] of [[300, 2, 3], [400, 3, 4], [500, 5, 5]] as const) {
    const h = hopkins(blobs(n, d, c, n));
    assert.ok(h.statistic > 0.75, `${n}x${d}: ${h.statistic}`);
    assert.equal(h.verdict, "clustered");
    assert.match(
      hopkinsText(h, "en"),
      /^Hopkins statistic [01]\.\d\d \(>= 0\.75\): the data is far from uniform, concentrated in part of its range\. That alone does not show separate groups/,
    );
    assert.ok(hopkinsText(h, "en").startsWith(`Hopkins statistic ${h.statistic.toFixed(2)} `));
  }
});

Deno.test("hopkins() gives about 0.5 and no clear structure on uniform noise", () => {
  for (const [n, d] of [[200, 2], [200, 5], [1000, 3]] as const) {
    const h = hopkins(uniform(n, d, d));
    assert.ok(Math.abs(h.statistic - 0.5) < 0.1, `${n}x${d}: ${h.statistic}`);
    assert.equal(h.verdict, "no clear structure");
  }
});

Deno.test("hopkins() says regular on a grid with ties kept, and uniform once the grid is read as rounding", () => {
  const rows: number[][] = [];
  for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) rows.push([i, j]);
  const h = hopkins(matrixFromRows(rows), { ties: "keep" });
  assert.equal(h.verdict, "regular");
  assert.ok(h.statistic < 0.3, `${h.statistic}`);
  // Each column repeats its 30 values: spread over their cells, each point moves within its own
  // unit square, a jittered grid, still more even than random points (H between 0.3 and 0.5).
  const spread = hopkins(matrixFromRows(rows));
  assert.ok(spread.statistic > h.statistic && spread.statistic < 0.5, `${spread.statistic}`);
  assert.notEqual(spread.verdict, "clustered");
});

Deno.test("hopkins() is the same for the same seed and explains in Spanish and Indonesian", () => {
  const x = uniform(300, 3, 9);
  const a = hopkins(x, { seed: 4 }), b = hopkins(x, { seed: 4 });
  assert.equal(a.statistic, b.statistic);
  assert.deepEqual(a.values, b.values);
  assert.notEqual(hopkins(x, { seed: 5 }).statistic, a.statistic);
  assert.equal(a.verdict, "no clear structure");
  assert.match(
    hopkinsText(a, "es"),
    /^Estadístico de Hopkins 0,\d\d \(entre 0,3 y 0,75\): no hay una estructura de grupos clara/,
  );
  assert.match(hopkinsText(b, "id"), /^Statistik Hopkins 0,\d\d .*tidak ada struktur kelompok yang jelas/);
  assert.match(
    hopkinsText(a, "en"),
    /^Hopkins statistic 0\.\d\d \(between 0\.3 and 0\.75\): no clear cluster structure/,
  );
  assert.equal(a.sampleSize, 30);
  assert.equal(a.repeats, 10);
});

Deno.test("hopkins() warns of constant columns and a small sample, as facts said in every language", () => {
  const x = matrixFromRows(Array.from({ length: 40 }, (_, i) => [i % 7, 3, (i * 13) % 11]));
  const h = hopkins(x, { sampleSize: 5 });
  assert.deepEqual(h.warnings, [
    { code: "hopkins-constant-columns", columns: ["x1"] },
    { code: "hopkins-small-sample", sampleSize: 5 },
  ]);
  assert.deepEqual(h.warnings.map((w) => warningText(w, "en")), [
    'Columns "x1" are constant; they do not affect the statistic',
    "Only 5 rows sampled per repeat: the statistic is noisy; use more rows",
  ]);
  assert.deepEqual(h.warnings.map((w) => warningText(w, "es")), [
    'Las columnas "x1" son constantes; no influyen en el estadístico',
    "Solo se muestrean 5 filas por repetición: el estadístico es ruidoso; use más filas",
  ]);
  assert.match(warningText(h.warnings[1]!, "id"), /^Hanya 5 baris yang diambil per pengulangan/);
});

Deno.test("hopkins() rejects a bad sampleSize, too few rows and non-finite data", () => {
  const x = uniform(20, 2, 1);
  assert.throws(
    () => hopkins(x, { sampleSize: 20 }),
    /^RangeError: Cannot compute the Hopkins statistic with sampleSize = 20: use an integer from 1 to 19/,
  );
  assert.throws(
    () => hopkins(matrixFromRows([[1, 2]])),
    /^RangeError: Cannot compute the Hopkins statistic of 1 rows/,
  );
  assert.throws(
    () => hopkins(matrixFromRows([[1], [Infinity], [3]])),
    /^RangeError: .*row 1, column "x0" is Infinity/,
  );
});

Deno.test("hopkins() spreads ties at the data's resolution, so integer data on a grid reads as uniform, not clustered", () => {
  // Three columns of whole numbers 1..5, uniform: every cell of the 5 x 5 x 5 grid holds ~5 rows.
  for (const seed of [1, 2, 3]) {
    const rng = makeRandom(seed);
    const data = new Float64Array(600 * 3).map(() => 1 + rng.int(5));
    const x: Matrix = { data, rows: 600, cols: 3, columns: ["a", "b", "c"] };
    const kept = hopkins(x, { ties: "keep", seed });
    assert.ok(kept.statistic > 0.9, `ties kept: ${kept.statistic}`);
    assert.equal(kept.verdict, "clustered");
    assert.deepEqual(kept.tiedColumns, []);
    const spread = hopkins(x, { seed });
    assert.ok(Math.abs(spread.statistic - 0.5) < 0.1, `ties spread: ${spread.statistic}`);
    assert.notEqual(spread.verdict, "clustered");
    assert.deepEqual(spread.tiedColumns, ["a", "b", "c"]);
  }
  // Continuous data has no ties: nothing is spread, and the statistic is the one kept.
  const u = uniform(300, 2, 4);
  assert.deepEqual(hopkins(u, { seed: 1 }), { ...hopkins(u, { seed: 1, ties: "keep" }), tiedColumns: [] });
});

Deno.test("the k-d tree's nearest row (k = 1) and nearest other row (k = 2) equal brute force, as hopkins() uses them", () => {
  const rng = makeRandom(2);
  for (const d of [1, 2, 3, 6]) {
    const x = uniform(500, d, d);
    // add duplicates to exercise ties and identical rows
    const data = new Float64Array(x.data.length + 40 * d);
    data.set(x.data);
    for (let i = 0; i < 40; i++) data.set(x.data.subarray(0, d), x.data.length + i * d);
    const tree = buildKdTree(data, 540, d);
    const stack = makeStack(tree), bound = new Float64Array(stack.length), heap = new Float64Array(2);
    for (let q = 0; q < 200; q++) {
      const exclude = q % 2 === 0 ? rng.int(540) : -1;
      const p = exclude >= 0
        ? data.slice(exclude * d, exclude * d + d)
        : Float64Array.from({ length: d }, () => rng.next());
      let best = Infinity;
      for (let i = 0; i < 540; i++) {
        if (i === exclude) continue;
        let s = 0;
        for (let t = 0; t < d; t++) s += (data[i * d + t]! - p[t]!) ** 2;
        best = Math.min(best, s);
      }
      assert.equal(kthNearest(tree, p, 0, exclude >= 0 ? 2 : 1, stack, heap, bound), best);
    }
  }
});

testWithSharedData(
  "hopkins() finds no clear structure in the vehicle-financing file (uniformly drawn features)",
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
    const h = hopkins(standardize(toMatrix(table, columns)).matrix);
    assert.equal(h.verdict, "no clear structure");
    assert.match(hopkinsText(h, "id"), /tidak ada struktur kelompok yang jelas/);
  },
);
