/**
 * A widely published 11-segment RFM rule set, kept to show what {@linkcode checkRuleSet} finds.
 *
 * @module
 */
import type { RfmRuleSet } from "./check_rule_set.ts";

const t = (en: string, es: string, id: string) => ({ en, es, id });

/**
 * The 11-segment R/F/M table popularised by Putler's RFM guide and reproduced in many
 * tutorials, as it is commonly quoted (score ranges per axis, listed in this order):
 *
 * | segment | R | F | M |
 * |---|---|---|---|
 * | Champions | 4-5 | 4-5 | 4-5 |
 * | Loyal Customers | 2-5 | 3-5 | 3-5 |
 * | Potential Loyalist | 3-5 | 1-3 | 1-3 |
 * | Recent Customers | 4-5 | 1 | 1 |
 * | Promising | 3-4 | 1 | 1 |
 * | Customers Needing Attention | 2-3 | 2-3 | 2-3 |
 * | About To Sleep | 2-3 | 1-2 | 1-2 |
 * | At Risk | 1-2 | 2-5 | 2-5 |
 * | Can't Lose Them | 1 | 4-5 | 4-5 |
 * | Hibernating | 1-2 | 1-2 | 1-2 |
 * | Lost | 1-2 | 1-2 | 1-2 |
 *
 * It is **not** a partition: its ranges overlap (every Champion is also Loyal), leave many of
 * the 125 cells to no segment (implementations file them under "Others"), and with
 * first-match-wins four segments can never be reached (Recent Customers and Promising fall
 * inside Potential Loyalist, Can't Lose Them inside At Risk, Lost is Hibernating again).
 * `segmentRfm` refuses it unless asked with `{ strict: false }`. Use it to compare, not as a
 * default.
 *
 * @example The check finds its problems
 * ```ts
 * import { checkRuleSet, RFM_11_SEGMENTS } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const check = checkRuleSet(RFM_11_SEGMENTS);
 * assert.equal(check.ok, false);
 * assert.ok(check.unreachable.includes("lost"));
 * ```
 */
export const RFM_11_SEGMENTS: RfmRuleSet = {
  name: "Published 11-segment RFM table",
  axes: "RFM",
  source: "Putler's RFM segment table as reproduced in many RFM tutorials",
  segments: [
    {
      key: "champions",
      cells: [{ r: [4, 5], f: [4, 5], m: [4, 5] }],
      names: t("Champions", "Campeones", "Juara"),
      descriptions: t(
        "Bought recently, buy often and spend the most.",
        "Compraron hace poco, compran a menudo y gastan más que nadie.",
        "Baru belanja, sering belanja, dan belanjanya paling besar.",
      ),
      actions: [t("Reward them", "Prémialos", "Beri mereka hadiah")],
    },
    {
      key: "loyal",
      cells: [{ r: [2, 3, 4, 5], f: [3, 4, 5], m: [3, 4, 5] }],
      names: t("Loyal Customers", "Clientes leales", "Pelanggan Setia"),
      descriptions: t(
        "Spend good money and buy often.",
        "Gastan bastante y compran a menudo.",
        "Belanja cukup besar dan sering.",
      ),
      actions: [
        t(
          "Upsell higher-value products",
          "Ofréceles productos de mayor valor",
          "Tawarkan produk bernilai lebih tinggi",
        ),
      ],
    },
    {
      key: "potential_loyalist",
      cells: [{ r: [3, 4, 5], f: [1, 2, 3], m: [1, 2, 3] }],
      names: t("Potential Loyalist", "Potencialmente leales", "Calon Pelanggan Setia"),
      descriptions: t(
        "Recent customers with average frequency and spend.",
        "Clientes recientes con frecuencia y gasto medios.",
        "Pelanggan baru-baru ini dengan frekuensi dan belanja sedang.",
      ),
      actions: [
        t("Offer a loyalty programme", "Ofréceles un programa de fidelización", "Tawarkan program loyalitas"),
      ],
    },
    {
      key: "recent",
      cells: [{ r: [4, 5], f: [1], m: [1] }],
      names: t("Recent Customers", "Clientes recientes", "Pelanggan Terbaru"),
      descriptions: t(
        "Bought most recently, but not often.",
        "Compraron hace muy poco, pero no a menudo.",
        "Paling baru belanja, tetapi belum sering.",
      ),
      actions: [
        t("Help them get started", "Acompáñalos en sus primeros pasos", "Bantu mereka di langkah awal"),
      ],
    },
    {
      key: "promising",
      cells: [{ r: [3, 4], f: [1], m: [1] }],
      names: t("Promising", "Prometedores", "Menjanjikan"),
      descriptions: t(
        "Recent shoppers who have not spent much.",
        "Compradores recientes que aún han gastado poco.",
        "Pembeli baru-baru ini yang belanjanya masih sedikit.",
      ),
      actions: [t("Build brand awareness", "Dales a conocer la marca", "Bangun kesadaran merek")],
    },
    {
      key: "need_attention",
      cells: [{ r: [2, 3], f: [2, 3], m: [2, 3] }],
      names: t("Customers Needing Attention", "Requieren atención", "Perlu Perhatian"),
      descriptions: t(
        "Above-average recency, frequency and spend, but slipping.",
        "Recencia, frecuencia y gasto aceptables, pero en descenso.",
        "Kebaruan, frekuensi, dan belanja cukup baik, tetapi mulai menurun.",
      ),
      actions: [
        t(
          "Make a limited-time offer",
          "Lanza una oferta por tiempo limitado",
          "Beri penawaran berbatas waktu",
        ),
      ],
    },
    {
      key: "about_to_sleep",
      cells: [{ r: [2, 3], f: [1, 2], m: [1, 2] }],
      names: t("About To Sleep", "A punto de dormirse", "Mulai Pasif"),
      descriptions: t(
        "Below-average recency, frequency and spend.",
        "Recencia, frecuencia y gasto por debajo de la media.",
        "Kebaruan, frekuensi, dan belanja di bawah rata-rata.",
      ),
      actions: [t("Share popular products", "Muéstrales productos populares", "Bagikan produk populer")],
    },
    {
      key: "at_risk",
      cells: [{ r: [1, 2], f: [2, 3, 4, 5], m: [2, 3, 4, 5] }],
      names: t("At Risk", "En riesgo", "Berisiko"),
      descriptions: t(
        "Spent big and bought often, but long ago.",
        "Gastaron mucho y compraban a menudo, pero hace tiempo.",
        "Dulu belanja besar dan sering, tetapi sudah lama.",
      ),
      actions: [
        t(
          "Send personal emails to reconnect",
          "Escríbeles para retomar el contacto",
          "Kirim email personal untuk menyapa lagi",
        ),
      ],
    },
    {
      key: "cant_lose",
      cells: [{ r: [1], f: [4, 5], m: [4, 5] }],
      names: t("Can't Lose Them", "No se pueden perder", "Jangan Sampai Hilang"),
      descriptions: t(
        "Made the biggest and most frequent purchases, but long ago.",
        "Hicieron las compras más grandes y frecuentes, pero hace mucho.",
        "Dulu paling sering dan paling besar belanjanya, tetapi sudah lama.",
      ),
      actions: [
        t(
          "Win them back with new products",
          "Reconquístalos con novedades",
          "Menangkan kembali dengan produk baru",
        ),
      ],
    },
    {
      key: "hibernating",
      cells: [{ r: [1, 2], f: [1, 2], m: [1, 2] }],
      names: t("Hibernating", "En hibernación", "Hibernasi"),
      descriptions: t(
        "Last purchase long ago, few orders, low spend.",
        "Última compra lejana, pocos pedidos y gasto bajo.",
        "Pembelian terakhir sudah lama, sedikit pesanan, belanja rendah.",
      ),
      actions: [
        t("Offer relevant products", "Ofréceles productos relevantes", "Tawarkan produk yang relevan"),
      ],
    },
    {
      key: "lost",
      cells: [{ r: [1, 2], f: [1, 2], m: [1, 2] }],
      names: t("Lost", "Perdidos", "Hilang"),
      descriptions: t(
        "Lowest recency, frequency and spend.",
        "La recencia, frecuencia y gasto más bajos.",
        "Kebaruan, frekuensi, dan belanja paling rendah.",
      ),
      actions: [
        t(
          "Revive interest with outreach, else ignore",
          "Intenta despertar su interés; si no, déjalos",
          "Coba bangkitkan minat; jika tidak, abaikan",
        ),
      ],
    },
  ],
};
