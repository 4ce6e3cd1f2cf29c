/**
 * Words of the cleaning ledger and notes, in every language segmenta speaks.
 * Placeholders: `{column}`, `{columns}`, `{prefix}`, `{value}`, `{n}`, `{k}`, `{new}`.
 *
 * @module
 */
import type { Translations } from "../base/i18n.ts";

/** Ledger descriptions, by stable reason key. */
export const REASONS: Readonly<Record<string, Translations>> = {
  "missing-customer": {
    en: 'No customer id in "{column}"',
    es: 'Sin ID de cliente en "{column}"',
    id: 'Tanpa ID pelanggan di "{column}"',
  },
  "missing-date": {
    en: 'No date, or a date that could not be read, in "{column}"',
    es: 'Sin fecha, o con una fecha que no se pudo leer, en "{column}"',
    id: 'Tanpa tanggal, atau tanggal yang tidak terbaca, di "{column}"',
  },
  "missing-amount": {
    en: 'No amount, or an amount that is not a number, in "{column}"',
    es: 'Sin monto, o con un monto que no es un número, en "{column}"',
    id: 'Tanpa nilai, atau nilai yang bukan angka, di "{column}"',
  },
  "cancellation": {
    en: 'Cancellations: the invoice id in "{column}" starts with "{prefix}"',
    es: 'Cancelaciones: el número de factura en "{column}" empieza por "{prefix}"',
    id: 'Pembatalan: nomor faktur di "{column}" diawali "{prefix}"',
  },
  "negative": {
    en: "Returns: a negative value in {columns}",
    es: "Devoluciones: un valor negativo en {columns}",
    id: "Retur: nilai negatif di {columns}",
  },
  "non-positive-amount": {
    en: 'Amount of zero or less in "{column}"',
    es: 'Monto igual a cero o menor en "{column}"',
    id: 'Nilai nol atau kurang di "{column}"',
  },
  "duplicate": {
    en: "Exact duplicates of an earlier row (every column equal); the first one is kept",
    es: "Duplicados exactos de una fila anterior (todas las columnas iguales); se conserva la primera",
    id: "Duplikat persis dari baris sebelumnya (semua kolom sama); baris pertama dipertahankan",
  },
  "duplicate-id": {
    en: 'Repeated customer id in "{column}"; the first row of each id is kept',
    es: 'ID de cliente repetido en "{column}"; se conserva la primera fila de cada ID',
    id: 'ID pelanggan berulang di "{column}"; baris pertama tiap ID dipertahankan',
  },
  "missing-value": {
    en: "A missing value in a feature ({columns}); rows dropped as asked",
    es: "Falta un valor en una variable ({columns}); filas eliminadas como se pidió",
    id: "Ada nilai kosong pada fitur ({columns}); baris dihapus sesuai permintaan",
  },
  "empty-column": {
    en: 'Column "{column}" is entirely empty: excluded from the features',
    es: 'La columna "{column}" está completamente vacía: excluida de las variables',
    id: 'Kolom "{column}" kosong seluruhnya: dikeluarkan dari fitur',
  },
  "constant-column": {
    en:
      'Column "{column}" has the same value ({value}) in every row: no information for segmenting, excluded',
    es:
      'La columna "{column}" tiene el mismo valor ({value}) en todas las filas: no aporta información, excluida',
    id: 'Kolom "{column}" bernilai sama ({value}) di setiap baris: tidak informatif, dikeluarkan',
  },
  "imputed-median": {
    en: 'Missing values of "{column}" filled with the column median ({value})',
    es: 'Valores faltantes de "{column}" completados con la mediana de la columna ({value})',
    id: 'Nilai kosong "{column}" diisi dengan median kolom ({value})',
  },
  "imputed-knn": {
    en:
      'Missing values of "{column}" filled with the mean of the {k} most similar customers (on the other features, standardized)',
    es:
      'Valores faltantes de "{column}" completados con la media de los {k} clientes más parecidos (según las demás variables, estandarizadas)',
    id:
      'Nilai kosong "{column}" diisi dengan rata-rata {k} pelanggan paling mirip (berdasarkan fitur lain yang distandarkan)',
  },
};

/** Notes that explain what cleaning changed without removing rows. */
export const NOTES: Readonly<Record<string, Translations>> = {
  "id-numeric": {
    en:
      'Customer ids in "{column}" were read as numbers; they are kept as text without decimals (e.g. "{value}")',
    es:
      'Los ID de cliente de "{column}" se leyeron como números; se conservan como texto sin decimales (p. ej. "{value}")',
    id:
      'ID pelanggan di "{column}" terbaca sebagai angka; disimpan sebagai teks tanpa desimal (mis. "{value}")',
  },
  "id-trimmed": {
    en: 'Spaces around {n} customer ids in "{column}" were removed',
    es: 'Se quitaron los espacios alrededor de {n} ID de cliente en "{column}"',
    id: 'Spasi di sekitar {n} ID pelanggan di "{column}" dihapus',
  },
  "amount-derived": {
    en: 'No amount column: the amount is computed as "{a}" × "{b}" in a new column "{new}"',
    es: 'No hay columna de monto: el monto se calcula como "{a}" × "{b}" en una nueva columna "{new}"',
    id: 'Tidak ada kolom nilai: nilai dihitung sebagai "{a}" × "{b}" di kolom baru "{new}"',
  },
  "rule-off": {
    en: 'Rule "{rule}" was turned off: those rows are kept',
    es: 'La regla "{rule}" está desactivada: esas filas se conservan',
    id: 'Aturan "{rule}" dinonaktifkan: baris tersebut dipertahankan',
  },
  "none-left": {
    en: "No rows are left after cleaning; the ledger says which rules removed them",
    es: "No queda ninguna fila después de la limpieza; el registro indica qué reglas las eliminaron",
    id: "Tidak ada baris tersisa setelah pembersihan; catatan menunjukkan aturan mana yang menghapusnya",
  },
  "non-finite": {
    en: '{n} values of "{column}" were NaN or Infinity; they are treated as missing',
    es: '{n} valores de "{column}" eran NaN o infinito; se tratan como faltantes',
    id: '{n} nilai "{column}" berupa NaN atau tak hingga; diperlakukan sebagai nilai kosong',
  },
  "knn-fallback": {
    en:
      '{n} missing values of "{column}" had no customer to compare with; they were filled with the median ({value})',
    es:
      '{n} valores faltantes de "{column}" no tenían con qué clientes compararse; se completaron con la mediana ({value})',
    id: '{n} nilai kosong "{column}" tidak punya pelanggan pembanding; diisi dengan median ({value})',
  },
};
