/** The numpy/scipy reference of tests/reference/make_clv.py. */

/** BG/NBD parameters as make_clv.py writes them. */
export interface BgParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** What make_clv.py wrote. */
export interface ClvReference {
  versions: Record<string, string>;
  customers: { frequency: number[]; recency: number[]; T: number[]; monetaryValue: number[] };
  horizons: number[];
  bgNbd: {
    params: BgParams;
    logLikelihoodTerms: number[];
    pAlive: number[];
    expectedPurchases: Record<string, number[]>;
    expectedPurchasesUnconditional: number[];
  }[];
  spend: { frequency: number[]; monetaryValue: number[] };
  gammaGamma: {
    params: { p: number; q: number; gamma: number };
    logLikelihoodTerms: number[];
    expectedAverageProfit: number[];
  }[];
  hyp2f1: { a: number; b: number; c: number; z: number; value: number }[];
  clv: {
    months: number;
    discountRate: number;
    weeksPerMonth: number;
    bgNbd: BgParams;
    gammaGamma: { p: number; q: number; gamma: number };
    clv: number[];
  };
}

/** tests/reference/clv.json, parsed. */
export function clvReference(): ClvReference {
  return JSON.parse(Deno.readTextFileSync(new URL("../reference/clv.json", import.meta.url)));
}
