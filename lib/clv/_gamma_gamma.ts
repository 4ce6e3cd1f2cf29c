/**
 * The Gamma-Gamma likelihood and input checks (private to lib/clv).
 *
 * @module
 */
import { lgamma } from "./_special.ts";
import type { SpendHistory } from "./types.ts";

/** Check a spend history and return its length. */
export function checkSpend(h: SpendHistory, action: string): number {
  if (h === null || typeof h !== "object" || !h.frequency || !h.monetaryValue) {
    throw new TypeError(`Cannot ${action}: pass { frequency, monetaryValue } arrays`);
  }
  const n = h.frequency.length;
  if (h.monetaryValue.length !== n) {
    throw new TypeError(
      `Cannot ${action}: frequency and monetaryValue have ${n} and ${h.monetaryValue.length} entries; give one per customer in each`,
    );
  }
  for (let i = 0; i < n; i++) {
    const x = h.frequency[i]!, m = h.monetaryValue[i]!;
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new RangeError(
        `Cannot ${action}: frequency[${i}] is "${x}"; use whole numbers of repeat purchases >= 0`,
      );
    }
    if (x > 0 && !(m > 0 && Number.isFinite(m))) {
      throw new RangeError(
        `Cannot ${action}: customer ${i} has ${x} repeat purchases worth "${m}" on average; the Gamma-Gamma model needs positive values (remove returns and zero-value purchases first)`,
      );
    }
  }
  return n;
}

/** Repeat customers only, with the logs the likelihood reuses. */
export interface RepeatSpend {
  readonly x: Float64Array;
  readonly m: Float64Array;
  readonly logX: Float64Array;
  readonly logM: Float64Array;
  /** Index of every customer's frequency in `xs`. */
  readonly xi: Int32Array;
  readonly xs: Float64Array;
}

/** Keep the customers with frequency > 0. */
export function repeatSpend(h: SpendHistory): RepeatSpend {
  const idx: number[] = [];
  for (let i = 0; i < h.frequency.length; i++) if (h.frequency[i]! > 0) idx.push(i);
  const x = Float64Array.from(idx, (i) => h.frequency[i]!);
  const m = Float64Array.from(idx, (i) => h.monetaryValue[i]!);
  const xs = Float64Array.from([...new Set(x)].sort((p, q) => p - q));
  const pos = new Map(Array.from(xs, (v, i) => [v, i]));
  return {
    x,
    m,
    logX: x.map(Math.log),
    logM: m.map(Math.log),
    xi: Int32Array.from(x, (v) => pos.get(v)!),
    xs,
  };
}

/**
 * Gamma-Gamma log-likelihood of the mean repeat values (Fader & Hardie 2013, eq. 3), as lifetimes'
 * `GammaGammaFitter._negative_log_likelihood`:
 * `lgamma(p x + q) - lgamma(p x) - lgamma(q) + q log(gamma) + (p x - 1) log(m) + p x log(x) - (p x + q) log(x m + gamma)`.
 */
export function gammaGammaLogLikelihood(s: RepeatSpend, p: number, q: number, gamma: number): number {
  const k = s.xs.length;
  const head = new Float64Array(k);
  const base = -lgamma(q) + q * Math.log(gamma);
  for (let j = 0; j < k; j++) {
    const px = p * s.xs[j]!;
    head[j] = base + lgamma(px + q) - lgamma(px) + px * Math.log(s.xs[j]!);
  }
  let sum = 0;
  const { x, m, logM, xi } = s;
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i]!;
    sum += head[xi[i]!]! + (px - 1) * logM[i]! - (px + q) * Math.log(x[i]! * m[i]! + gamma);
  }
  return sum;
}
