import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { nameSegments } from "../../lib/profile/name_segments.ts";
import { profileSegments } from "../../lib/profile/profile_segments.ts";
import { makeRandom } from "../../lib/_random.ts";
import type { SegmentProfile } from "../../lib/types.ts";

// A card-holder-like table with three planted groups of 100: revolvers (high balance and cash
// advance, rarely pay in full), active big spenders, and new customers who barely use the card
// yet (shorter tenure and little activity: "new, not yet active", more precise than the old
// "dormant or new").
const COLUMNS = [
  "BALANCE",
  "PURCHASES",
  "CASH_ADVANCE",
  "PURCHASES_FREQUENCY",
  "PAYMENTS",
  "PRC_FULL_PAYMENT",
  "TENURE",
];
const GROUPS: Record<string, readonly number[]> = {
  revolver: [5000, 300, 3000, 0.2, 1500, 0.02, 12],
  spender: [1200, 4000, 50, 0.9, 4000, 0.4, 12],
  dormant: [300, 100, 100, 0.1, 300, 0.15, 7],
};
function cards(groups: readonly string[], seed = 1): { table: pl.DataFrame; labels: Int32Array } {
  const rnd = makeRandom(seed);
  const cols: number[][] = COLUMNS.map(() => []);
  const labels: number[] = [];
  groups.forEach((g, label) => {
    for (let i = 0; i < 100; i++) {
      labels.push(label);
      GROUPS[g]!.forEach((center, j) => cols[j]!.push(center * (1 + 0.1 * rnd.normal())));
    }
  });
  return {
    table: pl.DataFrame(Object.fromEntries(COLUMNS.map((c, j) => [c, cols[j]!]))),
    labels: Int32Array.from(labels),
  };
}
const planted = cards(["revolver", "spender", "dormant"]);
const profiles = profileSegments(planted.table, planted.labels, { features: COLUMNS });

Deno.test("nameSegments() names a planted revolver group as revolvers in en, es and id", () => {
  assert.deepEqual(nameSegments(profiles, { lang: "en" }).map((p) => p.name), [
    "Revolvers",
    "Active big spenders",
    "New, not yet active",
  ]);
  assert.deepEqual(nameSegments(profiles, { lang: "es" }).map((p) => p.name), [
    "Usuarios de crédito rotativo",
    "Grandes compradores activos",
    "Nuevos que aún no arrancan",
  ]);
  assert.deepEqual(nameSegments(profiles, { lang: "id" }).map((p) => p.name), [
    "Nasabah revolving",
    "Pembelanja besar aktif",
    "Pelanggan baru yang belum aktif",
  ]);
});

Deno.test("nameSegments() writes a description with the segment's means and 2-3 actions", () => {
  const [rev] = nameSegments(profiles, { lang: "en" });
  assert.equal(rev!.archetype, "revolvers");
  assert.match(
    rev!.description,
    /^Carry a high balance .*: .*BALANCE much higher than average \(mean 4,\d{3} vs 2,\d{3} overall\)/,
  );
  assert.match(rev!.description, /\.$/);
  assert.ok(rev!.actions.length >= 2 && rev!.actions.length <= 3);
  const [es] = nameSegments(profiles, { lang: "es" });
  assert.match(
    es!.description,
    /BALANCE muy por encima del promedio \(media 4\d{3} frente a 2\d{3} en general\)/,
  );
  const [id] = nameSegments(profiles, { lang: "id" });
  assert.match(
    id!.description,
    /BALANCE jauh di atas rata-rata \(rerata 4\.\d{3} dibanding 2\.\d{3} secara keseluruhan\)/,
  );
  assert.match(id!.actions[0]!, /cicilan/);
});

Deno.test("nameSegments() keeps the concept when columns are permuted or renamed to another language", () => {
  const order = [6, 2, 0, 5, 1, 4, 3];
  const permuted = profileSegments(planted.table.select(...order.map((j) => COLUMNS[j]!)), planted.labels, {
    features: order.map((j) => COLUMNS[j]!),
  });
  assert.deepEqual(nameSegments(permuted, { lang: "en" }).map((p) => p.name), [
    "Revolvers",
    "Active big spenders",
    "New, not yet active",
  ]);
  const renames: Record<string, string> = {
    BALANCE: "saldo",
    PURCHASES: "Compras",
    CASH_ADVANCE: "tarik_tunai",
    PURCHASES_FREQUENCY: "frekuensi_belanja",
    PAYMENTS: "pagos",
    PRC_FULL_PAYMENT: "pago_total",
    TENURE: "antigüedad",
  };
  const renamed = planted.table.rename(renames);
  const rp = profileSegments(renamed, planted.labels, { features: COLUMNS.map((c) => renames[c]!) });
  assert.deepEqual(nameSegments(rp, { lang: "id" }).map((p) => p.name), [
    "Nasabah revolving",
    "Pembelanja besar aktif",
    "Pelanggan baru yang belum aktif",
  ]);
});

Deno.test("nameSegments() uses explicit concepts for columns the lexicon does not know", () => {
  const renamed = planted.table.rename({ BALANCE: "x1", CASH_ADVANCE: "x2" });
  const features = COLUMNS.map((c) => (c === "BALANCE" ? "x1" : c === "CASH_ADVANCE" ? "x2" : c));
  const rp = profileSegments(renamed, planted.labels, { features });
  const named = nameSegments(rp, { lang: "en", concepts: { x1: "balance", x2: "cashAdvance" } });
  assert.equal(named[0]!.name, "Revolvers");
  // Without the override the revolver group has no balance concept, so it is not called revolvers.
  assert.notEqual(nameSegments(rp, { lang: "en" })[0]!.name, "Revolvers");
});

Deno.test("nameSegments() keeps names unique: the better fit keeps the plain name", () => {
  const two = cards(["revolver", "revolver", "spender"], 7);
  // Make the second revolver group a weaker fit and different in tenure.
  const t = two.table.withColumn(
    pl.Series(
      "TENURE",
      (two.table.getColumn("TENURE").toArray() as number[]).map((v, i) => (i >= 100 && i < 200 ? v / 2 : v)),
    ),
  ).withColumn(
    pl.Series(
      "BALANCE",
      (two.table.getColumn("BALANCE").toArray() as number[]).map((
        v,
        i,
      ) => (i >= 100 && i < 200 ? v * 0.8 : v)),
    ),
  );
  for (const lang of ["en", "es", "id"] as const) {
    const names = nameSegments(profileSegments(t, two.labels, { features: COLUMNS }), { lang }).map((p) =>
      p.name
    );
    assert.equal(new Set(names).size, 3, names.join(" | "));
  }
  const en = nameSegments(profileSegments(t, two.labels, { features: COLUMNS }), { lang: "en" }).map((p) =>
    p.name
  );
  assert.equal(en[0], "Revolvers");
  assert.equal(en[1], "Revolvers (low TENURE)");
});

function profile(
  label: number,
  z: Record<string, number>,
  means: Record<string, number> = {},
): SegmentProfile {
  return {
    label,
    name: "",
    description: "",
    actions: [],
    size: 10,
    share: 0.25,
    means: { ...Object.fromEntries(Object.keys(z).map((k) => [k, 1])), ...means },
    medians: {},
    zScores: z,
    distinctive: Object.entries(z).map(([feature, v]) => ({ feature, z: v })).sort((a, b) =>
      Math.abs(b.z) - Math.abs(a.z)
    ),
  };
}

Deno.test("nameSegments() falls back to the two most distinctive columns when no concept is known", () => {
  const ps = [profile(0, { foo: 1.5, bar: -0.9, baz: 0.1 }), profile(1, { foo: -1.5, bar: 0.9, baz: -0.1 })];
  assert.deepEqual(nameSegments(ps, { lang: "en" }).map((p) => p.name), [
    "High foo, low bar",
    "Low foo, high bar",
  ]);
  assert.deepEqual(nameSegments(ps, { lang: "es" }).map((p) => p.name), [
    "foo alto, bar bajo",
    "foo bajo, bar alto",
  ]);
  assert.deepEqual(nameSegments(ps, { lang: "id" }).map((p) => p.name), [
    "foo tinggi, bar rendah",
    "foo rendah, bar tinggi",
  ]);
  const named = nameSegments(ps, { lang: "en" });
  assert.equal(named[0]!.archetype, "descriptor");
  assert.match(
    named[0]!.description,
    /^Differs most from the average in: foo much higher than average \(mean 1\) and bar lower than average \(mean 1\)\.$/,
  );
});

Deno.test("nameSegments() disambiguates equal fallback names with the next column, then a number", () => {
  const ps = [
    profile(0, { foo: 1.5, bar: -0.9, baz: 0.5 }),
    profile(1, { foo: 1.4, bar: -0.8, baz: -0.5 }),
    profile(2, { foo: 1.3, bar: -0.7 }),
  ];
  assert.deepEqual(nameSegments(ps, { lang: "en" }).map((p) => p.name), [
    "High foo, low bar",
    "High foo, low bar, low baz",
    "High foo, low bar 2",
  ]);
});

Deno.test("nameSegments() calls label -1 outliers and a flat segment average", () => {
  const ps = [profile(0, { foo: 0.1, bar: -0.1 }), profile(-1, { foo: 2, bar: 3 })];
  assert.deepEqual(nameSegments(ps, { lang: "en" }).map((p) => p.name), ["Average customers", "Outliers"]);
  assert.deepEqual(nameSegments(ps, { lang: "es" }).map((p) => p.name), ["Clientes promedio", "Atípicos"]);
  assert.deepEqual(nameSegments(ps, { lang: "id" }).map((p) => p.name), ["Pelanggan rata-rata", "Pencilan"]);
});

Deno.test("nameSegments() names RFM segments from recency, frequency and monetary", () => {
  // means: recency in days, frequency in purchases per customer, monetary in money
  const ps = [
    profile(0, { recency: -1, frequency: 1.2, monetary: 1.5 }, {
      recency: 20,
      frequency: 12,
      monetary: 9000,
    }),
    profile(1, { recency: 1.3, frequency: -0.6, monetary: -0.5 }, {
      recency: 300,
      frequency: 1.1,
      monetary: 200,
    }),
    profile(2, { recency: 0.9, frequency: 0.8, monetary: 1.0 }, {
      recency: 250,
      frequency: 9,
      monetary: 6000,
    }),
    profile(3, { recency: -0.8, frequency: -0.5, monetary: -0.4 }, {
      recency: 30,
      frequency: 1.2,
      monetary: 300,
    }),
    profile(4, { recency: -0.7, frequency: -0.3, monetary: -0.3 }, {
      recency: 35,
      frequency: 2.4,
      monetary: 500,
    }),
    profile(5, { recency: 0.3, frequency: -0.1, monetary: 0 }, {
      recency: 160,
      frequency: 4,
      monetary: 1500,
    }),
  ];
  assert.deepEqual(nameSegments(ps, { lang: "en" }).map((p) => p.name), [
    "Best customers",
    "Lost one-time buyers",
    "Valuable but slipping",
    "Newcomers",
    "Promising recent buyers",
    "Cooling off",
  ]);
  assert.deepEqual(nameSegments(ps, { lang: "es" }).map((p) => p.name), [
    "Mejores clientes",
    "Compraron una vez y no volvieron",
    "Valiosos que se alejan",
    "Recién llegados",
    "Compradores recientes con potencial",
    "Se están enfriando",
  ]);
  assert.deepEqual(nameSegments(ps, { lang: "id" }).map((p) => p.name), [
    "Pelanggan terbaik",
    "Sekali belanja, tak kembali",
    "Pelanggan bernilai yang menjauh",
    "Pendatang baru",
    "Pembeli aktif yang menjanjikan",
    "Mulai jarang belanja",
  ]);
});

Deno.test("nameSegments() names vehicle-financing risk segments in Indonesian", () => {
  const ps = [
    profile(0, {
      pendapatan_bulanan: -0.1,
      harga_mobil: 0.1,
      keterlambatan_rata2: 1.2,
      jumlah_kredit_aktif: 0.3,
    }),
    profile(1, {
      pendapatan_bulanan: 0,
      harga_mobil: -0.2,
      keterlambatan_rata2: -0.9,
      jumlah_kredit_aktif: -0.6,
    }),
    profile(2, {
      pendapatan_bulanan: 1.1,
      harga_mobil: 0.5,
      keterlambatan_rata2: -0.1,
      jumlah_kredit_aktif: 0.2,
    }),
  ];
  const named = nameSegments(ps, { lang: "id" });
  assert.deepEqual(named.map((p) => p.name), ["Nasabah berisiko", "Nasabah disiplin", "Nasabah premium"]);
  assert.match(named[0]!.actions.join(" "), /restrukturisasi/);
  assert.match(named[1]!.actions.join(" "), /loyalitas/);
  assert.match(named[2]!.actions.join(" "), /asuransi/);
});

Deno.test("nameSegments() does not depend on profile order nor change its input", () => {
  const before = JSON.stringify(profiles);
  const forward = nameSegments(profiles, { lang: "en" });
  const backward = nameSegments([...profiles].reverse(), { lang: "en" }).reverse();
  assert.deepEqual(backward.map((p) => p.name), forward.map((p) => p.name));
  assert.equal(JSON.stringify(profiles), before);
  assert.deepEqual(forward.map((p) => p.size), profiles.map((p) => p.size));
});

Deno.test("nameSegments() cites first the columns that support the name", () => {
  const ps = [
    profile(0, { harga_mobil: -0.9, jumlah_kredit_aktif: 0.6, keterlambatan_rata2: -0.2 }, {
      jumlah_kredit_aktif: 2,
    }),
  ];
  const [p] = nameSegments(ps, { lang: "en" });
  assert.equal(p!.name, "At-risk payers");
  assert.match(
    p!.description,
    /: jumlah_kredit_aktif higher than average \(mean 2\) and harga_mobil lower than average/,
  );
  // With a below-average delay the same credits are paid on time: not a risk sign.
  const onTime = [profile(0, { harga_mobil: -0.9, jumlah_kredit_aktif: 0.6, keterlambatan_rata2: -0.5 })];
  assert.equal(nameSegments(onTime, { lang: "en" })[0]!.archetype, "on-time-multi");
});

Deno.test("nameSegments() calls a low down payment on a high price stretched, not premium", () => {
  const ps = [
    profile(0, { pendapatan_bulanan: -0.6, harga_mobil: 0.7, uang_muka: -0.8 }),
    profile(1, { pendapatan_bulanan: 0.9, harga_mobil: 0.5, uang_muka: 0.3 }),
  ];
  assert.deepEqual(nameSegments(ps, { lang: "es" }).map((p) => p.name), [
    "Compradores al límite",
    "Clientes premium",
  ]);
  // a high price on a low income is never premium, even without a down-payment column
  const noDp = [profile(0, { pendapatan_bulanan: -0.6, harga_mobil: 0.9 })];
  assert.equal(nameSegments(noDp, { lang: "en" })[0]!.archetype, "descriptor");
});
