import assert from "node:assert/strict";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { kmeansRange } from "../../lib/cluster/kmeans_range.ts";
import { matrixFromRows } from "../../lib/matrix.ts";
import type { Progress } from "../../lib/types.ts";
import { blobs } from "./_partition.ts";

Deno.test("kmeansRange() equals one kmeans call per k and reports progress per k", () => {
  const x = blobs([[0, 0], [5, 0], [0, 5]], 30, 0.7, 2);
  const seen: Progress[] = [];
  const fits = kmeansRange(x, [2, 3, 4], { nInit: 4, seed: 3, onProgress: (p) => seen.push(p) });
  assert.deepEqual(fits, [2, 3, 4].map((k) => kmeans(x, k, { nInit: 4, seed: 3 })));
  assert.deepEqual(seen.map((p) => p.done), [1, 2, 3]);
  assert.deepEqual(kmeansRange(x, []), []);
});

Deno.test("kmeansRange() on worker threads (one start per k) is bit-identical to one thread", () => {
  // threads set explicitly: workers are used whatever the size.
  const x = blobs([[0, 0, 0], [5, 0, 0], [0, 5, 0], [0, 0, 5]], 2_500, 0.8, 6);
  const ks = [1, 2, 3, 4, 5, 6, 7];
  assert.deepEqual(
    kmeansRange(x, ks, { nInit: 1, threads: 2 }),
    kmeansRange(x, ks, { nInit: 1, threads: 1 }),
  );
});

Deno.test("kmeansRange() rejects any k out of range", () => {
  assert.throws(
    () => kmeansRange(matrixFromRows([[0], [1]]), [1, 3]),
    /^RangeError: Cannot run kmeans with k = 3: k must be an integer from 1 to 2/,
  );
});
