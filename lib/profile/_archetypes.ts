/**
 * Private: the archetypes segment names come from, as data. Each one reads the concept
 * z-scores of a segment (mean z of the columns with that concept; `NaN` where no column has it)
 * and returns a score (higher = better fit) or `null` when it does not apply.
 *
 * @module
 */
import type { Translations } from "../base/i18n.ts";
import type { Concept } from "./detect_concepts.ts";

/** z-score of a concept for one segment; `NaN` when no column carries it. */
export type ConceptZ = (concept: Concept) => number;

/** Facts about a segment beyond its z-scores, in the data's own units. */
export interface SegmentFacts {
  /**
   * Mean number of purchases per customer, where the frequency column is a count (RFM kind, every
   * segment's mean at least 1); `NaN` otherwise. It tells one-time buyers (about 1) from repeat
   * buyers whatever the spread of the other segments.
   */
  readonly timesBought: number;
}

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
  /** Concepts the description always cites, even near the average, because the name rests on them. */
  readonly cite?: readonly Concept[];
  readonly score: (z: ConceptZ, facts: SegmentFacts) => number | null;
  readonly name: Translations;
  /** A clause, completed by the features that set the segment apart. */
  readonly description: Translations;
  /** Recommended actions, most important first; one with `when` only where a column has that concept. */
  readonly actions: readonly Action[];
}

/** A recommended action, in every language. */
export type Action = Translations & { readonly when?: Concept };

/** |z| from which a concept counts as high or low. */
export const T = 0.4;
/** |z| from which a concept counts as above or below average (worth mentioning). */
export const M = 0.25;

const hi = (v: number) => v >= T;
const lo = (v: number) => v <= -T;
/** Above average; false when the concept is absent. */
const above = (v: number) => v >= M;
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
      // Many credits paid on time are not a risk sign: a below-average delay rules it out.
      return ok(hi(s) && !(z("delay") <= -M), s + 0.5 * best(0, z("delay") + z("activeCredits") - s));
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
      // An above-average balance on an account that buys little is carried, not spent: a
      // revolver even when the balance alone is only moderately high (skewed money columns
      // keep z-scores small).
      const idle = best(-z("purchases"), -z("frequency"));
      const carried = hi(z("balance")) || (above(z("balance")) && hi(idle));
      // Who also buys a lot is a heavy user, not a revolver.
      return ok(carried && hi(support) && !hi(z("purchases")), z("balance") + support);
    },
    name: { en: "Revolvers", es: "Usuarios de crédito rotativo", id: "Nasabah revolving" },
    description: {
      en: "Carry a high balance from month to month instead of paying it off",
      es: "Arrastran un saldo alto mes a mes en lugar de pagarlo",
      id: "Membiarkan tagihan besar terbawa dari bulan ke bulan alih-alih melunasinya",
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
        when: "cashAdvance",
        en: "Steer cash-advance use towards card purchases",
        es: "Orientar el uso de avances de efectivo hacia compras con tarjeta",
        id: "Arahkan penggunaan tarik tunai ke belanja dengan kartu",
      },
    ],
  },
  {
    key: "heavy-users",
    kind: "features",
    concepts: { balance: 1, purchases: 1, creditLimit: 1 },
    score: (z) => ok(hi(z("balance")) && hi(z("purchases")), z("balance") + z("purchases")),
    name: { en: "Heavy users", es: "Usuarios intensivos", id: "Pengguna intensif" },
    description: {
      en: "Buy a lot and carry a large balance",
      es: "Compran mucho y mantienen un saldo alto",
      id: "Banyak berbelanja dan membawa saldo besar",
    },
    actions: [
      {
        en: "Offer a premium upgrade with rewards on their spending",
        es: "Ofrecer una tarjeta premium con premios por su gasto",
        id: "Tawarkan peningkatan ke kartu premium dengan hadiah atas belanja mereka",
      },
      {
        en: "Offer instalments on large purchases to keep the balance manageable",
        es: "Ofrecer cuotas para compras grandes y mantener el saldo manejable",
        id: "Tawarkan cicilan untuk belanja besar agar saldo tetap terkendali",
      },
      {
        en: "Watch how much of the limit they use",
        es: "Vigilar qué parte del límite utilizan",
        id: "Pantau seberapa besar limit yang terpakai",
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
      // Several credits paid on time are no risk sign (as for at-risk payers).
      const risky = hi(z("delay")) || (hi(z("activeCredits")) && !(z("delay") <= -M));
      return ok(
        hi(s) && consistent && !risky,
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
    name: { en: "Stretched borrowers", es: "Compradores al límite", id: "Nasabah dengan cicilan berat" },
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
    key: "budget",
    kind: "features",
    concepts: { price: -1 },
    score: (z) => ok(lo(z("price")) && !hi(z("delay")) && !hi(z("activeCredits")), -z("price")),
    name: { en: "Budget buyers", es: "Clientes de ticket bajo", id: "Nasabah segmen ekonomis" },
    description: {
      en: "Finance cheaper purchases than most, without payment problems",
      es: "Financian compras más baratas que la mayoría, sin problemas de pago",
      id: "Membiayai pembelian yang lebih murah dari kebanyakan nasabah, tanpa masalah pembayaran",
    },
    actions: [
      {
        en: "Offer an upgrade when their current financing nears its end",
        es: "Ofrecer un cambio a un modelo superior cuando su financiamiento esté por terminar",
        id: "Tawarkan peningkatan ke produk lebih tinggi menjelang akhir pembiayaan",
      },
      {
        en: "Cross-sell affordable insurance and service packages",
        es: "Venta cruzada de seguros y paquetes de servicio accesibles",
        id: "Tawarkan asuransi dan paket servis yang terjangkau",
      },
    ],
  },
  {
    key: "disciplined",
    kind: "features",
    concepts: { delay: -1, activeCredits: -1 },
    score: (z) => {
      const credits = z("activeCredits");
      return ok(lo(z("delay")) && !hi(credits), -z("delay") + best(0, -credits));
    },
    name: { en: "Disciplined payers", es: "Pagadores cumplidos", id: "Nasabah disiplin" },
    description: {
      en: "Pay on time and run no more credits than most",
      es: "Pagan a tiempo y no tienen más créditos que la mayoría",
      id: "Membayar tepat waktu dan jumlah kreditnya tidak lebih banyak dari kebanyakan nasabah",
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
    key: "on-time-multi",
    kind: "features",
    concepts: { delay: -1, activeCredits: 1 },
    score: (z) => ok(lo(z("delay")) && hi(z("activeCredits")), -z("delay") + z("activeCredits")),
    name: {
      en: "On-time payers with several credits",
      es: "Cumplidos con varios créditos",
      id: "Nasabah lancar dengan banyak kredit",
    },
    description: {
      en: "Pay on time while running more credits than most",
      es: "Pagan a tiempo aunque tienen más créditos que la mayoría",
      id: "Membayar tepat waktu meski memiliki lebih banyak kredit dibanding kebanyakan nasabah",
    },
    actions: [
      {
        en: "Reward punctual payment with a loyalty benefit",
        es: "Premiar la puntualidad con un beneficio de lealtad",
        id: "Beri penghargaan atas pembayaran yang lancar lewat program loyalitas",
      },
      {
        en: "Offer to consolidate their credits into one instalment",
        es: "Ofrecer consolidar sus créditos en una sola cuota",
        id: "Tawarkan penggabungan kredit menjadi satu angsuran",
      },
      {
        en: "Check their total debt before offering more credit",
        es: "Revisar su deuda total antes de ofrecer más crédito",
        id: "Periksa total utang sebelum menawarkan kredit tambahan",
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
      return ok(lo(z("balance")) && support >= M && !hi(z("purchases")), -z("balance") + support);
    },
    name: { en: "Low-balance accounts", es: "Cuentas de saldo bajo", id: "Akun bersaldo rendah" },
    description: {
      en: "Owe little and move little money through the account",
      es: "Deben poco y mueven poco dinero en la cuenta",
      id: "Utangnya kecil dan perputaran uang di rekeningnya pun sedikit",
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
    key: "low-limit",
    kind: "features",
    concepts: { creditLimit: -1 },
    score: (z) =>
      ok(
        lo(z("creditLimit")) && !hi(z("purchases")) && !hi(z("balance")) && !hi(z("frequency")),
        -z("creditLimit"),
      ),
    name: { en: "Low-limit accounts", es: "Cuentas de límite bajo", id: "Nasabah berlimit rendah" },
    description: {
      en: "Hold lower credit limits than most and use them moderately",
      es: "Tienen límites de crédito más bajos que la mayoría y los usan con moderación",
      id: "Memiliki limit kredit lebih rendah dari kebanyakan nasabah dan memakainya secukupnya",
    },
    actions: [
      {
        en: "Review limits for those who pay on time",
        es: "Revisar el límite de quienes pagan a tiempo",
        id: "Tinjau kenaikan limit bagi yang membayar tepat waktu",
      },
      {
        en: "Encourage everyday use with small rewards",
        es: "Fomentar el uso cotidiano con pequeños premios",
        id: "Dorong pemakaian sehari-hari lewat hadiah kecil",
      },
    ],
  },
  {
    key: "dormant",
    kind: "features",
    concepts: { frequency: -1, purchases: -1, balance: -1 },
    score: (z) => {
      const idle = best(-z("frequency"), -z("purchases"));
      // Dormant means little activity overall: an above-average balance, cash advances or
      // payments show an account in use (a revolver carries debt and does not buy).
      const busy = above(z("balance")) || hi(z("cashAdvance")) || hi(z("payments"));
      return ok(hi(idle) && !busy, idle + best(0, -z("balance")));
    },
    name: { en: "Dormant customers", es: "Clientes inactivos", id: "Pelanggan pasif" },
    description: {
      en: "Barely use the product; the account is mostly idle",
      es: "Casi no usan el producto; la cuenta está prácticamente parada",
      id: "Hampir tidak memakai produk; akunnya nyaris tidak bergerak",
    },
    actions: [
      {
        en: "Run a reactivation campaign with a time-limited incentive",
        es: "Lanzar una campaña de reactivación con un incentivo por tiempo limitado",
        id: "Jalankan kampanye reaktivasi dengan insentif berbatas waktu",
      },
      {
        en: "Ask what keeps them from using it, and lower contact costs for those who do not answer",
        es: "Preguntar qué les frena y reducir el costo de contacto con quienes no respondan",
        id:
          "Tanyakan apa yang membuat mereka enggan memakainya, dan tekan biaya kontak bagi yang tidak merespons",
      },
    ],
  },
  {
    key: "new",
    kind: "features",
    concepts: { tenure: -1 },
    score: (z) => {
      // A short history with a high balance or cash advances is first a credit-use story (revolvers).
      const busy = hi(z("balance")) || hi(z("cashAdvance"));
      return ok(lo(z("tenure")) && !hi(z("frequency")) && !hi(z("purchases")) && !busy, -z("tenure"));
    },
    name: { en: "New customers", es: "Clientes nuevos", id: "Pelanggan baru" },
    description: {
      en: "Joined recently, so their history is still short",
      es: "Llegaron hace poco, así que su historial aún es corto",
      id: "Baru bergabung, sehingga riwayatnya masih pendek",
    },
    actions: [
      {
        en: "Welcome them with an onboarding series on the product's benefits",
        es: "Darles la bienvenida con una serie de mensajes sobre los beneficios del producto",
        id: "Sambut dengan rangkaian pesan pengenalan manfaat produk (onboarding)",
      },
      {
        en: "Review their terms after the first months of use",
        es: "Revisar sus condiciones tras los primeros meses de uso",
        id: "Tinjau kembali syarat dan limit mereka setelah beberapa bulan pertama",
      },
    ],
  },
  {
    key: "new-inactive",
    kind: "features",
    concepts: { tenure: -1, frequency: -1, purchases: -1 },
    score: (z) => {
      const idle = best(-z("frequency"), -z("purchases"));
      return ok(lo(z("tenure")) && hi(idle) && !above(z("balance")), -z("tenure") + idle);
    },
    name: {
      en: "New, not yet active",
      es: "Nuevos que aún no arrancan",
      id: "Pelanggan baru yang belum aktif",
    },
    description: {
      en: "Joined recently and have barely used the product so far",
      es: "Llegaron hace poco y casi no han usado el producto",
      id: "Baru bergabung dan belum banyak memakai produk",
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
  // ---- RFM (recency in days: low = bought recently). The bands of recency (recent, lapsed,
  // in between) exclude one another, so each segment fits at most one of these.
  {
    key: "champions",
    kind: "rfm",
    concepts: { recency: -1, frequency: 1, purchases: 1 },
    score: (z) =>
      ok(
        lo(z("recency")) && hi(z("frequency")) && hi(z("purchases")),
        -z("recency") + z("frequency") + z("purchases"),
      ),
    name: { en: "Best customers", es: "Mejores clientes", id: "Pelanggan terbaik" },
    description: {
      en: "Bought recently, buy often and spend the most",
      es: "Compraron hace poco, compran seguido y son los que más gastan",
      id: "Baru saja berbelanja, sering berbelanja dan paling banyak membelanjakan uang",
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
    score: (z) =>
      ok(
        (hi(z("frequency")) || (lo(z("recency")) && above(z("frequency")))) && !hi(z("recency")) &&
          !(lo(z("recency")) && hi(z("frequency")) && hi(z("purchases"))),
        z("frequency") + best(0, -z("recency")),
      ),
    name: { en: "Loyal regulars", es: "Clientes habituales", id: "Pelanggan langganan" },
    description: {
      en: "Come back often and are still buying",
      es: "Vuelven con frecuencia y siguen comprando",
      id: "Sering kembali berbelanja dan masih aktif",
    },
    actions: [
      {
        en: "Enrol them in a loyalty programme",
        es: "Inscribirlos en un programa de fidelización",
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
    key: "big-spenders",
    kind: "rfm",
    concepts: { purchases: 1, frequency: -1 },
    score: (z) =>
      ok(
        hi(z("purchases")) && !hi(z("frequency")) && !hi(z("recency")),
        z("purchases") + best(0, -z("recency")),
      ),
    name: {
      en: "Occasional big spenders",
      es: "Compradores ocasionales de alto gasto",
      id: "Pembelanja besar sesekali",
    },
    description: {
      en: "Spend a lot but do not buy often",
      es: "Gastan mucho pero compran pocas veces",
      id: "Berbelanja dalam jumlah besar tetapi jarang",
    },
    actions: [
      {
        en: "Offer premium products and bundles close to what they bought",
        es: "Ofrecer productos premium y paquetes afines a lo que compraron",
        id: "Tawarkan produk premium dan paket yang mirip dengan pembelian mereka",
      },
      {
        en: "Give a reason to come back sooner, such as a membership perk",
        es: "Darles un motivo para volver antes, como un beneficio de membresía",
        id: "Beri alasan untuk kembali lebih cepat, misalnya keuntungan keanggotaan",
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
    name: {
      en: "Valuable but slipping",
      es: "Valiosos que se alejan",
      id: "Pelanggan bernilai yang menjauh",
    },
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
    key: "lost-one-time",
    kind: "rfm",
    concepts: { recency: 1, frequency: -1 },
    cite: ["frequency"],
    // One purchase and longer ago than most is enough: a one-time buyer seldom comes back.
    score: (z, f) =>
      ok(
        above(z("recency")) && !hi(best(z("frequency"), z("purchases"))) && oneTime(f),
        z("recency") + best(0, -z("frequency")),
      ),
    name: {
      en: "Lost one-time buyers",
      es: "Compraron una vez y no volvieron",
      id: "Sekali belanja, tak kembali",
    },
    description: {
      en: "Bought once, long ago, and never came back",
      es: "Compraron una sola vez, hace tiempo, y no volvieron",
      id: "Hanya sekali berbelanja, sudah lama, dan tidak kembali lagi",
    },
    actions: [
      {
        en: "Send one low-cost win-back message, then stop spending on contact",
        es: "Enviar un único mensaje de recuperación de bajo costo y luego dejar de invertir en contactarlos",
        id: "Kirim satu pesan ajakan kembali yang murah, lalu hentikan biaya kontak",
      },
      {
        en: "Find out what put them off after the first order (product, price, delivery)",
        es: "Averiguar qué los desanimó tras la primera compra (producto, precio, entrega)",
        id: "Cari tahu apa yang membuat mereka kecewa setelah pesanan pertama (produk, harga, pengiriman)",
      },
    ],
  },
  {
    key: "at-risk",
    kind: "rfm",
    concepts: { recency: 1 },
    cite: ["frequency"],
    score: (z, f) => ok(lapsedLowValue(z) && repeat(z, f), z("recency")),
    name: {
      en: "Lapsed repeat buyers",
      es: "Recurrentes que dejaron de comprar",
      id: "Pelanggan berulang yang berhenti belanja",
    },
    description: {
      en: "Bought several times, then stopped coming back",
      es: "Compraron varias veces y luego dejaron de volver",
      id: "Pernah berbelanja beberapa kali, lalu berhenti datang",
    },
    actions: [
      {
        en: "Send a win-back offer built on what they used to buy",
        es: "Enviar una oferta de recuperación basada en lo que solían comprar",
        id: "Kirim penawaran ajakan kembali berdasarkan barang yang biasa mereka beli",
      },
      {
        en: "Ask why they stopped with a short survey",
        es: "Preguntar con una encuesta breve por qué dejaron de comprar",
        id: "Tanyakan alasan mereka berhenti lewat survei singkat",
      },
    ],
  },
  {
    key: "hibernating",
    kind: "rfm",
    concepts: { recency: 1, frequency: -1, purchases: -1 },
    score: (z, f) =>
      ok(lapsedLowValue(z) && !oneTime(f) && !repeat(z, f), z("recency") + best(0, -z("frequency"))),
    name: {
      en: "Lapsed occasional buyers",
      es: "Compradores ocasionales inactivos",
      id: "Pembeli sesekali yang menghilang",
    },
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
    key: "new",
    kind: "rfm",
    concepts: { recency: -1, frequency: -1 },
    score: (z, f) =>
      ok(
        recentLowValue(z) && (oneTime(f) || (Number.isNaN(f.timesBought) && lo(z("frequency")))),
        -z("recency"),
      ),
    name: { en: "Newcomers", es: "Recién llegados", id: "Pendatang baru" },
    description: {
      en: "Made their first purchase recently",
      es: "Hicieron su primera compra hace poco",
      id: "Baru saja melakukan pembelian pertama",
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
  {
    key: "promising",
    kind: "rfm",
    concepts: { recency: -1 },
    cite: ["frequency"],
    score: (z, f) =>
      ok(
        recentLowValue(z) && !oneTime(f) && !(Number.isNaN(f.timesBought) && lo(z("frequency"))),
        -z("recency"),
      ),
    name: {
      en: "Promising recent buyers",
      es: "Compradores recientes con potencial",
      id: "Pembeli aktif yang menjanjikan",
    },
    description: {
      en: "Bought recently and more than once, but not often yet",
      es: "Compraron hace poco y más de una vez, pero todavía no con frecuencia",
      id: "Baru saja berbelanja dan lebih dari sekali, tetapi belum sering",
    },
    actions: [
      {
        en: "Invite them to a loyalty programme while the habit is forming",
        es: "Invitarlos a un programa de fidelización mientras se forma el hábito",
        id: "Ajak bergabung ke program loyalitas selagi kebiasaan belanja terbentuk",
      },
      {
        en: "Recommend products related to what they bought",
        es: "Recomendar productos relacionados con lo que compraron",
        id: "Rekomendasikan produk terkait pembelian mereka",
      },
    ],
  },
  {
    key: "cooling",
    kind: "rfm",
    concepts: { recency: 1 },
    score: (z, f) =>
      ok(
        above(z("recency")) && !hi(z("recency")) && !hi(z("frequency")) && !hi(z("purchases")) && !oneTime(f),
        z("recency"),
      ),
    name: { en: "Cooling off", es: "Se están enfriando", id: "Mulai jarang belanja" },
    description: {
      en: "Have gone longer than most without buying and may be drifting away",
      es: "Llevan más tiempo que la mayoría sin comprar y podrían estar alejándose",
      id: "Sudah lebih lama dari kebanyakan pelanggan tidak berbelanja dan mungkin mulai menjauh",
    },
    actions: [
      {
        en: "Send a timely reminder with a limited-time offer",
        es: "Enviar un recordatorio oportuno con una oferta por tiempo limitado",
        id: "Kirim pengingat tepat waktu dengan penawaran berbatas waktu",
      },
      {
        en: "Recommend products based on their past purchases",
        es: "Recomendar productos según sus compras anteriores",
        id: "Rekomendasikan produk berdasarkan pembelian sebelumnya",
      },
    ],
  },
];

/** About one purchase per customer on average (a count-like frequency only). */
function oneTime(f: SegmentFacts): boolean {
  return f.timesBought < 1.5;
}
/** Bought at least twice on average, or (frequency not a count) not below average. */
function repeat(z: ConceptZ, f: SegmentFacts): boolean {
  return Number.isNaN(f.timesBought) ? !lo(z("frequency")) : f.timesBought >= 2;
}
/** Lapsed (high recency) without high frequency or spend. */
function lapsedLowValue(z: ConceptZ): boolean {
  return hi(z("recency")) && !hi(best(z("frequency"), z("purchases")));
}
/** Recent (low recency) without above-average frequency or high spend. */
function recentLowValue(z: ConceptZ): boolean {
  return lo(z("recency")) && !above(z("frequency")) && !hi(z("purchases"));
}

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
