import assert from "node:assert/strict";
import { RF_GRID_SEGMENTS } from "../../lib/rfm/mod.ts";
import { LANGS } from "../../lib/base/types.ts";
import { segmentWords } from "../../lib/text/rfm.ts";

/** The segment key of an (r, f) cell in the grid, found by reading the patterns. */
function keyOf(r: number, f: number): string[] {
  return RF_GRID_SEGMENTS.segments.filter((s) => s.cells.some((p) => p.r!.includes(r) && p.f!.includes(f)))
    .map((s) => s.key);
}

Deno.test("RF_GRID_SEGMENTS places every cell as the published grid does", () => {
  // Rows r = 1..5, columns f = 1..5, as in the brief.
  const expected = [
    ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
    ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
    ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
    ["promising", "potential_loyalist", "potential_loyalist", "loyal", "loyal"],
    ["new", "potential_loyalist", "potential_loyalist", "champions", "champions"],
  ];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) assert.deepEqual(keyOf(r, f), [expected[r - 1]![f - 1]], `r${r} f${f}`);
  }
  assert.equal(RF_GRID_SEGMENTS.axes, "RF");
});

Deno.test("RF_GRID_SEGMENTS has names, descriptions and 1-3 actions in every language (in lib/text)", () => {
  for (const lang of LANGS) {
    const words = RF_GRID_SEGMENTS.segments.map((s) => segmentWords(RF_GRID_SEGMENTS, s.key, lang));
    assert.equal(new Set(words.map((w) => w.name)).size, 10, `${lang} names are distinct`);
    RF_GRID_SEGMENTS.segments.forEach((s, i) => {
      const w = words[i]!;
      assert.ok(
        w.name !== s.key && w.name.trim().length > 0 && w.description.trim().length > 10,
        `${s.key} ${lang}`,
      );
      assert.ok(w.actions.length >= 1 && w.actions.length <= 3, s.key);
      assert.equal(
        w.actions.length,
        segmentWords(RF_GRID_SEGMENTS, s.key, "en").actions.length,
        `${s.key} ${lang}`,
      );
      for (const a of w.actions) assert.ok(a.trim().length > 5, `${s.key} ${lang}`);
    });
  }
  const name = (key: string, lang: "en" | "es" | "id") => segmentWords(RF_GRID_SEGMENTS, key, lang).name;
  assert.equal(name("champions", "en"), "Champions");
  assert.equal(name("cant_lose", "en"), "Can't Lose Them");
  assert.equal(name("champions", "es"), "Campeones");
  assert.equal(name("at_risk", "es"), "En riesgo");
  assert.equal(name("cant_lose", "es"), "No se pueden perder");
  assert.equal(name("champions", "id"), "Juara");
  assert.equal(name("at_risk", "id"), "Berisiko");
  // Translations are not left in English.
  for (const s of RF_GRID_SEGMENTS.segments) {
    assert.notEqual(
      segmentWords(RF_GRID_SEGMENTS, s.key, "es").description,
      segmentWords(RF_GRID_SEGMENTS, s.key, "en").description,
    );
  }
});
