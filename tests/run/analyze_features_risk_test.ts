import assert from "node:assert/strict";
import { readTable } from "../../lib/load/mod.ts";
import { analyzeFeatures } from "../../lib/run/mod.ts";
import { assignmentsTable } from "../../lib/report/assignments_table.ts";
import { buildReport } from "../../lib/report/build_report.ts";
import { testWithSharedData } from "../_data.ts";
import { segment } from "../cli/_segment.ts";

const FILE = "segmentasi_pelanggan_final.csv";

testWithSharedData(
  "analyzeFeatures() on the vehicle file: risk rules by the team's brief, a risk score per customer, and the disagreement with k-means explained",
  FILE,
  async (path) => {
    const run = analyzeFeatures(await readTable(path), { nBoot: 4 });
    const r = run.rules!;
    assert.ok(r !== null);
    const delay = run.customers.getColumn("keterlambatan_rata2").toArray() as number[];
    const credits = run.customers.getColumn("jumlah_kredit_aktif").toArray() as number[];
    const rule = run.customers.getColumn("rule_segment").toArray() as string[];
    // Old code: delay >= 21 or credits >= 2 (upper quartiles), 133 of 200 "at risk", and the 33
    // on-time customers with 2+ credits among them, told to get no new credit.
    const atRisk = rule.filter((s) => s === "At-risk customers").length;
    assert.equal(atRisk, delay.filter((d) => d >= 21).length);
    assert.ok(atRisk < 100);
    delay.forEach((d, i) => {
      if (d <= 7 && credits[i]! >= 2) assert.equal(rule[i], "Disciplined customers", `row ${i + 2}`);
    });
    assert.match(r.origin, /default thresholds, not quartiles/);
    // The risk score: documented formula, in the customers table, the CSV and the dashboard's columns.
    const score = run.customers.getColumn("risk_score").toArray() as number[];
    score.forEach((s, i) => {
      const want = Math.round(100 * Math.min(delay[i]! / 21, 1) * (3 + Math.min(credits[i]! / 2, 1)) / 4);
      assert.equal(s, want, `row ${i + 2}`);
    });
    const table = assignmentsTable(run);
    assert.ok(table.columns.includes("risk_score"));
    assert.ok(table.valueColumns.includes("risk_score"));
    assert.match(
      r.riskScoreNote,
      /risk_score.*100 × min\(delay \/ 21, 1\) × \(3 \+ min\(credits \/ 2, 1\)\) \/ 4/,
    );
    // The disagreement sentence says what the cross-tab holds.
    const agree = r.crosstab.counts.reduce((s, row) => s + Math.max(...row), 0);
    assert.ok(agree < 200);
    assert.match(
      r.disagreement,
      new RegExp(`agree on ${agree} of 200 customers .* differ on ${200 - agree}\\.`),
    );
    const largest = Math.max(
      ...r.crosstab.counts.flatMap((row) => row.filter((_, j) => j !== row.indexOf(Math.max(...row)))),
    );
    assert.match(r.disagreement, new RegExp(`The largest group they put apart: ${largest} customers`));
    assert.match(
      r.disagreement,
      /all 5 features at once, while the rules look only at "keterlambatan_rata2", "jumlah_kredit_aktif", "pendapatan_bulanan"/,
    );
    // The report's rules section shows the cross-tab and says it.
    const section = buildReport(run).sections!.find((s) => s.id === "rules")!;
    assert.ok(section.paragraphs!.includes(r.disagreement));
    assert.ok(section.tables!.some((t) => t.rows.length === r.crosstab.rows.length));
  },
);

testWithSharedData(
  "analyzeFeatures() on the vehicle file explains the disagreement in Spanish and Indonesian",
  FILE,
  async (path) => {
    const loaded = await readTable(path);
    const es = analyzeFeatures(loaded, { nBoot: 2, lang: "es" }).rules!;
    const id = analyzeFeatures(loaded, { nBoot: 2, lang: "id" }).rules!;
    assert.match(
      es.disagreement,
      /^Si cada segmento k-means se lee como su segmento por reglas más frecuente/,
    );
    assert.match(es.riskScoreNote, /puntaje de riesgo/);
    assert.match(id.disagreement, /^Jika setiap segmen k-means dibaca/);
    assert.match(id.riskScoreNote, /Skor risiko/);
  },
);

testWithSharedData(
  "analyzeFeatures() takes the risk thresholds as named options",
  FILE,
  async (path) => {
    const run = analyzeFeatures(await readTable(path), {
      nBoot: 2,
      risk: { riskDelay: 15, disciplinedDelay: 3, crossSellCredits: 3, premiumIncome: 15e6 },
    });
    const delay = run.customers.getColumn("keterlambatan_rata2").toArray() as number[];
    const rule = run.customers.getColumn("rule_segment").toArray() as string[];
    assert.equal(rule.filter((s) => s === "At-risk customers").length, delay.filter((d) => d >= 15).length);
    assert.match(run.rules!.origin, /delay of 15 or more.*at most 3 and 3 or more.*set by the analyst/);
  },
);

testWithSharedData(
  "segment CLI prints the segmentation that leads the report (the rules on the vehicle file) and takes the risk flags",
  FILE,
  async (path) => {
    const out = await Deno.makeTempDir();
    try {
      const r = await segment([
        path,
        "--out",
        out,
        "--no-progress",
        "--boot",
        "2",
        "--delay-threshold",
        "20",
      ]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.split("\n");
      const lead = lines.findIndex((l) => l.startsWith("  lead: Business-rule segments lead"));
      assert.ok(lead > 0, r.stdout);
      assert.match(lines[lead + 1]!, /^ {2}segment "At-risk customers": \d+ customers/);
      assert.ok(lines.some((l) => /^ {2}k-means segment "/.test(l)));
      const csv = await Deno.readTextFile(`${out}/segmentasi_pelanggan_final-segments.csv`);
      assert.ok(csv.split(/\r?\n/)[0]!.split(",").includes("risk_score"));
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
);
