/**
 * Private helpers: header names made comparable, and the role vocabulary in English,
 * Spanish and Indonesian.
 *
 * @module
 */
import type { Role } from "../types.ts";

/** Name of the column that holds spreadsheet row numbers (header = 1). */
export const ROW = "__row";

/** Lower case, accents removed, camelCase split, every run of non-letters one space. */
export function normalizeName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** {@linkcode normalizeName} without spaces: `"N° de factura"` -> `"ndefactura"`. */
export function compactName(name: string): string {
  return normalizeName(name).replace(/ /g, "");
}

/** Whole names (compact form) that mean a role. */
export const EXACT: Readonly<Record<Role, readonly string[]>> = {
  customer: [
    "customerid",
    "customer",
    "custid",
    "customerno",
    "customernumber",
    "customercode",
    "clientid",
    "client",
    "clientno",
    "idcliente",
    "cliente",
    "clienteid",
    "codigocliente",
    "codcliente",
    "numerocliente",
    "nocliente",
    "kodepelanggan",
    "idpelanggan",
    "pelanggan",
    "nopelanggan",
    "nomorpelanggan",
    "pelangganid",
    "konsumen",
    "idkonsumen",
    "kodekonsumen",
    "userid",
    "memberid",
    "accountid",
    "buyerid",
  ],
  invoice: [
    "invoiceno",
    "invoice",
    "invoiceid",
    "invoicenumber",
    "invoicenum",
    "ndefactura",
    "nodefactura",
    "numerodefactura",
    "numerofactura",
    "nfactura",
    "factura",
    "facturaid",
    "idfactura",
    "nofaktur",
    "faktur",
    "nomorfaktur",
    "nofaktur",
    "idfaktur",
    "nota",
    "nonota",
    "nomornota",
    "orderid",
    "orderno",
    "ordernumber",
    "transactionid",
    "idtransaksi",
    "notransaksi",
    "kodetransaksi",
    "receiptno",
    "pedido",
    "npedido",
    "ticket",
  ],
  date: [
    "invoicedate",
    "date",
    "fecha",
    "fechadefactura",
    "fechafactura",
    "fechadecompra",
    "fechacompra",
    "tanggal",
    "tanggaltransaksi",
    "tanggalfaktur",
    "tanggalpembelian",
    "tgl",
    "tgltransaksi",
    "orderdate",
    "purchasedate",
    "transactiondate",
    "datetime",
    "timestamp",
    "fechahora",
    "waktu",
    "waktutransaksi",
  ],
  amount: [
    "amount",
    "total",
    "monto",
    "importe",
    "revenue",
    "sales",
    "ventas",
    "venta",
    "jumlah",
    "nominal",
    "totalharga",
    "jumlahharga",
    "totalbayar",
    "jumlahbayar",
    "totalamount",
    "totalprice",
    "linetotal",
    "montototal",
    "importetotal",
    "totalventa",
    "subtotal",
    "nilai",
    "nilaitransaksi",
    "totalbelanja",
    "value",
    "salesamount",
    "spend",
    "gasto",
  ],
  quantity: [
    "quantity",
    "qty",
    "cantidad",
    "jumlahbarang",
    "jumlahqty",
    "kuantitas",
    "kuantiti",
    "banyak",
    "unidades",
    "units",
    "pcs",
  ],
  price: [
    "unitprice",
    "price",
    "precio",
    "preciounitario",
    "hargasatuan",
    "harga",
    "hargaunit",
    "priceeach",
    "precio u",
  ],
  country: ["country", "pais", "negara", "countryname", "nacion"],
};

/** Words that, inside a longer header, point to a role (checked when no whole name matched). */
export const WORDS: Readonly<Record<Role, readonly string[]>> = {
  date: ["date", "fecha", "tanggal", "tgl", "datetime", "timestamp"],
  customer: ["customer", "cliente", "client", "pelanggan", "konsumen"],
  invoice: ["invoice", "factura", "faktur", "nota", "receipt"],
  quantity: ["quantity", "qty", "cantidad", "kuantitas"],
  price: ["price", "precio", "harga"],
  amount: ["amount", "monto", "importe", "revenue", "sales", "ventas", "total"],
  country: ["country", "pais", "negara"],
};

/** The order in which roles claim columns when matching by words. */
export const ROLE_ORDER: readonly Role[] = [
  "date",
  "customer",
  "invoice",
  "quantity",
  "price",
  "amount",
  "country",
];

/** Roles whose columns hold identifiers (kept as text, never numbers). */
export const ID_ROLES: readonly Role[] = ["customer", "invoice"];

/** Words of a header that say a column holds codes or identifiers. */
export const ID_WORDS: ReadonlySet<string> = new Set([
  "id",
  "ids",
  "code",
  "codes",
  "kode",
  "codigo",
  "cod",
  "sku",
  "zip",
  "zipcode",
  "postcode",
  "postal",
  "phone",
  "telefono",
  "telp",
  "nik",
  "npwp",
  "ean",
  "upc",
  "isbn",
  "uuid",
  "guid",
]);

/** Levenshtein distance between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Distance in [0, 1] between two header names after normalisation (0 = same name). */
export function nameDistance(a: string, b: string): number {
  const x = compactName(a), y = compactName(b);
  if (x === y) return 0;
  if (x.length === 0 || y.length === 0) return 1;
  const d = levenshtein(x, y) / Math.max(x.length, y.length);
  // A name inside the other ("MINIMUM_PAYMENTS" for "payments") is close whatever its length.
  if (x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x))) return Math.min(d, 0.3);
  return d;
}
