/**
 * Tell a transaction file (one row per purchase: the RFM path) from a customer file (one row
 * per customer: the feature path).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMapping } from "./map_roles.ts";
import type { LoadedTable } from "./read_table.ts";
import type { Lang } from "../base/types.ts";
import { tr, type Translations } from "../base/i18n.ts";
import { formatNumber } from "../base/format.ts";

/** Options for {@linkcode detectKind}. */
export interface DetectKindOptions {
  /** Language of `reason`. @default {"en"} */
  lang?: Lang;
}

/** What {@linkcode detectKind} decided, and why in words. */
export interface KindDecision {
  /** `"rfm"`: transactions, one row per purchase; `"features"`: one row per customer. */
  readonly kind: "rfm" | "features";
  /** The reason, in words (in the language asked for), for the notebook, the CLI and the report. */
  readonly reason: string;
}

const TEXT = {
  noCustomer: { en: "no customer column", es: "no hay columna de cliente", id: "tidak ada kolom pelanggan" },
  noDate: { en: "no date column", es: "no hay columna de fecha", id: "tidak ada kolom tanggal" },
  notDates: {
    en: 'the date column "{column}" does not hold dates',
    es: 'la columna de fecha "{column}" no contiene fechas',
    id: 'kolom tanggal "{column}" tidak berisi tanggal',
  },
  noAmount: {
    en: "no amount column (nor quantity and unit price) holding numbers",
    es: "no hay columna de monto con números (ni de cantidad y precio unitario)",
    id: "tidak ada kolom nilai transaksi berisi angka (maupun kolom kuantitas dan harga satuan)",
  },
  missing: {
    en:
      'One row per customer: the file has {missing}, so it cannot be read as transactions (map the roles to override, or pass kind "rfm")',
    es:
      'Una fila por cliente: {missing}, así que el archivo no se puede leer como transacciones (asigne los roles a mano para cambiarlo, o indique kind "rfm")',
    id:
      'Satu baris per pelanggan: {missing}, sehingga file tidak dapat dibaca sebagai transaksi (petakan peran kolom secara manual untuk mengubahnya, atau berikan kind "rfm")',
  },
  unique: {
    en:
      'One row per customer: each of the {n} customer ids in "{column}" appears once, though the file has a date and an amount',
    es:
      'Una fila por cliente: cada uno de los {n} ID de cliente de "{column}" aparece una sola vez, aunque el archivo tiene fecha y monto',
    id:
      'Satu baris per pelanggan: masing-masing dari {n} ID pelanggan di "{column}" hanya muncul sekali, meskipun file memiliki tanggal dan nilai transaksi',
  },
  transactions: {
    en:
      'Transactions: {rows} rows for {customers} customers in "{column}", each with a date ("{date}") and {what}, so RFM applies',
    es:
      'Transacciones: {rows} filas de {customers} clientes en "{column}", cada una con fecha ("{date}") y {what}, así que se aplica RFM',
    id:
      'Transaksi: {rows} baris untuk {customers} pelanggan di "{column}", masing-masing dengan tanggal ("{date}") dan {what}, sehingga RFM dapat diterapkan',
  },
  amount: { en: 'an amount ("{amount}")', es: 'monto ("{amount}")', id: 'nilai transaksi ("{amount}")' },
  quantityPrice: {
    en: 'a quantity ("{quantity}") and price ("{price}")',
    es: 'cantidad ("{quantity}") y precio ("{price}")',
    id: 'kuantitas ("{quantity}") dan harga ("{price}")',
  },
} as const satisfies Record<string, Translations>;

/**
 * Decide whether a loaded file holds transactions or one row per customer. It holds
 * transactions when it has a customer column, a date column read as dates, and an amount
 * (or a quantity and a unit price) read as numbers, and some customer ids appear on more
 * than one row. Anything else is a customer-level file, and the reason names what is missing.
 *
 * @param loaded The result of `readTable`.
 * @param mapping The result of `mapRoles` on its columns.
 * @param options `lang`, the language of the reason.
 * @returns The kind and the reason.
 * @throws {never} Never throws.
 *
 * @example A customer file
 * ```ts
 * import { readTable } from "./read_table.ts";
 * import { mapRoles } from "./map_roles.ts";
 * import { detectKind } from "./detect_kind.ts";
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/c.csv`, "CUST_ID,BALANCE\nC1,10\nC2,20\n");
 * const t = await readTable(`${dir}/c.csv`);
 * const k = detectKind(t, mapRoles(t.columns.map((c) => c.name)));
 * assert.equal(k.kind, "features");
 * assert.match(k.reason, /no date column/);
 * const es = detectKind(t, mapRoles(t.columns.map((c) => c.name)), { lang: "es" });
 * assert.match(es.reason, /^Una fila por cliente: no hay columna de fecha/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export function detectKind(
  loaded: LoadedTable,
  mapping: RoleMapping,
  options: DetectKindOptions = {},
): KindDecision {
  const { lang = "en" } = options;
  const { roles } = mapping;
  const kindOf = (name: string | undefined) => loaded.columns.find((c) => c.name === name)?.kind;
  const missing: string[] = [];
  if (roles.customer === undefined) missing.push(tr(TEXT.noCustomer, lang));
  if (roles.date === undefined) missing.push(tr(TEXT.noDate, lang));
  else if (kindOf(roles.date) !== "date") missing.push(tr(TEXT.notDates, lang, { column: roles.date }));
  const amountOk = roles.amount !== undefined && kindOf(roles.amount) === "number";
  const qtyPriceOk = roles.quantity !== undefined && roles.price !== undefined &&
    kindOf(roles.quantity) === "number" && kindOf(roles.price) === "number";
  if (!amountOk && !qtyPriceOk) missing.push(tr(TEXT.noAmount, lang));
  if (missing.length > 0) {
    return { kind: "features", reason: tr(TEXT.missing, lang, { missing: missing.join(", ") }) };
  }
  const ids = loaded.table.getColumn(roles.customer!);
  const present = ids.len() - ids.nullCount();
  const distinct = loaded.table.select(pl.col(roles.customer!).dropNulls().nUnique().alias("n"))
    .toRecords()[0]
    .n as number;
  const count = (v: number) => (lang === "en" ? String(v) : formatNumber(v, lang));
  if (distinct >= present) {
    return {
      kind: "features",
      reason: tr(TEXT.unique, lang, { n: count(present), column: roles.customer! }),
    };
  }
  const what = amountOk
    ? tr(TEXT.amount, lang, { amount: roles.amount! })
    : tr(TEXT.quantityPrice, lang, { quantity: roles.quantity!, price: roles.price! });
  return {
    kind: "rfm",
    reason: tr(TEXT.transactions, lang, {
      rows: count(present),
      customers: count(distinct),
      column: roles.customer!,
      date: roles.date!,
      what,
    }),
  };
}
