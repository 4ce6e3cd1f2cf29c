import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { profileSegments } from "../../lib/profile/profile_segments.ts";
import { assertAllClose } from "../_assert.ts";

const ref = JSON.parse(Deno.readTextFileSync(new URL("../reference/profiles.json", import.meta.url)));

Deno.test("profileSegments() equals pandas groupby: sizes, shares, value share, means, medians, z-scores", () => {
  const columns: Record<string, number[]> = {};
  (ref.columns as string[]).forEach((c, j) => (columns[c] = (ref.rows as number[][]).map((r) => r[j]!)));
  const profiles = profileSegments(pl.DataFrame(columns), Int32Array.from(ref.labels), {
    features: ref.columns,
    valueColumn: "spend",
  });
  assert.deepEqual(profiles.map((p) => p.label), ref.profiles.map((p: { label: number }) => p.label));
  profiles.forEach((p, i) => {
    const e = ref.profiles[i];
    assert.equal(p.size, e.size);
    assertAllClose(p.share, e.share);
    assertAllClose(p.valueShare!, e.valueShare);
    for (const c of ref.columns as string[]) {
      assertAllClose(p.means[c]!, e.means[c], { message: `mean ${c}` });
      assertAllClose(p.medians[c]!, e.medians[c], { message: `median ${c}` });
      assertAllClose(p.zScores[c]!, e.zScores[c], { atol: 1e-12, message: `z ${c}` });
    }
  });
});
