/** A small, hand-made report input shared by the report tests (snapshot, properties, browser). */
import type { ReportInput } from "../../lib/report/render_report.ts";
import { allCharts, SEGMENTS } from "../chart/_fixtures.ts";
import type { Lang, SegmentProfile } from "../../lib/base/types.ts";

/** 60 customers: ids C001.., three segments in a fixed pattern, income = 1000 + 10 * i. */
export function assignmentRows(n = 60): (string | number | null)[][] {
  const names = ["Champions", "At Risk", "New"];
  return Array.from({ length: n }, (_, i) => [
    `C${String(i + 1).padStart(3, "0")}`,
    1000 + 10 * i,
    (i * 7) % 13,
    names[i % 3 === 0 ? 0 : i % 3 === 1 ? 1 : 2]!,
  ]);
}

export function profiles(): SegmentProfile[] {
  return SEGMENTS.map((s) => ({
    ...s,
    description: `${s.name} customers, described in one sentence.`,
    actions: ["Say thank you", "Offer early access"],
    medians: s.means,
    valueShare: s.share,
    distinctive: [{ feature: "monetary", z: s.zScores.monetary }],
  }));
}

export function reportInput(lang: Lang = "en", { charts = true }: { charts?: boolean } = {}): ReportInput {
  const c = allCharts(lang);
  return {
    lang,
    title: "Retail RFM segments",
    subtitle: "ventas.csv · 2010-12-01 to 2011-12-09",
    verdict: {
      level: "good",
      headline: "Clear, stable segments",
      details: ["Hopkins 0.91", "Mean Jaccard 0.88"],
    },
    warnings: ["2 customers have a single invoice"],
    summary: [{ label: "Customers", value: 4338 }, { label: "Revenue", value: 8911407.9 }, {
      label: "Chosen k",
      value: 3,
    }],
    ledger: {
      rowsIn: 100,
      rowsKept: 90,
      entries: [
        {
          step: "clean",
          reason: "missing-customer",
          facts: { column: "Customer" },
          action: "removed",
          rows: 7,
          examples: [{ row: 12, cells: [{ column: "Customer", value: null }] }],
        },
        {
          step: "clean",
          reason: "cancellation",
          facts: { column: "Invoice", prefix: "C" },
          action: "removed",
          rows: 3,
          column: "Invoice",
          examples: [{ row: 5, cells: [{ column: "Invoice", value: "C536379" }] }],
        },
      ],
    },
    sections: [{
      id: "choose-k",
      title: "Choosing k",
      paragraphs: ["The elbow and the silhouette agree on k = 3."],
      charts: charts ? [c.elbow!, c.segment_sizes!] : [],
      tables: [{ caption: "Criteria", columns: ["k", "silhouette"], rows: [[2, 0.48], [3, 0.61]] }],
    }],
    segments: profiles(),
    assignments: {
      columns: ["customer", "income", "delay", "segment"],
      rows: assignmentRows(),
      segmentColumn: "segment",
      valueColumns: ["income", "delay"],
      fileName: "retail-segments.csv",
    },
    record: { hopkins: 0.91, k: 3, seed: 0, input: { file: "ventas.csv", sha256: "abc" } },
    generatedBy: "segmenta 0.1.0",
  };
}

/** A report whose every user-supplied string is hostile. */
export function hostileInput(s: readonly string[]): ReportInput {
  const at = (i: number) => s[i % s.length]!;
  return {
    lang: "en",
    title: at(0),
    subtitle: at(1),
    verdict: { level: "bad", headline: at(2), details: [at(3)] },
    warnings: [at(4)],
    summary: [{ label: at(5), value: at(6) }],
    ledger: [{
      step: "clean",
      reason: "cancellation",
      facts: { column: at(7), prefix: at(8) },
      action: "removed",
      rows: 1,
      column: at(9),
      examples: [{ row: 2, cells: [{ column: at(10), value: 1 }] }],
    }],
    sections: [{
      id: at(11),
      title: at(12),
      paragraphs: [at(13)],
      tables: [{ caption: at(14), columns: [at(15)], rows: [[at(16)]] }],
    }],
    segments: [{
      label: 0,
      name: at(17),
      description: at(18),
      actions: [at(19)],
      size: 2,
      share: 1,
      means: { [at(20)]: 1 },
      medians: {},
      zScores: { [at(20)]: 1 },
      distinctive: [{ feature: at(20), z: 1 }],
    }],
    assignments: {
      columns: [at(21), at(22), at(23) + "#country", "segment"],
      rows: [[at(24), 1, at(25), at(17)], [at(26), -2, at(27), at(28)]],
      segmentColumn: "segment",
      fileName: at(29),
    },
    record: { file: at(30), ids: [at(31)] },
    generatedBy: at(32),
  };
}
