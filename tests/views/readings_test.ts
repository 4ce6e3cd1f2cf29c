import assert from "node:assert/strict";
import {
  correlationReading,
  correlationStrength,
  reading,
  sectionView,
  segmentsReading,
} from "../../lib/views/readings.ts";
import { inputPath } from "../../lib/views/input_path.ts";
import { words } from "../../lib/text/mod.ts";
import type { ReportInput } from "../../lib/report/render_report.ts";
import type { Lang, SegmentProfile } from "../../lib/base/types.ts";

const corr = (r: number) => ({ columns: ["income", "delay"], values: [[1, r], [r, 1]] });

Deno.test("correlationStrength() follows the rule of thumb for |r|", () => {
  assert.deepEqual(
    [0, 0.29, -0.3, 0.4, 0.49, 0.5, -0.69, 0.7, 1].map(correlationStrength),
    ["weak", "weak", "moderate", "moderate", "moderate", "strong", "strong", "veryStrong", "veryStrong"],
  );
});

Deno.test("correlationReading() never calls r = 0.40 strong, in any language", () => {
  for (const lang of ["en", "es", "id"] as Lang[]) {
    const text = String(correlationReading(corr(0.4), { lang }));
    const w = words(lang).views.corrStrength;
    assert.ok(text.includes(w.moderate), text);
    assert.ok(!text.includes(` ${w.strong} `), text);
    assert.ok(!text.includes(words(lang).views.corrWeight), text); // no "weighs twice" below 0.5
  }
  assert.match(String(correlationReading(corr(0.4), { lang: "es" })), /r = 0,40/);
});

Deno.test("correlationReading() names strong pairs first and says they weigh twice", () => {
  const m = {
    columns: ["a", "b", "c"],
    values: [[1, 0.35, 0.82], [0.35, 1, 0.1], [0.82, 0.1, 1]],
  };
  const text = String(correlationReading(m));
  assert.equal(
    text,
    "- a and c are very strongly correlated (r = 0.82).\n- a and b are moderately correlated (r = 0.35).\n- " +
      words("en").views.corrWeight,
  );
});

Deno.test("correlationReading() on uncorrelated columns says none is more than weak, with the strongest r", () => {
  const text = String(correlationReading(corr(-0.12), { lang: "id" }));
  assert.match(text, /income dan delay/);
  assert.match(text, /r = -0,12/);
});

Deno.test("reading() turns generated sentences into a paragraph or a list, never JSON", () => {
  assert.equal(String(reading([])), "");
  assert.equal(String(reading(["Only one."])), "Only one.");
  assert.equal(String(reading(["A.", "", "B."])), "- A.\n- B.");
  assert.equal(String(reading(["A."], { lead: "Headline." })), "**Headline.**\n\n- A.");
  assert.ok(!String(reading(["A.", "B."])).includes('["'));
  // A warning repeated in the details is said once.
  assert.equal(String(reading(["A.", "B.", "A.", "L."], { lead: "L." })), "**L.**\n\n- A.\n- B.");
});

Deno.test("segmentsReading() gives each segment's size, share and first action, largest first", () => {
  const p = (name: string, size: number): SegmentProfile => ({
    label: size,
    name,
    description: "",
    actions: [`Call ${name}.`],
    size,
    share: size / 100,
    means: {},
    medians: {},
    zScores: {},
    distinctive: [],
  });
  assert.equal(
    String(segmentsReading([p("Small", 25), p("Big", 75)], { lang: "es" })),
    "- **Big**: 75 clientes (75 %). Call Big.\n- **Small**: 25 clientes (25 %). Call Small.",
  );
});

Deno.test("sectionView() shows a report part's paragraphs, charts and tables; an unknown id names those there are", () => {
  const report = {
    lang: "es",
    title: "t",
    sections: [{
      id: "value",
      title: "Valor",
      paragraphs: ["Uno.", "Dos."],
      tables: [{ caption: "c", columns: ["a"], rows: [[1]] }],
    }],
  } as unknown as ReportInput;
  const parts = sectionView(report, "value");
  assert.equal(String(parts[0]), "- Uno.\n- Dos.");
  assert.equal(parts.length, 2);
  assert.equal(sectionView(report, "value", { tables: false }).length, 1);
  assert.throws(() => sectionView(report, "cohorts"), /^RangeError: .*"cohorts".*value/);
  const bare = {
    ...report,
    sections: [{ id: "segments", title: "S", tables: [{ caption: "c", columns: ["a"], rows: [[1]] }] }],
  };
  assert.equal(sectionView(bare as ReportInput, "segments").length, 1); // no empty reading
});

Deno.test("inputPath() resolves a relative variable from where the user started, not from the notebook", () => {
  assert.equal(inputPath("D", "../data/s.csv", { D: "x.csv", INIT_CWD: "/a", PWD: "/b" }), "/a/x.csv");
  assert.equal(inputPath("D", "../data/s.csv", { D: "x.csv", PWD: "/b" }), "/b/x.csv");
  assert.equal(inputPath("D", "../data/s.csv", { D: "/abs/x.csv", INIT_CWD: "/a" }), "/abs/x.csv");
  assert.equal(inputPath("D", "../data/s.csv", { D: "" }), "../data/s.csv");
  assert.equal(inputPath("D", "../data/s.csv", {}), "../data/s.csv");
});
