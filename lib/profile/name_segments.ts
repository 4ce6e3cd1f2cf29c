/**
 * Name segments, describe them and recommend actions, from their profiles, in en/es/id.
 *
 * @module
 */
import type { Lang, SegmentProfile } from "../base/types.ts";
import { type Concept, type ConceptMap, detectConcepts } from "./detect_concepts.ts";
import { formatNumber } from "../base/format.ts";
import {
  type Action,
  type Archetype,
  ARCHETYPES,
  AVERAGE,
  type ConceptZ,
  DESCRIPTOR,
  OUTLIERS,
  type SegmentFacts,
} from "./_archetypes.ts";

/** Options for {@linkcode nameSegments}. */
export interface NameSegmentsOptions {
  /** Language of names, descriptions and actions. */
  lang: Lang;
  /** Explicit concepts of some columns, winning over the lexicon of {@linkcode detectConcepts}. @default {{}} */
  concepts?: ConceptMap;
  /**
   * Which archetypes to use: `"rfm"` for recency (days) / frequency / monetary features,
   * `"features"` for customer-level columns. @default {"rfm" when a column has the recency concept, else "features"}
   */
  kind?: "rfm" | "features";
}

/** A profile with its name, description and actions filled in, and the archetype they came from. */
export interface NamedSegmentProfile extends SegmentProfile {
  /**
   * Key of the archetype the name came from (`"revolvers"`, `"at-risk"`, `"champions"`, ...),
   * `"outliers"` for label -1, `"average"` when nothing stands out, or `"descriptor"` when the
   * name is made from the segment's own most distinctive columns.
   */
  readonly archetype: string;
}

/** |z| from which a feature is worth mentioning in a description or a descriptor name. */
const MENTION = 0.25;

function level(feature: string, z: number, lang: Lang, first: boolean): string {
  const up = z > 0;
  if (lang === "es") return `${feature} ${up ? "alto" : "bajo"}`;
  if (lang === "id") return `${feature} ${up ? "tinggi" : "rendah"}`;
  const word = up ? "high" : "low";
  return `${first ? word[0]!.toUpperCase() + word.slice(1) : word} ${feature}`;
}

/**
 * Overall mean of every feature, recovered from the profiles: each profile's mean is
 * `overall + std * z`, so a straight line through (z, mean) gives it exactly, whatever subset
 * of segments was passed. `NaN` where fewer than two distinct z-scores or the points disagree.
 */
function overallMeans(profiles: readonly SegmentProfile[]): Map<string, number> {
  const out = new Map<string, number>();
  const features = new Set(profiles.flatMap((p) => Object.keys(p.zScores)));
  for (const f of features) {
    const pts = profiles
      .map((p) => [p.zScores[f], p.means[f]] as const)
      .filter((pt): pt is readonly [number, number] => Number.isFinite(pt[0]) && Number.isFinite(pt[1]));
    const n = pts.length;
    const zm = pts.reduce((s, [z]) => s + z, 0) / n;
    const ym = pts.reduce((s, [, y]) => s + y, 0) / n;
    let szz = 0, szy = 0;
    for (const [z, y] of pts) [szz, szy] = [szz + (z - zm) ** 2, szy + (z - zm) * (y - ym)];
    if (n < 2 || !(szz > 1e-12)) {
      out.set(f, NaN);
      continue;
    }
    const std = szy / szz, mu = ym - std * zm;
    const fits = pts.every(([z, y]) =>
      Math.abs(mu + std * z - y) <= 1e-6 * (Math.abs(y) + Math.abs(std) + 1)
    );
    // z-scores grow with the mean, so the fitted std must be positive.
    out.set(f, fits && std > 0 ? mu : NaN);
  }
  return out;
}

function evidence(
  profile: SegmentProfile,
  lang: Lang,
  overall: ReadonlyMap<string, number>,
  first: readonly string[] = [],
  always: readonly string[] = [],
): string {
  const notable = profile.distinctive.filter((d) => Math.abs(d.z) >= MENTION);
  const cited = always
    .filter((f) => Number.isFinite(profile.zScores[f]) && !notable.some((d) => d.feature === f))
    .map((feature) => ({ feature, z: profile.zScores[feature]! }));
  const top = [
    ...notable.filter((d) => first.includes(d.feature)),
    ...cited,
    ...notable.filter((d) => !first.includes(d.feature)),
  ].slice(0, 3);
  const parts = top.map(({ feature, z }) => {
    const much = Math.abs(z) >= 1;
    const near = Math.abs(z) < MENTION;
    const mean = formatNumber(profile.means[feature]!, lang);
    const all = overall.get(feature) ?? NaN;
    const vs = Number.isFinite(all)
      ? {
        en: ` vs ${formatNumber(all, "en")} overall`,
        es: ` frente a ${formatNumber(all, "es")} en general`,
        id: ` dibanding ${formatNumber(all, "id")} secara keseluruhan`,
      }[lang]
      : "";
    if (near) {
      const words = { en: "close to average", es: "cerca del promedio", id: "mendekati rata-rata" }[lang];
      return `${feature} ${words} (${{ en: "mean", es: "media", id: "rerata" }[lang]} ${mean}${vs})`;
    }
    if (lang === "es") {
      return `${feature} ${much ? "muy " : ""}${
        z > 0 ? "por encima" : "por debajo"
      } del promedio (media ${mean}${vs})`;
    }
    if (lang === "id") {
      return `${feature} ${much ? "jauh " : ""}${
        z > 0 ? "di atas" : "di bawah"
      } rata-rata (rerata ${mean}${vs})`;
    }
    return `${feature} ${much ? "much " : ""}${z > 0 ? "higher" : "lower"} than average (mean ${mean}${vs})`;
  });
  if (parts.length < 2) return parts.join("");
  const and = { en: " and ", es: " y ", id: " dan " }[lang];
  return `${parts.slice(0, -1).join(", ")}${and}${parts.at(-1)}`;
}

function sentence(
  clause: string,
  profile: SegmentProfile,
  lang: Lang,
  overall: ReadonlyMap<string, number>,
  first: readonly string[] = [],
  always: readonly string[] = [],
): string {
  const e = evidence(profile, lang, overall, first, always);
  return e ? `${clause}: ${e}.` : `${clause}.`;
}

/** Words for "more" / "less" of the RFM concepts, where they read better than "higher recency". */
const CONTRAST: Readonly<Partial<Record<Concept, Readonly<Record<Lang, readonly [string, string]>>>>> = {
  recency: {
    en: ["less recent", "more recent"],
    es: ["menos recientes", "más recientes"],
    id: ["lebih lama tidak belanja", "belanja lebih baru"],
  },
  frequency: {
    en: ["more frequent", "less frequent"],
    es: ["más frecuentes", "menos frecuentes"],
    id: ["lebih sering", "lebih jarang"],
  },
  purchases: {
    en: ["higher spend", "lower spend"],
    es: ["mayor gasto", "menor gasto"],
    id: ["belanja lebih besar", "belanja lebih kecil"],
  },
};

/**
 * How `p` differs from `other`, largest gap first: "higher BALANCE" / "BALANCE más alto" /
 * "BALANCE lebih tinggi", or for RFM concepts "more recent" / "más recientes" / "belanja lebih baru".
 */
function contrasts(
  p: SegmentProfile,
  other: SegmentProfile,
  lang: Lang,
  concepts: Readonly<Record<string, Concept | null>>,
  rfm: boolean,
): string[] {
  return Object.entries(p.zScores)
    .map(([f, z]) => ({ f, d: z - (other.zScores[f] ?? NaN) }))
    .filter(({ d }) => Number.isFinite(d) && d !== 0)
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || (a.f < b.f ? -1 : 1))
    .map(({ f, d }) => {
      const words = rfm ? CONTRAST[concepts[f]!]?.[lang] : undefined;
      if (words) return words[d > 0 ? 0 : 1];
      if (lang === "es") return `${f} ${d > 0 ? "más alto" : "más bajo"}`;
      if (lang === "id") return `${f} lebih ${d > 0 ? "tinggi" : "rendah"}`;
      return `${d > 0 ? "higher" : "lower"} ${f}`;
    });
}

interface Draft {
  readonly profile: SegmentProfile;
  readonly archetype: string;
  readonly score: number;
  /** Names to try, preferred first. */
  readonly candidates: readonly string[];
  /** Notable columns the name does not speak about, to tell it from another segment of its archetype. */
  readonly qualifiers: readonly { readonly feature: string; readonly z: number }[];
  readonly description: string;
  readonly actions: readonly string[];
}

function conceptZ(profile: SegmentProfile, concepts: Readonly<Record<string, Concept | null>>): ConceptZ {
  const sums = new Map<Concept, { s: number; n: number }>();
  for (const [feature, z] of Object.entries(profile.zScores)) {
    const c = concepts[feature];
    if (!c || !Number.isFinite(z)) continue;
    const acc = sums.get(c) ?? { s: 0, n: 0 };
    sums.set(c, { s: acc.s + z, n: acc.n + 1 });
  }
  return (c) => {
    const acc = sums.get(c);
    return acc ? acc.s / acc.n : NaN;
  };
}

function draft(
  profile: SegmentProfile,
  archetypes: readonly Archetype[],
  concepts: Readonly<Record<string, Concept | null>>,
  lang: Lang,
  context: { readonly overall: ReadonlyMap<string, number>; readonly countColumn: string | null },
): Draft {
  const { overall, countColumn } = context;
  const present = new Set(Object.keys(profile.zScores).map((f) => concepts[f]));
  const texts = (actions: readonly Action[]) =>
    actions.filter((a) => a.when === undefined || present.has(a.when)).map((a) => a[lang]);
  if (profile.label === -1) {
    return {
      profile,
      archetype: "outliers",
      score: Infinity,
      candidates: [OUTLIERS.name[lang]],
      qualifiers: [],
      description: sentence(OUTLIERS.description[lang], profile, lang, overall),
      actions: texts(OUTLIERS.actions),
    };
  }
  const z = conceptZ(profile, concepts);
  const facts: SegmentFacts = { timesBought: countColumn ? profile.means[countColumn] ?? NaN : NaN };
  let chosen: Archetype | null = null, top = -Infinity;
  for (const a of archetypes) {
    const s = a.score(z, facts);
    if (s !== null && Number.isFinite(s) && s > top) [chosen, top] = [a, s];
  }
  const notable = profile.distinctive.filter((d) => Math.abs(d.z) >= MENTION);
  if (chosen) {
    const about = (feature: string) => {
      const c = concepts[feature];
      return c ? chosen.concepts[c] : undefined;
    };
    // Cite first the columns that support the name (a high delay for at-risk payers).
    const support = notable.filter((d) => about(d.feature) === Math.sign(d.z)).map((d) => d.feature);
    return {
      profile,
      archetype: chosen.key,
      score: top,
      candidates: [chosen.name[lang]],
      qualifiers: notable.filter((d) => about(d.feature) === undefined),
      description: sentence(
        chosen.description[lang],
        profile,
        lang,
        overall,
        support,
        Object.keys(profile.zScores).filter((f) => chosen.cite?.includes(concepts[f]!) ?? false),
      ),
      actions: texts(chosen.actions),
    };
  }
  if (notable.length === 0) {
    return {
      profile,
      archetype: "average",
      score: 0,
      candidates: [AVERAGE.name[lang]],
      qualifiers: [],
      description: `${AVERAGE.description[lang]}.`,
      actions: texts(AVERAGE.actions),
    };
  }
  const words = notable.map((d, i) => level(d.feature, d.z, lang, i === 0));
  const base = words.slice(0, 2).join(", ");
  return {
    profile,
    archetype: "descriptor",
    score: notable.slice(0, 2).reduce((s, d) => s + Math.abs(d.z), 0),
    candidates: [base, ...words.slice(2).map((w) => `${base}, ${w}`)],
    qualifiers: [],
    description: sentence(DESCRIPTOR.description[lang], profile, lang, overall),
    actions: texts(DESCRIPTOR.actions),
  };
}

/**
 * Give every segment a short name, a one-sentence description and 2-3 recommended actions in
 * the analyst's language, derived from its profile and never from a list kept per dataset.
 *
 * Column names are mapped to business concepts ({@linkcode detectConcepts}: balance, purchases,
 * frequency, recency, cash advance, credit limit, payments, full payment, tenure, income, price,
 * down payment, delay, active credits, age), so `BALANCE`, `saldo` and `utang` mean the same and
 * the column order does not matter. A concept's z-score is the mean z of its columns. Archetype
 * rules over those z-scores (high = z >= 0.4, low = z <= -0.4, above average = z >= 0.25) pick
 * the best-fitting name. Customer-level features: revolvers (a balance above average that is
 * carried, not spent: cash advances, little full payment, high minimum payments, or few
 * purchases), heavy users (high balance and high purchases), active big spenders, pay in full, premium (high income or price, neither low, not at
 * risk), at-risk payers (high delay, or many credits without an on-time record), on-time payers
 * with several credits, budget buyers (low price, no risk), stretched borrowers (low down payment on a high price or low income),
 * disciplined payers, frequent small buyers, low-balance accounts, low-limit accounts, dormant (little activity and no
 * balance above average), new (short tenure), new and not yet active. RFM: best customers, loyal
 * regulars, occasional big spenders, valuable but slipping, lapsed repeat buyers, lapsed
 * occasional buyers, lost one-time buyers, newcomers, promising recent buyers, cooling off; where
 * the frequency column counts purchases, its mean per segment tells one-time buyers (under 1.5)
 * from repeat buyers (2 or more) whatever the other segments look like.
 *
 * A segment no archetype fits is named from its two most distinctive columns ("High PURCHASES,
 * low TENURE" / "PURCHASES alto, TENURE bajo" / "PURCHASES tinggi, TENURE rendah"); label -1 is
 * "Outliers" / "Atípicos" / "Pencilan". Names are unique within a call: where two segments fit
 * the same archetype, the better fit keeps the plain name and the other gets its next
 * distinctive column that segment does not share, in brackets ("Revolvers (low TENURE)"), else
 * the column that sets it most apart from the segment with the plain name ("Lost one-time buyers
 * (more recent)", "Revolvers (higher PAYMENTS)"), and a number only if every column is the same. The fit decides first, ties by size and then by the
 * profile's numbers, so the names do not depend on the order of the profiles or their labels.
 *
 * The description ends with the up to three features that most set the segment apart (those that
 * support the name first), each with the segment's mean and the overall mean, in the language's
 * number format. The overall mean is recovered from the profiles themselves (every profile's mean
 * is `overall + std * z`) and left out where they cannot give it (a single profile).
 *
 * @param profiles Profiles from {@linkcode profileSegments} (not changed).
 * @param options Language, explicit concepts, and the kind of features.
 * @returns New profiles, in the same order, with `name`, `description`, `actions` and `archetype`.
 *
 * @example A revolver segment in Spanish
 * ```ts
 * import { nameSegments } from "./name_segments.ts";
 * import assert from "node:assert/strict";
 * const base = { name: "", description: "", actions: [], size: 10, share: 0.5, medians: {} };
 * const [a, b] = nameSegments([
 *   { ...base, label: 0, means: { BALANCE: 5000, PRC_FULL_PAYMENT: 0.02 }, zScores: { BALANCE: 1.2, PRC_FULL_PAYMENT: -0.8 },
 *     distinctive: [{ feature: "BALANCE", z: 1.2 }, { feature: "PRC_FULL_PAYMENT", z: -0.8 }] },
 *   { ...base, label: 1, means: { BALANCE: 300, PRC_FULL_PAYMENT: 0.5 }, zScores: { BALANCE: -1.2, PRC_FULL_PAYMENT: 0.8 },
 *     distinctive: [{ feature: "BALANCE", z: -1.2 }, { feature: "PRC_FULL_PAYMENT", z: 0.8 }] },
 * ], { lang: "es" });
 * assert.equal(a.name, "Usuarios de crédito rotativo");
 * assert.equal(b.name, "Pagan el total");
 * assert.match(a.description, /BALANCE muy por encima del promedio \(media 5000 frente a 2650 en general\)/);
 * ```
 */
export function nameSegments(
  profiles: readonly SegmentProfile[],
  options: NameSegmentsOptions,
): NamedSegmentProfile[] {
  const { lang, concepts: explicit = {} } = options;
  const features = [...new Set(profiles.flatMap((p) => Object.keys(p.zScores)))];
  const concepts = detectConcepts(features, { concepts: explicit });
  const kind = options.kind ?? (Object.values(concepts).includes("recency") ? "rfm" : "features");
  const archetypes = ARCHETYPES.filter((a) => a.kind === kind);
  const overall = overallMeans(profiles);
  // Purchases per customer, where the frequency column is a count: RFM only, every segment >= 1.
  const frequency = features.filter((f) => concepts[f] === "frequency");
  const countColumn = kind === "rfm" && frequency.length === 1 &&
      profiles.every((p) => (p.means[frequency[0]!] ?? NaN) >= 1 - 1e-9)
    ? frequency[0]!
    : null;
  const drafts = profiles.map((p) => draft(p, archetypes, concepts, lang, { overall, countColumn }));

  // The better fit chooses first; ties by size, then by the profile's numbers, then by label,
  // so the names never depend on the input order nor, short of identical profiles, on the labels.
  const key = (d: Draft) =>
    JSON.stringify(Object.entries(d.profile.zScores).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0));
  const order = [...drafts.keys()].sort((i, j) => {
    const [a, b] = [drafts[i]!, drafts[j]!];
    const [ka, kb] = [key(a), key(b)];
    return b.score - a.score || b.profile.size - a.profile.size || (ka < kb ? -1 : ka > kb ? 1 : 0) ||
      a.profile.label - b.profile.label;
  });
  const used = new Map<string, Draft>();
  const names = new Array<string>(drafts.length);
  for (const i of order) {
    const d = drafts[i]!;
    let name = d.candidates.find((c) => !used.has(c));
    // Same archetype as a segment already named: a notable column that segment does not share
    // ("Revolvers (low TENURE)"), else what differs most from it ("Newcomers (more recent)").
    const holder = used.get(d.candidates[0]!);
    if (name === undefined && holder) {
      const shared = (q: { feature: string; z: number }) => {
        const h = holder.profile.zScores[q.feature] ?? NaN;
        return Math.abs(h) >= MENTION && Math.sign(h) === Math.sign(q.z);
      };
      const own = d.qualifiers.filter((q) => !shared(q)).map((q) => level(q.feature, q.z, lang, false));
      const cs = contrasts(d.profile, holder.profile, lang, concepts, kind === "rfm");
      const pairs = cs.flatMap((c, i) => cs.slice(i + 1).map((e) => `${c}, ${e}`));
      name = [...own, ...cs, ...pairs].map((c) => `${d.candidates[0]} (${c})`).find((c) => !used.has(c));
    }
    for (let n = 2; name === undefined; n++) {
      if (!used.has(`${d.candidates[0]} ${n}`)) name = `${d.candidates[0]} ${n}`;
    }
    used.set(name, d);
    names[i] = name;
  }
  return drafts.map((d, i) => ({
    ...d.profile,
    name: names[i]!,
    description: d.description,
    actions: d.actions,
    archetype: d.archetype,
  }));
}
