/**
 * The default credit-risk rule set for {@linkcode ruleSegments}.
 *
 * @module
 */
import type { Lang } from "../base/types.ts";
import type { Translations } from "../base/i18n.ts";
import type { SegmentRule, SegmentRules } from "./rule_segments.ts";
import { formatNumber } from "../base/format.ts";

/** Options for {@linkcode riskRules}. */
export interface RiskRulesOptions {
  /** Column with the (average) payment delay. */
  delayColumn: string;
  /** Column with the number of active (running) credits. */
  creditsColumn: string;
  /** Column with income; without it there is no premium segment. */
  incomeColumn?: string;
  /** Delay from which a customer is at risk, in the delay column's units (months in the team's data). @default {2} */
  delayThreshold?: number;
  /** Active credits from which a customer is at risk. @default {2} */
  creditsThreshold?: number;
  /** Delay up to which a customer counts as disciplined. @default {delayThreshold / 2} */
  disciplinedDelay?: number;
  /** Unit of the delay column, for the descriptions; `"none"` when it is not known. @default {"months"} */
  delayUnit?: "months" | "days" | "none";
  /** Income quantile from which a customer not at risk is premium. @default {0.75} */
  incomeQuantile?: number;
}

const t = (en: string, es: string, id: string): Translations => ({ en, es, id });

function filled(make: (lang: Lang) => string): Translations {
  return { en: make("en"), es: make("es"), id: make("id") };
}

const UNITS = {
  months: { en: " months", es: " meses", id: " bulan" },
  days: { en: " days", es: " días", id: " hari" },
  none: { en: "", es: "", id: "" },
} as const;

/**
 * Build the credit-risk rules the financing team uses, with the thresholds as parameters and
 * written into the descriptions. In order (first match wins):
 * 1. `at-risk`: delay >= `delayThreshold` or active credits >= `creditsThreshold`;
 * 2. `premium` (only with `incomeColumn`): income at or above its `incomeQuantile` quantile on the
 *    table being segmented (the top quartile by default), and not at risk;
 * 3. `disciplined`: delay <= `disciplinedDelay` and fewer than `creditsThreshold` active credits;
 * 4. `regular`: everyone else (the catch-all).
 *
 * Names, descriptions and actions come in every language (numbers written as each one reads
 * them); `ruleSegments(table, rules, { lang })` picks one. This is financing, so the Indonesian
 * names speak of *nasabah* (a bank's or lender's customers), not *pelanggan* (shoppers).
 *
 * @param options The columns and thresholds.
 * @returns Rules for {@linkcode ruleSegments}.
 * @throws {RangeError} If a threshold is not a finite number, `disciplinedDelay` is not below
 *   `delayThreshold`, or `incomeQuantile` is not strictly between 0 and 1.
 *
 * @example Risk segments of four customers
 * ```ts
 * import pl from "nodejs-polars";
 * import { riskRules } from "./risk_rules.ts";
 * import { ruleSegments } from "./rule_segments.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ delay: [0, 3, 1.5, 0], credits: [0, 1, 1, 1], income: [5, 4, 6, 9] });
 * const rules = riskRules({ delayColumn: "delay", creditsColumn: "credits", incomeColumn: "income" });
 * const result = ruleSegments(table, rules, { lang: "id" });
 * assert.deepEqual(result.segments.map((s) => s.key), ["at-risk", "premium", "disciplined", "regular"]);
 * assert.deepEqual([...result.labels], [2, 0, 3, 1]);
 * assert.equal(result.thresholds.incomeThreshold, 6.75);
 * assert.match(result.segments[0].description, /2 bulan atau lebih/);
 * ```
 */
export function riskRules(options: RiskRulesOptions): SegmentRules {
  const {
    delayColumn,
    creditsColumn,
    incomeColumn,
    delayThreshold = 2,
    creditsThreshold = 2,
    incomeQuantile = 0.75,
    delayUnit = "months",
  } = options;
  const U = UNITS[delayUnit];
  const { disciplinedDelay = delayThreshold / 2 } = options;
  for (
    const [name, v] of [["delayThreshold", delayThreshold], ["creditsThreshold", creditsThreshold], [
      "disciplinedDelay",
      disciplinedDelay,
    ]] as const
  ) {
    if (!Number.isFinite(v)) {
      throw new RangeError(`Cannot build risk rules: ${name} "${v}" is not a finite number; give a number`);
    }
  }
  if (!(disciplinedDelay < delayThreshold)) {
    throw new RangeError(
      `Cannot build risk rules: disciplinedDelay "${disciplinedDelay}" is not below delayThreshold "${delayThreshold}"; make it smaller`,
    );
  }
  if (!(incomeQuantile > 0 && incomeQuantile < 1)) {
    throw new RangeError(
      `Cannot build risk rules: incomeQuantile "${incomeQuantile}" is not between 0 and 1; give for instance 0.75 for the top quartile`,
    );
  }
  const d = (lang: Lang) => formatNumber(delayThreshold, lang);
  const c = (lang: Lang) => formatNumber(creditsThreshold, lang);
  const dd = (lang: Lang) => formatNumber(disciplinedDelay, lang);
  const top = (lang: Lang) => formatNumber(Math.round((1 - incomeQuantile) * 1000) / 10, lang);

  const atRisk: SegmentRule = {
    key: "at-risk",
    names: t("At-risk customers", "Clientes en riesgo", "Nasabah berisiko"),
    descriptions: filled((l) =>
      ({
        en: `Average payment delay of ${d(l)}${U.en} or more, or ${
          c(l)
        } or more active credits: repayment is under strain.`,
        es: `Atraso promedio de ${d(l)}${U.es} o más, o ${c(l)} o más créditos activos: les cuesta pagar.`,
        id: `Rata-rata keterlambatan ${d(l)}${U.id} atau lebih, atau ${
          c(l)
        } kredit aktif atau lebih: pembayaran mulai tertekan.`,
      })[l]
    ),
    actions: [
      t(
        "Offer restructuring or a payment plan",
        "Ofrecer reestructuración o un plan de pagos",
        "Tawarkan restrukturisasi atau rencana pembayaran",
      ),
      t("Provide financial education", "Dar educación financiera", "Berikan edukasi keuangan"),
      t(
        "Offer no new credit products for now",
        "No ofrecer nuevos productos de crédito por ahora",
        "Jangan tawarkan produk kredit baru untuk sementara",
      ),
    ],
    when: {
      any: [{ column: delayColumn, op: ">=", value: delayThreshold }, {
        column: creditsColumn,
        op: ">=",
        value: creditsThreshold,
      }],
    },
  };
  const premium: SegmentRule | null = incomeColumn === undefined ? null : {
    key: "premium",
    names: t("Premium customers", "Clientes premium", "Nasabah premium"),
    descriptions: filled((l) =>
      ({
        en: `Income of {incomeThreshold} or more (top ${top(l)}%) and not at risk.`,
        es: `Ingreso de {incomeThreshold} o más (el ${top(l)}% más alto) y sin riesgo.`,
        id: `Pendapatan {incomeThreshold} atau lebih (${top(l)}% teratas) dan tidak berisiko.`,
      })[l]
    ),
    actions: [
      t(
        "Make exclusive premium offers",
        "Hacer ofertas premium exclusivas",
        "Berikan penawaran premium eksklusif",
      ),
      t(
        "Cross-sell insurance and service packages",
        "Venta cruzada de seguros y paquetes de servicio",
        "Tawarkan asuransi dan paket servis (cross-selling)",
      ),
    ],
    when: { column: incomeColumn, op: ">=", quantile: incomeQuantile, name: "incomeThreshold" },
  };
  const disciplined: SegmentRule = {
    key: "disciplined",
    names: t("Disciplined customers", "Clientes cumplidos", "Nasabah disiplin"),
    descriptions: filled((l) =>
      ({
        en: `Average payment delay of at most ${dd(l)}${U.en} and fewer than ${c(l)} active credits.`,
        es: `Atraso promedio de ${dd(l)}${U.es} como máximo y menos de ${c(l)} créditos activos.`,
        id: `Rata-rata keterlambatan paling lama ${dd(l)}${U.id} dan kurang dari ${c(l)} kredit aktif.`,
      })[l]
    ),
    actions: [
      t(
        "Invite them to a loyalty programme",
        "Invitarlos a un programa de lealtad",
        "Ajak ikut program loyalitas",
      ),
      t(
        "Offer a top-up credit with a light rate",
        "Ofrecer un crédito adicional con tasa preferente",
        "Tawarkan kredit tambahan (top-up) dengan bunga ringan",
      ),
    ],
    when: {
      all: [{ column: delayColumn, op: "<=", value: disciplinedDelay }, {
        column: creditsColumn,
        op: "<",
        value: creditsThreshold,
      }],
    },
  };
  const regular: SegmentRule = {
    key: "regular",
    names: t("Regular customers", "Clientes regulares", "Nasabah reguler"),
    descriptions: filled((l) =>
      ({
        en: `Not at risk, but with some payment delay (over ${dd(l)} and under ${d(l)}${U.en}).`,
        es: `Sin riesgo, pero con algo de atraso (más de ${dd(l)} y menos de ${d(l)}${U.es}).`,
        id: `Tidak berisiko, tetapi ada sedikit keterlambatan (lebih dari ${dd(l)} dan kurang dari ${
          d(l)
        }${U.id}).`,
      })[l]
    ),
    actions: [
      t(
        "Send payment reminders before the due date",
        "Enviar recordatorios antes del vencimiento",
        "Kirim pengingat sebelum jatuh tempo",
      ),
      t(
        "Offer light credit promotions to those who pay on time",
        "Ofrecer promociones de crédito ligeras a quienes pagan a tiempo",
        "Tawarkan promo kredit ringan bagi yang membayar tepat waktu",
      ),
    ],
    when: null,
  };
  return premium ? [atRisk, premium, disciplined, regular] : [atRisk, disciplined, regular];
}
