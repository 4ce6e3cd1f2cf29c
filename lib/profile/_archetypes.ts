/**
 * Private: the archetypes segment names come from, as data. Each one reads the concept
 * z-scores of a segment (mean z of the columns with that concept; `NaN` where no column has it)
 * and returns a score (higher = better fit) or `null` when it does not apply. Their words (name,
 * description, actions) live in the text layer, `profile.segments.<kind>.<key>` of lib/text.
 *
 * @module
 */
import type { Concept } from "./detect_concepts.ts";
import type { ConceptClaim, NameClaim } from "./name_claims.ts";

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

/** One way a segment can look; its words are in lib/text under its kind and key. */
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
  /**
   * What the name says about the profile, checked against the segment's means before the name
   * is used ("premium": income above the overall mean); a name whose claim fails is not used.
   */
  readonly claims: readonly NameClaim[];
  /** Recommended actions, most important first; one with `when` only where a column has that concept. */
  readonly actions: readonly Action[];
  /**
   * RFM: the band of RFM grid segments the name speaks of (recent buyers or lapsed ones); where the
   * grid segments of the customers are known, at least half of them must be in it (or in the
   * middle band) for the name to be used.
   */
  readonly band?: "active" | "lapsed";
}

/** A recommended action: its key in lib/text, and the concept a column must have for it to apply. */
export interface Action {
  readonly key: string;
  readonly when?: Concept;
  /** The action gives up on the customers (stop contact, clean the list): dropped where recent buyers are inside. */
  readonly prune?: true;
}

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
/** The segment's mean on the concept is above the overall mean. */
const up = (concept: Concept): ConceptClaim => ({ concept, side: "above" });
/** The segment's mean on the concept is below the overall mean. */
const down = (concept: Concept): ConceptClaim => ({ concept, side: "below" });

export const ARCHETYPES: readonly Archetype[] = [
  // ---- credit behaviour (any table) ----
  {
    key: "at-risk",
    kind: "features",
    claims: [up("delay")],
    concepts: { delay: 1, activeCredits: 1 },
    // Risk is payment delay: many credits paid on time are a sign of a disciplined customer,
    // not of risk, so credits only add to the fit of a segment that already pays late.
    score: (z) => ok(hi(z("delay")), z("delay") + 0.5 * best(0, z("activeCredits"))),
    actions: [{ key: "offerRestructuring" }, { key: "financialEducation" }, { key: "noNewCredit" }],
  },
  {
    key: "revolvers",
    kind: "features",
    claims: [up("balance")],
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
    actions: [{ key: "instalmentPlan" }, { key: "monitorCredit" }, {
      key: "steerCashAdvance",
      when: "cashAdvance",
    }],
  },
  {
    key: "heavy-users",
    kind: "features",
    claims: [up("balance"), up("purchases")],
    concepts: { balance: 1, purchases: 1, creditLimit: 1 },
    score: (z) => ok(hi(z("balance")) && hi(z("purchases")), z("balance") + z("purchases")),
    actions: [{ key: "premiumUpgrade" }, { key: "instalmentsOnLarge" }, { key: "watchLimitUse" }],
  },
  {
    key: "big-spenders",
    kind: "features",
    claims: [up("purchases"), { any: [up("frequency"), up("payments")] }],
    concepts: { purchases: 1, frequency: 1, payments: 1 },
    score: (z) => {
      const support = best(z("frequency"), z("payments"));
      return ok(hi(z("purchases")) && hi(support), z("purchases") + support);
    },
    actions: [{ key: "rewardSpending" }, { key: "limitIncrease" }],
  },
  {
    key: "full-payers",
    kind: "features",
    claims: [up("fullPayment")],
    concepts: { fullPayment: 1, balance: -1 },
    score: (z) => ok(hi(z("fullPayment")) && !hi(z("balance")), z("fullPayment") + best(0, -z("balance"))),
    actions: [{ key: "encourageCardUse" }, { key: "instalmentPurchases" }],
  },
  {
    key: "premium",
    kind: "features",
    claims: [{ first: [up("income"), up("price")] }],
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
    actions: [{ key: "exclusiveOffers" }, { key: "crossSell" }],
  },
  {
    key: "stretched",
    kind: "features",
    claims: [down("downPayment"), { any: [up("price"), down("income")] }],
    concepts: { downPayment: -1, price: 1, income: -1 },
    score: (z) => {
      const strain = best(z("price"), -z("income"));
      return ok(lo(z("downPayment")) && hi(strain), -z("downPayment") + strain);
    },
    actions: [{ key: "checkAffordability" }, { key: "lowerInstalment" }, { key: "watchFirstPayments" }],
  },
  {
    key: "budget",
    kind: "features",
    claims: [down("price")],
    concepts: { price: -1 },
    score: (z) => ok(lo(z("price")) && !hi(z("delay")) && !hi(z("activeCredits")), -z("price")),
    actions: [{ key: "upgradeAtEnd" }, { key: "crossSell" }],
  },
  {
    key: "disciplined",
    kind: "features",
    claims: [down("delay")],
    concepts: { delay: -1, activeCredits: -1 },
    score: (z) => {
      const credits = z("activeCredits");
      return ok(lo(z("delay")) && !hi(credits), -z("delay") + best(0, -credits));
    },
    actions: [{ key: "inviteLoyalty" }, { key: "topUpCredit" }],
  },
  {
    key: "on-time-multi",
    kind: "features",
    claims: [down("delay"), up("activeCredits")],
    concepts: { delay: -1, activeCredits: 1 },
    score: (z) => ok(lo(z("delay")) && hi(z("activeCredits")), -z("delay") + z("activeCredits")),
    actions: [{ key: "rewardPunctual" }, { key: "consolidate" }, { key: "checkTotalDebt" }],
  },
  {
    key: "frequent-small",
    kind: "features",
    claims: [up("frequency")],
    concepts: { frequency: 1, purchases: -1 },
    score: (z) => ok(hi(z("frequency")) && !hi(z("purchases")), z("frequency") + best(0, -z("purchases"))),
    actions: [{ key: "raiseBasket" }, { key: "rewardVisits" }],
  },
  {
    key: "low-balance",
    kind: "features",
    claims: [down("balance")],
    concepts: { balance: -1, creditLimit: -1, payments: -1 },
    score: (z) => {
      const support = best(-z("creditLimit"), -z("payments"), -z("minPayments"));
      return ok(lo(z("balance")) && support >= M && !hi(z("purchases")), -z("balance") + support);
    },
    actions: [{ key: "usageIncentives" }, { key: "limitIncrease" }],
  },
  {
    key: "low-limit",
    kind: "features",
    claims: [down("creditLimit")],
    concepts: { creditLimit: -1 },
    score: (z) =>
      ok(
        lo(z("creditLimit")) && !hi(z("purchases")) && !hi(z("balance")) && !hi(z("frequency")),
        -z("creditLimit"),
      ),
    actions: [{ key: "reviewLimits" }, { key: "encourageEveryday" }],
  },
  {
    key: "dormant",
    kind: "features",
    claims: [{ all: [down("frequency"), down("purchases")] }],
    concepts: { frequency: -1, purchases: -1, balance: -1 },
    score: (z) => {
      const idle = best(-z("frequency"), -z("purchases"));
      // Dormant means little activity overall: an above-average balance, cash advances or
      // payments show an account in use (a revolver carries debt and does not buy).
      const busy = above(z("balance")) || hi(z("cashAdvance")) || hi(z("payments"));
      return ok(hi(idle) && !busy, idle + best(0, -z("balance")));
    },
    actions: [{ key: "reactivation" }, { key: "askWhyIdle" }],
  },
  {
    key: "new",
    kind: "features",
    claims: [down("tenure")],
    concepts: { tenure: -1 },
    score: (z) => {
      // A short history with a high balance or cash advances is first a credit-use story (revolvers).
      const busy = hi(z("balance")) || hi(z("cashAdvance"));
      return ok(lo(z("tenure")) && !hi(z("frequency")) && !hi(z("purchases")) && !busy, -z("tenure"));
    },
    actions: [{ key: "onboarding" }, { key: "reviewTerms" }],
  },
  {
    key: "new-inactive",
    kind: "features",
    claims: [down("tenure"), { all: [down("frequency"), down("purchases")] }],
    concepts: { tenure: -1, frequency: -1, purchases: -1 },
    score: (z) => {
      const idle = best(-z("frequency"), -z("purchases"));
      return ok(lo(z("tenure")) && hi(idle) && !above(z("balance")), -z("tenure") + idle);
    },
    actions: [{ key: "activation" }, { key: "remindBenefits" }],
  },
  // ---- RFM (recency in days: low = bought recently). The bands of recency (recent, lapsed,
  // in between) exclude one another, so each segment fits at most one of these.
  {
    key: "champions",
    kind: "rfm",
    band: "active",
    claims: [down("recency"), up("frequency"), up("purchases")],
    concepts: { recency: -1, frequency: 1, purchases: 1 },
    score: (z) =>
      ok(
        lo(z("recency")) && hi(z("frequency")) && hi(z("purchases")),
        -z("recency") + z("frequency") + z("purchases"),
      ),
    actions: [{ key: "vipTreatment" }, { key: "askReferrals" }],
  },
  {
    key: "loyal",
    kind: "rfm",
    band: "active",
    claims: [up("frequency"), down("recency")],
    concepts: { frequency: 1, recency: -1 },
    score: (z) =>
      ok(
        (hi(z("frequency")) || (lo(z("recency")) && above(z("frequency")))) && !hi(z("recency")) &&
          !(lo(z("recency")) && hi(z("frequency")) && hi(z("purchases"))),
        z("frequency") + best(0, -z("recency")),
      ),
    actions: [{ key: "loyaltyProgramme" }, { key: "upsell" }],
  },
  {
    key: "big-spenders",
    kind: "rfm",
    claims: [up("purchases")],
    concepts: { purchases: 1, frequency: -1 },
    score: (z) =>
      ok(
        hi(z("purchases")) && !hi(z("frequency")) && !hi(z("recency")),
        z("purchases") + best(0, -z("recency")),
      ),
    actions: [{ key: "premiumBundles" }, { key: "reasonToReturn" }],
  },
  {
    key: "cant-lose",
    kind: "rfm",
    band: "lapsed",
    claims: [up("recency"), { any: [up("frequency"), up("purchases")] }],
    concepts: { recency: 1, frequency: 1, purchases: 1 },
    score: (z) => {
      const value = best(z("frequency"), z("purchases"));
      return ok(hi(z("recency")) && hi(value), z("recency") + value);
    },
    actions: [{ key: "winBack" }, { key: "askWhy" }],
  },
  {
    key: "lost-one-time",
    kind: "rfm",
    band: "lapsed",
    claims: [up("recency"), down("frequency")],
    concepts: { recency: 1, frequency: -1 },
    cite: ["frequency"],
    // One purchase and longer ago than most is enough: a one-time buyer seldom comes back.
    score: (z, f) =>
      ok(
        above(z("recency")) && !hi(best(z("frequency"), z("purchases"))) && oneTime(f),
        z("recency") + best(0, -z("frequency")),
      ),
    actions: [{ key: "oneWinBack", prune: true }, { key: "askWhatPutOff" }],
  },
  {
    key: "at-risk",
    kind: "rfm",
    band: "lapsed",
    claims: [up("recency")],
    concepts: { recency: 1 },
    cite: ["frequency"],
    score: (z, f) => ok(lapsedLowValue(z) && repeat(z, f), z("recency")),
    actions: [{ key: "winBackOffer" }, { key: "askWhy" }],
  },
  {
    key: "hibernating",
    kind: "rfm",
    band: "lapsed",
    claims: [up("recency"), down("frequency"), down("purchases")],
    concepts: { recency: 1, frequency: -1, purchases: -1 },
    score: (z, f) =>
      ok(lapsedLowValue(z) && !oneTime(f) && !repeat(z, f), z("recency") + best(0, -z("frequency"))),
    actions: [{ key: "lowCostReactivation" }, { key: "lowContactCosts", prune: true }],
  },
  {
    key: "new",
    kind: "rfm",
    band: "active",
    claims: [down("recency"), down("frequency")],
    concepts: { recency: -1, frequency: -1 },
    score: (z, f) =>
      ok(
        recentLowValue(z) && (oneTime(f) || (Number.isNaN(f.timesBought) && lo(z("frequency")))),
        -z("recency"),
      ),
    actions: [{ key: "secondPurchase" }, { key: "recommendProducts" }],
  },
  {
    key: "promising",
    kind: "rfm",
    band: "active",
    claims: [down("recency")],
    concepts: { recency: -1 },
    cite: ["frequency"],
    score: (z, f) =>
      ok(
        recentLowValue(z) && !oneTime(f) && !(Number.isNaN(f.timesBought) && lo(z("frequency"))),
        -z("recency"),
      ),
    actions: [{ key: "loyaltyProgramme" }, { key: "recommendProducts" }],
  },
  {
    key: "cooling",
    kind: "rfm",
    band: "lapsed",
    claims: [up("recency")],
    concepts: { recency: 1 },
    score: (z, f) =>
      ok(
        above(z("recency")) && !hi(z("recency")) && !hi(z("frequency")) && !hi(z("purchases")) && !oneTime(f),
        z("recency"),
      ),
    actions: [{ key: "timelyReminder" }, { key: "recommendProducts" }],
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

/** Actions for label -1 (DBSCAN's noise). */
export const OUTLIER_ACTIONS: readonly Action[] = [{ key: "reviewOneByOne" }, { key: "checkRecords" }];

/** Actions for a segment close to the average on every feature. */
export const AVERAGE_ACTIONS: readonly Action[] = [{ key: "keepStandard" }, { key: "watchMoves" }];

/** Actions for a segment no archetype fits, named from its own columns. */
export const DESCRIPTOR_ACTIONS: readonly Action[] = [{ key: "reviewProfile" }, { key: "testOffer" }];

/**
 * Actions for a segment named from its concepts (no archetype fits): the action of each of its two
 * most distinctive concepts, by the side of the average it is on. Keys of archetypes' actions.
 */
export const CONCEPT_ACTIONS: Readonly<
  Partial<Record<Concept, { readonly high?: string; readonly low?: string }>>
> = {
  purchases: { high: "rewardSpending", low: "usageIncentives" },
  frequency: { high: "rewardVisits", low: "reactivation" },
  balance: { high: "instalmentPlan", low: "usageIncentives" },
  cashAdvance: { high: "steerCashAdvance" },
  creditLimit: { high: "watchLimitUse", low: "reviewLimits" },
  payments: { high: "limitIncrease", low: "monitorCredit" },
  minPayments: { high: "monitorCredit" },
  fullPayment: { high: "encourageCardUse", low: "instalmentPlan" },
  tenure: { high: "inviteLoyalty", low: "onboarding" },
  income: { high: "exclusiveOffers" },
  price: { high: "crossSell", low: "upgradeAtEnd" },
  downPayment: { low: "checkAffordability" },
  delay: { high: "offerRestructuring", low: "inviteLoyalty" },
  activeCredits: { high: "checkTotalDebt" },
};

/**
 * The band of each named RFM grid segment (`RF_GRID_SEGMENTS` and the 11-segment set): recent
 * buyers (`active`), lapsed ones (`lapsed`), or in between (`middle`); a key not listed has none.
 */
export const GRID_BANDS: Readonly<Record<string, "active" | "middle" | "lapsed">> = {
  champions: "active",
  loyal: "active",
  potential_loyalist: "active",
  new: "active",
  recent: "active",
  promising: "active",
  need_attention: "middle",
  about_to_sleep: "lapsed",
  at_risk: "lapsed",
  cant_lose: "lapsed",
  hibernating: "lapsed",
  lost: "lapsed",
};
