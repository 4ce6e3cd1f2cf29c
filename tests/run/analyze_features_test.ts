import assert from "node:assert/strict";
import { join } from "node:path";
import {
  analyzeFeatures,
  analyzeFile,
  assignmentsTable,
  matrixFromRows,
  readTable,
  riskRules,
  runRecord,
} from "../../lib/mod.ts";
import { generateBlobs } from "../../lib/generate/mod.ts";
import { projectDataPath, testWithSharedData } from "../_data.ts";

const CARD_FEATURES = [
  "BALANCE",
  "PURCHASES",
  "CREDIT_LIMIT",
  "PAYMENTS",
  "PURCHASES_FREQUENCY",
  "TENURE",
  "MINIMUM_PAYMENTS",
];
const VEHICLE_RULES = riskRules({
  delayColumn: "keterlambatan_rata2",
  creditsColumn: "jumlah_kredit_aktif",
  incomeColumn: "pendapatan_bulanan",
  riskDelay: 15,
  disciplinedDelay: 5,
  crossSellCredits: 3,
  delayUnit: "days",
});

async function blobsFile(dir: string): Promise<string> {
  const centers = matrixFromRows([[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]]);
  const x = generateBlobs({ n: 600, d: 3, centers, spread: 0.5, seed: 3 });
  const rows = ["id,a,b,c"];
  for (let i = 0; i < x.rows; i++) {
    rows.push(`${i + 1},${x.data[3 * i]},${x.data[3 * i + 1]},${x.data[3 * i + 2]}`);
  }
  const path = join(dir, "blobs.csv");
  await Deno.writeTextFile(path, rows.join("\n") + "\n");
  return path;
}

Deno.test("analyzeFeatures() on planted blobs finds the planted k, clear structure and stable segments", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const loaded = await readTable(await blobsFile(dir));
    const a = analyzeFeatures(loaded, { nBoot: 8, log: "none", rules: null, dbscan: false });
    assert.equal(a.idColumn, "id");
    assert.deepEqual(a.cleaned.features, ["a", "b", "c"]);
    assert.equal(a.segmentation.k, 4, a.segmentation.kReason);
    assert.equal(a.segmentation.verdict.structure, "clear");
    assert.equal(a.segmentation.verdict.level, "good", a.segmentation.verdict.headline);
    assert.equal(a.primary.by, "kmeans");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyzeFeatures() on the uniform vehicle-finance sample says there is no clear structure and leads with rules", async () => {
  const loaded = await readTable(projectDataPath("vehicle_finance_sample.csv"));
  const a = analyzeFeatures(loaded, { k: 3, seed: 42, rules: VEHICLE_RULES, lang: "id" });
  assert.deepEqual(a.cleaned.features, [
    "pendapatan_bulanan",
    "harga_mobil",
    "uang_muka",
    "keterlambatan_rata2",
    "jumlah_kredit_aktif",
  ]);
  assert.match(
    a.featureChoice.reason,
    /"cluster"/,
    "the earlier analysis' label column is left out and said so",
  );
  assert.notEqual(a.segmentation.verdict.structure, "clear", a.segmentation.verdict.headline);
  assert.notEqual(a.segmentation.stability.verdict, "stable");
  assert.equal(a.primary.by, "rules");
  assert.match(a.segmentation.verdict.headline, /Tidak ada pengelompokan alami/);
  // Every customer is in exactly one rule segment; the lead segment column is the rules'.
  const seg = a.rules!.segmentation;
  assert.equal(seg.segments.reduce((t, s) => t + s.size, 0), loaded.table.height);
  assert.equal(assignmentsTable(a).segmentColumn, "rule_segment");
});

testWithSharedData(
  "analyzeFeatures() on the real vehicle-finance file: no natural grouping, a fragile k = 3",
  "segmentasi_pelanggan_final.csv",
  async (path) => {
    const loaded = await readTable(path);
    const a = analyzeFeatures(loaded, { k: 3, seed: 42, rules: VEHICLE_RULES });
    assert.equal(a.segmentation.hopkins.verdict, "no clear structure");
    assert.equal(a.segmentation.verdict.structure, "none");
    assert.equal(a.segmentation.verdict.level, "bad");
    assert.ok(
      a.segmentation.stability.perSegment.some((p) => p.jaccard < 0.75),
      "some k = 3 segment must be fragile",
    );
    assert.equal(a.primary.by, "rules");
    const record = runRecord(a);
    assert.equal(typeof record.hopkins, "number");
    assert.ok((record.hopkins as number) < 0.75);
  },
);

Deno.test("analyzeFeatures() on the credit-card sample imputes and counts every missing cell, and records every criterion", async () => {
  const loaded = await readTable(projectDataPath("credit_card_sample.csv"));
  const missing = loaded.table.getColumn("MINIMUM_PAYMENTS").nullCount();
  const a = analyzeFeatures(loaded, { features: CARD_FEATURES, nBoot: 5, rules: null });
  const imputed = a.ledger.find((e) => e.action === "imputed" && e.column === "MINIMUM_PAYMENTS");
  assert.ok(missing > 0);
  assert.equal(imputed?.rows, missing);
  assert.ok(a.transform.log.transformed.includes("PURCHASES"), a.transform.log.mode);
  const record = runRecord(a) as {
    kSelection: Record<string, unknown[]>;
    stability: { perSegment: unknown[] };
  };
  for (const c of ["inertia", "silhouette", "calinskiHarabasz", "daviesBouldin", "gap"]) {
    assert.equal(record.kSelection[c]!.length, record.kSelection.ks!.length, c);
  }
  assert.equal(record.stability.perSegment.length, a.segmentation.k);
  assert.ok(a.dbscan !== null && a.dbscan.result.labels.length === a.customers.height);
});

testWithSharedData(
  "analyzeFile() on the real credit-card file detects one row per customer and imputes 313 + 1 cells",
  "Customer_Data.csv",
  async (path) => {
    const { decision, analysis } = await analyzeFile(path, {
      features: { features: CARD_FEATURES, dbscan: false },
      nBoot: 5,
      kMax: 8,
    });
    assert.equal(decision.kind, "features", decision.reason);
    const imputed = analysis.ledger.filter((e) => e.action === "imputed");
    assert.deepEqual(
      imputed.map((e) => [e.column, e.rows]).sort(),
      [["CREDIT_LIMIT", 1], ["MINIMUM_PAYMENTS", 313]],
    );
    assert.equal(analysis.customers.height, 8950);
    assert.equal(new Set(analysis.segmentation.profiles.map((p) => p.name)).size, analysis.segmentation.k);
  },
);

Deno.test("analyzeFeatures() one-hot encodes categorical columns into the features, without log-transforming them", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const rows = ["id,spend,visits,plan"];
    for (let i = 0; i < 120; i++) {
      const gold = i % 10 === 0;
      rows.push(
        `${i + 1},${gold ? 5000 + i : 50 + (i % 7) * 10},${gold ? 30 : 2 + (i % 5)},${
          gold ? "gold" : i % 2 ? "basic" : "plus"
        }`,
      );
    }
    const path = join(dir, "plans.csv");
    await Deno.writeTextFile(path, rows.join("\n") + "\n");
    const a = analyzeFeatures(await readTable(path), {
      categorical: ["plan"],
      nBoot: 3,
      kMax: 4,
      dbscan: false,
      rules: null,
    });
    assert.deepEqual(a.cleaned.features, ["spend", "visits", "plan=basic", "plan=gold", "plan=plus"]);
    assert.ok(!a.transform.log.transformed.some((c) => c.startsWith("plan=")), a.transform.log.mode);
    assert.match(a.featureChoice.reason, /one-hot encoded "plan" into 3 0\/1 columns/);
    assert.ok(a.customers.columns.includes("plan=gold"));
    assert.throws(
      () => analyzeFeatures(a.loaded, { categorical: ["plann"], rules: null }),
      /^InputError: Cannot use column "plann" of "plans\.csv": there is no such column; did you mean "plan"\?/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyzeFeatures() does not call one Gaussian or log-normal blob 'clear structure' (Hopkins alone would)", async () => {
  const dir = await Deno.makeTempDir();
  try {
    for (const shape of ["gaussian", "lognormal"] as const) {
      const x = generateBlobs({ n: 800, d: 3, centers: matrixFromRows([[0, 0, 0]]), spread: 1, seed: 11 });
      const rows = ["id,a,b,c"];
      for (let i = 0; i < x.rows; i++) {
        const v = [0, 1, 2].map((
          j,
        ) => (shape === "gaussian" ? x.data[3 * i + j]! : Math.exp(x.data[3 * i + j]!)));
        rows.push(`${i + 1},${v.join(",")}`);
      }
      const path = join(dir, `${shape}.csv`);
      await Deno.writeTextFile(path, rows.join("\n") + "\n");
      const a = analyzeFeatures(await readTable(path), { nBoot: 5, rules: null, dbscan: false });
      assert.equal(
        a.segmentation.hopkins.verdict,
        "clustered",
        `${shape}: Hopkins reads any non-uniform blob as clustered`,
      );
      assert.equal(a.segmentation.sweep.gapK, 1, `${shape}: the gap statistic prefers one group`);
      assert.equal(a.segmentation.verdict.structure, "weak", `${shape}: ${a.segmentation.verdict.headline}`);
      assert.notEqual(a.segmentation.verdict.level, "good");
      assert.equal(a.segmentation.kSource, "convenience", a.segmentation.kReason);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
