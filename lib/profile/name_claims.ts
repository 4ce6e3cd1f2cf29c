/**
 * What a segment name claims about the segment's profile, as data, and the check of those claims
 * against the segment's means.
 *
 * @module
 */
import type { Concept } from "./detect_concepts.ts";

/**
 * One claim: the segment's mean on the columns of `concept` is on `side` of the overall mean
 * (its mean z-score over those columns is > 0 for `"above"`, < 0 for `"below"`).
 */
export interface ConceptClaim {
  /** The business concept the claim is about (every column with it counts). */
  readonly concept: Concept;
  /** Where the segment's mean stands against the overall mean. */
  readonly side: "above" | "below";
}

/**
 * A name's claim: a single concept claim, which needs a column with that concept; or a group of
 * them over the concepts present: `all` (every present one holds, at least one present), `any`
 * (at least one present one holds) or `first` (the first present one decides: "premium" is income
 * above the overall mean, or price where there is no income column).
 */
export type NameClaim =
  | ConceptClaim
  | { readonly all: readonly ConceptClaim[] }
  | { readonly any: readonly ConceptClaim[] }
  | { readonly first: readonly ConceptClaim[] };

/** The z-score of a concept for one segment (mean z of its columns); `NaN` when no column carries it. */
export type ConceptScore = (concept: Concept) => number;

function atomHolds(c: ConceptClaim, z: ConceptScore): boolean {
  const v = z(c.concept);
  return c.side === "above" ? v > 0 : v < 0;
}

/**
 * Does a segment's profile bear out a name's claims? Each claim compares the segment's mean on a
 * concept's columns with the overall mean (through the mean z-score of those columns: z > 0 is a
 * mean above the overall one); a claim about a concept no column carries fails, except inside a
 * group, which looks only at the concepts present.
 *
 * @param claims The name's claims (all must hold); an empty list claims nothing and holds.
 * @param z The segment's z-score per concept (`NaN` where no column carries it).
 * @returns The claims that fail, empty when the name may be used.
 *
 * @example "Premium": income above the overall mean, or price where there is no income column
 * ```ts
 * import { failedClaims } from "./name_claims.ts";
 * import assert from "node:assert/strict";
 * const premium = [{ first: [{ concept: "income", side: "above" }, { concept: "price", side: "above" }] }] as const;
 * const z = (c: string) => ({ income: -0.1, price: 0.9 } as Record<string, number>)[c] ?? NaN;
 * assert.equal(failedClaims(premium, z).length, 1);
 * const noIncome = (c: string) => ({ price: 0.9 } as Record<string, number>)[c] ?? NaN;
 * assert.equal(failedClaims(premium, noIncome).length, 0);
 * ```
 */
export function failedClaims(claims: readonly NameClaim[], z: ConceptScore): NameClaim[] {
  const present = (c: ConceptClaim) => Number.isFinite(z(c.concept));
  return claims.filter((claim) => {
    if ("concept" in claim) return !atomHolds(claim, z);
    const atoms = ("all" in claim ? claim.all : "any" in claim ? claim.any : claim.first).filter(present);
    if (atoms.length === 0) return true;
    if ("all" in claim) return !atoms.every((a) => atomHolds(a, z));
    if ("any" in claim) return !atoms.some((a) => atomHolds(a, z));
    return !atomHolds(atoms[0]!, z);
  });
}
