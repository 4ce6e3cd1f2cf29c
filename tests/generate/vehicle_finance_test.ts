import assert from "node:assert/strict";
import { generateVehicleFinance, VEHICLE_FINANCE_COLUMNS } from "../../lib/generate/vehicle_finance.ts";

const csv = generateVehicleFinance({ seed: 3 });
const rows = csv.trim().split("\n").slice(1).map((l) => l.split(","));

Deno.test("generateVehicleFinance() is deterministic: same seed same text, other seed other text", () => {
  assert.equal(generateVehicleFinance({ seed: 3 }), csv);
  assert.notEqual(generateVehicleFinance({ seed: 4 }), csv);
});

Deno.test("generateVehicleFinance() writes the real file's columns and ranges", () => {
  assert.equal(csv.split("\n")[0], VEHICLE_FINANCE_COLUMNS.join(","));
  assert.equal(
    VEHICLE_FINANCE_COLUMNS.join(","),
    "pendapatan_bulanan,harga_mobil,uang_muka,keterlambatan_rata2,jumlah_kredit_aktif,cluster,segmen,rekomendasi_promo",
  );
  assert.equal(rows.length, 200);
  const ranges = [[3e6, 2e7], [1.5e8, 4e8], [2e7, 1e8], [0, 29], [0, 3]];
  for (const r of rows) {
    ranges.forEach(([lo, hi], j) => {
      const v = Number(r[j]);
      assert.ok(Number.isInteger(v) && v >= lo! && v <= hi!, `${VEHICLE_FINANCE_COLUMNS[j]} = ${r[j]}`);
    });
  }
});

Deno.test("generateVehicleFinance() draws features uniformly: quartiles near the uniform ones", () => {
  const incomes = rows.map((r) => Number(r[0])).sort((a, b) => a - b);
  const q = (p: number) => incomes[Math.floor(p * (incomes.length - 1))]!;
  for (const p of [0.25, 0.5, 0.75]) {
    const expected = 3e6 + p * 17e6;
    assert.ok(Math.abs(q(p) - expected) < 0.1 * 17e6, `income quantile ${p}: ${q(p)}`);
  }
});

Deno.test("generateVehicleFinance() labels rows like the earlier analysis: cluster, segment and promo agree", () => {
  const names = new Map([
    ["0", "Pelanggan Stabil,Diskon angsuran atau program loyalitas"],
    ["1", "Pelanggan Resiko Tinggi,Monitoring ketat dan edukasi keuangan"],
    ["2", "Pelanggan Premium,Penawaran eksklusif dan fleksibilitas cicilan"],
  ]);
  for (const r of rows) assert.equal(`${r[6]},${r[7]}`, names.get(r[5]!));
  for (const c of names.keys()) assert.ok(rows.filter((r) => r[5] === c).length > 30, `cluster ${c}`);
  const premium = rows.filter((r) => r[5] === "2").map((r) => Number(r[0]));
  const others = rows.filter((r) => r[5] !== "2").map((r) => Number(r[0]));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  assert.ok(mean(premium) > mean(others), "Premium has the higher income");
});

Deno.test("generateVehicleFinance() rejects a bad number of rows", () => {
  assert.throws(
    () => generateVehicleFinance({ rows: 0 }),
    /^RangeError: Cannot generate 0 vehicle-financing customers/,
  );
});
