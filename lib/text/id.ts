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
    // (add above this line)

    // -- warnings of profile/
    // (add above this line)

    // -- warnings of chart/, report/, views/, run/
    // (add above this line)

    // -- warnings of clv/
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
    segments: {
      features: {
        "at-risk": {
          name: "Nasabah berisiko",
          description:
            "Sering terlambat membayar atau memiliki banyak kredit sekaligus, tanda kesulitan membayar",
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
        description:
          "Rata-rata keterlambatan {delay}{unit} atau lebih, atau {credits} kredit aktif atau lebih: pembayaran mulai tertekan.",
        actions: {
          restructuring: "Tawarkan restrukturisasi atau rencana pembayaran",
          financialEducation: "Berikan edukasi keuangan",
          noNewCredit: "Jangan tawarkan produk kredit baru untuk sementara",
        },
      },
      premium: {
        name: "Nasabah premium",
        description: "Pendapatan {incomeThreshold} atau lebih ({top}% teratas) dan tidak berisiko.",
        actions: {
          exclusiveOffers: "Berikan penawaran premium eksklusif",
          crossSell: "Tawarkan asuransi dan paket servis (cross-selling)",
        },
      },
      disciplined: {
        name: "Nasabah disiplin",
        description:
          "Rata-rata keterlambatan paling lama {disciplinedDelay}{unit} dan kurang dari {credits} kredit aktif.",
        actions: {
          loyaltyProgramme: "Ajak ikut program loyalitas",
          topUpCredit: "Tawarkan kredit tambahan (top-up) dengan bunga ringan",
        },
      },
      regular: {
        name: "Nasabah reguler",
        description:
          "Tidak berisiko, tetapi ada sedikit keterlambatan (lebih dari {disciplinedDelay} dan kurang dari {delay}{unit}).",
        actions: {
          reminders: "Kirim pengingat sebelum jatuh tempo",
          lightPromotions: "Tawarkan promo kredit ringan bagi yang membayar tepat waktu",
        },
      },
    },
    summary: {
      segment: "Segmen",
      customers: "Jumlah pelanggan",
      mean: "Rata-rata {c}",
      interpretation: "Interpretasi",
      recommendation: "Rekomendasi",
      unnamed: "Segmen {label:raw}",
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
    silhouetteTitle: "Silhouette rata-rata menurut k",
    silhouette: "Silhouette rata-rata (lebih tinggi lebih baik)",
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
    silhouettePlotTitle: "Silhouette setiap pelanggan",
    silhouetteValue: "Koefisien silhouette",
    meanSilhouette: "silhouette rata-rata {s}",
    zTitle: "Profil segmen (skor-z)",
    zLegend: "skor-z: rata-rata segmen vs semua pelanggan, dalam simpangan baku",
    correlationTitle: "Korelasi antar fitur",
    correlation: "Korelasi Pearson",
    sizesTitle: "Ukuran segmen",
    profileTitle: "Apa yang membedakan setiap segmen",
    profileNote: "Batang: skor-z rata-rata segmen; label: rata-rata dalam satuan asli",
    value: "Nilai",
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
      sumSil: "Rata-rata silhouette",
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
        q1: "q1",
        median: "median",
        q3: "q3",
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
      silhouetteColumn: "silhouette",
      secValid: "Validasi: apakah strukturnya nyata?",
      stabTable: "Stabilitas per segmen (Jaccard bootstrap)",
      segment: "Segmen",
      size: "Ukuran",
      reading: "Bacaan",
      silhouette: "Silhouette",
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
      featureMean: "{feature} (rata-rata)",
      featureMedian: "{feature} (median)",
      meanOf: "Rata-rata {c} per segmen",
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
    dbscanLarge: "DBSCAN dilewati: {n:raw} baris melebihi batas 200.000 untuk laporan ini",
    /** Where the risk rules came from (`rules.origin`). */
    risk: {
      origin:
        'aturan risiko pada "{delay}" dan "{credits}"{income}: berisiko mulai keterlambatan >= {d:raw} atau kredit aktif >= {c:raw}{how}',
      premiumBy: ' (premium menurut "{i}")',
      howGiven: " (ambang ditetapkan oleh analis)",
      howOne: " (satu ambang ditetapkan oleh analis, yang lain pada kuartil atas berkas ini)",
      howQuartiles:
        " (ambang pada kuartil atas berkas ini: hanya ilustrasi, karena kuartil selalu menandai sekitar seperempat; tetapkan --delay-threshold dan --credits-threshold bersama tim kredit)",
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
        "k = {k:raw}, siku kurva inersia, sebagai jumlah segmen praktis: data tidak menunjukkan kelompok terpisah (Hopkins {h}; lihat statistik gap) dan kriteria tidak sepakat, jadi tidak ada k yang bisa ditemukan. ({reason})",
      convenienceVote:
        "k = {k:raw}, jumlah segmen terkecil yang ditunjuk suatu kriteria, demi kepraktisan: data tidak menunjukkan kelompok terpisah (Hopkins {h}; lihat statistik gap) dan kurva inersia tidak memiliki siku yang jelas. ({reason})",
    },
    /** segmentMatrix's stability warnings; {names} lists the segments with their Jaccard. */
    unstableSegments:
      "Segmen tidak stabil (rata-rata Jaccard bootstrap di bawah 0,6): {names}; segmen ini larut bila data sedikit berubah: jangan perlakukan sebagai kelompok nyata",
    fragileSegments:
      "Segmen rapuh (rata-rata Jaccard bootstrap 0,6 sampai 0,75): {names}; batasnya bergeser antar sampel ulang",
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    explainedTitle: "Rasio varians yang dijelaskan per komponen utama",
    explainedValue: "porsi varians",
    component: "KU{i:raw}",
    meanPerSegment: "Rata-rata {column} per segmen",
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
    currencyLeft: "Nilai ditampilkan seperti di file (laporan belum memiliki pilihan mata uang).",
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
    modelLater: "Model tersimpan: belum tersedia (hadir di versi berikutnya).",
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
  },
};
