import assert from "node:assert/strict";
import { checkRuleSet, RF_GRID_SEGMENTS, RFM_11_SEGMENTS, type RfmRuleSet } from "../../lib/rfm/mod.ts";
import { ruleSetCheckText, segmentWords } from "../../lib/text/rfm.ts";

const t = { en: "x", es: "x", id: "x" };
const seg = (key: string, cells: RfmRuleSet["segments"][number]["cells"]) => ({
  key,
  cells,
  names: t,
  descriptions: t,
  actions: [],
});

Deno.test("checkRuleSet() finds the default grid an exact partition of the 25 cells", () => {
  const check = checkRuleSet(RF_GRID_SEGMENTS);
  assert.equal(check.ok, true);
  assert.equal(check.cells, 25);
  assert.deepEqual(check.gaps, []);
  assert.deepEqual(check.overlaps, []);
  assert.deepEqual(check.unreachable, []);
  assert.equal(
    ruleSetCheckText(check, RF_GRID_SEGMENTS, "en"),
    'Rule set "RF grid (10 segments)" covers all 25 R-by-F cells exactly once',
  );
});

Deno.test("checkRuleSet() finds the published 11-segment table's gaps, overlaps and unreachable segments", () => {
  const check = checkRuleSet(RFM_11_SEGMENTS);
  assert.equal(check.ok, false);
  assert.equal(check.cells, 125);
  // r1 f1 m3: too old for Loyal/Potential, f1 rules out At Risk, m3 rules out Hibernating and Lost.
  for (const cell of ["113", "314", "541"]) assert.ok(check.gaps.includes(cell), cell);
  assert.equal(check.gaps.length, 36); // 29% of the cells would be "Others"
  assert.deepEqual(check.overlaps.find((o) => o.cell === "555")?.segments, ["champions", "loyal"]);
  assert.deepEqual(check.overlaps.find((o) => o.cell === "111")?.segments, ["hibernating", "lost"]);
  assert.deepEqual(check.overlaps.find((o) => o.cell === "511")?.segments, ["potential_loyalist", "recent"]);
  assert.equal(check.overlaps.length, 42);
  // Recent and Promising sit inside Potential Loyalist, Can't Lose inside At Risk, Lost is Hibernating.
  assert.deepEqual(check.unreachable, ["recent", "promising", "cant_lose", "lost"]);
  assert.match(
    ruleSetCheckText(check, RFM_11_SEGMENTS, "en"),
    /^Rule set "Published 11-segment RFM table" is not an exact partition of the 125 R-by-F-by-M cells: 36 cells are in no segment \(e\.g\. "113", "114", "115"\); 42 cells are in several segments \(e\.g\. "111": hibernating, lost\); unreachable in this order: "recent", "promising", "cant_lose", "lost"$/,
  );
});

Deno.test("checkRuleSet() respects order: moving a segment first makes it reachable", () => {
  const segments = [...RFM_11_SEGMENTS.segments];
  const lost = segments.pop()!;
  const check = checkRuleSet({ ...RFM_11_SEGMENTS, segments: [lost, ...segments] });
  // Lost now wins r1-2 f1-2 m1-2, which also takes About To Sleep's r2 cells (its r3 cells were
  // already Potential Loyalist's): Lost becomes reachable, Hibernating and About To Sleep do not.
  assert.deepEqual(check.unreachable, ["recent", "promising", "about_to_sleep", "cant_lose", "hibernating"]);
});

Deno.test("checkRuleSet() counts cells per bins and treats a missing axis as any score", () => {
  const halves: RfmRuleSet = {
    name: "halves",
    axes: "RF",
    segments: [seg("old", [{ r: [1] }]), seg("recent", [{ r: [2, 3] }])],
  };
  const check = checkRuleSet(halves, 3);
  assert.equal(check.ok, true);
  assert.equal(check.cells, 9);
  assert.deepEqual(checkRuleSet(halves, 4).gaps, ["41", "42", "43", "44"]);
  const empty = checkRuleSet({ ...halves, segments: [...halves.segments, seg("nobody", [])] }, 3);
  assert.deepEqual(empty.unreachable, ["nobody"]);
  assert.equal(empty.ok, true); // a segment with no cells covers nothing, so no cell is wrong
});

Deno.test("checkRuleSet() rejects malformed rule sets", () => {
  const base: RfmRuleSet = { name: "bad", axes: "RF", segments: [seg("a", [{ r: [1, 2, 3, 4, 5] }])] };
  assert.throws(
    () => checkRuleSet(base, 10),
    /^RangeError: Cannot check RFM rule set "bad" with bins = 10: bins must be an integer from 2 to 9$/,
  );
  assert.throws(
    () => checkRuleSet(base, 3),
    /^RangeError: Cannot check RFM rule set "bad" with 3 bins: segment "a" uses r score "4"; scores run from 1 to 3$/,
  );
  assert.throws(
    () => checkRuleSet({ ...base, axes: "RFX" as "RF" }),
    /^TypeError: Cannot check RFM rule set "bad": axes is "RFX"; use "RF" or "RFM"$/,
  );
  assert.throws(
    () => checkRuleSet({ ...base, segments: [] }),
    /^TypeError: Cannot check RFM rule set "bad": it has no segments/,
  );
  assert.throws(
    () => checkRuleSet({ ...base, segments: [seg("a", []), seg("a", [])] }),
    /^TypeError: Cannot check RFM rule set "bad": segment key "a" is empty or repeated/,
  );
  assert.throws(
    () => checkRuleSet({ ...base, segments: [seg("a", [{ m: [1] }])] }),
    /^TypeError: Cannot check RFM rule set "bad": segment "a" uses M in an "RF" rule set; set axes to "RFM" or drop "m"$/,
  );
});

Deno.test("ruleSetCheckText() says the check in es and id, naming segments in that language", () => {
  const check = checkRuleSet(RFM_11_SEGMENTS, 5);
  const es = ruleSetCheckText(check, RFM_11_SEGMENTS, "es");
  assert.match(
    es,
    /^El conjunto de reglas "Published 11-segment RFM table" no reparte exactamente las 125 celdas R×F×M: 36 celdas no están en ningún segmento \(p\. ej\. "113", "114", "115"\); 42 celdas están en varios segmentos \(p\. ej\. "111": .+\); segmentos que nunca se asignan con este orden: .+$/,
  );
  assert.ok(es.endsWith(`"${segmentWords(RFM_11_SEGMENTS, "lost", "es").name}"`), es);
  assert.ok(es.endsWith('"Perdidos"'), es);
  assert.doesNotMatch(es, /cant_lose/);
  const id = ruleSetCheckText(check, RFM_11_SEGMENTS, "id");
  assert.match(
    id,
    /tidak membagi 125 sel R×F×M secara tepat: 36 sel tidak masuk segmen mana pun \(mis\. "113"/,
  );
  assert.match(id, /tidak pernah tercapai dengan urutan ini: /);
  assert.match(
    ruleSetCheckText(checkRuleSet(RF_GRID_SEGMENTS, 5), RF_GRID_SEGMENTS, "id"),
    /mencakup seluruh 25 sel R×F tepat satu kali$/,
  );
  // The summary has counts and cells only: no decimals to write with a comma.
  assert.doesNotMatch(es + id, /\d\.\d/);
});
