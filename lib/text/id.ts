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
