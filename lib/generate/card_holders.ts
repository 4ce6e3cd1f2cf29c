/**
 * Card-holder tables like the credit-card case's `Customer_Data.csv`, generated from a seed.
 *
 * @module
 */
import { makeRandom, type Random } from "../base/random.ts";

/** The 18 columns of the real credit-card file, in its order. */
export const CARD_HOLDER_COLUMNS: readonly string[] = [
  "CUST_ID",
  "BALANCE",
  "BALANCE_FREQUENCY",
  "PURCHASES",
  "ONEOFF_PURCHASES",
  "INSTALLMENTS_PURCHASES",
  "CASH_ADVANCE",
  "PURCHASES_FREQUENCY",
  "ONEOFF_PURCHASES_FREQUENCY",
  "PURCHASES_INSTALLMENTS_FREQUENCY",
  "CASH_ADVANCE_FREQUENCY",
  "CASH_ADVANCE_TRX",
  "PURCHASES_TRX",
  "CREDIT_LIMIT",
  "PAYMENTS",
  "MINIMUM_PAYMENTS",
  "PRC_FULL_PAYMENT",
  "TENURE",
];

/** Options for {@linkcode generateCardHolders}. */
export interface GenerateCardHoldersOptions {
  /** Number of card holders (rows). @default {1200} */
  rows?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
}

/** A planted behaviour group: medians of its money columns and its habits. */
interface Group {
  readonly share: number;
  readonly balance: number;
  readonly oneoff: number; // median one-off purchases, 0 = mostly none
  readonly oneoffShare: number; // chance of any one-off purchases
  readonly installments: number;
  readonly installmentsShare: number;
  readonly cashAdvance: number;
  readonly cashAdvanceShare: number;
  readonly limit: number;
  readonly fullPayment: readonly [number, number]; // PRC_FULL_PAYMENT range
  readonly fullPaymentShare: number; // chance PRC_FULL_PAYMENT > 0
  readonly activeMonths: readonly [number, number]; // share of months with activity
  readonly balanceMonths: readonly [number, number]; // share of months with a balance update
}

// revolvers, transactors, dormant, installment buyers
const GROUPS: readonly Group[] = [
  {
    share: 0.25, // revolvers: high balance and cash advance, rarely pay in full
    balance: 3500,
    oneoff: 150,
    oneoffShare: 0.35,
    installments: 100,
    installmentsShare: 0.25,
    cashAdvance: 2500,
    cashAdvanceShare: 0.95,
    limit: 5500,
    fullPayment: [0, 0.2],
    fullPaymentShare: 0.1,
    activeMonths: [0.1, 0.5],
    balanceMonths: [0.85, 1.05],
  },
  {
    share: 0.2, // transactors: buy a lot, pay in full
    balance: 400,
    oneoff: 1800,
    oneoffShare: 0.95,
    installments: 500,
    installmentsShare: 0.6,
    cashAdvance: 200,
    cashAdvanceShare: 0.1,
    limit: 7500,
    fullPayment: [0.5, 1],
    fullPaymentShare: 0.9,
    activeMonths: [0.7, 1],
    balanceMonths: [0.6, 1.05],
  },
  {
    share: 0.3, // dormant: low everything
    balance: 60,
    oneoff: 60,
    oneoffShare: 0.15,
    installments: 50,
    installmentsShare: 0.15,
    cashAdvance: 150,
    cashAdvanceShare: 0.1,
    limit: 1800,
    fullPayment: [0, 1],
    fullPaymentShare: 0.3,
    activeMonths: [0, 0.25],
    balanceMonths: [0.1, 0.9],
  },
  {
    share: 0.25, // installment buyers: steady instalment purchases, moderate balance
    balance: 900,
    oneoff: 100,
    oneoffShare: 0.2,
    installments: 900,
    installmentsShare: 1,
    cashAdvance: 300,
    cashAdvanceShare: 0.15,
    limit: 3500,
    fullPayment: [0, 0.35],
    fullPaymentShare: 0.35,
    activeMonths: [0.6, 1],
    balanceMonths: [0.7, 1.05],
  },
];

const MISSING_MINIMUM = 0.035;

/**
 * Generate a card-holder table (CSV text) with the 18 columns of the real credit-card file
 * (`CUST_ID` `C10001`, `C10002`, ...; LF line ends; numbers with a decimal point), with four
 * planted behaviour groups in shuffled order: revolvers (high balance and cash advance, low
 * full payment), transactors (high purchases, pay in full), dormant (low everything) and
 * instalment buyers. Money columns are right-skewed (log-normal). Like the real file, 3.5%
 * of `MINIMUM_PAYMENTS` (rounded to a whole row) are empty and one `CREDIT_LIMIT` is empty.
 *
 * Internally consistent: `PURCHASES` = `ONEOFF_PURCHASES` + `INSTALLMENTS_PURCHASES` to the
 * cent; every frequency is a number of months over `TENURE` (6..12), in 0..1, with the
 * one-off and instalment frequencies at most the purchase frequency; a zero amount has zero
 * frequency and zero transactions.
 *
 * @param options See {@linkcode GenerateCardHoldersOptions}.
 * @returns The file's text with a header, every line ending in `\n`.
 * @throws {RangeError} If `rows` is not a positive integer or `seed` is not finite.
 *
 * @example Columns, ids and the purchase identity
 * ```ts
 * import { generateCardHolders } from "./card_holders.ts";
 * import assert from "node:assert/strict";
 * const lines = generateCardHolders({ rows: 50, seed: 2 }).trim().split("\n");
 * const header = lines[0]!.split(",");
 * assert.equal(header.length, 18);
 * const row = lines[1]!.split(",");
 * assert.equal(row[0], "C10001");
 * const [p, o, i] = [3, 4, 5].map((j) => Math.round(Number(row[j]) * 100));
 * assert.equal(p, o! + i!);
 * ```
 */
export function generateCardHolders(options: GenerateCardHoldersOptions = {}): string {
  const { rows = 1200, seed = 0 } = options;
  if (!Number.isInteger(rows) || rows < 1) {
    throw new RangeError(`Cannot generate ${rows} card holders: use a positive integer`);
  }
  const rng = makeRandom(seed);
  const groupCdf: number[] = [0];
  for (const g of GROUPS) groupCdf.push(groupCdf[groupCdf.length - 1]! + g.share);
  const missingLimit = rows > 1 ? 1 + rng.int(rows - 1) : -1;
  // exactly round(3.5%) empty MINIMUM_PAYMENTS, at random rows (partial Fisher-Yates)
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const missingMinimum = new Uint8Array(rows);
  for (let i = 0; i < Math.round(MISSING_MINIMUM * rows); i++) {
    const j = i + rng.int(rows - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
    missingMinimum[order[i]!] = 1;
  }
  const lines: string[] = [CARD_HOLDER_COLUMNS.join(",")];
  for (let r = 0; r < rows; r++) {
    const u = rng.next();
    let gi = 0;
    while (gi < GROUPS.length - 1 && u >= groupCdf[gi + 1]!) gi++;
    lines.push(holder(rng, GROUPS[gi]!, r, r === missingLimit, missingMinimum[r] === 1));
  }
  return lines.join("\n") + "\n";
}

function logNormal(rng: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * rng.normal());
}

/** Months (0..tenure) from a share range. */
function months(rng: Random, range: readonly [number, number], tenure: number): number {
  const share = range[0] + (range[1] - range[0]) * rng.next();
  return Math.min(tenure, Math.round(share * tenure));
}

function holder(rng: Random, g: Group, r: number, missingLimit: boolean, missingMinimum: boolean): string {
  const tenure = rng.next() < 0.85 ? 12 : 6 + rng.int(6);
  const limit = roundLimit(Math.min(30000, Math.max(50, logNormal(rng, g.limit, 0.55))));
  const balance = Math.min(limit * 1.3, logNormal(rng, g.balance, 0.9));
  const balanceFreq = balance < 1 ? 0 : Math.max(1, months(rng, g.balanceMonths, tenure)) / tenure;

  // purchases in cents, so PURCHASES = ONEOFF + INSTALLMENTS exactly
  const oneoff = rng.next() < g.oneoffShare ? Math.round(logNormal(rng, g.oneoff, 1) * 100) : 0;
  const inst = rng.next() < g.installmentsShare ? Math.round(logNormal(rng, g.installments, 0.9) * 100) : 0;
  const oneoffMonths = oneoff > 0 ? Math.max(1, months(rng, g.activeMonths, tenure)) : 0;
  const instMonths = inst > 0 ? Math.max(1, months(rng, g.activeMonths, tenure)) : 0;
  const lo = Math.max(oneoffMonths, instMonths), hi = Math.min(tenure, oneoffMonths + instMonths);
  const purchaseMonths = lo + rng.int(hi - lo + 1);
  const purchasesTrx = purchaseMonths === 0 ? 0 : purchaseMonths + rng.int(2 * purchaseMonths + 1);

  const cash = rng.next() < g.cashAdvanceShare ? logNormal(rng, g.cashAdvance, 1) : 0;
  const cashMonths = cash > 0 ? Math.max(1, months(rng, [0.05, 0.6], tenure)) : 0;
  const cashTrx = cashMonths === 0 ? 0 : cashMonths + rng.int(cashMonths + 1);

  const spend = (oneoff + inst) / 100 + cash;
  const payments = rng.next() < 0.02 ? 0 : logNormal(rng, 0.3 * balance + 0.9 * spend + 100, 0.5);
  const minimum = Math.max(0.02, logNormal(rng, 0.25 * balance + 60, 0.6));
  const fullPayment = rng.next() < g.fullPaymentShare
    ? Math.max(1 / 12, g.fullPayment[0] + (g.fullPayment[1] - g.fullPayment[0]) * rng.next())
    : 0;

  return [
    `C${10001 + r}`,
    num(balance),
    num(balanceFreq),
    num((oneoff + inst) / 100),
    num(oneoff / 100),
    num(inst / 100),
    num(cash),
    num(purchaseMonths / tenure),
    num(oneoffMonths / tenure),
    num(instMonths / tenure),
    num(cashMonths / tenure),
    String(cashTrx),
    String(purchasesTrx),
    missingLimit ? "" : String(limit),
    num(payments),
    missingMinimum ? "" : num(minimum),
    num(Math.round(fullPayment * 12) / 12),
    String(tenure),
  ].join(",");
}

/** Credit limits are round: multiples of 500 from 1000, else of 50. */
function roundLimit(x: number): number {
  return x >= 1000 ? Math.round(x / 500) * 500 : Math.max(50, Math.round(x / 50) * 50);
}

/** Up to 6 decimals, no trailing zeros, like the real file (`95.4`, `0`, `40.900749`). */
function num(x: number): string {
  const s = x.toFixed(6);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}
