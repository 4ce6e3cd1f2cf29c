import assert from "node:assert/strict";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { predictKmeans } from "../../lib/cluster/predict_kmeans.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { blobs } from "./_partition.ts";

Deno.test("predictKmeans() labels rows with the nearest centre, lowest index on ties", () => {
  const centres = matrixFromRows([[0, 0], [2, 0]]);
  const labels = predictKmeans(matrixFromRows([[-1, 0], [1, 0], [1.1, 5], [3, 0]]), centres);
  assert.deepEqual([...labels], [0, 0, 1, 1]);
});

Deno.test("predictKmeans() on the fitted rows gives the fit's labels", () => {
  const x = blobs([[0, 0], [5, 5], [0, 5]], 30, 1, 9);
  const fit = kmeans(x, 3, { seed: 4 });
  assert.deepEqual([...predictKmeans(x, fit.centroids)], [...fit.labels]);
});

Deno.test("predictKmeans() rejects mismatched columns, no centres and non-finite values", () => {
  const x = matrixFromRows([[0, 1]]);
  assert.throws(
    () => predictKmeans(x, matrixFromRows([[0]])),
    /^TypeError: Cannot label rows with k-means centres: the rows have 2 columns and the centres 1/,
  );
  assert.throws(
    () => predictKmeans(x, matrixFromRows([], ["a", "b"])),
    /^TypeError: Cannot label rows with k-means centres: no centres/,
  );
  assert.throws(
    () => predictKmeans(matrixFromRows([[0, Infinity]], ["a", "b"]), matrixFromRows([[0, 0]])),
    /^RangeError: Cannot label rows with k-means centres: row 0, column "b" is Infinity/,
  );
});
