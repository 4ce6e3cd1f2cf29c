import assert from "node:assert/strict";
import { silhouetteBySegment } from "../../lib/validate/silhouette_by_segment.ts";
import { silhouetteScore } from "../../lib/validate/silhouette_score.ts";
import { silhouetteSamples } from "../../lib/validate/silhouette_samples.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { metricCases } from "./_reference.ts";

Deno.test("silhouetteBySegment() averages scikit-learn's silhouette_samples per label", () => {
  for (const c of metricCases) {
    const bySegment = silhouetteBySegment(c.x, c.labels);
    const labels = [...new Set(c.labels)].sort((a, b) => a - b);
    assert.deepEqual(bySegment.map((s) => s.label), labels);
    for (const s of bySegment) {
      const rows = [...c.labels.keys()].filter((i) => c.labels[i] === s.label);
      assert.equal(s.size, rows.length);
      assertAllClose(s.mean, rows.reduce((a, i) => a + c.silhouetteSamples[i]!, 0) / rows.length, {
        rtol: 1e-9,
      });
    }
    const weighted = bySegment.reduce((a, s) => a + s.mean * s.size, 0) / c.x.rows;
    assertAllClose(weighted, silhouetteScore(c.x, c.labels), { rtol: 1e-12, atol: 1e-15 });
  }
});

Deno.test("silhouetteBySegment() works out two segments by hand", () => {
  const r = silhouetteBySegment(matrixFromRows([[0], [1], [10], [11]]), Int32Array.from([3, 3, 1, 1]));
  assert.deepEqual(r.map((s) => s.label), [1, 3]);
  assertAllClose(r[1]!.mean, (9.5 / 10.5 + 8.5 / 9.5) / 2, { rtol: 1e-15 });
});

Deno.test("silhouetteBySegment() from silhouettes already computed equals computing them, and rejects a wrong count", () => {
  for (const c of metricCases) {
    const samples = silhouetteSamples(c.x, c.labels);
    assert.deepEqual(silhouetteBySegment(c.x, c.labels, samples), silhouetteBySegment(c.x, c.labels));
  }
  const x = matrixFromRows([[0], [1], [10], [11]]);
  assert.throws(
    () => silhouetteBySegment(x, Int32Array.from([0, 0, 1, 1]), new Float64Array(3)),
    /^TypeError: Cannot compute the silhouette by segment: 3 silhouettes for 4 labels/,
  );
});
