import assert from "node:assert/strict";
import { predictKmeans } from "../../lib/cluster/predict_kmeans.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";

const REF = JSON.parse(Deno.readTextFileSync(new URL("../reference/predict.json", import.meta.url)));

for (
  const [name, c] of Object.entries(REF.cases) as [
    string,
    { centres: number[][]; x: number[][]; labels: number[] },
  ][]
) {
  Deno.test(`predictKmeans() equals scikit-learn ${REF.sklearn} KMeans.predict on "${name}"`, () => {
    const labels = predictKmeans(matrixFromRows(c.x), matrixFromRows(c.centres));
    assert.deepEqual([...labels], c.labels);
  });
}
