/**
 * The default named RFM segments: the 10-segment R-by-F grid.
 *
 * @module
 */
import type { RfmRuleSet } from "./check_rule_set.ts";

/**
 * The 10-segment R-by-F grid, segmenta's default rule set. It names every cell of the 5 × 5
 * grid of recency score (5 = bought most recently) by frequency score (5 = buys most often)
 * exactly once; M is not used. In order:
 *
 * | segment | R | F |
 * |---|---|---|
 * | `hibernating` Hibernating | 1-2 | 1-2 |
 * | `at_risk` At Risk | 1-2 | 3-4 |
 * | `cant_lose` Can't Lose Them | 1-2 | 5 |
 * | `about_to_sleep` About to Sleep | 3 | 1-2 |
 * | `need_attention` Need Attention | 3 | 3 |
 * | `loyal` Loyal Customers | 3-4 | 4-5 |
 * | `promising` Promising | 4 | 1 |
 * | `new` New Customers | 5 | 1 |
 * | `potential_loyalist` Potential Loyalists | 4-5 | 2-3 |
 * | `champions` Champions | 5 | 4-5 |
 *
 * Names, one-line descriptions and one to three actions are given in English, Spanish and
 * Indonesian. The grid is the one widely used in RFM tutorials (a regular-expression map over
 * the two score digits).
 *
 * @example Every cell once
 * ```ts
 * import { checkRuleSet, RF_GRID_SEGMENTS } from "./mod.ts";
 * import assert from "node:assert/strict";
 * assert.equal(RF_GRID_SEGMENTS.segments.length, 10);
 * assert.equal(checkRuleSet(RF_GRID_SEGMENTS).ok, true);
 * assert.equal(RF_GRID_SEGMENTS.segments.at(-1)?.names.es, "Campeones");
 * ```
 */
export const RF_GRID_SEGMENTS: RfmRuleSet = {
  name: "RF grid (10 segments)",
  axes: "RF",
  source: "The 10-segment recency-by-frequency grid common in RFM tutorials",
  segments: [
    {
      key: "hibernating",
      cells: [{ r: [1, 2], f: [1, 2] }],
      names: { en: "Hibernating", es: "En hibernación", id: "Hibernasi" },
      descriptions: {
        en: "Bought only once or twice, and a long time ago.",
        es: "Compraron una o dos veces, y hace ya mucho tiempo.",
        id: "Hanya belanja sekali atau dua kali, dan sudah lama sekali.",
      },
      actions: [
        {
          en: "Try to win them back with a time-limited offer on best-sellers",
          es: "Intenta recuperarlos con una oferta por tiempo limitado en los productos más vendidos",
          id: "Coba ajak kembali dengan penawaran terbatas untuk produk terlaris",
        },
        {
          en: "Keep in touch cheaply (newsletter); do not spend much on them",
          es: "Mantén el contacto con canales baratos, como el boletín; no inviertas mucho en ellos",
          id: "Tetap sapa lewat kanal murah seperti newsletter; jangan habiskan banyak anggaran",
        },
      ],
    },
    {
      key: "at_risk",
      cells: [{ r: [1, 2], f: [3, 4] }],
      names: { en: "At Risk", es: "En riesgo", id: "Berisiko" },
      descriptions: {
        en: "Used to buy fairly often, but have not come back for a long time.",
        es: "Compraban con cierta frecuencia, pero hace mucho que no vuelven.",
        id: "Dulu cukup sering belanja, tetapi sudah lama tidak kembali.",
      },
      actions: [
        {
          en: "Send personal emails to reconnect before they are gone",
          es: "Escríbeles correos personalizados para retomar el contacto antes de perderlos",
          id: "Kirim email personal untuk menyapa lagi sebelum mereka benar-benar pergi",
        },
        {
          en: "Offer a comeback incentive on what they used to buy",
          es: "Ofréceles un incentivo para volver en lo que solían comprar",
          id: "Beri insentif untuk kembali pada produk yang biasa mereka beli",
        },
      ],
    },
    {
      key: "cant_lose",
      cells: [{ r: [1, 2], f: [5] }],
      names: { en: "Can't Lose Them", es: "No se pueden perder", id: "Jangan Sampai Hilang" },
      descriptions: {
        en: "Were among your most frequent buyers, yet have gone quiet for a long time.",
        es: "Estaban entre tus compradores más frecuentes, pero llevan mucho tiempo sin comprar.",
        id: "Dulu termasuk pembeli paling rutin, tetapi sudah lama tidak ada kabar.",
      },
      actions: [
        {
          en: "Win them back with new products or an exclusive offer",
          es: "Reconquístalos con novedades o una oferta exclusiva",
          id: "Menangkan kembali dengan produk baru atau penawaran eksklusif",
        },
        {
          en: "Call them or send a short survey to learn why they stopped",
          es: "Llámalos o envíales una encuesta breve para saber por qué dejaron de comprar",
          id: "Telepon atau kirim survei singkat untuk tahu mengapa mereka berhenti",
        },
        {
          en: "Do not let a competitor take them: make this a priority",
          es: "Que no se los lleve la competencia: dales prioridad",
          id: "Jangan sampai direbut pesaing: jadikan prioritas",
        },
      ],
    },
    {
      key: "about_to_sleep",
      cells: [{ r: [3], f: [1, 2] }],
      names: { en: "About to Sleep", es: "A punto de dormirse", id: "Mulai Pasif" },
      descriptions: {
        en: "Bought little, and their last purchase is starting to feel distant.",
        es: "Compran poco y su última compra empieza a quedar lejos.",
        id: "Jarang belanja, dan pembelian terakhirnya mulai terasa lama.",
      },
      actions: [
        {
          en: "Share popular products and useful content to revive interest",
          es: "Muéstrales productos populares y contenido útil para despertar su interés",
          id: "Bagikan produk populer dan konten bermanfaat agar minat mereka bangkit lagi",
        },
        {
          en: "Offer a modest discount before they drift away",
          es: "Ofréceles un descuento moderado antes de que se alejen",
          id: "Tawarkan diskon kecil sebelum mereka menjauh",
        },
      ],
    },
    {
      key: "need_attention",
      cells: [{ r: [3], f: [3] }],
      names: { en: "Need Attention", es: "Requieren atención", id: "Perlu Perhatian" },
      descriptions: {
        en: "Middle of the road on recency and frequency; could go either way.",
        es: "Están en un punto medio de recencia y frecuencia; pueden ir a más o a menos.",
        id: "Di posisi tengah untuk kebaruan dan frekuensi; bisa naik atau turun.",
      },
      actions: [
        {
          en: "Make a limited-time offer to prompt the next purchase",
          es: "Lanza una oferta por tiempo limitado que los anime a volver a comprar",
          id: "Beri penawaran berbatas waktu untuk memicu pembelian berikutnya",
        },
        {
          en: "Recommend products based on their purchase history",
          es: "Recomiéndales productos según su historial de compras",
          id: "Rekomendasikan produk sesuai riwayat belanja mereka",
        },
      ],
    },
    {
      key: "loyal",
      cells: [{ r: [3, 4], f: [4, 5] }],
      names: { en: "Loyal Customers", es: "Clientes leales", id: "Pelanggan Setia" },
      descriptions: {
        en: "Buy often and have bought fairly recently.",
        es: "Compran a menudo y han comprado hace relativamente poco.",
        id: "Sering belanja dan belum lama ini berbelanja.",
      },
      actions: [
        {
          en: "Offer higher-value products and bundles",
          es: "Ofréceles productos de mayor valor y paquetes",
          id: "Tawarkan produk bernilai lebih tinggi dan paket bundel",
        },
        {
          en: "Ask for reviews and referrals",
          es: "Pídeles reseñas y que te recomienden",
          id: "Minta ulasan dan rekomendasi ke teman",
        },
        {
          en: "Keep them engaged with a loyalty programme",
          es: "Mantén su compromiso con un programa de fidelización",
          id: "Jaga keterlibatan mereka lewat program loyalitas",
        },
      ],
    },
    {
      key: "promising",
      cells: [{ r: [4], f: [1] }],
      names: { en: "Promising", es: "Prometedores", id: "Menjanjikan" },
      descriptions: {
        en: "Bought fairly recently, but only once so far.",
        es: "Compraron hace relativamente poco, pero de momento solo una vez.",
        id: "Belum lama berbelanja, tetapi sejauh ini baru sekali.",
      },
      actions: [
        {
          en: "Give a small incentive for a second purchase",
          es: "Dales un pequeño incentivo para una segunda compra",
          id: "Beri insentif kecil untuk pembelian kedua",
        },
        {
          en: "Build awareness of the rest of the range",
          es: "Dales a conocer el resto del catálogo",
          id: "Kenalkan produk-produk lain yang Anda jual",
        },
      ],
    },
    {
      key: "new",
      cells: [{ r: [5], f: [1] }],
      names: { en: "New Customers", es: "Clientes nuevos", id: "Pelanggan Baru" },
      descriptions: {
        en: "Made their first purchase very recently.",
        es: "Hicieron su primera compra hace muy poco.",
        id: "Baru saja melakukan pembelian pertama.",
      },
      actions: [
        {
          en: "Welcome them and help them get started",
          es: "Dales la bienvenida y acompáñalos en sus primeros pasos",
          id: "Sambut mereka dan bantu di langkah awal",
        },
        {
          en: "Build the relationship early with useful content",
          es: "Construye la relación desde el principio con contenido útil",
          id: "Bangun hubungan sejak awal dengan konten yang bermanfaat",
        },
      ],
    },
    {
      key: "potential_loyalist",
      cells: [{ r: [4, 5], f: [2, 3] }],
      names: { en: "Potential Loyalists", es: "Potencialmente leales", id: "Calon Pelanggan Setia" },
      descriptions: {
        en: "Recent customers who have already come back more than once.",
        es: "Clientes recientes que ya han repetido alguna vez.",
        id: "Pelanggan baru-baru ini yang sudah kembali belanja lebih dari sekali.",
      },
      actions: [
        {
          en: "Invite them to a membership or loyalty programme",
          es: "Invítalos a un club o programa de fidelización",
          id: "Ajak bergabung dengan keanggotaan atau program loyalitas",
        },
        {
          en: "Recommend related products",
          es: "Recomiéndales productos relacionados",
          id: "Rekomendasikan produk terkait",
        },
      ],
    },
    {
      key: "champions",
      cells: [{ r: [5], f: [4, 5] }],
      names: { en: "Champions", es: "Campeones", id: "Juara" },
      descriptions: {
        en: "Bought very recently and buy most often: your best customers.",
        es: "Compraron hace muy poco y son los que más a menudo compran: tus mejores clientes.",
        id: "Baru saja belanja dan paling sering belanja: pelanggan terbaik Anda.",
      },
      actions: [
        {
          en: "Reward them and show appreciation",
          es: "Prémialos y hazles sentir que los valoras",
          id: "Beri hadiah dan tunjukkan penghargaan",
        },
        {
          en: "Let them try new products first",
          es: "Dales acceso anticipado a las novedades",
          id: "Beri kesempatan mencoba produk baru lebih dulu",
        },
        {
          en: "Turn them into ambassadors with a referral programme",
          es: "Conviértelos en embajadores con un programa de referidos",
          id: "Jadikan mereka duta merek lewat program referral",
        },
      ],
    },
  ],
};
