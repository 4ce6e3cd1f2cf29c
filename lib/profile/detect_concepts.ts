/**
 * Map column names to the business concepts segment names are made from.
 *
 * @module
 */

/** A business meaning a numeric column can carry; segment names and actions are written in these terms. */
export type Concept =
  | "balance"
  | "purchases"
  | "frequency"
  | "recency"
  | "cashAdvance"
  | "creditLimit"
  | "payments"
  | "minPayments"
  | "fullPayment"
  | "tenure"
  | "income"
  | "price"
  | "downPayment"
  | "delay"
  | "activeCredits"
  | "age";

/** Every concept, in a stable order. */
export const CONCEPTS: readonly Concept[] = [
  "balance",
  "purchases",
  "frequency",
  "recency",
  "cashAdvance",
  "creditLimit",
  "payments",
  "minPayments",
  "fullPayment",
  "tenure",
  "income",
  "price",
  "downPayment",
  "delay",
  "activeCredits",
  "age",
];

/** Explicit concept of some columns, overriding the lexicon; `null` says "no concept" (name from the column only). */
export type ConceptMap = { readonly [column: string]: Concept | null };

/** Options for {@linkcode detectConcepts}. */
export interface DetectConceptsOptions {
  /** Explicit concepts that win over the lexicon, by exact column name. @default {{}} */
  concepts?: ConceptMap;
}

// Ordered: the first pattern that matches a normalised name wins, so specific words come before
// general ones ("PRC_FULL_PAYMENT" is fullPayment before payments, "PURCHASES_FREQUENCY" is
// frequency before purchases, "CASH_ADVANCE_TRX" is cashAdvance before frequency).
// Names are normalised first: accents dropped, camelCase and punctuation split, lower case,
// words separated by one space, padded with spaces so " word " matches whole words.
const LEXICON: readonly (readonly [Concept | null, RegExp])[] = [
  [
    null,
    / balance frequency | frecuencia (de )?saldo | frekuensi saldo | (customer |cust |client(e)? |pelanggan |nasabah )?id | (kode|nomor|no) (pelanggan|nasabah) /,
  ],
  ["fullPayment", /full payment|pago (total|completo)|bayar (penuh|lunas)|pembayaran penuh|lunas penuh/],
  ["minPayments", /minimum payment|min payment|pago minimo|pagos minimos|pembayaran minimum|bayar minimum/],
  [
    "cashAdvance",
    /cash advance|avances?( de)? efectivo|adelantos?( de)? efectivo|disposicion(es)? de efectivo|tarik tunai|penarikan tunai/,
  ],
  [
    "delay",
    /delay|atraso|retraso|mora |morosidad|keterlambatan|terlambat|tunggakan| dpd | days past due|arrear|overdue| late /,
  ],
  [
    "activeCredits",
    /kredit aktif|pinjaman aktif|active (loan|credit|facilit)|credito(s)? activo|prestamo(s)? activo|open (loan|account|credit)|number of (loan|credit)|num (loan|credit)|jumlah kredit|n (creditos|prestamos)/,
  ],
  [
    "price",
    /loan amount|credit amount|monto (del )?(credito|prestamo)|nilai (kredit|pembiayaan)|jumlah pinjaman/,
  ],
  ["creditLimit", /credit limit|limite|limit kredit|plafon|plafond| limit /],
  [
    "recency",
    /recency|recencia|resensi|hari sejak|days since|dias desde|last (purchase|order|visit)|ultima (compra|visita)|terakhir/,
  ],
  [
    "frequency",
    /frequency|frecuencia|frekuensi| freq | trx | tx |transaction|transaccion|transaksi|visit|visita|kunjungan| orders? | pedidos? |invoice count|num invoices|jumlah transaksi/,
  ],
  ["downPayment", /down payment|uang muka| dp |enganche|anticipo|cuota inicial|pago inicial/],
  [
    "purchases",
    /purchase|compra|pembelian|belanja|spend|spent|gasto|monetary|monetario| monto |amount|revenue|venta|sales|importe|nilai transaksi|pengeluaran/,
  ],
  ["payments", /payment|pago|pembayaran|bayar|angsuran/],
  ["balance", /balance|saldo|deuda|utang|debt|outstanding|sisa pinjaman|adeudo/],
  ["income", /income|ingreso|pendapatan|gaji|salary|salario|sueldo|penghasilan|earning|wage/],
  ["price", /harga|price|precio|loan|pinjaman|prestamo|valor (del )?(auto|vehiculo|credito)|financed/],
  [
    "tenure",
    /tenure|antiguedad|lama (menjadi )?(nasabah|pelanggan)|masa (nasabah|keanggotaan)|seniority|customer since|months (as|on) (customer|book)|meses como cliente/,
  ],
  ["age", / age | edad | usia | umur /],
];

function normalise(name: string): string {
  const spaced = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return ` ${spaced} `;
}

/**
 * Find the business concept of every column from its name, in English, Spanish or Indonesian,
 * ignoring case, accents and punctuation (`PRC_FULL_PAYMENT`, `Límite de crédito`,
 * `keterlambatan_rata2`, `creditLimit`). Identifier columns and columns whose meaning the lexicon
 * does not know get `null`; segment names then fall back to the column's own name.
 *
 * @param columns Column names, as in the user's file.
 * @param options Explicit concepts that win over the lexicon.
 * @returns The concept of every column (`null` where there is none), keyed by column name.
 *
 * @example Three languages, one concept each
 * ```ts
 * import { detectConcepts } from "./detect_concepts.ts";
 * import assert from "node:assert/strict";
 * const c = detectConcepts(["BALANCE", "Límite de crédito", "keterlambatan_rata2", "foo"]);
 * assert.deepEqual(c, { BALANCE: "balance", "Límite de crédito": "creditLimit", keterlambatan_rata2: "delay", foo: null });
 * ```
 */
export function detectConcepts(
  columns: readonly string[],
  options: DetectConceptsOptions = {},
): Record<string, Concept | null> {
  const { concepts = {} } = options;
  const out: Record<string, Concept | null> = {};
  for (const column of columns) {
    if (Object.hasOwn(concepts, column)) {
      out[column] = concepts[column] ?? null;
      continue;
    }
    const n = normalise(column);
    out[column] = LEXICON.find(([, re]) => re.test(n))?.[0] ?? null;
  }
  return out;
}
