import assert from "node:assert/strict";
import { dbscan } from "../../lib/cluster/dbscan.ts";
import { suggestEps } from "../../lib/cluster/suggest_eps.ts";
import { epsText } from "../../lib/text/cluster.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { blobs, uniform } from "./_partition.ts";

Deno.test("suggestEps() defaults minSamples to 2 x dimensions and returns the curve and its knee", () => {
  const x = blobs([[0, 0, 0], [8, 8, 8]], 100, 0.5, 1);
  const s = suggestEps(x);
  assert.equal(s.minSamples, 6);
  assert.equal(s.kDistances.length, 200);
  assert.equal(s.eps, s.kDistances[s.kneeIndex]);
  assert.equal(s.how, "knee");
  let core = 0;
  for (const v of s.kDistances) if (v <= s.eps) core++;
  assert.equal(s.coreRows, core);
  assert.match(
    epsText(s, "en"),
    /^eps = [0-9.]+: the knee of the sorted distances to the 6th nearest neighbour/,
  );
  assert.match(
    epsText(s, "en"),
    new RegExp(
      `; ${Math.round((100 * core) / 200)}% of rows have a denser neighbourhood and will be core rows$`,
    ),
  );
});

Deno.test("suggestEps() on planted blobs with sparse noise gives eps that DBSCAN turns into the planted groups", () => {
  const groups = blobs([[0, 0], [6, 0], [0, 6]], 150, 0.4, 2);
  const noise = uniform(12, 2, 3);
  const data = new Float64Array([...groups.data, ...noise.data.map((v) => v * 12 - 3)]);
  const x = { data, rows: groups.rows + 12, cols: 2, columns: ["a", "b"] };
  const s = suggestEps(x, { minSamples: 4 });
  const r = dbscan(x, { eps: s.eps, minSamples: s.minSamples });
  assert.equal(r.k, 3, `eps ${s.eps} gave ${r.k} clusters`);
  // Nearly every planted row is clustered; the noise is small.
  assert.ok(r.nNoise < 30, `noise ${r.nNoise}`);
});

Deno.test("suggestEps() speaks Spanish and Indonesian", () => {
  const x = blobs([[0, 0], [5, 5]], 50, 0.5, 4);
  assert.match(epsText(suggestEps(x), "es"), /vecino más cercano|curva de distancias/);
  assert.match(epsText(suggestEps(x), "id"), /tetangga terdekat|kurva jarak/);
});

Deno.test("suggestEps() rejects minSamples outside 1..rows", () => {
  assert.throws(
    () => suggestEps(matrixFromRows([[0], [1]]), { minSamples: 3 }),
    /^RangeError: Cannot suggest eps with minSamples = 3: minSamples must be an integer from 1 to 2/,
  );
});
