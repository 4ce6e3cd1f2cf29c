/**
 * Name segments, describe them and recommend actions, from their profiles, as facts: an
 * archetype key, the columns a name or description cites and the keys of the actions. The
 * words, in every language, are the text layer's (`segmentNameText` and friends in lib/text).
 *
 * @module
 */
import type { SegmentProfile } from "../base/types.ts";
import { type Concept, type ConceptMap, detectConcepts } from "./detect_concepts.ts";
import { failedClaims, type NameClaim } from "./name_claims.ts";
import {
  type Action,
  type Archetype,
  ARCHETYPES,
  AVERAGE_ACTIONS,
  CONCEPT_ACTIONS,
  type ConceptZ,
  DESCRIPTOR_ACTIONS,
  GRID_BANDS,
  OUTLIER_ACTIONS,
  type SegmentFacts,
} from "./_archetypes.ts";

/** Options for {@linkcode nameSegments}. */
export interface NameSegmentsOptions {
  /** Explicit concepts of some columns, winning over the lexicon of {@linkcode detectConcepts}. @default {{}} */
  concepts?: ConceptMap;
  /**
   * Which archetypes to use: `"rfm"` for recency (days) / frequency / monetary features,
   * `"features"` for customer-level columns. @default {"rfm" when a column has the recency concept, else "features"}
   */
  kind?: "rfm" | "features";
  /**
   * RFM: customers per named RFM grid segment key in each segment (segment label → grid key →
   * count), e.g. from a cross-tab of the k-means labels and `segmentRfm`'s keys. With it, a
   * name's band (recent or lapsed buyers) must cover at least half of the segment's customers, the
   * name says when a tenth or more are of the other band, and actions that give up on customers are
   * dropped where recent buyers are inside. @default {none}
   */
  gridCounts?: Readonly<Record<number, Readonly<Record<string, number>>>>;
}

/** Share of a segment in the other band of grid segments from which the name and actions say so. */
export const GRID_MIX_SHARE = 0.1;

/** What a segment holds of the named RFM grid segments, for names and actions consistent with them. */
export interface GridFacts {
  /** Customers per grid segment key, largest first (ties by key). */
  readonly counts: readonly { readonly key: string; readonly count: number }[];
  /**
   * The other band present in at least {@linkcode GRID_MIX_SHARE} of the segment: `"active"`
   * (recent buyers inside a segment named for lapsed ones) or `"lapsed"` (the reverse); else `null`.
   */
  readonly mix: "active" | "lapsed" | null;
  /** The grid keys of that other band inside the segment, largest first (empty without a mix). */
  readonly mixKeys: readonly string[];
  /** Customers of that other band inside the segment. */
  readonly mixCount: number;
}

/**
 * A column or a concept and the side of the average a name puts it on: "high BALANCE" is
 * `{ feature: "BALANCE", concept: null, high: true }`; "high spend" is
 * `{ feature: "PURCHASES", concept: "purchases", high: true }` (said by its concept in words).
 */
export interface NameLevel {
  /** The column (a feature of the profiles) the name cites; for a concept, its most distinctive column. */
  readonly feature: string;
  /**
   * The business concept the name says in words (its z-score is the mean over the concept's
   * columns), or `null` for a column without a known concept, said by its own name.
   */
  readonly concept?: Concept | null;
  /** `true`: the segment is above the average on it (z-score > 0); `false`: below. */
  readonly high: boolean;
}

/** How a segment differs from the one holding the plain name of its archetype ("higher PAYMENTS"). */
export interface NameContrast {
  /** The column the segments differ on most, as the name cites it. */
  readonly feature: string;
  /** Its z-score is above that segment's. */
  readonly higher: boolean;
  /** For RFM names, the concept said in plain words ("more recent") instead of the column; else `null`. */
  readonly concept: "recency" | "frequency" | "purchases" | null;
}

/** What follows a name to tell it from another segment's. */
export type NameQualifier =
  /** A notable column the other segment does not share: "Revolvers (low TENURE)". */
  | { readonly by: "level"; readonly level: NameLevel }
  /** One or two columns that differ most from the other segment: "Newcomers (more recent)". */
  | { readonly by: "contrast"; readonly contrasts: readonly NameContrast[] }
  /** A number, when every column is the same: "Revolvers 2". */
  | { readonly by: "number"; readonly n: number };

/** A feature a description cites, with the numbers it says. */
export interface CitedFeature {
  /** The column cited (a feature of the profiles). */
  readonly feature: string;
  /** The segment's z-score on it. */
  readonly z: number;
  /**
   * Where the segment stands: `"near"` the average (|z| < 0.25), `"above"` / `"below"` it, or
   * `"much-above"` / `"much-below"` (|z| >= 1).
   */
  readonly level: "near" | "above" | "much-above" | "below" | "much-below";
  /** The segment's mean, in the data's units (`NaN` if the profile has none). */
  readonly mean: number;
  /** The overall mean, `NaN` where the profiles cannot give it (a single profile). */
  readonly overall: number;
}

/** A segment's name, description and actions as facts, for the text layer to word. */
export interface SegmentNaming {
  /** Which archetypes named it, `"features"` or `"rfm"`. */
  readonly kind: "features" | "rfm";
  /** For a name made from the segment's own columns (`"descriptor"`): those columns, else empty. */
  readonly levels: readonly NameLevel[];
  /** What tells the name apart from another segment's, or `null` for the plain name. */
  readonly qualifier: NameQualifier | null;
  /** Up to three features the description cites, the ones that support the name first. */
  readonly cited: readonly CitedFeature[];
  /** Keys of the recommended actions, most important first. */
  readonly actions: readonly string[];
  /**
   * What the name claims about the profile (its archetype's claims; a descriptor's levels), all
   * of which hold on this segment's means; empty for a name that claims nothing.
   */
  readonly claims: readonly NameClaim[];
  /** The segment's RFM grid composition and mix, where grid counts were given; else `null`. */
  readonly grid: GridFacts | null;
}

/**
 * A profile with the facts of its name, description and actions, and the archetype they came
 * from. Its `name`, `description` and `actions` are left as given: the text layer fills them
 * (`namedSegmentTexts(profiles, lang)` in lib/text).
 */
export interface NamedSegmentProfile extends SegmentProfile {
  /**
   * Key of the archetype the name came from (`"revolvers"`, `"at-risk"`, `"champions"`, ...),
   * `"outliers"` for label -1, `"average"` when nothing stands out, or `"descriptor"` when the
   * name is made from the segment's own most distinctive columns.
   */
  readonly archetype: string;
  /** The facts the words are made from. */
  readonly naming: SegmentNaming;
}

/** |z| from which a feature is worth mentioning in a description or a descriptor name. */
const MENTION = 0.25;
/** Concepts RFM names say in plain words when two segments must be told apart. */
const PLAIN_CONCEPTS: readonly Concept[] = ["recency", "frequency", "purchases"];

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

/** Where a segment stands on a feature, in the words a description uses. */
function standing(z: number): CitedFeature["level"] {
  if (Math.abs(z) < MENTION) return "near";
  const much = Math.abs(z) >= 1;
  return z > 0 ? (much ? "much-above" : "above") : (much ? "much-below" : "below");
}

/**
 * The up to three features a description cites: notable ones (|z| >= 0.25), those in `first`
 * first, then those in `always` even when near the average, then the other notable ones.
 */
function citedFeatures(
  profile: SegmentProfile,
  overall: ReadonlyMap<string, number>,
  first: readonly string[] = [],
  always: readonly string[] = [],
): CitedFeature[] {
  const notable = profile.distinctive.filter((d) => Math.abs(d.z) >= MENTION);
  const cited = always
    .filter((f) => Number.isFinite(profile.zScores[f]) && !notable.some((d) => d.feature === f))
    .map((feature) => ({ feature, z: profile.zScores[feature]! }));
  const top = [
    ...notable.filter((d) => first.includes(d.feature)),
    ...cited,
    ...notable.filter((d) => !first.includes(d.feature)),
  ].slice(0, 3);
  return top.map(({ feature, z }) => ({
    feature,
    z,
    level: standing(z),
    mean: profile.means[feature] ?? NaN,
    overall: overall.get(feature) ?? NaN,
  }));
}

/**
 * How `p` differs from `other`, largest gap first; for RFM names, a column with a plain-word
 * concept is said by its concept ("more recent").
 */
function contrasts(
  p: SegmentProfile,
  other: SegmentProfile,
  concepts: Readonly<Record<string, Concept | null>>,
  rfm: boolean,
): NameContrast[] {
  return Object.entries(p.zScores)
    .map(([f, z]) => ({ f, d: z - (other.zScores[f] ?? NaN) }))
    .filter(({ d }) => Number.isFinite(d) && d !== 0)
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || (a.f < b.f ? -1 : 1))
    .map(({ f, d }) => {
      const c = concepts[f];
      const plain = rfm && c !== null && c !== undefined && PLAIN_CONCEPTS.includes(c);
      return { feature: f, higher: d > 0, concept: plain ? c as NameContrast["concept"] : null };
    });
}

/** A name before it is known to be unique: the levels of a descriptor name (none for an archetype's). */
interface NameChoice {
  readonly levels: readonly NameLevel[];
  readonly qualifier: NameQualifier | null;
}

interface Draft {
  readonly profile: SegmentProfile;
  readonly archetype: string;
  readonly score: number;
  /** Names to try, preferred first (the levels of each; one empty list for an archetype's name). */
  readonly candidates: readonly (readonly NameLevel[])[];
  /** Notable columns the name does not speak about, to tell it from another segment of its archetype. */
  readonly qualifiers: readonly { readonly feature: string; readonly z: number }[];
  readonly cited: readonly CitedFeature[];
  readonly actions: readonly string[];
  /** The claims of an archetype's name (a descriptor's come from the levels it ends up with). */
  readonly claims: readonly NameClaim[];
  /** For a name made from the grid segments inside: the largest one's key. */
  readonly gridTop?: string;
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

/** What {@linkcode draft} needs beyond the profile. */
interface DraftContext {
  readonly archetypes: readonly Archetype[];
  readonly concepts: Readonly<Record<string, Concept | null>>;
  readonly overall: ReadonlyMap<string, number>;
  /** The frequency column, where it counts purchases (RFM): its mean is the purchases per customer. */
  readonly countColumn: string | null;
  /** Customers per RFM grid key of each segment, where given. */
  readonly gridCounts: Readonly<Record<number, Readonly<Record<string, number>>>> | null;
}

/** Customers of a segment per grid band (keys without a band are left out). */
function bandCounts(
  counts: Readonly<Record<string, number>>,
): Record<"active" | "middle" | "lapsed", number> {
  const out = { active: 0, middle: 0, lapsed: 0 };
  for (const [key, n] of Object.entries(counts)) {
    const band = GRID_BANDS[key];
    if (band) out[band] += n;
  }
  return out;
}

/** The name's band covers (with the middle band) at least half of the segment's banded customers. */
function bandHolds(a: Archetype, counts: Readonly<Record<string, number>> | undefined): boolean {
  if (!a.band || !counts) return true;
  const b = bandCounts(counts);
  const total = b.active + b.middle + b.lapsed;
  return total === 0 || (b[a.band] + b.middle) / total >= 0.5;
}

/** The archetype that fits the profile best, or `null` when none applies. */
function bestArchetype(
  profile: SegmentProfile,
  context: DraftContext,
): { readonly chosen: Archetype | null; readonly score: number } {
  const { archetypes, concepts, countColumn } = context;
  const z = conceptZ(profile, concepts);
  const facts: SegmentFacts = { timesBought: countColumn ? profile.means[countColumn] ?? NaN : NaN };
  // The best fit whose claims hold on the segment's means: a name that would say something
  // false about the segment ("premium" with an income below the overall mean) is never used.
  let chosen: Archetype | null = null, top = -Infinity;
  for (const a of archetypes) {
    const s = a.score(z, facts);
    if (s === null || !Number.isFinite(s) || !(s > top)) continue;
    const grid = context.gridCounts?.[profile.label];
    if (failedClaims(a.claims, z).length === 0 && bandHolds(a, grid)) [chosen, top] = [a, s];
  }
  return { chosen, score: top };
}

/** The draft of a segment an archetype fits: its columns that support the name are cited first. */
function archetypeDraft(
  profile: SegmentProfile,
  chosen: Archetype,
  score: number,
  context: DraftContext,
  actions: readonly string[],
): Draft {
  const { concepts, overall } = context;
  const notable = profile.distinctive.filter((d) => Math.abs(d.z) >= MENTION);
  const about = (feature: string) => {
    const c = concepts[feature];
    return c ? chosen.concepts[c] : undefined;
  };
  // Cite first the columns that support the name (a high delay for at-risk payers).
  const support = notable.filter((d) => about(d.feature) === Math.sign(d.z)).map((d) => d.feature);
  const always = Object.keys(profile.zScores).filter((f) => chosen.cite?.includes(concepts[f]!) ?? false);
  return {
    profile,
    archetype: chosen.key,
    score,
    candidates: [[]],
    qualifiers: notable.filter((d) => about(d.feature) === undefined),
    cited: citedFeatures(profile, overall, support, always),
    actions,
    claims: chosen.claims,
  };
}

/** A notable concept (mean z of its columns) or a column without a concept, most distinctive first. */
interface Standout {
  readonly feature: string;
  readonly concept: Concept | null;
  readonly z: number;
}

/**
 * What sets a segment apart, in business terms: each concept once (its z-score the mean over
 * its columns, cited by its most distinctive column), and each column without a concept; only
 * those at least {@linkcode MENTION} from the average, largest first.
 */
function standouts(profile: SegmentProfile, concepts: Readonly<Record<string, Concept | null>>): Standout[] {
  const z = conceptZ(profile, concepts);
  const seen = new Set<Concept>();
  const out: Standout[] = [];
  for (const d of profile.distinctive) {
    const c = concepts[d.feature] ?? null;
    if (c === null) out.push({ feature: d.feature, concept: null, z: d.z });
    else if (!seen.has(c)) {
      seen.add(c);
      out.push({ feature: d.feature, concept: c, z: z(c) });
    }
  }
  return out.filter((d) => Math.abs(d.z) >= MENTION).sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
}

/**
 * The draft of a segment no archetype fits, named from what sets it most apart: concepts in words
 * ("Frequent purchases, high spend"), a column by its name only where it has no concept; its
 * actions are the first two that its notable concepts call for ({@linkcode CONCEPT_ACTIONS}).
 */
function descriptorDraft(
  profile: SegmentProfile,
  notable: readonly Standout[],
  context: DraftContext,
): Draft {
  const levels = notable.map((d) => ({ feature: d.feature, concept: d.concept, high: d.z > 0 }));
  const base = levels.slice(0, 2);
  const actions = [
    ...new Set(levels.flatMap((l) => {
      const a = l.concept ? CONCEPT_ACTIONS[l.concept]?.[l.high ? "high" : "low"] : undefined;
      return a ? [a] : [];
    })),
  ].slice(0, 2);
  return {
    profile,
    archetype: "descriptor",
    score: notable.slice(0, 2).reduce((s, d) => s + Math.abs(d.z), 0),
    candidates: [base, ...levels.slice(2).map((l) => [...base, l])],
    qualifiers: [],
    cited: citedFeatures(profile, context.overall),
    actions: actions.length ? actions : DESCRIPTOR_ACTIONS.map((a) => a.key),
    claims: [],
  };
}

/** The claims of a descriptor name: each concept it says is on that side of the average. */
function levelClaims(levels: readonly NameLevel[]): NameClaim[] {
  return levels.flatMap((l) =>
    l.concept ? [{ concept: l.concept, side: l.high ? "above" : "below" } as const] : []
  );
}

/** A segment's name, description and actions before the names are made unique. */
function draft(profile: SegmentProfile, context: DraftContext): Draft {
  const present = new Set(Object.keys(profile.zScores).map((f) => context.concepts[f]));
  const keys = (actions: readonly Action[]) =>
    actions.filter((a) => a.when === undefined || present.has(a.when)).map((a) => a.key);
  const plain = { profile, candidates: [[]], qualifiers: [] };
  if (profile.label === -1) {
    return {
      ...plain,
      archetype: "outliers",
      score: Infinity,
      cited: citedFeatures(profile, context.overall),
      actions: keys(OUTLIER_ACTIONS),
      claims: [],
    };
  }
  const { chosen, score } = bestArchetype(profile, context);
  if (chosen) return archetypeDraft(profile, chosen, score, context, keys(chosen.actions));
  const grid = context.gridCounts?.[profile.label];
  if (grid && Object.values(grid).some((n) => n > 0)) {
    // No RFM name fits both the profile and the grid segments inside: name it from those.
    return {
      ...plain,
      archetype: "grid",
      score: 0,
      gridTop: gridNameKeys(grid).join("+"),
      cited: citedFeatures(profile, context.overall),
      actions: ["actByGrid"],
      claims: [],
    };
  }
  const notable = standouts(profile, context.concepts);
  if (notable.length === 0) {
    return {
      ...plain,
      archetype: "average",
      score: 0,
      cited: [],
      actions: keys(AVERAGE_ACTIONS),
      claims: [],
    };
  }
  return descriptorDraft(profile, notable, context);
}

/**
 * The identity of a name: two names have the same key exactly when they read the same (in every
 * language, for distinct column names): same archetype or levels, same qualifier.
 */
function nameKey(d: Draft, name: NameChoice): string {
  const level = (l: NameLevel) => `${l.high ? "+" : "-"}${l.concept ? `:${l.concept}` : l.feature}`;
  const base = d.archetype === "descriptor"
    ? `=${name.levels.map(level).join("\n")}`
    : d.archetype === "grid"
    ? `@grid:${d.gridTop ?? ""}`
    : `@${d.archetype}`;
  const q = name.qualifier;
  if (q === null) return base;
  if (q.by === "number") return `${base}\n#${q.n}`;
  if (q.by === "level") return `${base}\n(${level(q.level)})`;
  const contrast = (c: NameContrast) => `${c.higher ? ">" : "<"}${c.concept ? `:${c.concept}` : c.feature}`;
  return `${base}\n(${q.contrasts.map(contrast).join("\n")})`;
}

/**
 * The brackets that can tell `d` from `holder`, the segment with the plain name of its archetype:
 * a notable column `holder` does not share ("low TENURE"), else what differs most from it, one
 * column then two ("more recent", "higher PAYMENTS, lower TENURE").
 */
function qualifiersAgainst(
  d: Draft,
  holder: Draft,
  concepts: Readonly<Record<string, Concept | null>>,
  rfm: boolean,
): NameQualifier[] {
  const shared = (q: { feature: string; z: number }) => {
    const h = holder.profile.zScores[q.feature] ?? NaN;
    return Math.abs(h) >= MENTION && Math.sign(h) === Math.sign(q.z);
  };
  const own = d.qualifiers.filter((q) => !shared(q))
    .map((q): NameQualifier => ({ by: "level", level: { feature: q.feature, high: q.z > 0 } }));
  const cs = contrasts(d.profile, holder.profile, concepts, rfm);
  const pairs = cs.flatMap((c, i) => cs.slice(i + 1).map((e) => [c, e]));
  return [
    ...own,
    ...[...cs.map((c) => [c]), ...pairs].map((contrasts): NameQualifier => ({ by: "contrast", contrasts })),
  ];
}

/**
 * The order in which segments choose names: the better fit first; ties by size, then by the
 * profile's numbers, then by label, so the names never depend on the input order nor, short of
 * identical profiles, on the labels.
 */
function namingOrder(drafts: readonly Draft[]): number[] {
  const key = (d: Draft) =>
    JSON.stringify(Object.entries(d.profile.zScores).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0));
  return [...drafts.keys()].sort((i, j) => {
    const [a, b] = [drafts[i]!, drafts[j]!];
    const [ka, kb] = [key(a), key(b)];
    return b.score - a.score || b.profile.size - a.profile.size || (ka < kb ? -1 : ka > kb ? 1 : 0) ||
      a.profile.label - b.profile.label;
  });
}

/**
 * One name per draft, none used twice: the first free candidate; else, as a segment with the
 * same plain name was named already, that name with a bracket from {@linkcode qualifiersAgainst};
 * else that name with the first free number from 2.
 */
function uniqueNames(
  drafts: readonly Draft[],
  concepts: Readonly<Record<string, Concept | null>>,
  rfm: boolean,
): NameChoice[] {
  const used = new Map<string, Draft>();
  const names = new Array<NameChoice>(drafts.length);
  for (const i of namingOrder(drafts)) {
    const d = drafts[i]!;
    const free = (n: NameChoice) => !used.has(nameKey(d, n));
    const base = d.candidates[0]!;
    let name = d.candidates.map((levels): NameChoice => ({ levels, qualifier: null })).find(free);
    const holder = used.get(nameKey(d, { levels: base, qualifier: null }));
    if (name === undefined && holder) {
      name = qualifiersAgainst(d, holder, concepts, rfm)
        .map((qualifier): NameChoice => ({ levels: base, qualifier }))
        .find(free);
    }
    for (let n = 2; name === undefined; n++) {
      const numbered: NameChoice = { levels: base, qualifier: { by: "number", n } };
      if (free(numbered)) name = numbered;
    }
    used.set(nameKey(d, name), d);
    names[i] = name;
  }
  return names;
}

/**
 * Choose every segment's short name, one-sentence description and 2-3 recommended actions,
 * derived from its profile and never from a list kept per dataset. They come back as facts
 * (`archetype` and `naming`: the columns a name or description cites, the action keys); the text
 * layer words them in English, Spanish or Indonesian (`namedSegmentTexts(profiles, lang)`,
 * `segmentNameText`, `segmentDescriptionText` and `segmentActionTexts` in lib/text).
 *
 * Column names are mapped to business concepts ({@linkcode detectConcepts}: balance, purchases,
 * frequency, recency, cash advance, credit limit, payments, full payment, tenure, income, price,
 * down payment, delay, active credits, age), so `BALANCE`, `saldo` and `utang` mean the same and
 * the column order does not matter. A concept's z-score is the mean z of its columns. Archetype
 * rules over those z-scores (high = z >= 0.4, low = z <= -0.4, above average = z >= 0.25) pick
 * the best-fitting name. Customer-level features: revolvers (a balance above average that is
 * carried, not spent: cash advances, little full payment, high minimum payments, or few
 * purchases), heavy users (high balance and high purchases), active big spenders, pay in full, premium (high income or price, neither low, not at
 * risk), at-risk payers (high delay: credits only add to a late payer's fit), on-time payers
 * with several credits, budget buyers (low price, no risk), stretched borrowers (low down payment on a high price or low income),
 * disciplined payers, frequent small buyers, low-balance accounts, low-limit accounts, dormant (little activity and no
 * balance above average), new (short tenure), new and not yet active. RFM: best customers, loyal
 * regulars, occasional big spenders, valuable but slipping, lapsed repeat buyers, lapsed
 * occasional buyers, lost one-time buyers, newcomers, promising recent buyers, cooling off; where
 * the frequency column counts purchases, its mean per segment tells one-time buyers (under 1.5)
 * from repeat buyers (2 or more) whatever the other segments look like.
 *
 * Every archetype's name is a claim about the profile, kept as data (`claims`: "premium" is income
 * above the overall mean, or price where there is no income column; "at-risk" is delay above it;
 * "new" is tenure below it), checked against the segment's means before the name is used: the
 * best-fitting archetype whose claims all hold names the segment (`naming.claims` lists them). With
 * RFM grid counts (`gridCounts`), an RFM name must also match the grid segments inside (see
 * {@linkcode GridFacts}); a segment no RFM name fits then is "Mostly <its largest grid segment>".
 *
 * A segment no archetype fits is named from what sets it most apart, in business terms: its two
 * most distinctive concepts in words ("Frequent purchases, few cash advances"), and a column by its
 * own name only where it has no concept ("High PURCHASES, low TENURE" / "PURCHASES alto, TENURE
 * bajo" when the concepts are turned off), with the actions its concepts call for; label -1 is
 * "Outliers" / "Atípicos" / "Pencilan". Names are unique within a call: where two segments fit
 * the same archetype, the better fit keeps the plain name and the other gets its next
 * distinctive column that segment does not share, in brackets ("Revolvers (low TENURE)"), else
 * the column that sets it most apart from the segment with the plain name ("Lost one-time buyers
 * (more recent)", "Revolvers (higher PAYMENTS)"), and a number only if every column is the same. The fit decides first, ties by size and then by the
 * profile's numbers, so the names do not depend on the order of the profiles or their labels.
 *
 * The description ends with the up to three features that most set the segment apart (those that
 * support the name first, `naming.cited`), each with the segment's mean and the overall mean. The
 * overall mean is recovered from the profiles themselves (every profile's mean
 * is `overall + std * z`) and left out where they cannot give it (a single profile).
 *
 * @param profiles Profiles from {@linkcode profileSegments} (not changed).
 * @param options Explicit concepts, and the kind of features.
 * @returns New profiles, in the same order, with `archetype` and `naming` (their `name`,
 *   `description` and `actions` as given, for the text layer to fill).
 *
 * @example A revolver segment, and its words in Spanish
 * ```ts
 * import { nameSegments } from "./name_segments.ts";
 * import { segmentDescriptionText, segmentNameText } from "../text/mod.ts";
 * import assert from "node:assert/strict";
 * const base = { name: "", description: "", actions: [], size: 10, share: 0.5, medians: {} };
 * const [a, b] = nameSegments([
 *   { ...base, label: 0, means: { BALANCE: 5000, PRC_FULL_PAYMENT: 0.02 }, zScores: { BALANCE: 1.2, PRC_FULL_PAYMENT: -0.8 },
 *     distinctive: [{ feature: "BALANCE", z: 1.2 }, { feature: "PRC_FULL_PAYMENT", z: -0.8 }] },
 *   { ...base, label: 1, means: { BALANCE: 300, PRC_FULL_PAYMENT: 0.5 }, zScores: { BALANCE: -1.2, PRC_FULL_PAYMENT: 0.8 },
 *     distinctive: [{ feature: "BALANCE", z: -1.2 }, { feature: "PRC_FULL_PAYMENT", z: 0.8 }] },
 * ]);
 * assert.equal(a.archetype, "revolvers");
 * assert.equal(b.archetype, "full-payers");
 * assert.deepEqual(a.naming.cited[0], { feature: "BALANCE", z: 1.2, level: "much-above", mean: 5000, overall: 2650 });
 * assert.deepEqual(a.naming.actions, ["instalmentPlan", "monitorCredit"]);
 *
 * assert.equal(segmentNameText(a, "es"), "Usuarios de crédito rotativo");
 * assert.match(segmentDescriptionText(a, "es"), /BALANCE muy por encima del promedio \(media 5000 frente a 2650 en general\)/);
 * ```
 */
export function nameSegments(
  profiles: readonly SegmentProfile[],
  options: NameSegmentsOptions = {},
): NamedSegmentProfile[] {
  const { concepts: explicit = {} } = options;
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
  const gridCounts = options.gridCounts ?? null;
  const drafts = profiles.map((p) => draft(p, { archetypes, concepts, overall, countColumn, gridCounts }));
  const names = uniqueNames(drafts, concepts, kind === "rfm");
  return drafts.map((d, i) => {
    const archetype = archetypes.find((a) => a.key === d.archetype);
    const counts = gridCounts?.[d.profile.label];
    const grid = counts ? gridFacts(counts, archetype?.band) : null;
    return {
      ...d.profile,
      archetype: d.archetype,
      naming: {
        kind,
        ...names[i]!,
        cited: d.cited,
        actions: gridActions(d.actions, archetype, grid),
        claims: d.archetype === "descriptor" ? levelClaims(names[i]!.levels) : d.claims,
        grid,
      },
    };
  });
}

/**
 * The grid segments a name made from them cites: the largest alone where it holds at least half
 * of the segment ("Mostly Hibernating"), else the two largest ("Mix of Hibernating and At Risk").
 */
export function gridNameKeys(counts: Readonly<Record<string, number>>): string[] {
  const list = sortedCounts(counts);
  const total = list.reduce((s, c) => s + c.count, 0);
  return list[0]!.count >= total / 2 ? [list[0]!.key] : list.slice(0, 2).map((c) => c.key);
}

/** Grid counts as a list, largest first, ties by key. */
function sortedCounts(counts: Readonly<Record<string, number>>): { key: string; count: number }[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A segment's grid composition, and the other band where at least {@linkcode GRID_MIX_SHARE} of it is. */
function gridFacts(
  counts: Readonly<Record<string, number>>,
  band: "active" | "lapsed" | undefined,
): GridFacts {
  const list = sortedCounts(counts);
  const total = list.reduce((s, c) => s + c.count, 0);
  const other = band === "lapsed" ? "active" : band === "active" ? "lapsed" : null;
  const inOther = other === null ? [] : list.filter((c) => GRID_BANDS[c.key] === other);
  const mixCount = inOther.reduce((s, c) => s + c.count, 0);
  const mix = other !== null && total > 0 && mixCount / total >= GRID_MIX_SHARE ? other : null;
  return {
    counts: list,
    mix,
    mixKeys: mix ? inOther.map((c) => c.key) : [],
    mixCount: mix ? mixCount : 0,
  };
}

/**
 * The actions, consistent with the grid segments inside: with recent buyers inside a segment named
 * for lapsed ones, first take them out (`gridActive`) and drop actions that give up on customers;
 * with lapsed customers inside a segment of recent buyers, add winning them back (`gridLapsed`).
 */
function gridActions(
  actions: readonly string[],
  archetype: Archetype | undefined,
  grid: GridFacts | null,
): string[] {
  if (grid === null || grid.mix === null) return [...actions];
  if (grid.mix === "lapsed") return [...actions, "gridLapsed"];
  const prune = new Set(archetype?.actions.filter((a) => a.prune).map((a) => a.key) ?? []);
  return ["gridActive", ...actions.filter((a) => !prune.has(a))];
}
