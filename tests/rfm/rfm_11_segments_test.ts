import assert from "node:assert/strict";
import { RFM_11_SEGMENTS } from "../../lib/rfm/mod.ts";
import { LANGS } from "../../lib/base/types.ts";
import { segmentWords } from "../../lib/text/rfm.ts";

Deno.test("RFM_11_SEGMENTS keeps the published table's 11 segments, ranges and order", () => {
  assert.equal(RFM_11_SEGMENTS.axes, "RFM");
  assert.deepEqual(RFM_11_SEGMENTS.segments.map((s) => s.key), [
    "champions",
    "loyal",
    "potential_loyalist",
    "recent",
    "promising",
    "need_attention",
    "about_to_sleep",
    "at_risk",
    "cant_lose",
    "hibernating",
    "lost",
  ]);
  const range = (key: string) => RFM_11_SEGMENTS.segments.find((s) => s.key === key)!.cells[0]!;
  assert.deepEqual(range("loyal"), { r: [2, 3, 4, 5], f: [3, 4, 5], m: [3, 4, 5] });
  assert.deepEqual(range("cant_lose"), { r: [1], f: [4, 5], m: [4, 5] });
  assert.deepEqual(range("lost"), range("hibernating"));
  for (const s of RFM_11_SEGMENTS.segments) {
    for (const lang of LANGS) {
      const w = segmentWords(RFM_11_SEGMENTS, s.key, lang);
      assert.ok(w.name !== s.key && w.description.length > 0 && w.actions.length > 0, `${s.key} ${lang}`);
    }
  }
});
