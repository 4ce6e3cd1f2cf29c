/**
 * Vehicle-financing customer tables like `segmentasi_pelanggan_final.csv`, generated from a seed.
 *
 * @module
 */
import { makeRandom } from "../base/random.ts";

/** Options for {@linkcode generateVehicleFinance}. */
export interface GenerateVehicleFinanceOptions {
  /** Number of customers (rows). @default {200} */
  rows?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
}

/** The columns of the real file, in its order. */
export const VEHICLE_FINANCE_COLUMNS: readonly string[] = [
  "pendapatan_bulanan",
  "harga_mobil",
  "uang_muka",
  "keterlambatan_rata2",
  "jumlah_kredit_aktif",
  "cluster",
  "segmen",
  "rekomendasi_promo",
];

/** The earlier analysis' segments: cluster number, name, promotion, and its prototype in z-scores. */
const EARLIER_SEGMENTS = [
  {
    cluster: 0,
    segmen: "Pelanggan Stabil",
    promo: "Diskon angsuran atau program loyalitas",
    // income, car price, down payment, delay, active credits
    z: [-0.6, -0.6, 0.4, -0.6, 0.6],
  },
  {
    cluster: 1,
    segmen: "Pelanggan Resiko Tinggi",
    promo: "Monitoring ketat dan edukasi keuangan",
    z: [-0.6, 0.4, -0.5, 0.7, -0.6],
  },
  {
    cluster: 2,
    segmen: "Pelanggan Premium",
    promo: "Penawaran eksklusif dan fleksibilitas cicilan",
    z: [0.95, 0, 0, 0, 0],
  },
] as const;

/**
 * Generate a vehicle-financing table (CSV text, LF line ends) like the real Indonesian file:
 * monthly income (Rp 3M..20M), car price (Rp 150M..400M), down payment (Rp 20M..100M),
 * average payment delay (0..29 days) and active credit facilities (0..3), each drawn
 * independently and uniformly at random, as in the real file, so an honest analysis finds
 * little cluster structure. The columns `cluster, segmen, rekomendasi_promo` imitate the
 * earlier analysis shipped with the real file: each row goes to the nearest of three fixed
 * prototypes (in z-scores): 0 "Pelanggan Stabil", 1 "Pelanggan Resiko Tinggi", 2 "Pelanggan Premium".
 *
 * @param options See {@linkcode GenerateVehicleFinanceOptions}.
 * @returns The file's text with a header, every line ending in `\n`.
 * @throws {RangeError} If `rows` is not a positive integer or `seed` is not finite.
 *
 * @example Ranges of the real file
 * ```ts
 * import { generateVehicleFinance } from "./vehicle_finance.ts";
 * import assert from "node:assert/strict";
 * const rows = generateVehicleFinance({ rows: 100 }).trim().split("\n").slice(1).map((l) => l.split(","));
 * assert.equal(rows.length, 100);
 * assert.ok(rows.every((r) => Number(r[0]) >= 3_000_000 && Number(r[0]) < 20_000_000));
 * assert.ok(rows.every((r) => ["0", "1", "2", "3"].includes(r[4]!)));
 * ```
 */
export function generateVehicleFinance(options: GenerateVehicleFinanceOptions = {}): string {
  const { rows = 200, seed = 0 } = options;
  if (!Number.isInteger(rows) || rows < 1) {
    throw new RangeError(`Cannot generate ${rows} vehicle-financing customers: use a positive integer`);
  }
  const rng = makeRandom(seed);
  // [low, high) of each uniform feature, and its mean and std for the z-scores
  const ranges = [[3_000_000, 20_000_000], [150_000_000, 400_000_000], [20_000_000, 100_000_000], [0, 30], [
    0,
    4,
  ]];
  const lines: string[] = [VEHICLE_FINANCE_COLUMNS.join(",")];
  for (let r = 0; r < rows; r++) {
    const x = ranges.map(([lo, hi]) => lo! + rng.int(hi! - lo!));
    const z = x.map((v, j) => {
      const [lo, hi] = ranges[j]!;
      return (v - (lo! + hi! - 1) / 2) / ((hi! - lo!) / Math.sqrt(12));
    });
    let best = 0, bestD = Infinity;
    for (let s = 0; s < EARLIER_SEGMENTS.length; s++) {
      let d = 0;
      for (let j = 0; j < z.length; j++) d += (z[j]! - EARLIER_SEGMENTS[s]!.z[j]!) ** 2;
      if (d < bestD) [best, bestD] = [s, d];
    }
    const seg = EARLIER_SEGMENTS[best]!;
    lines.push([...x, seg.cluster, seg.segmen, seg.promo].join(","));
  }
  return lines.join("\n") + "\n";
}
