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
    // loader notes and dialect reasons (noteText): what readTable, sniffDialect and mapRoles decided
    "parquet-typed":
      "File Parquet sudah bertipe: tidak ada pemisah, desimal, atau encoding yang perlu ditebak",
    "xlsx-typed": "Sel workbook sudah bertipe: angka dan tanggal diambil dari sel, bukan dari teks",
    encoding: "pengodean {encoding}: {why}",
    "whitespace-columns":
      'Dibaca sebagai tabel tanpa baris judul dengan {width:raw} kolom yang dipisahkan oleh deretan spasi; kolom-kolomnya diberi nama "column 1" sampai "column {width:raw}"',
    "whitespace-columns-dated":
      'Dibaca sebagai tabel tanpa baris judul dengan {width:raw} kolom yang dipisahkan oleh deretan spasi; kolom-kolomnya diberi nama "column 1" sampai "column {width:raw}", dan tanggal ditulis TTTTBBHH di {dated:q}',
    "latin-1-read": "Dibaca sebagai latin-1 (Windows-1252): {why}",
    "non-finite-read-missing": 'Kolom "{column}": {n:count} nilai NaN atau tak hingga dibaca sebagai kosong',
    "header-missing": 'Kolom {index:raw} tidak memiliki judul; kolom itu dinamai "{name}"',
    "header-repeated": 'Judul "{header}" muncul lebih dari sekali; yang berikutnya dinamai "{name}"',
    "missing-tokens-read":
      'Kolom "{column}": {n:count} sel seperti "NA", "N/A", "NaN" atau "-" dibaca sebagai kosong',
    "xlsx-sheet":
      'Membaca sheet "{sheet}" dari workbook{others}; nomor baris dihitung dari baris pertama sheet yang berisi data',
    "column-empty": 'Kolom "{column}" kosong di setiap baris',
    "dates-format-given": 'Tanggal di "{column}" dibaca dengan format "{format}" yang Anda berikan',
    "numbers-kept-as-ids":
      'Kolom "{column}" berisi angka tetapi tetap sebagai teks: namanya menunjukkan bahwa isinya pengenal',
    "numbers-kept-leading-zeros":
      'Kolom "{column}" berisi angka tetapi tetap sebagai teks: {n:count} nilai diawali nol{example}, seperti kode',
    "currency-removed": 'Kolom "{column}": simbol atau kode mata uang dihapus sebelum angka dibaca',
    "column-decimal-asked":
      'Angka di "{column}" dibaca dengan desimal "{decimal}"{example}: sesuai permintaan Anda',
    "column-decimal-counted":
      'Angka di "{column}" dibaca dengan desimal "{decimal}"{example}: {n:count} dari {of:count} nilai terbaca demikian, {other:count} dengan cara lain',
    "column-decimal-tie":
      'Angka di "{column}" dibaca dengan desimal "{decimal}"{example}: nilainya cocok dengan kedua cara, dan angka lain di file memakai "{decimal}"',
    "dates-year-first":
      'Tanggal di "{column}" dibaca sebagai {format}: {n:count} dari {of:count} nilai ditulis dengan tahun di depan',
    "dates-order-found":
      'Tanggal di "{column}" dibaca sebagai {format}: {n:count} dari {of:count} nilai hanya cocok dengan {order}{example}',
    "dates-order-overruled":
      'Tanggal di "{column}" dibaca sebagai {format}: {n:count} dari {of:count} nilai hanya cocok dengan {order}{example}, sehingga dayFirst: {flip} tidak diikuti',
    "dates-order-asked":
      'Tanggal di "{column}" dibaca sebagai {format}: tidak ada nilai dengan bagian di atas 12, sehingga urutannya ambigu; {order} sesuai permintaan Anda (dayFirst: {dayFirst:raw})',
    "dates-order-file":
      'Tanggal di "{column}" dibaca sebagai {format}: tidak ada nilai dengan bagian di atas 12, sehingga nilainya sendiri tidak menunjukkan urutan; {order}, seperti yang ditunjukkan tanggal di "{shownBy}" dalam berkas yang sama',
    "role-chosen": '{role}: "{column}" (dipilih oleh Anda)',
    "role-recognised": '{role}: "{column}" (dikenali dari namanya)',
    "dialect-bom": "teks diawali byte order mark (dihapus dari judul pertama)",
    "delimiter-asked": "pemisah {delimiter}: sesuai permintaan Anda",
    "delimiter-none":
      'pemisah ",": tidak ada kandidat (, ; tab |) yang membagi judul menjadi dua kolom atau lebih',
    "delimiter-found":
      "pemisah {delimiter}: {agree:count} dari {lines:count} baris memiliki {fields:count} kolom",
    "decimal-asked": 'desimal "{decimal}": sesuai permintaan Anda',
    "decimal-comma": 'desimal ",": {n:count} angka dalam sampel memakai koma desimal (mis. "{sample}")',
    "decimal-comma-mixed":
      'desimal ",": {n:count} angka dalam sampel memakai koma desimal (mis. "{sample}"), {other:count} memakai titik desimal',
    "decimal-point": 'desimal ".": {n:count} angka dalam sampel memakai titik desimal (mis. "{sample}")',
    "decimal-point-mixed":
      'desimal ".": {n:count} angka dalam sampel memakai titik desimal (mis. "{sample}"), {other:count} memakai koma desimal',
    "decimal-default":
      'desimal ".": tidak ada angka dalam sampel yang menunjukkan pemisah desimalnya (bawaan)',
    "thousands-asked": 'ribuan "{thousands}": sesuai permintaan Anda',
    "thousands-dot": 'ribuan ".": {n:count} angka mengelompokkan digit dengan titik',
    "thousands-comma": 'ribuan ",": {n:count} angka mengelompokkan digit dengan koma',
    "ids-merged":
      'ID pelanggan di "{column}" yang ditulis dengan lebih dari satu cara digabungkan: {n:count} ID memiliki total {spellings:count} penulisan (mis. {example:json} → {into:json}); bilangan bulat yang ditulis dengan ".0", huruf dengan tanda aksen terpisah, dan spasi di sekitar ID tidak membuat pelanggan baru',
    "dates-order-irrelevant":
      'Tanggal di "{column}" dibaca sebagai {format}: setiap nilai dari {n:count} nilai memiliki angka hari dan bulan yang sama, sehingga kedua urutan menghasilkan tanggal yang sama',
    "dates-month-names":
      'Tanggal di "{column}" dibaca sebagai {format}: {n:count} dari {of:count} nilai menyebut nama bulan dalam bahasa Inggris, Spanyol, atau Indonesia',
    "dates-offset-utc":
      'Tanggal di "{column}" memuat selisih waktu dari UTC{example}: semua waktu dikonversi ke UTC',
    "dates-excel-serial":
      'Tanggal di "{column}" dibaca sebagai nomor hari seri Excel{example}: namanya menunjukkan bahwa kolom ini berisi tanggal dan semua {n:count} nilai adalah bilangan bulat dari {min:raw} sampai {max:raw} (tahun 1950 sampai 2099)',
    "dates-ambiguous":
      'Tidak dapat membaca "{file}": tanggal di kolom "{column}" dapat dibaca dengan hari di depan atau bulan di depan, dan tidak ada petunjuk di berkas untuk memilih (tidak ada nilai dengan bagian di atas 12 dan tidak ada kolom tanggal lain yang menunjukkan urutannya): {examples}; {fix}',
    "streamed-head":
      "Berkas dibaca DuckDB secara bertahap, tanpa menyimpan baris-barisnya di memori: kolom ditentukan dari {rows:count} baris data pertama ({mb:f1} MB), dan setiap nilai sesudahnya dibaca dengan aturan yang sama (nilai yang tidak sesuai menghentikan analisis, atau dihitung dalam catatan pembersihan bila nilai yang salah dibuang); hitungan dalam catatan tentang kolom berasal dari baris-baris pertama itu, hitungan dalam catatan pembersihan berasal dari seluruh berkas",
    "sep-line":
      'Baris pertama "sep=" menyebut pemisahnya, {delimiter}, seperti yang ditulis Excel; baris itu dilewati dan pemisah tersebut dipakai',
    "delimiter-sep-line": 'pemisah {delimiter}: disebut oleh baris pertama berkas, "sep="',
    "currency-found": 'Kolom "{column}" berisi jumlah dalam {currency}',
    "currency-mixed":
      'Kolom "{column}" mencampur mata uang ({currencies:q}); jumlahnya dijumlahkan apa adanya: ubah dulu ke satu mata uang',
    "column-percent":
      'Kolom "{column}": {n:count} dari {of:count} nilai diakhiri "%"; dibaca sebagai poin persen ("45,5%" adalah 45,5)',
    "negatives-accounting":
      'Kolom "{column}": {n:count} nilai dalam tanda kurung atau dengan tanda minus di belakang, seperti "(12,50)", dibaca sebagai negatif',
    "column-thousands-currency":
      'Angka di "{column}" dibaca dengan "{mark}" sebagai pemisah ribuan{example}: setiap "{mark}" diikuti tepat 3 digit, dan jumlah dalam {currency} tidak pernah memiliki 3 desimal',
    "column-decimal-file":
      'Angka di "{column}" dibaca dengan desimal "{decimal}"{example}: setiap "{mark}" diikuti tepat 3 digit, jadi kedua tanda cocok, dan kolom angka lain di file ({columns:q}) memakai desimal "{decimal}"',
    "decimal-ambiguous":
      'Tidak dapat membaca "{file}": angka di kolom "{column}" dapat dibaca dua cara ({examples}), dan tidak ada hal lain di file yang menunjukkan tanda mana yang desimal; tentukan dengan {fix}',
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    "hopkins-constant-columns": "Kolom {columns:q} bernilai konstan; kolom ini tidak memengaruhi statistik",
    "hopkins-small-sample":
      "Hanya {sampleSize:raw} baris yang diambil per pengulangan: statistiknya kurang andal; gunakan lebih banyak baris",
    "sigclust-few-simulations":
      "SigClust menjalankan {nSim:raw} simulasi: terlalu sedikit untuk nilai p di bawah {alpha:raw}; gunakan lebih banyak simulasi (nSim)",
    "stability-few-resamples":
      "Hanya {nBoot:raw} sampel ulang: angka stabilitasnya masih kasar; gunakan nBoot = 20 atau lebih",
    "stability-empty-segment": "Segmen {segment:raw} kosong dalam segmentasi yang diperiksa",
    "stability-segment-dissolved":
      "Segmen {segment:raw} tidak stabil: rata-rata Jaccard {jaccard:fx2} < 0,6 dalam {nBoot:raw} sampel ulang; anggota segmen ini berganti-ganti bila data sedikit berubah, jadi jangan jadikan sasaran sebagai kelompok nyata",
    "stability-segment-fragile":
      "Segmen {segment:raw} rapuh: rata-rata Jaccard {jaccard:fx2} berada di antara 0,6 dan 0,75; batasnya bergeser antar sampel ulang",
    "rfm-amount-from-price":
      'Nilai belanja dihitung sebagai "{quantity}" × "{price}" karena tidak ada kolom yang berperan sebagai "jumlah" (amount)',
    "rfm-rows-without-customer-or-date":
      "{rows:raw} baris tanpa pelanggan atau tanggal tidak diikutkan ({noCustomer:raw} tanpa pelanggan, {noDate:raw} tanpa tanggal)",
    "rfm-rows-without-amount":
      "{rows:raw} baris tidak memiliki nilai transaksi; baris ini dihitung 0 pada nilai belanja",
    "rfm-rows-without-invoice":
      "{rows:raw} baris tidak memiliki nomor faktur; per pelanggan baris ini dihitung sebagai satu faktur",
    "rfm-frequency-by-days":
      'Frekuensi menghitung hari belanja yang berbeda karena tidak ada kolom yang berperan sebagai "faktur" (invoice)',
    "rfm-rows-after-snapshot":
      "{rows:raw} baris bertanggal pada atau setelah tanggal acuan {snapshot} tidak diikutkan",
    "rfm-non-positive-customers":
      "{customers:raw} pelanggan memiliki total nilai 0 atau kurang; hapus dulu pembatalan dan retur (langkah pembersihan melakukannya)",
    "rfm-few-recency-scores":
      "R hanya mendapat {got:raw} skor berbeda dari {bins:raw}: banyak pelanggan memiliki jarak hari sejak transaksi terakhir yang sama, sehingga batas skornya berimpit ({cuts:list6})",
    "rfm-few-frequency-scores":
      "F hanya mendapat {got:raw} skor berbeda dari {bins:raw}: banyak pelanggan memiliki frekuensi yang sama, sehingga batas skornya berimpit ({cuts:list6})",
    "rfm-few-monetary-scores":
      "M hanya mendapat {got:raw} skor berbeda dari {bins:raw}: banyak pelanggan memiliki nilai belanja yang sama, sehingga batas skornya berimpit ({cuts:list6})",
    // (add above this line)

    // -- warnings of profile/
    // (add above this line)

    // -- warnings of chart/, report/, views/, run/
    "output-column-renamed":
      'File ini memiliki kolom "{column}" sendiri: kolom itu dipertahankan apa adanya, dan kolom "{column}" dari segmenta diberi nama "{renamed}" di CSV segmen',
    // (add above this line)

    // -- warnings of clv/
    "clv-dropout-negligible":
      "Peluang hasil penyesuaian bahwa pelanggan berhenti setelah suatu pembelian praktis nol ({dropout:pct1}%, a = {a:f3}, b = {b}): model tidak melihat siapa pun pergi dalam periode ini, sehingga P(aktif) mendekati 1 untuk setiap pelanggan dan tidak menunjukkan siapa yang sedang pergi; gunakan periode kalibrasi yang lebih panjang sebelum bertindak berdasarkan P(aktif)",
    "clv-fit-not-converged":
      "Penyesuaian {model} tidak konvergen setelah {iterations:raw} iterasi dan {restarts:raw} kali mulai ulang: anggap parameter, P(aktif), dan CLV-nya sebagai perkiraan kasar; coba penalizer atau periode kalibrasi yang lebih panjang",
    "clv-standard-errors-unavailable":
      "Penyesuaian {model} tidak memiliki galat baku (matriks Hessian-nya tidak definit positif): parameter mungkin tidak dapat diidentifikasi dari data ini",
    "clv-calibration-short":
      "Periode kalibrasi terlalu pendek untuk laju pembelian: rata-rata {meanFrequency} pembelian ulang per pelanggan (di bawah {threshold}), {repeatShare:pct1}% pelanggan membeli lagi; P(aktif) dan pembelian yang diharapkan bertumpu pada sedikit pembelian ulang",
    "clv-calibration-long":
      "Periode kalibrasi terlalu panjang untuk laju pembelian: rata-rata {meanFrequency} pembelian ulang per pelanggan (di atas {threshold}); pelanggan yang sudah lama pergi masih memengaruhi penyesuaian, pertimbangkan periode kalibrasi yang lebih pendek",
    "clv-one-time-buyers-alive":
      "{customers} pelanggan ({share:pct1}%) hanya membeli sekali: model BG/NBD memberi mereka P(aktif) = 1 menurut konstruksinya, yang tidak menunjukkan apakah mereka akan kembali",
    "clv-frequency-value-correlated":
      "Frekuensi pembelian dan nilai rata-rata pesanan berkorelasi (r = {correlation:f2}, di atas {threshold:f2}): model Gamma-Gamma mengasumsikan keduanya independen, sehingga perkiraan belanja dan CLV-nya bias",
    "clv-rows-skipped": "{rows} baris tanpa pelanggan atau tanggal tidak dipakai dalam model nilai pelanggan",
    "clv-rows-after-observation":
      "{rows} baris bertanggal setelah akhir periode pengamatan tidak dipakai dalam model nilai pelanggan",
    "clv-customers-after-calibration":
      "{customers} pelanggan pertama kali membeli setelah periode kalibrasi: mereka tidak termasuk dalam penyesuaian",
    "clv-too-few-repeat-customers":
      "Nilai pelanggan dilewati: hanya {repeat:count} dari {customers:count} pelanggan membeli pada dua hari berbeda dalam periode kalibrasi, sedangkan model BG/NBD memerlukan setidaknya {needed:count}; pilih akhir kalibrasi yang lebih lambat atau data yang lebih banyak",
    "clv-spend-no-amount":
      "Tidak ada nilai transaksi: model belanja Gamma-Gamma dan CLV dilewati (P(aktif) dan pembelian yang diharapkan tetap ditampilkan)",
    "clv-spend-too-few-repeat-customers":
      "Hanya {repeat:count} pelanggan membeli lagi: terlalu sedikit untuk model belanja Gamma-Gamma, jadi tidak ada CLV",
    "clv-spend-mean-undefined":
      "Model Gamma-Gamma memberi q = {q:f2}, tidak lebih dari 1, sehingga belanja yang diharapkan per pembelian tidak ada: tidak ada CLV",
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
    "totals-row": "Baris total di akhir file dihapus: angkanya sama dengan jumlah baris-baris di atasnya",
    "not-number": 'Baris yang nilai "{column}"-nya bukan angka dihapus (badValues: "drop")',
    "not-date":
      'Baris yang nilai "{column}"-nya bukan tanggal berformat {format} dihapus (badValues: "drop")',
    "future-date":
      'Baris yang tanggal "{column}"-nya di masa depan (setelah {after}) dihapus (badValues: "drop")',
    "non-positive-monetary":
      "Pelanggan dengan total belanja nol atau negatif, tidak diikutkan dalam klasterisasi",
    "removed-in-database": 'Dihapus di basis data oleh aturan "{rule}"',
    "imputed-training-value": '"{column}" yang kosong diisi dengan nilai pelatihan model {value:raw}',
    /** How a ledger example is written (exampleText); a cell is `column = value`, a filled cell `... → value`. */
    example: {
      row: "baris {row:raw}",
      "row-cells": "baris {row:raw}: {cells}",
      "row-first": "baris {row:raw}: {cells} (baris {first:raw})",
      same: "baris {row:raw} = baris {first:raw}",
    },
    "after-snapshot":
      'Bertanggal di "{column}" pada atau setelah tanggal potong {snapshot}: analisis per tanggal itu tidak dapat melihatnya; {customers:count} pelanggan hanya membeli setelahnya dan tidak masuk segmen mana pun',
    "totals-row-no-key":
      "Baris di akhir file tanpa ID dan tanpa tanggal ({columns:json}) dihapus, sebagai baris total atau catatan",
    "repeated-header": "Baris yang mengulang judul kolom (setiap sel sama dengan judul kolomnya) dilewati",
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
    /** Parts of the loader's notes (noteText): an example cell, the other sheets, the day order, why an encoding. */
    notes: {
      example: ' (mis. "{value}" di baris {row:raw})',
      "other-sheets":
        " (bukan sheet lain: {others:q}; pilih sheet lain dengan sheet, atau dengan --sheet di baris perintah)",
      tab: "tab",
      "day-first": "hari di depan",
      "month-first": "bulan di depan",
      "utf-16le-bom": "file diawali byte order mark UTF-16 little-endian",
      "utf-16be-bom": "file diawali byte order mark UTF-16 big-endian",
      asked: "sesuai permintaan Anda",
      "utf-8-bom": "file diawali byte order mark UTF-8",
      "utf-8-valid": "setiap urutan byte adalah UTF-8 yang valid",
      "not-utf-8": "file bukan UTF-8 yang valid, sehingga dibaca sebagai latin-1 (Windows-1252)",
    },
    /** Bagian pesan galat pemuat (inputErrorText). */
    errors: {
      "ambiguous-example":
        '"{value}" (baris {row:raw}) adalah {dayFirst} bila hari di depan atau {monthFirst} bila bulan di depan',
      "ambiguous-cli":
        'jalankan lagi dengan --day-first atau --month-first, atau berikan format persisnya dengan --date-format (mis. --date-format "{format}")',
      "ambiguous-library":
        'berikan dayFirst: true atau dayFirst: false, atau format persisnya dengan dateFormat (mis. dateFormat: { "{column}": "{format}" })',
    },
    /** Parts of the error for numbers that read two ways (problemText). */
    ambiguous: {
      "ambiguous-example":
        '"{value}" di baris {row:raw} adalah {point} dengan titik desimal atau {comma} dengan koma desimal',
      "or": "atau",
    },
    // (add above this line)
  },

  /** Words of lib/clean. */
  clean: {
    cancellation: {
      "cancellation-share":
        'Tidak dapat membersihkan "{file}": aturan pembatalan akan menghapus {share:pct1}% faktur ({cancelled:count} dari {invoices:count}): setiap nomor faktur di "{column}" yang diawali "{prefix}" dianggap pembatalan (mis. {examples:json}), padahal pembatalan tidak pernah menjadi sebagian besar faktur sebuah toko; {fix}',
      "cancellation-positive":
        'Tidak dapat membersihkan "{file}": {positive:count} dari {rows:count} baris yang nomor fakturnya di "{column}" diawali "{prefix}" ({positiveShare:pct1}%) bernilai positif di {signed:q} (mis. {examples:json}), padahal pembatalan memiliki jumlah dan nilai negatif; {fix}',
      cli:
        "jika ini bukan pembatalan, jalankan lagi dengan --no-cancel-prefix, atau berikan awalan pembatalan Anda yang sebenarnya dengan --cancel-prefix AWALAN",
      score:
        "model yang disimpan menghapusnya dengan aturan pembersihan yang dipakai saat pelatihan; latih model baru dengan data seperti file ini memakai --no-cancel-prefix, atau --cancel-prefix AWALAN untuk awalan pembatalan Anda yang sebenarnya",
      library:
        'jika ini bukan pembatalan, setel opsi pembersihan { dropCancellations: false }, atau berikan awalan pembatalan Anda yang sebenarnya dengan { cancellationPrefix: "..." }',
    },
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
    periods: {
      title: "Perbandingan dua periode",
      periods:
        "Periode sebelumnya {earlierStart:date} sampai {earlierLast:date} ({earlierDays:int} hari); periode berikutnya {laterStart:date} sampai {laterLast:date} ({laterDays:int} hari).",
      customers:
        "{repeating} pelanggan membeli di kedua periode, {new} adalah pelanggan baru di periode berikutnya ({returned} di antaranya pernah membeli sebelum periode sebelumnya lalu kembali) dan {lapsed} hanya membeli di periode sebelumnya.",
      noCustomers: "Tidak ada pelanggan yang membeli di kedua periode itu.",
      partial:
        "Periode sebelumnya dimulai sebelum pembelian pertama dalam data ({first:date}): hanya {covered:int} dari {days:int} harinya yang berisi data, jadi pelanggan dan pendapatannya bukan angka satu periode penuh.",
      revenueUp:
        "Pendapatan naik dari {earlier} menjadi {later} ({change:pct1} %): pelanggan baru menyumbang {fromNew}, pelanggan yang berhenti membeli mengurangi {lost}, pelanggan berulang yang belanja lebih banyak menambah {grown} dan yang belanja lebih sedikit mengurangi {shrunk}.",
      revenueDown:
        "Pendapatan turun dari {earlier} menjadi {later} ({change:pct1} %): pelanggan baru menyumbang {fromNew}, pelanggan yang berhenti membeli mengurangi {lost}, pelanggan berulang yang belanja lebih banyak menambah {grown} dan yang belanja lebih sedikit mengurangi {shrunk}.",
      revenueSame:
        "Pendapatan sebesar {later} di kedua periode: pelanggan baru menyumbang {fromNew}, pelanggan yang berhenti membeli mengurangi {lost}, pelanggan berulang yang belanja lebih banyak menambah {grown} dan yang belanja lebih sedikit mengurangi {shrunk}.",
      revenueFromZero:
        "Pendapatan naik dari nol di periode sebelumnya menjadi {later}: pelanggan baru menyumbang {fromNew} dan pelanggan berulang menambah {grown}.",
      status: { new: "Baru", returned: "di antaranya kembali", repeating: "Berulang", lapsed: "Berhenti" },
      bridge: {
        earlier: "Periode sebelumnya",
        fromNew: "+ pelanggan baru",
        lost: "- pelanggan yang berhenti",
        grown: "+ berulang, belanja lebih banyak",
        shrunk: "- berulang, belanja lebih sedikit",
        later: "Periode berikutnya",
      },
      columns: { status: "status", customers: "pelanggan", revenue: "pendapatan" },
    },
    tieRule:
      "Batas skor adalah kuantil {quantiles} dari nilai pelanggan (interpolasi linear, seperti bawaan numpy dan pandas). Skor F dan M = 1 + jumlah batas yang lebih kecil dari nilainya; skor R = 1 + jumlah batas yang lebih besar dari nilainya, sehingga pelanggan yang paling baru bertransaksi mendapat skor tertinggi. Nilai yang sama selalu mendapat skor yang sama, apa pun urutan barisnya; jika beberapa batas berimpit (banyak nilai kembar), sebagian skor dilewati alih-alih membagi pelanggan yang setara ke skor berbeda.",
    check: {
      grid: {
        RF: "R×F",
        RFM: "R×F×M",
      },
      ok: 'Set aturan "{name}" mencakup seluruh {cells:raw} sel {grid} tepat satu kali',
      notOk: 'Set aturan "{name}" tidak membagi {cells:raw} sel {grid} secara tepat: {findings}',
      gaps1: "{n:raw} sel tidak masuk segmen mana pun",
      gaps: "{n:raw} sel tidak masuk segmen mana pun",
      overlaps1: "{n:raw} sel masuk beberapa segmen",
      overlaps: "{n:raw} sel masuk beberapa segmen",
      eg: " (mis. {list})",
      unreachable: "tidak pernah tercapai dengan urutan ini: {list}",
      noneUnreachable: "semua segmen dapat tercapai",
    },
    others: "Lainnya",
    newCustomers: "(baru)",
    atSnapshot: "Per {at}: {text}",
    rfGrid: {
      hibernating: {
        name: "Hibernasi",
        description: "Hanya belanja sekali atau dua kali, dan sudah lama sekali.",
        actions: [
          "Coba ajak kembali dengan penawaran terbatas untuk produk terlaris",
          "Tetap sapa lewat kanal murah seperti newsletter; jangan habiskan banyak anggaran",
        ],
      },
      at_risk: {
        name: "Berisiko",
        description: "Dulu cukup sering belanja, tetapi sudah lama tidak kembali.",
        actions: [
          "Kirim email personal untuk menyapa lagi sebelum mereka benar-benar pergi",
          "Beri insentif untuk kembali pada produk yang biasa mereka beli",
        ],
      },
      cant_lose: {
        name: "Jangan Sampai Hilang",
        description: "Dulu termasuk pembeli paling rutin, tetapi sudah lama tidak ada kabar.",
        actions: [
          "Menangkan kembali dengan produk baru atau penawaran eksklusif",
          "Telepon atau kirim survei singkat untuk tahu mengapa mereka berhenti",
          "Jangan sampai direbut pesaing: jadikan prioritas",
        ],
      },
      about_to_sleep: {
        name: "Mulai Pasif",
        description: "Jarang belanja, dan pembelian terakhirnya mulai terasa lama.",
        actions: [
          "Bagikan produk populer dan konten bermanfaat agar minat mereka bangkit lagi",
          "Tawarkan diskon kecil sebelum mereka menjauh",
        ],
      },
      need_attention: {
        name: "Perlu Perhatian",
        description: "Di posisi tengah untuk kebaruan dan frekuensi; bisa naik atau turun.",
        actions: [
          "Beri penawaran berbatas waktu untuk memicu pembelian berikutnya",
          "Rekomendasikan produk sesuai riwayat belanja mereka",
        ],
      },
      loyal: {
        name: "Pelanggan Setia",
        description: "Sering belanja dan belum lama ini berbelanja.",
        actions: [
          "Tawarkan produk bernilai lebih tinggi dan paket bundel",
          "Minta ulasan dan rekomendasi ke teman",
          "Jaga keterlibatan mereka lewat program loyalitas",
        ],
      },
      promising: {
        name: "Menjanjikan",
        description: "Belum lama berbelanja, tetapi sejauh ini baru sekali.",
        actions: ["Beri insentif kecil untuk pembelian kedua", "Kenalkan produk-produk lain yang Anda jual"],
      },
      new: {
        name: "Pelanggan Baru",
        description: "Baru saja melakukan pembelian pertama.",
        actions: [
          "Sambut mereka dan bantu di langkah awal",
          "Bangun hubungan sejak awal dengan konten yang bermanfaat",
        ],
      },
      potential_loyalist: {
        name: "Calon Pelanggan Setia",
        description: "Pelanggan baru-baru ini yang sudah kembali belanja lebih dari sekali.",
        actions: [
          "Ajak bergabung dengan keanggotaan atau program loyalitas",
          "Rekomendasikan produk terkait",
        ],
      },
      champions: {
        name: "Juara",
        description: "Baru saja belanja dan paling sering belanja: pelanggan terbaik Anda.",
        actions: [
          "Beri hadiah dan tunjukkan penghargaan",
          "Beri kesempatan mencoba produk baru lebih dulu",
          "Jadikan mereka duta merek lewat program referral",
        ],
      },
    },
    rfm11: {
      champions: {
        name: "Juara",
        description: "Baru belanja, sering belanja, dan belanjanya paling besar.",
        actions: ["Beri mereka hadiah"],
      },
      loyal: {
        name: "Pelanggan Setia",
        description: "Belanja cukup besar dan sering.",
        actions: ["Tawarkan produk bernilai lebih tinggi"],
      },
      potential_loyalist: {
        name: "Calon Pelanggan Setia",
        description: "Pelanggan baru-baru ini dengan frekuensi dan belanja sedang.",
        actions: ["Tawarkan program loyalitas"],
      },
      recent: {
        name: "Pelanggan Terbaru",
        description: "Paling baru belanja, tetapi belum sering.",
        actions: ["Bantu mereka di langkah awal"],
      },
      promising: {
        name: "Menjanjikan",
        description: "Pembeli baru-baru ini yang belanjanya masih sedikit.",
        actions: ["Bangun kesadaran merek"],
      },
      need_attention: {
        name: "Perlu Perhatian",
        description: "Kebaruan, frekuensi, dan belanja cukup baik, tetapi mulai menurun.",
        actions: ["Beri penawaran berbatas waktu"],
      },
      about_to_sleep: {
        name: "Mulai Pasif",
        description: "Kebaruan, frekuensi, dan belanja di bawah rata-rata.",
        actions: ["Bagikan produk populer"],
      },
      at_risk: {
        name: "Berisiko",
        description: "Dulu belanja besar dan sering, tetapi sudah lama.",
        actions: ["Kirim email personal untuk menyapa lagi"],
      },
      cant_lose: {
        name: "Jangan Sampai Hilang",
        description: "Dulu paling sering dan paling besar belanjanya, tetapi sudah lama.",
        actions: ["Menangkan kembali dengan produk baru"],
      },
      hibernating: {
        name: "Hibernasi",
        description: "Pembelian terakhir sudah lama, sedikit pesanan, belanja rendah.",
        actions: ["Tawarkan produk yang relevan"],
      },
      lost: {
        name: "Hilang",
        description: "Kebaruan, frekuensi, dan belanja paling rendah.",
        actions: ["Coba bangkitkan minat; jika tidak, abaikan"],
      },
    },
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    hopkins: {
      clustered:
        "Statistik Hopkins {h:fx2} (>= 0,75): data jauh dari seragam dan terkumpul di sebagian rentangnya. Itu saja belum menunjukkan kelompok yang terpisah: satu gumpalan miring pun mendapat nilai setinggi ini (sekitar 0,5 berarti data acak seragam).",
      noClearStructure:
        "Statistik Hopkins {h:fx2} (antara 0,3 dan 0,75): tidak ada struktur kelompok yang jelas; data tampak seperti data acak seragam (0,5), sehingga klaster apa pun hanya memotong sebaran yang kontinu dan segmennya bukan kelompok alami. Pertimbangkan segmen berdasarkan aturan bisnis.",
      regular:
        "Statistik Hopkins {h:fx2} (< 0,3): data tersebar lebih teratur daripada acak (seperti kisi atau pola teratur); tidak ada klaster untuk ditemukan.",
    },
    stability: {
      stable:
        "Stabil: dalam {nBoot:raw} sampel ulang bootstrap setiap segmen ditemukan kembali (rata-rata Jaccard >= 0,75, terendah {minJ:fx2}; rata-rata indeks Rand tersesuaikan {ari:fx2}).",
      fragile:
        "Rapuh: dalam {nBoot:raw} sampel ulang bootstrap beberapa segmen berubah cukup besar (rata-rata Jaccard terendah {minJ:fx2}, di bawah 0,75; rata-rata indeks Rand tersesuaikan {ari:fx2}). Anggap batas segmennya hanya perkiraan.",
      unstable:
        "Tidak stabil: dalam {nBoot:raw} sampel ulang bootstrap setidaknya satu segmen tidak muncul kembali (rata-rata Jaccard terendah {minJ:fx2}, di bawah 0,6; rata-rata indeks Rand tersesuaikan {ari:fx2}). Pembagian ini bergantung pada pelanggan mana yang kebetulan ada di data; jangan bertindak seolah-olah kelompok itu nyata.",
    },
    readings: {
      "highly stable": "sangat stabil",
      stable: "stabil",
      patterns: "ada pola, tetapi meragukan",
      dissolved: "tidak bertahan",
    },
    verdict: {
      clear:
        "Segmen terpisah dan stabil: data terbagi menjadi kelompok dengan lebih sedikit pelanggan di antaranya ({evidence}), dan {k:raw} segmen bertahan saat pengambilan ulang sampel",
      weakStable:
        "Tidak ada pengelompokan alami: sebaran data hampir sama dengan data acak seragam (Hopkins {h:fx2}); {k:raw} segmen dapat direproduksi, tetapi hanya membagi data",
      clusteredFragile:
        "Ada kelompok terpisah ({evidence}), tetapi beberapa dari {k:raw} segmen rapuh: periksa k dan segmen yang tidak stabil",
      none:
        "Tidak ada pengelompokan alami: data tidak menunjukkan struktur kelompok yang jelas (Hopkins {h:fx2}) dan pembagian {k:raw} segmen {stab}; perlakukan segmen sebagai pembagian praktis, atau gunakan aturan bisnis",
      continuumStable:
        "Satu populasi yang kontinu, tanpa kelompok terpisah ({evidence}): {k:raw} segmen adalah pembagian praktis dari sebuah kontinum; segmen ini dapat direproduksi",
      continuumUnstable:
        "Satu populasi yang kontinu, tanpa kelompok terpisah ({evidence}), dan pembagian {k:raw} segmen {stab}; perlakukan segmen sebagai pembagian praktis, atau gunakan aturan bisnis",
      unstable:
        "Segmen tidak stabil: pembagian {k:raw} segmen berubah dari satu sampel ulang ke sampel lain (ARI rata-rata {ari:fx2}); jangan bertindak atas segmen ini apa adanya",
      gap: "Statistik gap (Tibshirani dkk.): {g}",
      gapOne:
        "satu kelompok sama cocoknya dengan pembagian mana pun, dibandingkan dengan data acuan yang seragam",
      gapMany: "k = {k:raw} kelompok terpisah lebih cocok daripada satu",
      mixedStable:
        "Bukti bercampur: pembagian 2-means menunjukkan kelompok terpisah ({evidence}), tetapi sebaran data hampir sama dengan data acak seragam (Hopkins {h:fx2}); {k:raw} segmen dapat direproduksi, jadi periksa profilnya sebelum menganggapnya kelompok nyata",
      mixedUnstable:
        "Bukti bercampur: pembagian 2-means menunjukkan kelompok terpisah ({evidence}), tetapi sebaran data hampir sama dengan data acak seragam (Hopkins {h:fx2}), dan pembagian {k:raw} segmen {stab}; perlakukan segmen sebagai pembagian praktis",
      gapManyShape:
        "k = {k:raw} lebih cocok daripada satu kelompok dibandingkan dengan data acuan yang seragam, tetapi uji lain tidak menemukan kelompok terpisah: pada data yang miring atau terkumpul, statistik gap memilih beberapa klaster walaupun tidak ada celah pelanggan di antaranya",
      gapOneMissed:
        "statistik gap memilih satu kelompok, tetapi statistik ini membandingkan dengan data seragam di dalam kotak pembatas data, sehingga melewatkan kelompok yang sempit pada sumbu pemisahnya dan lebar pada sumbu lain; SigClust menguji sumbu itu secara langsung",
      evidence: {
        separated: "SigClust p {p}; di antara dua bagian hasil 2-means kepadatan turun menjadi {v:pct0} %",
        shape: "SigClust p {p}, tetapi kepadatan tidak turun di antara dua bagian hasil 2-means",
        notSignificant: "SigClust p {p}: pemisahannya tidak lebih besar daripada satu gumpalan Gauss",
        gapMany: "statistik gap memilih k = {k:raw}",
        gapOne: "statistik gap memilih satu kelompok",
      },
      stab: {
        stable: "stabil",
        fragile: "rapuh",
        unstable: "tidak stabil",
      },
      stabDetail: "Stabilitas pada {n:raw} sampel ulang bootstrap: ARI rata-rata {ari:fx2}; {verdict}",
      silhouette: "Rata-rata siluet {s:fx2} (1 = terpisah baik, 0 = tumpang tindih)",
    },
    sigclust: {
      separated:
        "SigClust (Liu dkk. 2008): pembagian 2-means terbaik lebih rapat daripada pada satu gumpalan Gauss dengan kovarians data itu sendiri (indeks klaster {ci:fx2} dibanding {ci0:fx2} yang diharapkan; p {p} dari {n:raw} simulasi), dan di antara kedua bagiannya kepadatan turun menjadi {v:pct0} % dari pusat yang lebih rendah: kelompok terpisah",
      shape:
        "SigClust (Liu dkk. 2008): pembagian 2-means terbaik lebih rapat daripada pada satu gumpalan Gauss dengan kovarians data itu sendiri (indeks klaster {ci:fx2} dibanding {ci0:fx2} yang diharapkan; p {p} dari {n:raw} simulasi), tetapi kepadatan tidak turun di antara kedua bagiannya (terendah {v:pct0} % dari pusat yang lebih rendah): data berbeda dari sebaran Gauss dalam bentuknya (miring, inti yang padat, nilai kembar), bukan karena kelompok terpisah",
      notSignificant:
        "SigClust (Liu dkk. 2008): pembagian 2-means terbaik tidak lebih rapat daripada pada satu gumpalan Gauss dengan kovarians data itu sendiri (indeks klaster {ci:fx2} dibanding {ci0:fx2} yang diharapkan; p {p} dari {n:raw} simulasi): tidak ada tanda kelompok terpisah",
    },
    tiesSpread:
      "Nilai yang sama pada beberapa baris (hitungan, jumlah yang dibulatkan atau nol) di {n:raw} dari {d:raw} kolom lebih dulu disebar merata sesuai resolusi data, agar nilai kembar tidak membuat data tampak berkelompok.",
    structureWhy: {
      none: "sebaran data hampir sama dengan data acak seragam: Hopkins {h:fx2}",
      weak: "satu populasi yang kontinu, tanpa kelompok terpisah: {evidence}",
      mixed:
        "hasil uji tidak sejalan: {evidence}, tetapi sebaran data hampir sama dengan data acak seragam (Hopkins {h:fx2})",
    },
    // (add above this line)
  },

  /** Words of lib/choose_k. */
  chooseK: {
    criteria: {
      elbow: "siku kurva inersia",
      silhouette: "siluet tertinggi",
      calinskiHarabasz: "indeks Calinski-Harabasz tertinggi",
      daviesBouldin: "indeks Davies-Bouldin terendah",
      gap: "statistik gap",
    },
    agree: "k = {k:raw}: semua {n:raw} kriteria sepakat ({list}).",
    majority:
      "k = {k:raw}: {m:raw} dari {n:raw} kriteria menunjuk ke sini ({list}). Mereka tidak sepakat: {others}.",
    tie: " Suara seimbang; di antara nilai yang seimbang, k = {k:raw} memiliki siluet tertinggi.",
    tieSmallest: " Suara seimbang; nilai terkecil yang diambil, sebagai segmentasi yang lebih sederhana.",
    check: " Bandingkan profil segmen untuk nilai k ini sebelum memutuskan.",
    none:
      "k = {k:raw}: tidak ada kriteria yang dapat memilih (terlalu sedikit nilai k atau klaster); pilih k dari profil segmen.",
    // (add above this line)
  },

  /** Words of lib/cluster. */
  cluster: {
    epsKnee:
      "eps = {eps:raw}: titik lutut dari jarak terurut ke tetangga terdekat ke-{k:raw} (Kneedle); {share:raw}% baris memiliki lingkungan yang lebih padat dan akan menjadi baris inti",
    epsFallback:
      "eps = {eps:raw}: kurva jarak-k (k = {k:raw}) tidak memiliki lutut yang jelas, jadi ini titik lengkung paling tajam (terjauh dari garis tali busur); periksa kurva secara visual",
    // (add above this line)
  },

  /** Words of lib/profile. */
  profile: {
    segments: {
      features: {
        "at-risk": {
          name: "Nasabah berisiko",
          description:
            "Lebih sering terlambat membayar dibanding kebanyakan nasabah, tanda risiko gagal bayar",
          actions: {
            offerRestructuring: "Tawarkan restrukturisasi atau rencana pembayaran sebelum tunggakan membesar",
            financialEducation: "Berikan edukasi keuangan dan pengingat pembayaran",
            noNewCredit: "Jangan tawarkan produk kredit baru sampai pembayaran kembali tepat waktu",
          },
        },
        "revolvers": {
          name: "Nasabah revolving",
          description: "Membiarkan tagihan besar terbawa dari bulan ke bulan alih-alih melunasinya",
          actions: {
            instalmentPlan: "Tawarkan cicilan atau pemindahan saldo dengan bunga lebih rendah",
            monitorCredit: "Pantau penggunaan kredit dan pembayaran dengan ketat",
            steerCashAdvance: "Arahkan penggunaan tarik tunai ke belanja dengan kartu",
          },
        },
        "heavy-users": {
          name: "Pengguna intensif",
          description: "Banyak berbelanja dan membawa saldo besar",
          actions: {
            premiumUpgrade: "Tawarkan peningkatan ke kartu premium dengan hadiah atas belanja mereka",
            instalmentsOnLarge: "Tawarkan cicilan untuk belanja besar agar saldo tetap terkendali",
            watchLimitUse: "Pantau seberapa besar limit yang terpakai",
          },
        },
        "big-spenders": {
          name: "Pembelanja besar aktif",
          description: "Sering berbelanja dalam jumlah besar dan membayarnya",
          actions: {
            rewardSpending: "Beri hadiah belanja lewat tingkat cashback atau poin",
            limitIncrease: "Tawarkan kenaikan limit atau peningkatan ke kartu premium",
          },
        },
        "full-payers": {
          name: "Pembayar lunas",
          description: "Melunasi seluruh tagihan setiap bulan dan hampir tanpa utang",
          actions: {
            encourageCardUse: "Dorong pemakaian kartu lewat hadiah untuk setiap belanja",
            instalmentPurchases: "Tawarkan belanja cicilan untuk barang bernilai besar",
          },
        },
        "premium": {
          name: "Nasabah premium",
          description:
            "Berpenghasilan lebih tinggi atau membeli produk lebih mahal dari kebanyakan, tanpa masalah pembayaran",
          actions: {
            exclusiveOffers: "Berikan penawaran premium eksklusif dengan syarat fleksibel",
            crossSell: "Tawarkan asuransi dan paket servis (cross-selling)",
          },
        },
        "stretched": {
          name: "Nasabah dengan cicilan berat",
          description:
            "Uang muka kecil dibanding pendapatan atau harga barang, sehingga setiap angsuran terasa berat",
          actions: {
            checkAffordability: "Periksa kemampuan bayar sebelum menyetujui pembiayaan baru",
            lowerInstalment: "Tawarkan tenor lebih panjang atau uang muka lebih besar agar angsuran turun",
            watchFirstPayments: "Pantau ketat pembayaran-pembayaran pertama",
          },
        },
        "budget": {
          name: "Nasabah segmen ekonomis",
          description:
            "Membiayai pembelian yang lebih murah dari kebanyakan nasabah, tanpa masalah pembayaran",
          actions: {
            upgradeAtEnd: "Tawarkan peningkatan ke produk lebih tinggi menjelang akhir pembiayaan",
            crossSell: "Tawarkan asuransi dan paket servis yang terjangkau",
          },
        },
        "disciplined": {
          name: "Nasabah disiplin",
          description: "Membayar tepat waktu dan jumlah kreditnya tidak lebih banyak dari kebanyakan nasabah",
          actions: {
            inviteLoyalty: "Ajak bergabung dalam program loyalitas",
            topUpCredit: "Tawarkan kredit tambahan (top-up) pra-disetujui dengan bunga ringan",
          },
        },
        "on-time-multi": {
          name: "Nasabah lancar dengan banyak kredit",
          description: "Membayar tepat waktu meski memiliki lebih banyak kredit dibanding kebanyakan nasabah",
          actions: {
            rewardPunctual: "Beri penghargaan atas pembayaran yang lancar lewat program loyalitas",
            consolidate: "Tawarkan penggabungan kredit menjadi satu angsuran",
            checkTotalDebt: "Periksa total utang sebelum menawarkan kredit tambahan",
          },
        },
        "frequent-small": {
          name: "Pembeli rutin bernilai kecil",
          description: "Sering berbelanja tetapi dengan nilai kecil",
          actions: {
            raiseBasket: "Naikkan nilai belanja lewat paket dan penawaran cicilan",
            rewardVisits: "Beri poin loyalitas untuk setiap transaksi",
          },
        },
        "low-balance": {
          name: "Akun bersaldo rendah",
          description: "Utangnya kecil dan perputaran uang di rekeningnya pun sedikit",
          actions: {
            usageIncentives: "Berikan insentif pemakaian untuk menaikkan belanja harian",
            limitIncrease: "Setujui di muka kenaikan limit kecil bagi yang membayar tepat waktu",
          },
        },
        "low-limit": {
          name: "Nasabah berlimit rendah",
          description: "Memiliki limit kredit lebih rendah dari kebanyakan nasabah dan memakainya secukupnya",
          actions: {
            reviewLimits: "Tinjau kenaikan limit bagi yang membayar tepat waktu",
            encourageEveryday: "Dorong pemakaian sehari-hari lewat hadiah kecil",
          },
        },
        "dormant": {
          name: "Pelanggan pasif",
          description: "Hampir tidak memakai produk; akunnya nyaris tidak bergerak",
          actions: {
            reactivation: "Jalankan kampanye reaktivasi dengan insentif berbatas waktu",
            askWhyIdle:
              "Tanyakan apa yang membuat mereka enggan memakainya, dan tekan biaya kontak bagi yang tidak merespons",
          },
        },
        "new": {
          name: "Pelanggan baru",
          description: "Baru bergabung, sehingga riwayatnya masih pendek",
          actions: {
            onboarding: "Sambut dengan rangkaian pesan pengenalan manfaat produk (onboarding)",
            reviewTerms: "Tinjau kembali syarat dan limit mereka setelah beberapa bulan pertama",
          },
        },
        "new-inactive": {
          name: "Pelanggan baru yang belum aktif",
          description: "Baru bergabung dan belum banyak memakai produk",
          actions: {
            activation: "Jalankan kampanye aktivasi dengan insentif transaksi pertama",
            remindBenefits: "Ingatkan manfaat produk lewat pesan sambutan (onboarding)",
          },
        },
      },
      rfm: {
        "champions": {
          name: "Pelanggan terbaik",
          description: "Baru saja berbelanja, sering berbelanja dan paling banyak membelanjakan uang",
          actions: {
            vipTreatment: "Beri layanan VIP dan akses awal ke produk baru",
            askReferrals: "Minta referensi dan ulasan",
          },
        },
        "loyal": {
          name: "Pelanggan langganan",
          description: "Sering kembali berbelanja dan masih aktif",
          actions: {
            loyaltyProgramme: "Daftarkan ke program loyalitas",
            upsell: "Tawarkan produk bernilai lebih tinggi",
          },
        },
        "big-spenders": {
          name: "Pembelanja besar sesekali",
          description: "Berbelanja dalam jumlah besar tetapi jarang",
          actions: {
            premiumBundles: "Tawarkan produk premium dan paket yang mirip dengan pembelian mereka",
            reasonToReturn: "Beri alasan untuk kembali lebih cepat, misalnya keuntungan keanggotaan",
          },
        },
        "cant-lose": {
          name: "Pelanggan bernilai yang menjauh",
          description: "Dulu sering atau banyak berbelanja tetapi sudah lama tidak kembali",
          actions: {
            winBack: "Ajak kembali lewat kontak pribadi dan penawaran khusus",
            askWhy: "Tanyakan alasan mereka berhenti berbelanja",
          },
        },
        "lost-one-time": {
          name: "Sekali belanja, tak kembali",
          description: "Hanya sekali berbelanja, sudah lama, dan tidak kembali lagi",
          actions: {
            oneWinBack: "Kirim satu pesan ajakan kembali yang murah, lalu hentikan biaya kontak",
            askWhatPutOff:
              "Cari tahu apa yang membuat mereka kecewa setelah pesanan pertama (produk, harga, pengiriman)",
          },
        },
        "at-risk": {
          name: "Pelanggan berulang yang berhenti belanja",
          description: "Pernah berbelanja beberapa kali, lalu berhenti datang",
          actions: {
            winBackOffer: "Kirim penawaran ajakan kembali berdasarkan barang yang biasa mereka beli",
            askWhy: "Tanyakan alasan mereka berhenti lewat survei singkat",
          },
        },
        "hibernating": {
          name: "Pembeli sesekali yang menghilang",
          description: "Berbelanja sedikit, jarang, dan sudah lama",
          actions: {
            lowCostReactivation: "Coba penawaran reaktivasi berbiaya rendah",
            lowContactCosts: "Tekan biaya kontak; bersihkan daftar kontak",
          },
        },
        "new": {
          name: "Pendatang baru",
          description: "Baru saja melakukan pembelian pertama",
          actions: {
            secondPurchase: "Sambut dan beri insentif untuk pembelian kedua",
            recommendProducts: "Rekomendasikan produk terkait pembelian pertama",
          },
        },
        "promising": {
          name: "Pembeli aktif yang menjanjikan",
          description: "Baru saja berbelanja dan lebih dari sekali, tetapi belum sering",
          actions: {
            loyaltyProgramme: "Ajak bergabung ke program loyalitas selagi kebiasaan belanja terbentuk",
            recommendProducts: "Rekomendasikan produk terkait pembelian mereka",
          },
        },
        "cooling": {
          name: "Mulai jarang belanja",
          description:
            "Sudah lebih lama dari kebanyakan pelanggan tidak berbelanja dan mungkin mulai menjauh",
          actions: {
            timelyReminder: "Kirim pengingat tepat waktu dengan penawaran berbatas waktu",
            recommendProducts: "Rekomendasikan produk berdasarkan pembelian sebelumnya",
          },
        },
      },
      outliers: {
        name: "Pencilan",
        description: "Pelanggan yang jauh dari semua kelompok padat; periksa satu per satu",
        actions: {
          reviewOneByOne: "Tinjau pelanggan ini satu per satu",
          checkRecords: "Periksa data mereka dari kemungkinan kesalahan",
        },
      },
      average: {
        name: "Pelanggan rata-rata",
        description: "Mendekati rata-rata pada semua variabel",
        actions: {
          keepStandard: "Pertahankan penawaran dan layanan standar",
          watchMoves: "Pantau perpindahan ke segmen lain",
        },
      },
      descriptor: {
        description: "Paling berbeda dari rata-rata pada",
        actions: {
          reviewProfile: "Tinjau profil segmen ini bersama tim bisnis sebelum menargetkannya",
          testOffer: "Uji penawaran pada sampel kecil segmen ini dan ukur tanggapannya",
        },
      },
    },
    naming: {
      levelFirst: { high: "{feature} tinggi", low: "{feature} rendah" },
      level: { high: "{feature} tinggi", low: "{feature} rendah" },
      contrast: { higher: "{feature} lebih tinggi", lower: "{feature} lebih rendah" },
      conceptContrast: {
        recency: { higher: "lebih lama tidak belanja", lower: "belanja lebih baru" },
        frequency: { higher: "lebih sering", lower: "lebih jarang" },
        purchases: { higher: "belanja lebih besar", lower: "belanja lebih kecil" },
      },
    },
    evidence: {
      near: "{feature} mendekati rata-rata (rerata {mean}{vs})",
      muchHigher: "{feature} jauh di atas rata-rata (rerata {mean}{vs})",
      higher: "{feature} di atas rata-rata (rerata {mean}{vs})",
      lower: "{feature} di bawah rata-rata (rerata {mean}{vs})",
      muchLower: "{feature} jauh di bawah rata-rata (rerata {mean}{vs})",
      vs: " dibanding {overall} secara keseluruhan",
      and: "{rest} dan {last}",
    },
    risk: {
      units: { months: " bulan", days: " hari" },
      "at-risk": {
        name: "Nasabah berisiko",
        description: "Rata-rata keterlambatan {delay}{unit} atau lebih: tanda risiko gagal bayar.",
        actions: {
          creditReview: "Terapkan peninjauan kredit yang lebih ketat",
          restructuring: "Tawarkan restrukturisasi atau rencana pembayaran",
          financialEducation: "Berikan edukasi keuangan",
          noNewProducts: "Jangan tawarkan produk baru sampai riwayat pembayarannya membaik",
        },
      },
      disciplined: {
        name: "Nasabah disiplin",
        description:
          "Rata-rata keterlambatan paling lama {disciplinedDelay}{unit} dengan {credits} kredit aktif atau lebih: nasabah aktif yang membayar tepat waktu.",
        actions: {
          loyaltyProgramme: "Ajak ikut program loyalitas",
          topUpCredit: "Tawarkan kredit tambahan (top-up) dengan bunga lebih rendah",
          insuranceTradeIn: "Tawarkan asuransi dan tukar tambah untuk kendaraan berikutnya",
        },
      },
      premium: {
        name: "Nasabah premium",
        description:
          "Pendapatan {incomeThreshold} atau lebih{ratio}, dengan rata-rata keterlambatan di bawah {delay}{unit}: potensi premium.",
        actions: {
          exclusiveOffers: "Tawarkan produk eksklusif atau premium",
          higherLimits: "Tawarkan limit kredit yang lebih tinggi",
          crossSell: "Tawarkan paket kendaraan dengan asuransi dan servis (cross-selling)",
        },
      },
      regular: {
        name: "Nasabah reguler",
        description:
          "Rata-rata keterlambatan di bawah {delay}{unit}, di luar kelompok disiplin dengan {credits} kredit atau lebih{premium}.",
        actions: {
          reminders: "Kirim pengingat sebelum jatuh tempo",
          lightPromotions: "Tawarkan promo kredit ringan bagi yang membayar tepat waktu",
        },
      },
      premiumRatio: " ({ratio} kali pendapatan median)",
      regularNotPremium: " dan di bawah pendapatan premium",
    },
    summary: {
      segment: "Segmen",
      customers: "Jumlah pelanggan",
      mean: "Rata-rata {c}",
      interpretation: "Interpretasi",
      recommendation: "Rekomendasi",
      unnamed: "Segmen {label:raw}",
    },
    concepts: {
      balance: { noun: "saldo", high: "saldo tinggi", low: "saldo rendah" },
      purchases: { noun: "belanja", high: "belanja besar", low: "belanja kecil" },
      frequency: { noun: "frekuensi belanja", high: "sering belanja", low: "jarang belanja" },
      recency: { noun: "kebaruan", high: "lama tidak belanja", low: "baru saja belanja" },
      cashAdvance: { noun: "tarik tunai", high: "sering tarik tunai", low: "jarang tarik tunai" },
      creditLimit: { noun: "limit kredit", high: "limit kredit tinggi", low: "limit kredit rendah" },
      payments: { noun: "pembayaran", high: "pembayaran besar", low: "pembayaran kecil" },
      minPayments: {
        noun: "pembayaran minimum",
        high: "pembayaran minimum tinggi",
        low: "pembayaran minimum rendah",
      },
      fullPayment: { noun: "pelunasan penuh", high: "sering melunasi penuh", low: "jarang melunasi penuh" },
      tenure: {
        noun: "lama menjadi nasabah",
        high: "sudah lama menjadi nasabah",
        low: "baru menjadi nasabah",
      },
      income: { noun: "pendapatan", high: "pendapatan tinggi", low: "pendapatan rendah" },
      price: { noun: "harga", high: "harga tinggi", low: "harga rendah" },
      downPayment: { noun: "uang muka", high: "uang muka besar", low: "uang muka kecil" },
      delay: { noun: "keterlambatan bayar", high: "sering terlambat bayar", low: "bayar tepat waktu" },
      activeCredits: { noun: "kredit aktif", high: "banyak kredit aktif", low: "sedikit kredit aktif" },
      age: { noun: "usia", high: "usia lebih tua", low: "usia lebih muda" },
    },
    conceptsUsed: " Nama segmen membaca fitur menurut maknanya: {list}.",
    conceptsNone: " Fitur yang maknanya tidak dikenali dinamai menurut kolomnya: {list}.",
    grid: {
      name: "Sebagian besar {segment}",
      mixOf: "Campuran {a} dan {b}",
      description: "Campuran segmen RFM yang tidak tergambar oleh satu profil saja",
      actions: { actByGrid: "Tangani setiap segmen RFM di dalamnya dengan tindakan segmen itu sendiri" },
      mix: {
        active: "{name}, dengan sebagian pembeli baru-baru ini",
        lapsed: "{name}, dengan sebagian pembeli pasif",
      },
      inside: " Segmen RFM di dalamnya: {list}.",
      gridActive:
        "Pisahkan dulu {n:raw} pembeli baru-baru ini di dalamnya ({list}) dan tangani sesuai segmen RFM mereka, bukan sebagai pembeli pasif",
      gridLapsed:
        "Menangkan kembali {n:raw} pelanggan pasif di dalamnya ({list}) dengan penawaran segmen RFM mereka",
    },
    // (add above this line)
  },

  /** Words of lib/chart. */
  chart: {
    distribution: "Distribusi {column}",
    distributions: "Distribusi",
    skew: "kemencengan {skew}",
    skewNote: "n = {n:raw}; kemencengan {skew} ({meaning})",
    skewRight: "ekor panjang ke kanan",
    skewLeft: "ekor panjang ke kiri",
    skewNone: "kira-kira simetris",
    nonFinite: "{n:raw} nilai tak hingga/kosong dikecualikan",
    count: "Jumlah",
    monthlyTrend: "Pendapatan bulanan dan pelanggan aktif",
    revenue: "Pendapatan",
    activeCustomers: "Pelanggan aktif",
    cohortTitle: "Retensi kohort bulanan",
    cohort: "Kohort (pembelian pertama)",
    monthsSince: "Bulan sejak pembelian pertama",
    rfmGridTitle: "Pelanggan menurut skor kebaruan dan frekuensi",
    recencyScore: "Skor kebaruan R (5 = terbaru)",
    frequencyScore: "Skor frekuensi F (5 = tersering)",
    customers: "Pelanggan",
    /** The total under a chart: {n} is already written for the language. */
    customersTotal: "Pelanggan: {n}",
    elbowTitle: "Siku: inersia menurut jumlah segmen",
    k: "Jumlah segmen k",
    inertia: "Inersia (jumlah kuadrat dalam segmen)",
    knee: "siku pada k = {k:raw}",
    noKnee: "tidak ada siku yang jelas",
    silhouetteTitle: "Siluet rata-rata menurut k",
    silhouette: "Siluet rata-rata (lebih tinggi lebih baik)",
    calinskiHarabasz: "Calinski-Harabasz (lebih tinggi lebih baik)",
    daviesBouldin: "Davies-Bouldin (lebih rendah lebih baik)",
    gap: "Statistik gap",
    inertiaShort: "Inersia (cari sikunya)",
    kPanelTitle: "Memilih k: semua kriteria",
    chosen: "k terpilih = {k:raw}",
    suggested: "k yang disarankan = {k:raw}",
    kDistanceTitle: "Kurva jarak-k",
    kDistance: "Jarak ke tetangga ke-{k:raw}",
    pointsSorted: "Titik, diurutkan menurut jarak",
    eps: "eps yang disarankan = {eps}",
    scatterTitle: "Pelanggan menurut segmen",
    downsampled: "Menampilkan {m} dari {n} titik: sampel deterministik yang menjaga proporsi setiap segmen",
    segment: "Segmen",
    /** The legend name of DBSCAN's noise points (label -1). */
    outliers: "Pencilan",
    /** PCA axes; {v} is the share of variance, already a whole percentage. */
    pc1: "KU1 ({v}% varians)",
    pc2: "KU2 ({v}% varians)",
    silhouettePlotTitle: "Siluet setiap pelanggan",
    silhouetteValue: "Koefisien siluet",
    meanSilhouette: "siluet rata-rata {s}",
    zTitle: "Profil segmen (skor-z)",
    zLegend: "skor-z: rata-rata segmen vs semua pelanggan, dalam simpangan baku",
    correlationTitle: "Korelasi antar fitur",
    correlation: "Korelasi Pearson",
    sizesTitle: "Ukuran segmen",
    profileTitle: "Apa yang membedakan setiap segmen",
    profileNote: "Batang: skor-z rata-rata segmen; label: rata-rata dalam satuan asli",
    value: "Nilai",
    bestBy: "terbaik menurut {criterion}",
    chosenK: "k yang dipilih = {k:raw}",
    criterionShort: {
      inertia: "siku",
      silhouette: "siluet",
      calinskiHarabasz: "Calinski-Harabasz",
      daviesBouldin: "Davies-Bouldin",
      gap: "statistik gap",
    },
    /** After a histogram's title when its x axis is logarithmic. */
    logScale: "skala logaritmik",
    // (add above this line)
  },

  /** Words of lib/report. */
  report: {
    /** The page's own words (renderReport): headings, labels, buttons. */
    render: {
      contents: "Daftar isi",
      verdict: "Kesimpulan",
      /** The verdict's level, keyed by `ReportVerdict.level`. */
      verdictLevel: {
        good: "Tampak kuat",
        warn: "Baca dengan hati-hati",
        bad: "Tidak dapat diandalkan",
      },
      warnings: "Peringatan",
      summary: "Angka utama",
      segments: "Segmen",
      actions: "Tindakan yang disarankan",
      keyMeans: "Rata-rata utama",
      /** A segment card's sizes: {n} and {share} are already written for the language. */
      customersShare: "{n} pelanggan · {share} dari pelanggan",
      valueShare: "{share} dari nilai",
      aboveAverage: "di atas rata-rata",
      belowAverage: "di bawah rata-rata",
      ledger: "Catatan pembersihan",
      ledgerBalance: "{in} baris masuk, {kept} baris dipertahankan, {removed} baris dihapus",
      ledgerEmpty: "Tidak ada yang dihapus atau diubah.",
      step: "Langkah",
      reason: "Alasan",
      action: "Tindakan",
      rows: "Baris",
      column: "Kolom",
      examples: "Contoh",
      /** A ledger entry's step, keyed by `LedgerEntry.step`. */
      ledgerStep: {
        load: "pembacaan",
        clean: "pembersihan",
        rfm: "RFM",
        features: "fitur",
        score: "penilaian",
      },
      /** A ledger entry's action, keyed by `LedgerEntry.action`. */
      ledgerAction: {
        removed: "dihapus",
        imputed: "diimputasi",
        excluded: "dikecualikan",
        merged: "digabung",
      },
      record: "Catatan reproduksibilitas",
      recordNote:
        'Catatan yang sama disematkan sebagai JSON dalam berkas ini (elemen script dengan id "segmenta-run") untuk alat lain.',
      generatedBy: "Dibuat oleh {who}",
    },
    /** What buildReport says about an analysis: section titles, captions, table headers. */
    build: {
      title: "Segmen pelanggan: {file}",
      subtitle: "{file} · {rows:raw} baris · {customers:raw} pelanggan · k = {k:raw} · seed {seed:raw}",
      sumRows: "Baris dalam berkas",
      sumKept: "Baris dipertahankan setelah pembersihan",
      sumCustomers: "Pelanggan yang disegmentasi",
      sumK: "Segmen (k)",
      sumHopkins: "Statistik Hopkins",
      sumAri: "Stabilitas (ARI rata-rata)",
      sumSil: "Rata-rata siluet",
      sumSnapshot: "Tanggal acuan RFM",
      secData: "Data dan cara membacanya",
      roles: "Peran kolom",
      role: "Peran",
      column: "Kolom",
      secEda: "Eksplorasi",
      colProfile: "Profil kolom",
      /** The column profile's headers (after the column name). */
      profileColumns: {
        missing: "hilang",
        min: "min",
        q1: "kuartil 1",
        median: "median",
        q3: "kuartil 3",
        max: "maks",
        mean: "rata-rata",
        skew: "kemencengan",
        outliers: "pencilan IQR",
      },
      countries: "Negara teratas menurut pendapatan",
      revenue: "pendapatan",
      revenueShare: "porsi",
      secCohorts: "Retensi kohort",
      cohortsText: "Porsi pelanggan tiap bulan pembelian pertama yang membeli lagi n bulan kemudian.",
      secRfm: "Skor RFM dan segmen bernama",
      thresholds: "Ambang skor (1..5)",
      /** The rows of the thresholds table. */
      recencyDays: "kebaruan (hari)",
      frequency: "frekuensi",
      monetary: "moneter",
      rfmSegments: "Segmen RFM bernama",
      bins: "Jumlah bin skor yang benar-benar terisi: R {r:raw}, F {f:raw}, M {m:raw} dari {bins:raw}. {tie}",
      secMovement: "Perpindahan segmen",
      movementText: "Pelanggan per segmen bernama pada {from:date} dan {to:date}: ke mana mereka berpindah.",
      from: "Dari",
      to: "Ke",
      customers: "Pelanggan",
      secK: "Memilih jumlah segmen",
      kTable: "Kriteria per k",
      inertia: "inersia",
      silhouetteColumn: "siluet",
      secValid: "Validasi: apakah strukturnya nyata?",
      stabTable: "Stabilitas per segmen (Jaccard bootstrap)",
      segment: "Segmen",
      size: "Ukuran",
      reading: "Bacaan",
      silhouette: "Siluet",
      secSegments: "Segmen-segmen",
      crosstab: "Segmen k-means (baris) × segmen RFM bernama (kolom)",
      secTransform: "Transformasi",
      scaler: "Lalu setiap fitur diskalakan ({scaler}) agar tidak ada satuan yang mendominasi jarak.",
      secDbscan: "DBSCAN: kelompok berbasis kepadatan dan pencilan",
      /** {eps}, {share} and {ari} are written by the report's fixed-decimal rule ("–" when not finite). */
      dbscanText:
        "DBSCAN dengan eps = {eps} dan minSamples = {min:raw} menemukan {k:raw} kelompok dan {noise:raw} pencilan ({share}% pelanggan). Kesesuaian dengan k-means: adjusted Rand index {ari}.",
      secRules: "Segmen aturan bisnis",
      rulesText:
        "Segmen berdasarkan aturan bisnis eksplisit ({origin}). Kesesuaian dengan k-means: adjusted Rand index {ari}.",
      rulesCross: "Segmen k-means (baris) × segmen aturan (kolom)",
      summaryTable: "Ringkasan segmen",
      dashboardSample:
        "Tabel pelanggan di bawah menampilkan {shown:raw} dari {all:raw} pelanggan, tiap segmen secara proporsional, agar laporan tetap ringan; CSV segmen memuat semuanya",
      profileTable: "Profil segmen: ukuran, porsi, rata-rata dan median setiap fitur",
      share: "Porsi pelanggan",
      valueShare: "Porsi nilai",
      /** A profile table's header for a feature's mean or median. */
      featureMean: "{feature}, rata-rata",
      featureMedian: "{feature}, median",
      meanOf: "Rata-rata {c} per segmen",
    },
    sigclust: "p SigClust (2-means dibanding satu gumpalan Gauss)",
    /** Role names, keyed by the role, as the data notes and the roles table show them. */
    roleNames: {
      customer: "ID pelanggan",
      invoice: "faktur",
      date: "tanggal",
      amount: "nilai transaksi",
      quantity: "jumlah barang",
      price: "harga satuan",
      country: "negara",
    },
    /** Display names of the columns and features segmenta makes (the CSV keeps the codes). */
    columnNames: {
      customer_id: "Pelanggan",
      recency: "kebaruan",
      recency_days: "kebaruan (hari)",
      frequency: "frekuensi",
      monetary: "nilai belanja",
      r_score: "skor R",
      f_score: "skor F",
      m_score: "skor M",
      rfm_code: "kode RFM",
      rfm_segment: "segmen RFM",
      cluster: "kelompok k-means",
      cluster_segment: "segmen k-means",
      p_alive: "P(aktif)",
      segment: "Segmen",
      rule_segment: "Segmen menurut aturan",
      risk_score: "Skor risiko (0-100)",
      dbscan_group: "Kelompok DBSCAN",
      row: "Baris",
    },
    /** Customer-value columns of the customer table; {h} is the horizon in months. */
    expectedPurchasesColumn: "pembelian yang diharapkan, {h:raw} bulan",
    clvColumn: "CLV, {h:raw} bulan",
    /** A header with its unit or currency: "monetary (€)", "recency (days)". */
    withUnit: "{label} ({unit})",
    /** Units of durations, as a header shows them and after a value. */
    units: { days: "hari", months: "bulan", weeks: "minggu" },
    /** A value with its unit: "30.5 days". */
    valueWithUnit: "{value} {unit}",
    /** The country table. */
    country: "Negara",
    countryRevenue: "Pendapatan",
    countryShare: "Porsi pendapatan",
    /** A share too small to show with one decimal. */
    belowTenth: "<0,1 %",
    /** The dashboard's switch between the two segmentations of an RFM run. */
    groupingRfm: "Segmen RFM (kisi pemasaran)",
    groupingKmeans: "Segmen k-means",
    groupingRules: "Segmen menurut aturan bisnis",
    /** Scaler names, keyed by `transform.scaler`. */
    scalers: {
      standard: "standardisasi: rata-rata 0 dan simpangan baku 1",
      robust: "penskalaan robust: median dan rentang antarkuartil",
    },
    // (add above this line)
  },

  /** Words of lib/dashboard. */
  dashboard: {
    /** Sent to the browser too: its placeholders take no format (the dashboard fills `{name}` itself). */
    countsTitle: "Pelanggan per segmen",
    meansTitle: "Rata-rata {column} per segmen",
    showing: "Baris {from}–{to} dari {n} (disaring dari {total})",
    page: "Halaman {page} dari {pages}",
    noRows: "Tidak ada pelanggan yang cocok",
    /** The static page around it. */
    explore: "Jelajahi pelanggan",
    filterBySegment: "Saring menurut segmen",
    all: "Semua",
    none: "Tidak ada",
    valueColumn: "Rata-rata dari",
    downloadCsv: "Unduh CSV",
    previous: "Sebelumnya",
    next: "Berikutnya",
    sortHint: "Klik judul kolom untuk mengurutkan",
    scriptsOff:
      "Skrip dinonaktifkan: ini halaman pertama dari {n} baris. Penyaringan, pengurutan, dan unduhan memerlukan skrip.",
    bigData: "Berkas ini memuat semua {n} baris ({size} MB); penyaringan dan pengurutan mungkin perlu waktu.",
    /** The switch between segmentations (the RFM grid's, k-means'). */
    groupBy: "Segmen yang ditampilkan",
    // (add above this line)
  },

  /** Words of lib/run. */
  run: {
    /** How analyzeFeatures chose its features (`featureChoice.reason`). */
    features: {
      given: "fitur dipilih oleh analis",
      every: "semua kolom numerik",
      leaving: ", kecuali {what}",
      and: " dan ",
      ids: "pengenal {c}",
      labels: "label analisis sebelumnya {c}",
      oneHot: "; {c} dikodekan menjadi {n:raw} kolom 0/1 (one-hot)",
    },
    dbscanSmall:
      "DBSCAN dilewati: minSamples = {m:raw} (2 × {f:raw} fitur) memerlukan lebih dari {n:raw} pelanggan",
    hopkinsDistinct:
      "Statistik Hopkins dihitung pada {distinct:raw} baris berbeda dari {rows:raw}: titik yang berulang akan tampak seperti klaster",
    movementSkipped:
      "Perpindahan segmen dilewati: data dimulai kurang dari {days:raw} hari sebelum tanggal acuan",
    dbscanLarge: "DBSCAN dilewati: {n:raw} baris melebihi batas 200.000 untuk laporan ini",
    /** Where the risk rules came from (`rules.origin`). */
    risk: {
      origin:
        'aturan risiko pada "{delay}" dan "{credits}"{income}: berisiko mulai keterlambatan {d:raw} atau lebih; disiplin dengan keterlambatan paling lama {dd:raw} dan {c:raw} kredit aktif atau lebih{how}',
      premiumBy: ' (premium menurut "{i}")',
      howGiven: " (ambang ditetapkan oleh analis)",
      howDefault:
        " (ambang bawaan tim pembiayaan, bukan kuartil berkas ini; tetapkan ambang Anda dengan --delay-threshold, --disciplined-delay, --cross-sell-credits dan --premium-income)",
      score:
        'Skor risiko setiap nasabah (kolom "risk_score", 0 sampai 100) adalah 100 × min(keterlambatan / {d:raw}, 1) × (3 + min(kredit / {c:raw}, 1)) / 4: keterlambatan bayar yang menentukan dan kredit yang berjalan menambahnya, sehingga nasabah yang membayar tepat waktu mendapat 0 berapa pun kreditnya.',
    },
    /** Which segments lead a features analysis (`primary.reason`), keyed by `primary.by`. */
    primary: {
      kmeans: "Segmen k-means diutamakan: data memiliki struktur yang cukup",
      rules:
        "Segmen aturan bisnis diutamakan: data tidak memiliki pengelompokan alami sehingga segmen k-means akan sembarang",
    },
    /** Why segmentMatrix took its k (`kReason`) when not the suggested one; {h} is Hopkins with 2 decimals. */
    kReason: {
      analyst: "k = {k:raw} ditetapkan oleh analis (sapuan menyarankan {s:raw})",
      convenience:
        "k = {k:raw}, siku kurva inersia, sebagai jumlah segmen yang praktis: {why}, jadi tidak ada k yang perlu ditemukan; setelah siku, segmen tambahan hanya sedikit mengurangi sebaran di dalam segmen. ({reason})",
      convenienceVote:
        "k = {k:raw}, jumlah segmen terkecil (3 atau lebih) yang ditunjuk salah satu kriteria, demi kepraktisan: {why}, dan kurva inersia tidak memiliki siku yang jelas. ({reason})",
    },
    /** segmentMatrix's stability warnings; {names} lists the segments with their Jaccard. */
    unstableSegments:
      "Segmen tidak stabil (rata-rata Jaccard bootstrap di bawah 0,6): {names}; anggotanya berganti-ganti bila data sedikit berubah, jadi jangan memperlakukannya sebagai kelompok nyata",
    fragileSegments:
      "Segmen rapuh (rata-rata Jaccard bootstrap 0,6 sampai 0,75): {names}; batasnya bergeser antar sampel ulang",
    /** The command line's words about the paths of a run, writing its outputs, and signals (cli/). */
    cli: {
      outRoot:
        'Tidak dapat menulis ke "{out}": itu folder akar komputer, dan sebuah proses hanya menulis ke foldernya sendiri; pilih folder dengan --out',
      outContainsProject:
        'Tidak dapat menulis ke "{out}": folder ini berisi segmenta sendiri ("{project}"), yang berkasnya tidak boleh dapat diubah oleh sebuah proses; pilih folder lain dengan --out',
      commaOut:
        'Tidak dapat menulis ke "{out}": jalurnya mengandung koma, dan Deno memisah daftar izinnya pada koma, sehingga folder ini tidak dapat diizinkan tersendiri; pilih folder tanpa koma dengan --out',
      commaRead:
        'Tidak dapat membaca "{path}": jalur berkas dan jalur foldernya mengandung koma, dan Deno memisah daftar izinnya pada koma; pindahkan berkas ke folder yang jalurnya tanpa koma',
      overwritesInput:
        'Tidak dapat menulis "{output}": itu berkas masukan "{input}", yang akan tertimpa oleh proses ini; pilih folder lain dengan --out',
      /** An input that is not a regular file, by what it is. */
      notAFile: {
        folder:
          'Tidak dapat membaca "{path}": itu folder, bukan berkas; berikan jalur sebuah berkas di dalamnya',
        fifo:
          'Tidak dapat membaca "{path}": itu pipa bernama (FIFO), bukan berkas, dan segmenta membaca masukannya lebih dari sekali; simpan data ke sebuah berkas dan berikan berkas itu',
        device: 'Tidak dapat membaca "{path}": itu perangkat, bukan berkas; berikan jalur sebuah berkas data',
        socket: 'Tidak dapat membaca "{path}": itu soket, bukan berkas; berikan jalur sebuah berkas data',
      },
      /** A write that failed, by its cause ({code} is the system's error code, e.g. ENOSPC). */
      write: {
        full:
          'Tidak dapat menulis ke folder keluaran "{out}": disk penuh ({code}); kosongkan sebagian ruang di sana atau pilih folder lain dengan --out',
        readOnly:
          'Tidak dapat menulis ke folder keluaran "{out}": folder ini berada di sistem berkas hanya-baca ({code}); pilih folder lain dengan --out',
        denied:
          'Tidak dapat menulis ke folder keluaran "{out}": tidak ada izin untuk menulis di sana ({code}); pilih folder yang dapat Anda tulisi dengan --out',
        gone:
          'Tidak dapat menulis ke folder keluaran "{out}": folder ini sudah tidak ada ({code}; terhapus selama proses berjalan?); buat lagi atau pilih folder lain dengan --out',
        notFolder:
          'Tidak dapat menulis ke folder keluaran "{out}": sebagian jalurnya adalah berkas, bukan folder ({code}); pilih folder lain dengan --out',
        other: 'Tidak dapat menulis ke folder keluaran "{out}": {cause}; pilih folder lain dengan --out',
      },
      interruptedRemoved:
        'Dihentikan oleh {signal} saat menulis hasil: berkas yang belum selesai sudah dihapus, dan "{out}" tetap berisi yang sebelumnya',
      interruptedCompleted:
        'Dihentikan oleh {signal} saat memindahkan hasil ke tempatnya: itu diselesaikan dulu, jadi "{out}" berisi berkas baru yang lengkap',
      abandoned: 'Peluncur (deno task segment) dihentikan, jadi tidak ada yang ditulis ke "{out}"',
      leftovers:
        'Menghapus {n:raw} berkas yang belum selesai dari proses sebelumnya yang dihentikan saat menulis ke "{out}": {names}',
    },
    rulesDisagree: {
      some:
        'Jika setiap segmen k-means dibaca sebagai segmen aturan yang paling sering di dalamnya, kedua segmentasi sepakat untuk {agree:raw} dari {n:raw} nasabah ({pct}%) dan berbeda untuk {differ:raw}. Kelompok terbesar yang dipisahkan: {count:raw} nasabah yang oleh k-means dimasukkan ke "{km}" (kebanyakan "{usual}" menurut aturan) termasuk "{rule}" menurut aturan. k-means mengelompokkan nasabah berdasarkan semua {f:raw} fitur sekaligus, sedangkan aturan hanya melihat {cols} terhadap ambang tetap, sehingga nasabah yang dekat dengan ambang atau mirip pada fitur lain masuk ke kelompok berbeda.',
      none:
        "Setiap segmen k-means berada dalam satu segmen aturan: kedua segmentasi sepakat untuk seluruh {n:raw} nasabah.",
    },
    givenRules: "aturan dari analis",
    /** The CLI's summary of a run (stdout); the English lines are the historical ones. */
    summary: {
      kind: "  jenis analisis: {kind} ({reason})",
      sample: "  sampel: {text}",
      periods: "  dua periode: {text}",
      lead: "  segmentasi utama: {reason}",
      kmeansSegment: '  segmen k-means "{name}": {n} pelanggan ({share:pct1} %)',
      kinds: { rfm: "RFM (transaksi)", features: "fitur per pelanggan" },
      rows: "  baris: {read} dibaca, {kept} dipertahankan; {customers} pelanggan disegmentasi",
      ledger: "  catatan pembersihan: {rows} {action}{column}: {reason}",
      ledgerColumn: ' di "{column}"',
      verdict: "  kesimpulan: {headline}",
      segment: '  segmen "{name}": {n} pelanggan ({share:pct1} %)',
      warning: "  peringatan: {text}",
      value:
        "  nilai pelanggan: {fit} pada {n} pelanggan (kalibrasi {start:date} s.d. {end:date}, dalam {unit})",
      fit: "BG/NBD r = {r}, alfa = {alpha}, a = {a}, b = {b}",
      noFit: "model BG/NBD tidak dipasang",
      valueWarning: "  peringatan nilai pelanggan: {text}",
      wrote: "berkas ditulis: {path}",
      noModel: "model tidak disimpan: {reason}",
      done: "selesai dalam {s:f1} detik",
    },
    /** Progress bars' step names, keyed by the step code the computations report. */
    progress: {
      "k sweep": "penelusuran k",
      "bootstrap stability": "stabilitas bootstrap",
      "k-means": "pemasangan k-means",
      silhouette: "siluet",
      typing: 'jenis kolom "{file}"',
      reading: 'membaca "{file}"',
      head: 'membaca awal "{file}"',
      "monthly trend": "tren bulanan",
      cohorts: "kohort",
      "recency, frequency, monetary": "kebaruan, frekuensi, nilai",
      "customer value": "nilai pelanggan",
    },
    /** `deno task segment score`: its summary (stdout) and its page; the English lines are the historical ones. */
    score: {
      model: "  model: {path} ({kind}, k = {k:raw}, dilatih dengan {trained}, segmenta {version})",
      snapshot: "  tanggal acuan: {date:date} ({rule})",
      scored: "  pelanggan yang dinilai: {n}",
      segment: '  segmen "{name}": {n} pelanggan ({now:pct1} %; dalam model {model:pct1} %)',
      moved: "  perpindahan: {from} -> {to}: {n}",
      new: "(baru)",
      gone: "(tidak ada lagi)",
      drift: "  pergeseran: {feature} PSI {psi:f3} ({level})",
      levels: { stable: "stabil", moderate: "bergeser sedang", major: "bergeser besar" },
      title: "Pelanggan yang dinilai: {file}",
      modelText:
        "Model {path}: {kind}, k = {k:raw}, dilatih dengan {trained} (SHA-256 {sha}…) memakai segmenta {version}. {n} pelanggan dinilai tanpa melatih ulang model.",
      snapshotText: " Tanggal acuan: {date:date}.",
      movementTitle: "Perpindahan sejak segmen sebelumnya",
      newCustomer: "(pelanggan baru)",
      notInFile: "(tidak ada di berkas ini)",
      sizesTitle: "Ukuran segmen",
      sizesHead: {
        segment: "segmen",
        now: "pelanggan saat ini",
        shareNow: "porsi saat ini",
        shareModel: "porsi dalam model",
      },
      movementHead: { from: "dari", to: "ke", customers: "pelanggan" },
      driftTitle: "Pergeseran (indeks stabilitas populasi)",
      driftHead: { feature: "fitur", psi: "PSI", reading: "pembacaan" },
      driftNote:
        "Di bawah 0,1: stabil; 0,1 sampai 0,25: pergeseran sedang; 0,25 ke atas: pergeseran besar, pertimbangkan melatih ulang model.",
      share: "{share:pct1} %",
    },
    /** segmentMatrix on a stratified sample (`sample`): {size} rows of {of}, the sample's seed. */
    sampled:
      "k, stabilitas, dan kesimpulan (SigClust, Hopkins, statistik gap) dihitung pada sampel berstrata berisi {size} dari {of} pelanggan (diambil secara proporsional dari 10 desil komponen utama pertama, benih {seed:raw}); pusat segmen yang ditemukan pada sampel kemudian disempurnakan dengan semua pelanggan, dan setiap pelanggan ditempatkan ke pusat segmen terdekat",
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    explainedTitle: "Rasio varians yang dijelaskan per komponen utama",
    explainedValue: "porsi varians",
    component: "KU{i:raw}",
    meanPerSegment: "Rata-rata {column} per segmen",
    corrPair: "{a:raw} dan {b:raw} berkorelasi {strength:raw} (r = {r:f2}).",
    corrWeakest:
      "Tidak ada pasangan variabel yang berkorelasi lebih dari lemah: pasangan terkuat, {a:raw} dan {b:raw}, memiliki r = {r:f2}, sehingga setiap variabel menambah informasinya sendiri pada jarak.",
    corrWeight:
      "Variabel yang berkorelasi kuat mengukur hal yang hampir sama dua kali, sehingga hal itu berbobot lebih besar dalam jarak k-means.",
    corrStrength: { weak: "lemah", moderate: "sedang", strong: "kuat", veryStrong: "sangat kuat" },
    segmentLine: "**{name:raw}**: {size:count} pelanggan ({share:pct0}%). {action:raw}",
    noSection: 'Analisis ini tidak memiliki bagian "{id:raw}" (laporan memiliki: {ids:raw})',
    exported:
      "Laporan untuk tim pemasaran ada di {html:raw}; CSV untuk CRM, satu baris per pelanggan beserta segmennya, ada di {csv:raw}.",
    // (add above this line)
  },

  /** Kata-kata aplikasi web lokal (app/). */
  app: {
    title: "segmenta: segmen pelanggan dari sebuah file",
    intro:
      "Pilih file pelanggan: CSV, TSV, Parquet atau Excel (.xlsx). File tetap di komputer ini: tidak dikirim ke tempat lain.",
    drop: "Letakkan file di sini, atau",
    choose: "pilih file",
    uploading: "Mengunggah {name}…",
    reading: "Membaca {name}…",
    another: "File lain",
    language: "Bahasa",
    detected: "Yang terdeteksi di {name}",
    rowsColumns: "{rows:int} baris, {columns:int} kolom",
    format: "Format",
    delimiter: "Pemisah kolom",
    decimal: "Pemisah desimal",
    thousands: "Pemisah ribuan",
    encoding: "Pengodean",
    dateFormat: "Format tanggal",
    detectedValue: "terdeteksi: {value}",
    asDetected: "sesuai deteksi",
    none: "tidak ada",
    comma: "koma (,)",
    semicolon: "titik koma (;)",
    tab: "tab",
    pipe: "garis tegak (|)",
    period: "titik (.)",
    kind: "Isi file",
    kindAuto: "Tentukan dari file",
    kindRfm: "Transaksi: satu baris per pembelian (RFM)",
    kindFeatures: "Satu baris per pelanggan",
    roles: "Peran kolom",
    roleCustomer: "ID pelanggan",
    roleInvoice: "Faktur atau pesanan",
    roleDate: "Tanggal",
    roleAmount: "Nilai transaksi",
    roleQuantity: "Kuantitas",
    rolePrice: "Harga satuan",
    roleCountry: "Negara",
    noColumn: "(tanpa kolom)",
    features: "Fitur untuk segmentasi (satu baris per pelanggan)",
    featuresHelp: "Kolom numerik disarankan; ID dan kode tidak dipakai, beserta alasannya.",
    leftOutId: "tidak dipakai: namanya menunjukkan ID atau kode",
    leftOutLabel: "tidak dipakai: berisi label dari analisis sebelumnya",
    notNumeric: "bukan angka",
    options: "Pilihan",
    k: "Jumlah segmen",
    kAuto: "Otomatis (disarankan oleh uji k)",
    kFixed: "Tetap",
    seed: "Seed acak",
    currency: "Mata uang",
    currencyLeft:
      "Kode ISO seperti EUR, USD atau IDR (ditampilkan sebagai Rp). Jika dikosongkan, mata uangnya adalah yang ditunjukkan simbol atau kode di kolom nilai uang, bila ada.",
    run: "Jalankan analisis",
    runAgain: "Jalankan lagi",
    progress: "Kemajuan",
    stepReading: "Membaca file",
    stepTyping: "Membaca kolom",
    stepCleaning: "Membersihkan data",
    stepSweep: "Mencoba setiap jumlah segmen (uji k)",
    stepSilhouette: "Mengukur seberapa terpisah segmen",
    stepStability: "Memeriksa stabilitas (bootstrap)",
    stepReport: "Menyusun laporan",
    stepWorking: "Sedang bekerja",
    done: "Selesai dalam {seconds:f1} detik",
    result: "Hasil",
    verdict: "Kesimpulan",
    kindChosen: "Analisis",
    segments: "Segmen",
    segment: "Segmen",
    customers: "Pelanggan",
    share: "Porsi",
    actions: "Yang perlu dilakukan",
    downloads: "Unduhan",
    downloadReport: "Unduh laporan (HTML)",
    downloadCsv: "Unduh segmen (CSV)",
    downloadModel: "Unduh model tersimpan (JSON)",
    report: "Laporan lengkap",
    errorTitle: "File ini tidak dapat dipakai apa adanya",
    errorFile: "File",
    errorColumn: "Kolom",
    errorRows: "Baris",
    errorFix:
      "Perbaiki peran kolom atau pilihan di atas lalu jalankan lagi; Anda tidak perlu mengunggah file lagi.",
    errorInternal:
      "segmenta mengalami galat internal (bug). Jendela tempat aplikasi berjalan menampilkan rinciannya; mohon Anda laporkan.",
    errorTooLarge:
      "Ukuran file {size} MB, melebihi batas {limit} MB aplikasi ini. Jalankan aplikasi dengan --max-upload yang lebih besar, atau pecah file per periode.",
    errorEmpty: "File kosong (0 byte); ekspor data Anda lagi.",
    errorExpired:
      "File ini sudah tidak ada di server (aplikasi dimulai ulang atau file kedaluwarsa); pilih file itu lagi.",
    errorNetwork: "Aplikasi tidak menjawab; periksa apakah aplikasi masih berjalan.",
    readAgain: "Baca file lagi",
    dayOrder: "Urutan hari dan bulan pada tanggal",
    dayFirst: "hari dahulu (31/12/2024)",
    monthFirst: "bulan dahulu (12/31/2024)",
    sheet: "Lembar buku kerja",
    sheetFirst: "lembar pertama",
    cancelPrefix: "Faktur batal: nomor faktur diawali dengan",
    cancelOff: "Jangan hapus faktur apa pun sebagai batal",
    cancelHelp:
      "Hanya untuk transaksi. Faktur yang batal dihapus sebelum analisis; masing-masing tercantum di tabel pembersihan laporan.",
    fixChoice: 'pilihan "{control}" di bawah, lalu baca file lagi',
    fixDayOrder: 'pilih urutannya di "{control}" di bawah, lalu baca file lagi',
    fixCancellation:
      'jika ini bukan pembatalan, centang "{off}" di bawah lalu jalankan lagi, atau tulis di "{control}" awalan pembatalan Anda yang sebenarnya',
    riskRules: "Aturan risiko (satu baris per nasabah, dengan keterlambatan pembayaran)",
    riskDelay: "Rata-rata keterlambatan mulai dari mana nasabah berisiko",
    disciplinedDelay: "Rata-rata keterlambatan hingga mana nasabah membayar tepat waktu",
    crossSellCredits: "Jumlah kredit aktif mulai dari mana nasabah yang tepat waktu tergolong disiplin",
    premiumIncome: "Pendapatan mulai dari mana nasabah tanpa risiko tergolong premium",
    riskDefault: "bawaan: {value}",
    riskPremiumDefault: "1,25 × pendapatan median",
    // (add above this line)
  },

  /** Words of the customer-value part of the RFM run (BG/NBD, Gamma-Gamma, CLV). */
  clv: {
    title: "Nilai pelanggan",
    intro:
      "Siapa yang masih menjadi pelanggan dan berapa nilainya. Model belajar dari pembelian {start:date} sampai {end:date} (periode kalibrasi, {customers:count} pelanggan, waktu dalam {unit}); P(aktif), pembelian yang diharapkan, dan CLV dihitung per {end:date}.",
    introHoldout: " Pembelian sesudahnya, sampai {obs:date}, dipakai untuk menguji model (periode uji).",
    bgnbd:
      "BG/NBD (siapa yang masih membeli): selama aktif, setiap pelanggan membeli dengan lajunya sendiri, dan setelah setiap pembelian bisa berhenti untuk selamanya. Di sini pelanggan aktif membeli rata-rata {rate:f2} kali per {unitOne}, dan berhenti setelah pembelian dengan peluang rata-rata {drop:pct1}%. P(aktif) seorang pelanggan turun makin lama ia tidak membeli dibandingkan irama belanjanya sendiri.",
    gammaGamma:
      "Gamma-Gamma (berapa nilai satu pembelian): setiap pelanggan punya rata-rata belanja sendiri, dan tiap pembelian bervariasi di sekitarnya. Dihitung dari {repeat:count} pelanggan yang membeli lagi, satu pembelian bernilai rata-rata {spend}.",
    correlationOk:
      "Frekuensi pembelian dan rata-rata belanja hampir tidak berkorelasi (r = {r:f2}), sesuai asumsi model Gamma-Gamma.",
    correlationHigh:
      "Frekuensi pembelian dan rata-rata belanja berkorelasi (r = {r:f2}): model Gamma-Gamma mengasumsikan tidak, jadi anggap CLV sebagai perkiraan kasar.",
    clv:
      "CLV (nilai seorang pelanggan dalam {months:raw} bulan ke depan): pembelian yang diharapkan dikali belanja yang diharapkan per pembelian, didiskon {rate:pct1}% per bulan. Totalnya {total}; rata-rata {mean} per pelanggan; sepersepuluh pelanggan teratas memegang {topShare:pct0}% darinya.",
    holdoutClose:
      "Uji periode uji: dalam {duration:f1} {unit} setelah periode kalibrasi, model memperkirakan {predicted} pembelian ulang dan terjadi {actual} (selisih {gap:pct0}%): model mengikuti data ini dengan baik.",
    holdoutOver:
      "Uji periode uji: dalam {duration:f1} {unit} setelah periode kalibrasi, model memperkirakan {predicted} pembelian ulang tetapi hanya terjadi {actual} ({gap:pct0}% lebih sedikit): di sini model terlalu optimis, jadi anggap pembelian yang diharapkan dan CLV sebagai batas atas.",
    holdoutUnder:
      "Uji periode uji: dalam {duration:f1} {unit} setelah periode kalibrasi, model memperkirakan {predicted} pembelian ulang tetapi terjadi {actual} ({gap:pct0}% lebih banyak): di sini model terlalu hati-hati, jadi anggap pembelian yang diharapkan dan CLV sebagai batas bawah.",
    noHoldout:
      "Tanpa uji: periode kalibrasi berjalan sampai hari terakhir data, jadi model tidak diuji dengan pembelian sesudahnya.",
    skipped: "Model nilai pelanggan tidak dapat dijalankan pada data ini (lihat peringatan di atas).",
    paramsCaption: "Parameter hasil estimasi, dengan galat baku",
    parameter: "parameter",
    estimate: "estimasi",
    standardError: "galat baku",
    logLik: "log-kemungkinan",
    holdoutCaption:
      "Pembelian dalam periode uji menurut jumlah pembelian ulang dalam periode kalibrasi (rata-rata per pelanggan)",
    calibrationPurchases: "pembelian ulang dalam kalibrasi",
    orMore: "{n:raw} atau lebih",
    customers: "pelanggan",
    actual: "aktual",
    predicted: "prediksi",
    segmentCaption: "P(aktif) dan CLV per segmen",
    segment: "segmen",
    meanPAlive: "rata-rata P(aktif)",
    meanExpected: "rata-rata pembelian yang diharapkan, {months:raw} bulan",
    meanClv: "rata-rata CLV, {months:raw} bulan",
    totalClv: "total CLV, {months:raw} bulan",
    saveText:
      "Pelanggan yang paling layak dipertahankan: mereka yang pernah membeli lagi dan P(aktif)-nya sudah turun, diurutkan menurut CLV × (1 − P(aktif)), yaitu nilai yang terancam hilang. Hubungi mereka sebelum pergi.",
    saveCaption: "{n:raw} pelanggan teratas yang layak dipertahankan",
    customer: "pelanggan",
    pAlive: "P(aktif)",
    clvColumn: "CLV, {months:raw} bulan",
    valueAtRisk: "nilai yang terancam",
    trackingTitle: "Pembelian ulang kumulatif: aktual dan prediksi",
    trackingX: "{unit} sejak pembelian pertama dalam data",
    trackingY: "pembelian ulang kumulatif",
    calibrationEnd: "akhir kalibrasi",
    /** The time units, plural and singular. */
    units: { days: "hari", weeks: "minggu", months: "bulan" },
    unitOne: { days: "hari", weeks: "minggu", months: "bulan" },
    // (add above this line)
  },
};
