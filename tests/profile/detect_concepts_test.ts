import assert from "node:assert/strict";
import { detectConcepts } from "../../lib/profile/detect_concepts.ts";

Deno.test("detectConcepts() reads the credit-card columns", () => {
  assert.deepEqual(
    detectConcepts([
      "CUST_ID",
      "BALANCE",
      "BALANCE_FREQUENCY",
      "PURCHASES",
      "ONEOFF_PURCHASES",
      "INSTALLMENTS_PURCHASES",
      "CASH_ADVANCE",
      "PURCHASES_FREQUENCY",
      "CASH_ADVANCE_FREQUENCY",
      "CASH_ADVANCE_TRX",
      "PURCHASES_TRX",
      "CREDIT_LIMIT",
      "PAYMENTS",
      "MINIMUM_PAYMENTS",
      "PRC_FULL_PAYMENT",
      "TENURE",
    ]),
    {
      CUST_ID: null,
      BALANCE: "balance",
      BALANCE_FREQUENCY: null,
      PURCHASES: "purchases",
      ONEOFF_PURCHASES: "purchases",
      INSTALLMENTS_PURCHASES: "purchases",
      CASH_ADVANCE: "cashAdvance",
      PURCHASES_FREQUENCY: "frequency",
      CASH_ADVANCE_FREQUENCY: "cashAdvance",
      CASH_ADVANCE_TRX: "cashAdvance",
      PURCHASES_TRX: "frequency",
      CREDIT_LIMIT: "creditLimit",
      PAYMENTS: "payments",
      MINIMUM_PAYMENTS: "minPayments",
      PRC_FULL_PAYMENT: "fullPayment",
      TENURE: "tenure",
    },
  );
});

Deno.test("detectConcepts() reads the vehicle-financing and RFM columns", () => {
  assert.deepEqual(
    detectConcepts([
      "pendapatan_bulanan",
      "harga_mobil",
      "uang_muka",
      "keterlambatan_rata2",
      "jumlah_kredit_aktif",
    ]),
    {
      pendapatan_bulanan: "income",
      harga_mobil: "price",
      uang_muka: "downPayment",
      keterlambatan_rata2: "delay",
      jumlah_kredit_aktif: "activeCredits",
    },
  );
  assert.deepEqual(detectConcepts(["Recency", "frequency", "MONETARY"]), {
    Recency: "recency",
    frequency: "frequency",
    MONETARY: "purchases",
  });
});

Deno.test("detectConcepts() ignores case, accents, punctuation and camelCase in en, es and id", () => {
  const cases: Record<string, string | null> = {
    "Límite de crédito": "creditLimit",
    "limit_kredit": "creditLimit",
    plafon: "creditLimit",
    creditLimit: "creditLimit",
    "Saldo": "balance",
    "deuda_total": "balance",
    "utang": "balance",
    "Compras": "purchases",
    "pembelian": "purchases",
    "Monto": "purchases",
    "frecuencia_compras": "frequency",
    "frekuensi": "frequency",
    "Recencia (días)": "recency",
    "hari_sejak_transaksi_terakhir": "recency",
    "avance de efectivo": "cashAdvance",
    "tarik_tunai": "cashAdvance",
    "pagos": "payments",
    "pembayaran": "payments",
    "pago_minimo": "minPayments",
    "Antigüedad": "tenure",
    "lama_menjadi_nasabah": "tenure",
    "ingreso_mensual": "income",
    "gaji": "income",
    "precio_auto": "price",
    "monto_del_credito": "price",
    "pinjaman": "price",
    "enganche": "downPayment",
    "dias_de_atraso": "delay",
    "mora": "delay",
    "DPD": "delay",
    "créditos_activos": "activeCredits",
    "Edad": "age",
    "usia": "age",
    "average_ticket": null,
    "id_pelanggan": null,
    "foo": null,
  };
  assert.deepEqual(detectConcepts(Object.keys(cases)), cases);
});

Deno.test("detectConcepts() lets explicit concepts win, null included", () => {
  assert.deepEqual(
    detectConcepts(["x1", "BALANCE", "TENURE"], { concepts: { x1: "income", BALANCE: null } }),
    {
      x1: "income",
      BALANCE: null,
      TENURE: "tenure",
    },
  );
});
