import assert from "node:assert/strict";
import { sweepFrame } from "../../lib/views/sweep_frame.ts";

Deno.test("sweepFrame() has one row per k, each criterion rounded", () => {
  const f = sweepFrame({
    ks: [2, 3, 4],
    inertia: [10.126, 4.5, 3],
    silhouette: [0.51236, 0.7, NaN],
    calinskiHarabasz: [30.004, 80.456, 1],
    daviesBouldin: [0.91239, 0.4, 0.2],
    gap: [0.12344, NaN, 0.3],
  });
  assert.deepEqual(f.columns, ["k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "gap"]);
  assert.deepEqual(f.getColumn("k").toArray(), [2, 3, 4]);
  assert.deepEqual(f.getColumn("inertia").toArray(), [10.13, 4.5, 3]);
  const sil = f.getColumn("silhouette").toArray() as number[];
  assert.deepEqual(sil.slice(0, 2), [0.5124, 0.7]);
  assert.ok(Number.isNaN(sil[2]));
  assert.deepEqual(f.getColumn("calinski_harabasz").toArray(), [30, 80.46, 1]);
  assert.deepEqual(f.getColumn("davies_bouldin").toArray(), [0.9124, 0.4, 0.2]);
  assert.equal((f.getColumn("gap").toArray() as number[])[0], 0.1234);
});
