/**
 * Private: the archetypes segment names come from, as data. Each one reads the concept
 * z-scores of a segment (mean z of the columns with that concept; `NaN` where no column has it)
 * and returns a score (higher = better fit) or `null` when it does not apply.
 *
 * @module
 */
import type { Translations } from "../i18n.ts";
import type { Concept } from "./detect_concepts.ts";

/** z-score of a concept for one segment; `NaN` when no column carries it. */
export type ConceptZ = (concept: Concept) => number;

/** One way a segment can look, with its words in every language. */
export interface Archetype {
  readonly key: string;
  /** Which naming kinds use it. */
  readonly kind: "features" | "rfm";
  /**
   * Concepts the name speaks about, with the direction that supports it (+1 high, -1 low):
   * descriptions cite these first, and they are not repeated when names must be told apart.
   */
  readonly concepts: Readonly<Partial<Record<Concept, 1 | -1>>>;
  readonly score: (z: ConceptZ) => number | null;
  readonly name: Translations;
  /** A clause, completed by the features that set the segment apart. */
  readonly description: Translations;
  readonly actions: readonly Translations[];
}

/** |z| from which a concept counts as high or low. */
export const T = 0.4;

const hi = (v: number) => v >= T;
const lo = (v: number) => v <= -T;
/** Largest of the finite values, NaN if none. */
const best = (...v: number[]) => {
  const f = v.filter(Number.isFinite);
  return f.length ? Math.max(...f) : NaN;
};
const ok = (cond: boolean, score: number) => (cond ? score : null);

export const ARCHETYPES: readonly Archetype[] = [
  // ---- credit behaviour (any table) ----
  {
    key: "at-risk",
    kind: "features",
    concepts: { delay: 1, activeCredits: 1 },
    score: (z) => {
      const s = best(z("delay"), z("activeCredits"));
      return ok(hi(s), s + 0.5 * best(0, z("delay") + z("activeCredits") - s));
    },
    name: { en: "At-risk payers", es: "Pagadores en riesgo", id: "Nasabah berisiko" },
    description: {
      en: "Pay late or run many credits at once, a sign of repayment stress",
      es: "Pagan con atraso o tienen muchos créditos a la vez, señal de dificultad para pagar",
      id: "Sering terlambat membayar atau memiliki banyak kredit sekaligus, tanda kesulitan membayar",
    },
    actions: [
      {
        en: "Offer restructuring or a payment plan before arrears grow",
        es: "Ofrecer reestructuración o un plan de pagos antes de que crezca la mora",
        id: "Tawarkan restrukturisasi atau rencana pembayaran sebelum tunggakan membesar",
      },
      {
        en: "Provide financial education and payment reminders",
        es: "Dar educación financiera y recordatorios de pago",
        id: "Berikan edukasi keuangan dan pengingat pembayaran",
      },
      {
        en: "Offer no new credit products until payments are back on time",
        es: "No ofrecer nuevos productos de crédito hasta que paguen a tiempo",
        id: "Jangan tawarkan produk kredit baru sampai pembayaran kembali tepat waktu",
      },
    ],
  },
  {
    key: "revolvers",
    kind: "features",
    concepts: { balance: 1, cashAdvance: 1, fullPayment: -1, minPayments: 1 },
    score: (z) => {
      const support = best(
        z("cashAdvance"),
        -z("fullPayment"),
        z("minPayments"),
        -z("purchases"),
        -z("frequency"),
      );
      return ok(hi(z("balance")) && hi(support), z("balance") + support);
    },
    name: { en: "Revolvers", es: "Usuarios de crédito rotativo", id: "Nasabah revolving" },
    description: {
      en: "Carry a high balance from month to month instead of paying it off",
      es: "Arrastran un saldo alto mes a mes en lugar de pagarlo",
      id: "Membawa saldo tinggi dari bulan ke bulan alih-alih melunasinya",
    },
    actions: [
      {
        en: "Offer an instalment plan or balance transfer at a lower rate",
        es: "Ofrecer un plan de cuotas o traspaso de saldo a menor tasa",
        id: "Tawarkan cicilan atau pemindahan saldo dengan bunga lebih rendah",
      },
      {
        en: "Monitor credit use and payments closely",
        es: "Vigilar de cerca el uso del crédito y los pagos",
        id: "Pantau penggunaan kredit dan pembayaran dengan ketat",
      },
      {
        en: "Steer cash-advance use towards card purchases",
        es: "Orientar el uso de avances de efectivo hacia compras con tarjeta",
        id: "Arahkan penggunaan tarik tunai ke belanja dengan kartu",
      },
    ],
  },
  {
    key: "big-spenders",
    kind: "features",
    concepts: { purchases: 1, frequency: 1, payments: 1 },
    score: (z) => {
      const support = best(z("frequency"), z("payments"));
      return ok(hi(z("purchases")) && hi(support), z("purchases") + support);
    },
    name: { en: "Active big spenders", es: "Grandes compradores activos", id: "Pembelanja besar aktif" },
    description: {
      en: "Buy a lot and often, and pay for it",
      es: "Compran mucho y con frecuencia, y lo pagan",
      id: "Sering berbelanja dalam jumlah besar dan membayarnya",
    },
    actions: [
      {
        en: "Reward spending with a cashback or points tier",
        es: "Premiar el gasto con un nivel de cashback o puntos",
        id: "Beri hadiah belanja lewat tingkat cashback atau poin",
      },
      {
        en: "Offer a credit-limit increase or a premium card upgrade",
        es: "Ofrecer un aumento de límite o una tarjeta premium",
        id: "Tawarkan kenaikan limit atau peningkatan ke kartu premium",
      },
    ],
  },
  {
    key: "full-payers",
    kind: "features",
    concepts: { fullPayment: 1, balance: -1 },
    score: (z) => ok(hi(z("fullPayment")) && !hi(z("balance")), z("fullPayment") + best(0, -z("balance"))),
    name: { en: "Pay in full", es: "Pagan el total", id: "Pembayar lunas" },
    description: {
      en: "Pay their full balance every month and carry little debt",
      es: "Pagan el saldo completo cada mes y casi no tienen deuda",
      id: "Melunasi seluruh tagihan setiap bulan dan hampir tanpa utang",
    },
    actions: [
      {
        en: "Encourage more card use with rewards on purchases",
        es: "Fomentar más uso de la tarjeta con premios por compra",
        id: "Dorong pemakaian kartu lewat hadiah untuk setiap belanja",
      },
      {
        en: "Offer instalment purchases for large items",
        es: "Ofrecer compras en cuotas para artículos grandes",
        id: "Tawarkan belanja cicilan untuk barang bernilai besar",
      },
    ],
  },
  {
    key: "premium",
    kind: "features",
    concepts: { income: 1, price: 1, creditLimit: 1 },
    score: (z) => {
      const s = best(z("income"), z("price"));
      // A high price on a low income is a stretch, not premium.
      const consistent = !lo(z("income")) && !lo(z("price"));
      return ok(
        hi(s) && consistent && !hi(z("delay")) && !hi(z("activeCredits")),
        s + best(0, z("income") + z("price") - s),
      );
    },
    name: { en: "Premium customers", es: "Clientes premium", id: "Nasabah premium" },
    description: {
      en: "Earn more or buy more expensive products than most, without payment problems",
      es: "Ganan más o compran productos más caros que la mayoría, sin problemas de pago",
      id:
        "Berpenghasilan lebih tinggi atau membeli produk lebih mahal dari kebanyakan, tanpa masalah pembayaran",
    },
    actions: [
      {
        en: "Make exclusive premium offers with flexible terms",
        es: "Hacer ofertas premium exclusivas con condiciones flexibles",
        id: "Berikan penawaran premium eksklusif dengan syarat fleksibel",
      },
      {
        en: "Cross-sell insurance and service packages",
        es: "Venta cruzada de seguros y paquetes de servicio",
        id: "Tawarkan asuransi dan paket servis (cross-selling)",
      },
    ],
  },
  {
    key: "stretched",
    kind: "features",
    concepts: { downPayment: -1, price: 1, income: -1 },
    score: (z) => {
      const strain = best(z("price"), -z("income"));
      return ok(lo(z("downPayment")) && hi(strain), -z("downPayment") + strain);
    },
    name: { en: "Stretched borrowers", es: "Compradores al límite", id: "Nasabah berbeban berat" },
    description: {
      en: "Put little money down for what they earn or buy, so each instalment weighs heavily",
      es: "Dan poco enganche para lo que ganan o compran, así que cada cuota pesa mucho",
      id: "Uang muka kecil dibanding pendapatan atau harga barang, sehingga setiap angsuran terasa berat",
    },
    actions: [
      {
        en: "Check affordability before approving new financing",
        es: "Verificar la capacidad de pago antes de aprobar nuevo financiamiento",
        id: "Periksa kemampuan bayar sebelum menyetujui pembiayaan baru",
      },
      {
        en: "Offer a longer term or a larger down payment to lower the instalment",
        es: "Ofrecer un plazo más largo o un enganche mayor para bajar la cuota",
        id: "Tawarkan tenor lebih panjang atau uang muka lebih besar agar angsuran turun",
      },
      {
        en: "Watch the first payments closely",
        es: "Vigilar de cerca los primeros pagos",
        id: "Pantau ketat pembayaran-pembayaran pertama",
      },
    ],
  },
  {
    key: "disciplined",
    kind: "features",
    concepts: { delay: -1, activeCredits: -1 },
    score: (z) => {
      const credits = z("activeCredits");
      const fine = Number.isNaN(credits) || credits <= 0;
      return ok(lo(z("delay")) && fine, -z("delay") + best(0, -credits));
    },
    name: { en: "Disciplined payers", es: "Pagadores cumplidos", id: "Nasabah disiplin" },
    description: {
      en: "Pay on time and keep few credits open",
      es: "Pagan a tiempo y mantienen pocos créditos abiertos",
      id: "Membayar tepat waktu dan memiliki sedikit kredit berjalan",
    },
    actions: [
      {
        en: "Invite them to a loyalty programme",
        es: "Invitarlos a un programa de lealtad",
        id: "Ajak bergabung dalam program loyalitas",
      },
      {
        en: "Offer a pre-approved top-up credit at a light rate",
        es: "Ofrecer un crédito adicional preaprobado con tasa preferente",
        id: "Tawarkan kredit tambahan (top-up) pra-disetujui dengan bunga ringan",
      },
    ],
  },
  {
    key: "frequent-small",
    kind: "features",
    concepts: { frequency: 1, purchases: -1 },
    score: (z) => ok(hi(z("frequency")) && !hi(z("purchases")), z("frequency") + best(0, -z("purchases"))),
    name: {
      en: "Frequent small buyers",
      es: "Compradores frecuentes de bajo monto",
      id: "Pembeli rutin bernilai kecil",
    },
    description: {
      en: "Buy often but spend little each time",
      es: "Compran seguido pero gastan poco cada vez",
      id: "Sering berbelanja tetapi dengan nilai kecil",
    },
    actions: [
      {
        en: "Raise the basket with bundles and instalment offers",
        es: "Subir el ticket con paquetes y ofertas en cuotas",
        id: "Naikkan nilai belanja lewat paket dan penawaran cicilan",
      },
      {
        en: "Reward every visit with loyalty points",
        es: "Premiar cada visita con puntos de lealtad",
        id: "Beri poin loyalitas untuk setiap transaksi",
      },
    ],
  },
  {
    key: "low-balance",
    kind: "features",
    concepts: { balance: -1, creditLimit: -1, payments: -1 },
    score: (z) => {
      const support = best(-z("creditLimit"), -z("payments"), -z("minPayments"));
      return ok(lo(z("balance")) && hi(support) && !hi(z("purchases")), -z("balance") + support);
    },
    name: { en: "Low-balance accounts", es: "Cuentas de saldo bajo", id: "Akun bersaldo rendah" },
    description: {
      en: "Owe little and move little money through the account",
      es: "Deben poco y mueven poco dinero en la cuenta",
      id: "Berutang sedikit dan sedikit perputaran uang di rekeningnya",
    },
    actions: [
      {
        en: "Offer usage incentives to grow everyday spending",
        es: "Ofrecer incentivos de uso para aumentar el gasto cotidiano",
        id: "Berikan insentif pemakaian untuk menaikkan belanja harian",
      },
      {
        en: "Pre-approve a modest limit increase for those who pay on time",
        es: "Preaprobar un aumento moderado de límite a quienes pagan a tiempo",
        id: "Setujui di muka kenaikan limit kecil bagi yang membayar tepat waktu",
      },
    ],
  },
  {
    key: "dormant-new",
    kind: "features",
    concepts: { frequency: -1, tenure: -1, purchases: -1 },
    score: (z) => {
      const low = best(-z("frequency"), -z("purchases"));
      const lowPair = lo(z("frequency")) && (lo(z("tenure")) || lo(z("purchases")));
      const newOnly = lo(z("tenure")) && !hi(z("frequency")) && !hi(z("purchases"));
      // Someone who owes a lot or draws cash is not dormant, whatever their tenure.
      const busy = hi(z("balance")) || hi(z("cashAdvance"));
      return ok((lowPair || newOnly) && !busy, best(low, 0) + best(-z("tenure"), 0));
    },
    name: { en: "Dormant or new", es: "Inactivos o nuevos", id: "Pasif atau baru" },
    description: {
      en: "Use the product little, or have only just joined",
      es: "Usan poco el producto o acaban de llegar",
      id: "Jarang memakai produk atau baru saja bergabung",
    },
    actions: [
      {
        en: "Run an activation campaign with a first-purchase incentive",
        es: "Lanzar una campaña de activación con un incentivo a la primera compra",
        id: "Jalankan kampanye aktivasi dengan insentif transaksi pertama",
      },
      {
        en: "Remind them of the product's benefits in onboarding messages",
        es: "Recordar los beneficios del producto en mensajes de bienvenida",
        id: "Ingatkan manfaat produk lewat pesan sambutan (onboarding)",
      },
    ],
  },
  // ---- RFM (recency in days: low = bought recently) ----
  {
    key: "champions",
    kind: "rfm",
    concepts: { recency: -1, frequency: 1, purchases: 1 },
    score: (z) =>
      ok(
        lo(z("recency")) && hi(z("frequency")) && hi(z("purchases")),
        -z("recency") + z("frequency") + z("purchases"),
      ),
    name: { en: "Champions-like", es: "Tipo campeones", id: "Mirip juara" },
    description: {
      en: "Bought recently, buy often and spend the most",
      es: "Compraron hace poco, compran seguido y gastan más que nadie",
      id: "Baru saja berbelanja, sering berbelanja dan paling banyak membelanjakan",
    },
    actions: [
      {
        en: "Give VIP treatment and early access to new products",
        es: "Dar trato VIP y acceso anticipado a novedades",
        id: "Beri layanan VIP dan akses awal ke produk baru",
      },
      {
        en: "Ask for referrals and reviews",
        es: "Pedir referidos y reseñas",
        id: "Minta referensi dan ulasan",
      },
    ],
  },
  {
    key: "loyal",
    kind: "rfm",
    concepts: { frequency: 1, recency: -1 },
    score: (z) => ok(hi(z("frequency")) && !hi(z("recency")), z("frequency") + best(0, -z("recency"))),
    name: { en: "Loyal-like", es: "Tipo leales", id: "Mirip setia" },
    description: {
      en: "Come back often and have not left",
      es: "Vuelven con frecuencia y no se han ido",
      id: "Sering kembali berbelanja dan belum pergi",
    },
    actions: [
      {
        en: "Enrol them in a loyalty programme",
        es: "Inscribirlos en un programa de lealtad",
        id: "Daftarkan ke program loyalitas",
      },
      {
        en: "Upsell higher-value products",
        es: "Ofrecer productos de mayor valor",
        id: "Tawarkan produk bernilai lebih tinggi",
      },
    ],
  },
  {
    key: "cant-lose",
    kind: "rfm",
    concepts: { recency: 1, frequency: 1, purchases: 1 },
    score: (z) => {
      const value = best(z("frequency"), z("purchases"));
      return ok(hi(z("recency")) && hi(value), z("recency") + value);
    },
    name: { en: "Valuable but slipping", es: "Valiosos que se alejan", id: "Bernilai tapi menjauh" },
    description: {
      en: "Used to buy often or a lot but have not come back for a while",
      es: "Compraban seguido o mucho pero hace tiempo que no vuelven",
      id: "Dulu sering atau banyak berbelanja tetapi sudah lama tidak kembali",
    },
    actions: [
      {
        en: "Win them back with a personal contact and a special offer",
        es: "Recuperarlos con contacto personal y una oferta especial",
        id: "Ajak kembali lewat kontak pribadi dan penawaran khusus",
      },
      {
        en: "Ask why they stopped buying",
        es: "Preguntar por qué dejaron de comprar",
        id: "Tanyakan alasan mereka berhenti berbelanja",
      },
    ],
  },
  {
    key: "hibernating",
    kind: "rfm",
    concepts: { recency: 1, frequency: -1, purchases: -1 },
    score: (z) =>
      ok(
        hi(z("recency")) && !hi(z("frequency")) && !hi(z("purchases")),
        z("recency") + best(0, -z("frequency")),
      ),
    name: { en: "Hibernating-like", es: "Tipo hibernando", id: "Mirip tertidur" },
    description: {
      en: "Bought little, rarely, and long ago",
      es: "Compraron poco, pocas veces y hace mucho",
      id: "Berbelanja sedikit, jarang, dan sudah lama",
    },
    actions: [
      {
        en: "Try a low-cost reactivation offer",
        es: "Probar una oferta de reactivación de bajo costo",
        id: "Coba penawaran reaktivasi berbiaya rendah",
      },
      {
        en: "Keep contact costs low; clean the mailing list",
        es: "Mantener bajo el costo de contacto; depurar la lista",
        id: "Tekan biaya kontak; bersihkan daftar kontak",
      },
    ],
  },
  {
    key: "new-promising",
    kind: "rfm",
    concepts: { recency: -1, frequency: -1 },
    score: (z) => ok(lo(z("recency")) && !hi(z("frequency")), -z("recency")),
    name: { en: "New or promising", es: "Nuevos o prometedores", id: "Baru atau menjanjikan" },
    description: {
      en: "Bought recently but not often yet",
      es: "Compraron hace poco pero todavía no con frecuencia",
      id: "Baru saja berbelanja tetapi belum sering",
    },
    actions: [
      {
        en: "Welcome them and give a second-purchase incentive",
        es: "Darles la bienvenida y un incentivo a la segunda compra",
        id: "Sambut dan beri insentif untuk pembelian kedua",
      },
      {
        en: "Recommend products related to their first purchase",
        es: "Recomendar productos relacionados con su primera compra",
        id: "Rekomendasikan produk terkait pembelian pertama",
      },
    ],
  },
];

export const OUTLIERS = {
  name: { en: "Outliers", es: "Atípicos", id: "Pencilan" },
  description: {
    en: "Customers far from every dense group; look at them one by one",
    es: "Clientes lejos de todo grupo denso; conviene revisarlos uno por uno",
    id: "Pelanggan yang jauh dari semua kelompok padat; periksa satu per satu",
  },
  actions: [
    {
      en: "Review these customers individually",
      es: "Revisar a estos clientes uno por uno",
      id: "Tinjau pelanggan ini satu per satu",
    },
    {
      en: "Check their records for data errors",
      es: "Verificar sus datos en busca de errores",
      id: "Periksa data mereka dari kemungkinan kesalahan",
    },
  ],
} as const;

export const AVERAGE = {
  name: { en: "Average customers", es: "Clientes promedio", id: "Pelanggan rata-rata" },
  description: {
    en: "Close to the average on every feature",
    es: "Cerca del promedio en todas las variables",
    id: "Mendekati rata-rata pada semua variabel",
  },
  actions: [
    {
      en: "Keep the standard offer and service",
      es: "Mantener la oferta y el servicio estándar",
      id: "Pertahankan penawaran dan layanan standar",
    },
    {
      en: "Watch for moves into other segments",
      es: "Vigilar si pasan a otros segmentos",
      id: "Pantau perpindahan ke segmen lain",
    },
  ],
} as const;

export const DESCRIPTOR = {
  description: {
    en: "Differs most from the average in",
    es: "Se distingue del promedio por",
    id: "Paling berbeda dari rata-rata pada",
  },
  actions: [
    {
      en: "Review this segment's profile with the business team before targeting it",
      es: "Revisar el perfil de este segmento con el equipo de negocio antes de actuar",
      id: "Tinjau profil segmen ini bersama tim bisnis sebelum menargetkannya",
    },
    {
      en: "Test an offer on a small sample of the segment and measure the response",
      es: "Probar una oferta en una muestra pequeña del segmento y medir la respuesta",
      id: "Uji penawaran pada sampel kecil segmen ini dan ukur tanggapannya",
    },
  ],
} as const;
