/**
 * Every word segmenta shows in Indonesian: the keys of `en.ts`. The reader is addressed as Anda.
 *
 * @module
 */
import type { Shape } from "./_shape.ts";
import type { en } from "./en.ts";

/** The Indonesian words. */
export const id: Shape<typeof en> = {
  warnings: {
    // -- warnings of cluster/, choose_k/, profile/ (first ones)
    "gap-keeps-rising":
      "Statistik gap terus naik sampai k = {kMax:raw}: tidak ada k dalam {kMin:raw}..{kMax:raw} yang memenuhi gap(k) >= gap(k+1) - s(k+1); coba kMax yang lebih besar",
    "no-elbow":
      "Kurva inersia untuk k = {kMin:raw}..{kMax:raw} tidak memiliki siku yang jelas: andalkan kriteria lainnya",
    "rule-took-no-customer":
      'Aturan "{rule}" tidak mengambil satu pun pelanggan; periksa ambang batasnya atau aturan sebelumnya',
    "kmeans-fewer-clusters":
      "k-means menemukan {distinct:raw} klaster berbeda padahal diminta k = {k:raw}: data memiliki lebih sedikit titik berbeda daripada k",
    "dbscan-all-noise":
      "DBSCAN tidak menemukan klaster: seluruh {n} baris menjadi noise dengan eps = {eps} dan minSamples = {minSamples:raw}; naikkan eps atau turunkan minSamples (tekukan pada kurva jarak-k menyarankan nilai eps)",
    "dbscan-one-cluster":
      "DBSCAN memasukkan seluruh {n} baris ke satu klaster dengan eps = {eps}: turunkan eps agar kelompok terpisah (tekukan pada kurva jarak-k menyarankan nilai eps)",
    // -- warnings of load/, clean/, eda/, cohorts/, scale/
    "ids-read-as-numbers":
      'ID pelanggan di "{column}" terbaca sebagai angka; disimpan sebagai teks tanpa desimal (mis. "{value}")',
    "ids-trimmed": 'Spasi di sekitar {n:raw} ID pelanggan di "{column}" dihapus',
    "amount-derived": 'Tidak ada kolom nilai: nilai dihitung sebagai "{a}" × "{b}" di kolom baru "{new}"',
    "rule-off": 'Aturan "{rule}" dinonaktifkan: baris tersebut dipertahankan',
    "no-rows-left":
      "Tidak ada baris tersisa setelah pembersihan; catatan menunjukkan aturan mana yang menghapusnya",
    "non-finite-values":
      '{n:count} nilai "{column}" berupa NaN atau tak hingga; diperlakukan sebagai nilai kosong',
    "knn-fallback-median":
      '{n:count} nilai kosong "{column}" tidak punya pelanggan pembanding; diisi dengan median ({value:measure})',
    "column-constant":
      'Kolom "{column}" bernilai tetap (semua nilainya {value}); kolom ini dipusatkan tetapi tidak diskalakan (skala 1, seperti scikit-learn) dan tidak memberi informasi untuk klasterisasi; pertimbangkan untuk tidak menyertakannya',
    "column-no-spread":
      'Kolom "{column}" tidak memiliki sebaran antara persentil {low} dan {high}; kolom ini dipusatkan tetapi tidak diskalakan (skala 1, seperti scikit-learn)',
    "levels-grouped":
      'Kolom "{column}" memiliki {levels} level, lebih dari maxLevels = {maxLevels:raw}; {grouped} level yang paling jarang ({rows} baris) digabung menjadi "{column}=other"',
    "other-level-exists":
      'Kolom "{column}" sudah memiliki level "other"; level langka yang digabung ditambahkan ke level tersebut',
    "empty-cells-zero": 'Kolom "{column}" memiliki {n} sel kosong; nilainya 0 di setiap kolom "{column}=..."',
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    // (add above this line)

    // -- warnings of profile/
    // (add above this line)

    // -- warnings of chart/, report/, views/, run/
    // (add above this line)
  },

  /** The cleaning ledger: each reason in words, keyed by its reason code. */
  ledger: {
    "missing-customer": 'Tanpa ID pelanggan di "{column}"',
    "missing-date": 'Tanpa tanggal, atau tanggal yang tidak terbaca, di "{column}"',
    "missing-amount": 'Tanpa nilai, atau nilai yang bukan angka, di "{column}"',
    cancellation: 'Pembatalan: nomor faktur di "{column}" diawali "{prefix}"',
    negative: "Retur: nilai negatif di {columns:json}",
    "non-positive-amount": 'Nilai nol atau kurang di "{column}"',
    duplicate: "Duplikat persis dari baris sebelumnya (semua kolom sama); baris pertama dipertahankan",
    "duplicate-id": 'ID pelanggan berulang di "{column}"; baris pertama tiap ID dipertahankan',
    "missing-value": "Ada nilai kosong pada fitur ({columns:json}); baris dihapus sesuai permintaan",
    "empty-column": 'Kolom "{column}" kosong seluruhnya: dikeluarkan dari fitur',
    "constant-column":
      'Kolom "{column}" bernilai sama ({value:measure}) di setiap baris: tidak informatif, dikeluarkan',
    "imputed-median": 'Nilai kosong "{column}" diisi dengan median kolom ({value:measure})',
    "imputed-knn":
      'Nilai kosong "{column}" diisi dengan rata-rata {k:raw} pelanggan paling mirip (berdasarkan fitur lain yang distandarkan)',
    "blank-line": "Baris kosong (semua sel kosong) dilewati",
    "totals-row": "Baris total di akhir file (hasil penjumlahan, bukan data) dihapus",
    "not-number": 'Baris yang nilai "{column}"-nya bukan angka dihapus (badValues: "drop")',
    "not-date":
      'Baris yang nilai "{column}"-nya bukan tanggal berformat {format} dihapus (badValues: "drop")',
    "future-date":
      'Baris yang tanggal "{column}"-nya di masa depan (setelah {after}) dihapus (badValues: "drop")',
    "non-positive-monetary":
      "Pelanggan dengan total belanja nol atau negatif, tidak diikutkan dalam klasterisasi",
    // (add above this line)
  },

  /** Words of lib/load. */
  load: {
    /** Why `detectKind` decided the kind, by reason code, and its parts. */
    kind: {
      "no-customer": "tidak ada kolom pelanggan",
      "no-date": "tidak ada kolom tanggal",
      "not-dates": 'kolom tanggal "{column}" tidak berisi tanggal',
      "no-amount": "tidak ada kolom nilai transaksi berisi angka (maupun kolom kuantitas dan harga satuan)",
      "missing-roles":
        'Satu baris per pelanggan: {missing}, sehingga file tidak dapat dibaca sebagai transaksi (petakan peran kolom secara manual untuk mengubahnya, atau berikan kind "rfm")',
      "ids-unique":
        'Satu baris per pelanggan: masing-masing dari {n:count} ID pelanggan di "{column}" hanya muncul sekali, meskipun file memiliki tanggal dan nilai transaksi',
      transactions:
        'Transaksi: {rows:count} baris untuk {customers:count} pelanggan di "{column}", masing-masing dengan tanggal ("{date}") dan {what}, sehingga RFM dapat diterapkan',
      amount: 'nilai transaksi ("{amount}")',
      "quantity-price": 'kuantitas ("{quantity}") dan harga ("{price}")',
      forced: "{kind} dipilih dengan --kind (hasil deteksi: {detected}; {reason})",
    },
    // (add above this line)
  },

  /** Words of lib/clean. */
  clean: {
    // (add above this line)
  },

  /** Words of lib/eda. */
  eda: {
    // (add above this line)
  },

  /** Words of lib/scale. */
  scale: {
    /** Why `log1pColumns` transformed the columns it did. */
    log1p: {
      some: "log1p diterapkan pada {list}: kemiringan di atas {threshold:f2}.",
      none: "Tidak ada kolom dengan kemiringan di atas {threshold:f2}; log1p tidak diterapkan.",
      chosen: "log1p diterapkan pada {list}, sesuai permintaan.",
      negative:
        " Miring tetapi tidak diubah karena memiliki nilai negatif (log1p memerlukan nilai >= 0): {list}.",
      item: "{column} ({skew:f2})",
    },
    // (add above this line)
  },

  /** Words of lib/rfm. */
  rfm: {
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    // (add above this line)
  },

  /** Words of lib/choose_k. */
  chooseK: {
    // (add above this line)
  },

  /** Words of lib/cluster. */
  cluster: {
    // (add above this line)
  },

  /** Words of lib/profile. */
  profile: {
    // (add above this line)
  },

  /** Words of lib/chart. */
  chart: {
    // (add above this line)
  },

  /** Words of lib/report. */
  report: {
    // (add above this line)
  },

  /** Words of lib/dashboard. */
  dashboard: {
    // (add above this line)
  },

  /** Words of lib/run. */
  run: {
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    // (add above this line)
  },
};
