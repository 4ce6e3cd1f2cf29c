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
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    "hopkins-constant-columns": "Kolom {columns:q} bernilai konstan; kolom ini tidak memengaruhi statistik",
    "hopkins-small-sample":
      "Hanya {sampleSize:raw} baris yang diambil per pengulangan: statistiknya kurang andal; gunakan lebih banyak baris",
    "stability-few-resamples":
      "Hanya {nBoot:raw} sampel ulang: angka stabilitasnya masih kasar; gunakan nBoot = 20 atau lebih",
    "stability-empty-segment": "Segmen {segment:raw} kosong dalam segmentasi yang diperiksa",
    "stability-segment-dissolved":
      "Segmen {segment:raw} tidak stabil: rata-rata Jaccard {jaccard:fx2} < 0,6 dalam {nBoot:raw} sampel ulang; segmen ini larut bila data sedikit berubah, jangan jadikan sasaran sebagai kelompok nyata",
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
    // (add above this line)
  },

  /** The cleaning ledger: each reason in words, keyed by its reason code. */
  ledger: {
    // (add above this line)
  },

  /** Words of lib/load. */
  load: {
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
    // (add above this line)
  },

  /** Words of lib/rfm. */
  rfm: {
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
        "Statistik Hopkins {h:fx2} (>= 0,75): data jelas berkelompok; kelompok nyata ada, sehingga segmen hasil klastering menggambarkan struktur data (sekitar 0,5 berarti data acak seragam).",
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
        "Tidak stabil: dalam {nBoot:raw} sampel ulang bootstrap setidaknya satu segmen larut (rata-rata Jaccard terendah {minJ:fx2}, di bawah 0,6; rata-rata indeks Rand tersesuaikan {ari:fx2}). Pembagian ini bergantung pada pelanggan mana yang kebetulan ada di data; jangan bertindak seolah-olah kelompok itu nyata.",
    },
    readings: {
      "highly stable": "sangat stabil",
      stable: "stabil",
      patterns: "ada pola, tetapi meragukan",
      dissolved: "tidak bertahan",
    },
    verdict: {
      clear:
        "Segmen jelas dan stabil: data memiliki struktur kelompok (Hopkins {h:fx2}) dan {k:raw} segmen bertahan saat pengambilan ulang sampel",
      weakStable:
        "Segmen dapat dipakai dengan hati-hati: struktur kelompok lemah (Hopkins {h:fx2}) tetapi {k:raw} segmen dapat direproduksi",
      clusteredFragile:
        "Data berkelompok (Hopkins {h:fx2}) tetapi beberapa dari {k:raw} segmen rapuh: periksa k dan segmen yang tidak stabil",
      none:
        "Tidak ada pengelompokan alami: data tidak menunjukkan struktur kelompok yang jelas (Hopkins {h:fx2}) dan pembagian {k:raw} segmen {stab}; perlakukan segmen sebagai pembagian praktis, atau gunakan aturan bisnis",
      continuumStable:
        "Segmen dapat dipakai dengan hati-hati: data tidak seragam (Hopkins {h:fx2}) tetapi tidak menunjukkan kelompok terpisah (statistik gap memilih satu), sehingga {k:raw} segmen memotong sebuah kontinum; segmen ini dapat direproduksi",
      continuumUnstable:
        "Tidak ada kelompok terpisah: data tidak seragam (Hopkins {h:fx2}) tetapi statistik gap memilih satu kelompok, dan pembagian {k:raw} segmen {stab}; perlakukan segmen sebagai pembagian praktis, atau gunakan aturan bisnis",
      unstable:
        "Segmen tidak stabil: pembagian {k:raw} segmen berubah dari satu sampel ulang ke sampel lain (ARI rata-rata {ari:fx2}); jangan bertindak atas segmen ini apa adanya",
      gap: "Statistik gap (Tibshirani dkk.): {g}",
      gapOne:
        "satu kelompok sama cocoknya dengan pembagian mana pun, jadi segmen adalah potongan dari sebuah kontinum",
      gapMany: "k = {k:raw} kelompok terpisah lebih cocok daripada satu",
      stab: {
        stable: "stabil",
        fragile: "rapuh",
        unstable: "tidak stabil",
      },
      stabDetail: "Stabilitas pada {n:raw} sampel ulang bootstrap: ARI rata-rata {ari:fx2}; {verdict}",
      silhouette: "Rata-rata silhouette {s:fx2} (1 = terpisah baik, 0 = tumpang tindih)",
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
