/**
 * Name segments, describe them and recommend actions, from their profiles, in en/es/id.
 *
 * @module
 */
import type { Lang, SegmentProfile } from "../types.ts";
import type { Translations } from "../i18n.ts";
import { type Concept, type ConceptMap, detectConcepts } from "./detect_concepts.ts";
import { formatNumber } from "./_format.ts";
import { type Archetype, ARCHETYPES, AVERAGE, type ConceptZ, DESCRIPTOR, OUTLIERS } from "./_archetypes.ts";

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

function evidence(profile: SegmentProfile, lang: Lang, first: readonly string[] = []): string {
  const notable = profile.distinctive.filter((d) => Math.abs(d.z) >= MENTION);
  const top = [
    ...notable.filter((d) => first.includes(d.feature)),
    ...notable.filter((d) => !first.includes(d.feature)),
  ].slice(0, 3);
  const parts = top.map(({ feature, z }) => {
    const much = Math.abs(z) >= 1;
    const mean = formatNumber(profile.means[feature]!, lang);
    if (lang === "es") {
      return `${feature} ${much ? "muy " : ""}${
        z > 0 ? "por encima" : "por debajo"
      } del promedio (media ${mean})`;
    }
    if (lang === "id") {
      return `${feature} ${much ? "jauh " : ""}${z > 0 ? "di atas" : "di bawah"} rata-rata (rerata ${mean})`;
    }
    return `${feature} ${much ? "much " : ""}${z > 0 ? "higher" : "lower"} than average (mean ${mean})`;
  });
  if (parts.length < 2) return parts.join("");
  const and = { en: " and ", es: " y ", id: " dan " }[lang];
  return `${parts.slice(0, -1).join(", ")}${and}${parts.at(-1)}`;
}

function sentence(
  clause: string,
  profile: SegmentProfile,
  lang: Lang,
  first: readonly string[] = [],
): string {
  const e = evidence(profile, lang, first);
  return e ? `${clause}: ${e}.` : `${clause}.`;
}

interface Draft {
  readonly profile: SegmentProfile;
  readonly archetype: string;
  readonly score: number;
  /** Names to try, preferred first. */
  readonly candidates: readonly string[];
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
): Draft {
  const texts = (actions: readonly Translations[]) => actions.map((a) => a[lang]);
  if (profile.label === -1) {
    return {
      profile,
      archetype: "outliers",
      score: Infinity,
      candidates: [OUTLIERS.name[lang]],
      description: sentence(OUTLIERS.description[lang], profile, lang),
      actions: texts(OUTLIERS.actions),
    };
  }
  const z = conceptZ(profile, concepts);
  let chosen: Archetype | null = null, top = -Infinity;
  for (const a of archetypes) {
    const s = a.score(z);
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
    const qualifiers = notable
      .filter((d) => about(d.feature) === undefined)
      .map((d) => `${chosen.name[lang]} (${level(d.feature, d.z, lang, false)})`);
    return {
      profile,
      archetype: chosen.key,
      score: top,
      candidates: [chosen.name[lang], ...qualifiers],
      description: sentence(chosen.description[lang], profile, lang, support),
      actions: texts(chosen.actions),
    };
  }
  if (notable.length === 0) {
    return {
      profile,
      archetype: "average",
      score: 0,
      candidates: [AVERAGE.name[lang]],
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
    description: sentence(DESCRIPTOR.description[lang], profile, lang),
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
 * rules over those z-scores (high = z >= 0.4, low = z <= -0.4) pick the best-fitting name:
 * revolvers (high balance with cash advances, little full payment or high minimum payments),
 * active big spenders, pay in full, premium (high income or price, neither low, not at risk),
 * at-risk payers (high delay or many active credits), stretched borrowers (low down payment on a
 * high price or low income), disciplined payers (low delay, few credits), frequent small buyers,
 * low-balance accounts, dormant or new; for RFM: champions-like, loyal-like, valuable but slipping,
 * hibernating-like, new or promising. A segment no archetype fits is named from its two most
 * distinctive columns ("High PURCHASES, low TENURE" / "PURCHASES alto, TENURE bajo" /
 * "PURCHASES tinggi, TENURE rendah"); label -1 is "Outliers" / "Atípicos" / "Pencilan".
 * Names are unique within a call: where two segments fit the same archetype, the better fit keeps
 * the plain name and the other gets its next distinctive column in brackets, or a number.
 * The description ends with the up to three features that most set the segment apart, with
 * the segment's mean in the language's number format.
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
 * assert.match(a.description, /BALANCE muy por encima del promedio \(media 5000\)/);
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
  const drafts = profiles.map((p) => draft(p, archetypes, concepts, lang));

  // The better fit chooses first; ties by label, so the result never depends on input order.
  const order = [...drafts.keys()].sort((i, j) =>
    drafts[j]!.score - drafts[i]!.score || drafts[i]!.profile.label - drafts[j]!.profile.label
  );
  const used = new Set<string>();
  const names = new Array<string>(drafts.length);
  for (const i of order) {
    const d = drafts[i]!;
    let name = d.candidates.find((c) => !used.has(c));
    for (let n = 2; name === undefined; n++) {
      if (!used.has(`${d.candidates[0]} ${n}`)) name = `${d.candidates[0]} ${n}`;
    }
    used.add(name);
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
