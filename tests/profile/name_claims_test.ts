import assert from "node:assert/strict";
import fc from "fast-check";
import pl from "nodejs-polars";
import { type ConceptClaim, failedClaims, type NameClaim } from "../../lib/profile/name_claims.ts";
import { nameSegments } from "../../lib/profile/name_segments.ts";
import { profileSegments } from "../../lib/profile/profile_segments.ts";
import { type Concept, detectConcepts } from "../../lib/profile/detect_concepts.ts";
import { ARCHETYPES } from "../../lib/profile/_archetypes.ts";
import { generateBlobs, generateCardHolders, generateVehicleFinance } from "../../lib/generate/mod.ts";
import { toMatrix } from "../../lib/scale/to_matrix.ts";
import { standardize } from "../../lib/scale/standardize.ts";
import { kmeans } from "../../lib/cluster/kmeans.ts";
import { readTable } from "../../lib/load/mod.ts";
import { analyzeFeatures } from "../../lib/run/mod.ts";
import { namedSegmentTexts } from "../../lib/text/mod.ts";
import { testWithSharedData } from "../_data.ts";

/** Columns named as the reference files and their peers name them, one or more per concept. */
const POOL = [
  "BALANCE",
  "PURCHASES",
  "ONEOFF_PURCHASES",
  "PURCHASES_FREQUENCY",
  "CASH_ADVANCE",
  "CREDIT_LIMIT",
  "PAYMENTS",
  "MINIMUM_PAYMENTS",
  "PRC_FULL_PAYMENT",
  "TENURE",
  "pendapatan_bulanan",
  "harga_mobil",
  "uang_muka",
  "keterlambatan_rata2",
  "jumlah_kredit_aktif",
  "antiguedad_meses",
  "BALANCE_FREQUENCY",
] as const;
const RFM_POOL = ["recency", "frequency", "monetary"] as const;

/** Segment and overall mean of every column, as z = (segment mean - overall mean) / population std. */
function columnZ(table: pl.DataFrame, labels: Int32Array, label: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of table.columns) {
    const v = table.getColumn(c).toArray() as number[];
    const mu = v.reduce((s, x) => s + x, 0) / v.length;
    const sd = Math.sqrt(v.reduce((s, x) => s + (x - mu) ** 2, 0) / v.length);
    const mine = v.filter((_, i) => labels[i] === label);
    const m = mine.reduce((s, x) => s + x, 0) / mine.length;
    out[c] = sd > 0 ? (m - mu) / sd : 0;
  }
  return out;
}

/** The claim check written again from its definition, independent of the library's. */
function holds(claim: NameClaim, z: (c: Concept) => number): boolean {
  const one = (a: ConceptClaim) => (a.side === "above" ? z(a.concept) > 0 : z(a.concept) < 0);
  if ("concept" in claim) return one(claim);
  const group = "all" in claim ? claim.all : "any" in claim ? claim.any : claim.first;
  const present = group.filter((a) => !Number.isNaN(z(a.concept)));
  if (present.length === 0) return false;
  if ("all" in claim) return present.every(one);
  if ("any" in claim) return present.some(one);
  return one(present[0]!);
}

/** Every named segment's claims, looked up from its archetype (or its levels), hold on its means. */
function checkNames(table: pl.DataFrame, labels: Int32Array, kind: "rfm" | "features"): number {
  const features = table.columns;
  const concepts = detectConcepts(features);
  const named = nameSegments(profileSegments(table, labels, { features }), { kind });
  let checked = 0;
  for (const p of named) {
    const cz = columnZ(table, labels, p.label);
    const z = (c: Concept) => {
      const cols = features.filter((f) => concepts[f] === c);
      return cols.length ? cols.reduce((s, f) => s + cz[f]!, 0) / cols.length : NaN;
    };
    const archetype = ARCHETYPES.find((a) => a.kind === kind && a.key === p.archetype);
    const claims: readonly NameClaim[] = archetype
      ? archetype.claims
      : p.naming.levels.flatMap((l) =>
        l.concept ? [{ concept: l.concept, side: l.high ? "above" : "below" } as const] : []
      );
    assert.deepEqual(p.naming.claims, claims, `segment ${p.label} (${p.archetype}) reports its claims`);
    for (const claim of claims) {
      assert.ok(holds(claim, z), `${p.archetype}: ${JSON.stringify(claim)} fails on segment ${p.label}`);
      checked++;
    }
    // A descriptor's levels say a side of the average: each one is on it.
    for (const l of p.naming.levels) {
      const v = l.concept ? z(l.concept) : cz[l.feature]!;
      assert.ok(l.high ? v > 0 : v < 0, `level ${JSON.stringify(l)} of segment ${p.label}`);
    }
  }
  return checked;
}

/** Blobs over some concept-named columns, some made positive and right-skewed like money. */
function dataset(columns: readonly string[], k: number, spread: number, seed: number, skew: boolean[]) {
  const x = generateBlobs({ n: 240, d: columns.length, centers: k, spread, seed });
  const data: Record<string, number[]> = {};
  columns.forEach((c, j) => {
    data[c] = Array.from({ length: x.rows }, (_, i) => {
      const v = x.data[i * x.cols + j]!;
      return skew[j] ? Math.exp(v / 4) * 100 : v;
    });
  });
  return { table: pl.DataFrame(data), labels: x.labels };
}

Deno.test("nameSegments() never uses a name whose claims fail on the segment's means (generated data)", () => {
  let checked = 0;
  fc.assert(
    fc.property(
      fc.subarray([...POOL], { minLength: 2, maxLength: 9 }),
      fc.integer({ min: 2, max: 6 }),
      fc.double({ min: 0.5, max: 8, noNaN: true }),
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.array(fc.boolean(), { minLength: 17, maxLength: 17 }),
      (columns, k, spread, seed, skew) => {
        const { table, labels } = dataset(columns, k, spread, seed, skew);
        checked += checkNames(table, labels, "features");
      },
    ),
    { seed: 16, numRuns: 150 },
  );
  assert.ok(checked > 150, `only ${checked} claims were checked`);
});

Deno.test("nameSegments() never uses an RFM name whose claims fail (generated recency/frequency/monetary)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 7 }),
      fc.double({ min: 0.5, max: 8, noNaN: true }),
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      (k, spread, seed, skew) => {
        const { table, labels } = dataset(RFM_POOL, k, spread, seed, skew);
        checkNames(table, labels, "rfm");
      },
    ),
    { seed: 16, numRuns: 100 },
  );
});

Deno.test("nameSegments() never uses a name whose claims fail on generated card-holder and vehicle-financing files", () => {
  let named = 0;
  for (
    const [make, drop] of [[generateCardHolders, ["CUST_ID"]], [
      generateVehicleFinance,
      ["cluster", "segmen", "rekomendasi_promo"],
    ]] as const
  ) {
    for (let seed = 1; seed <= 4; seed++) {
      const raw = pl.readCSV(make({ rows: 400, seed }));
      const table = raw.select(...raw.columns.filter((c) => !(drop as readonly string[]).includes(c)))
        .fillNull(0);
      const x = standardize(toMatrix(table, table.columns)).matrix;
      for (let k = 2; k <= 6; k++) named += checkNames(table, kmeans(x, k, { seed }).labels, "features");
    }
  }
  assert.ok(named > 100, `only ${named} claims were checked`);
});

Deno.test("failedClaims() reads all, any and first over the concepts present", () => {
  const z = (c: Concept) =>
    ({ income: 0.5, price: -0.2, delay: -1 } as Partial<Record<Concept, number>>)[c] ?? NaN;
  const up = (concept: Concept) => ({ concept, side: "above" } as const);
  const down = (concept: Concept) => ({ concept, side: "below" } as const);
  assert.equal(failedClaims([up("income"), down("delay")], z).length, 0);
  assert.equal(failedClaims([up("tenure")], z).length, 1, "a concept no column carries fails");
  assert.equal(failedClaims([{ all: [up("income"), up("tenure")] }], z).length, 0);
  assert.equal(failedClaims([{ all: [up("income"), up("price")] }], z).length, 1);
  assert.equal(failedClaims([{ any: [up("price"), down("delay")] }], z).length, 0);
  assert.equal(failedClaims([{ first: [up("price"), up("income")] }], z).length, 1);
  assert.equal(failedClaims([{ first: [up("tenure"), up("income")] }], z).length, 0);
  assert.equal(failedClaims([{ any: [up("tenure")] }], z).length, 1, "a group with no concept present fails");
});

testWithSharedData(
  "analyzeFeatures() on the vehicle file: no segment is called premium with an income below the overall mean",
  "segmentasi_pelanggan_final.csv",
  async (path) => {
    const run = analyzeFeatures(await readTable(path), { nBoot: 4 });
    const income = run.customers.getColumn("pendapatan_bulanan").toArray() as number[];
    const overall = income.reduce((s, v) => s + v, 0) / income.length;
    for (const p of run.segmentation.profiles) {
      if (p.archetype !== "premium") continue;
      assert.ok(
        p.means.pendapatan_bulanan! > overall,
        `"${p.name}" has a mean income of ${p.means.pendapatan_bulanan}`,
      );
    }
    // Old code: k = 4 named a segment with income 10.5 M (overall 11.4 M) "Premium customers".
    assert.ok(
      !run.segmentation.profiles.some((p) =>
        /premium/i.test(p.name) && p.means.pendapatan_bulanan! < overall
      ),
    );
  },
);

testWithSharedData(
  "analyzeFeatures() on the 17-column card file names segments in words, not column names, with actions that fit",
  "Customer_Data.csv",
  async (path) => {
    const run = analyzeFeatures(await readTable(path), { nBoot: 2, dbscan: false });
    const columns = run.cleaned.features;
    assert.equal(columns.length, 17);
    for (const lang of ["en", "es", "id"] as const) {
      const names = namedSegmentTexts(run.segmentation.profiles, lang);
      for (const p of names) {
        // Old code: "High PURCHASES_FREQUENCY, high PURCHASES_INSTALLMENTS_FREQUENCY", with
        // "Review this segment's profile with the business team" as its first action.
        for (const c of columns) assert.ok(!p.name.includes(c), `"${p.name}" cites column ${c}`);
        assert.ok(!p.naming.actions.includes("reviewProfile"), `"${p.name}" gets a generic action`);
      }
    }
    assert.match(run.featureChoice.reason, /spend \(PURCHASES, ONEOFF_PURCHASES, INSTALLMENTS_PURCHASES\)/);
    assert.match(run.featureChoice.reason, /named by their column: BALANCE_FREQUENCY/);
  },
);
