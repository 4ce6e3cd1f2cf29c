/**
 * Customers simulated from the BG/NBD and Gamma-Gamma models, for parameter-recovery tests and
 * benchmarks of lib/clv.
 *
 * @module
 */
import { makeRandom, type Random } from "../base/random.ts";

/** Options for {@linkcode generateBgNbd}. */
export interface GenerateBgNbdOptions {
  /** Number of customers. */
  n: number;
  /** Shape of the gamma purchase rates. */
  r: number;
  /** Scale of the gamma purchase rates (rate parameter of the gamma), per time unit. */
  alpha: number;
  /** First shape of the beta dropout probabilities. */
  a: number;
  /** Second shape of the beta dropout probabilities. */
  b: number;
  /** Age of every customer at the end of the calibration period, or `[min, max]` to draw ages uniformly. */
  T: number | readonly [number, number];
  /** Gamma-Gamma spend `{ p, q, gamma }`; without it `monetaryValue` is all 0. */
  spend?: { p: number; q: number; gamma: number };
  /** Round recency and T down to multiples of this (e.g. `1 / 7` for days in weeks); `0` keeps them continuous. @default {0} */
  step?: number;
  /** Seed for every random draw. @default {0} */
  seed?: number;
}

/** Simulated customers, from {@linkcode generateBgNbd}. */
export interface BgNbdSample {
  /** Repeat purchases. */
  readonly frequency: Float64Array;
  /** Time of the last purchase after the first. */
  readonly recency: Float64Array;
  /** Age at the end of the calibration period. */
  readonly T: Float64Array;
  /** Mean value of the repeat purchases (`0` for one-time buyers). */
  readonly monetaryValue: Float64Array;
  /** Whether the customer was still alive at `T`. */
  readonly alive: Uint8Array;
  /** The seed used. */
  readonly seed: number;
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted by `U^(1/shape)` below shape 1. */
function gamma(rng: Random, shape: number): number {
  if (shape < 1) {
    let u = 0;
    while (u === 0) u = rng.next();
    return gamma(rng, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Simulate `n` customers from the BG/NBD model of Fader, Hardie & Lee (2005): each has a rate
 * `lambda ~ Gamma(r, alpha)` and a dropout probability `p ~ Beta(a, b)`; from the first purchase
 * at time 0 the next purchases follow after exponential gaps of rate `lambda`, and after each
 * repeat purchase the customer drops out with probability `p`. Purchases up to `T` count. With
 * `spend`, each customer's scale is `nu ~ Gamma(q, gamma)` and each repeat purchase is worth
 * `Gamma(p, nu)` (Fader & Hardie's Gamma-Gamma), and `monetaryValue` is their mean.
 * lifetimes' `beta_geometric_nbd_model` generator.
 *
 * @param options Parameters, ages, rounding and seed.
 * @returns Frequency, recency, T (and mean spend) per customer.
 * @throws {RangeError} If `n` is not a positive integer, or a parameter or age is not positive.
 *
 * @example Same seed, same customers
 * ```ts
 * import { generateBgNbd } from "./bgnbd.ts";
 * import assert from "node:assert/strict";
 * const a = generateBgNbd({ n: 100, r: 0.25, alpha: 4, a: 0.8, b: 2.4, T: 39, seed: 3 });
 * const b = generateBgNbd({ n: 100, r: 0.25, alpha: 4, a: 0.8, b: 2.4, T: 39, seed: 3 });
 * assert.deepEqual(a.frequency, b.frequency);
 * assert.ok(a.recency.every((t, i) => t <= a.T[i]!));
 * ```
 */
export function generateBgNbd(options: GenerateBgNbdOptions): BgNbdSample {
  const { n, r, alpha, a, b, T, spend, step = 0, seed = 0 } = options;
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`Cannot generate ${n} BG/NBD customers: use a positive integer for n`);
  }
  const named: [string, number][] = [["r", r], ["alpha", alpha], ["a", a], ["b", b]];
  if (spend) named.push(["p", spend.p], ["q", spend.q], ["gamma", spend.gamma]);
  const [tMin, tMax] = typeof T === "number" ? [T, T] : T;
  named.push(["T", tMin], ["T", tMax]);
  for (const [k, v] of named) {
    if (!(v > 0 && Number.isFinite(v))) {
      throw new RangeError(`Cannot generate BG/NBD customers with ${k} "${v}": use a finite number > 0`);
    }
  }
  if (!(step >= 0 && Number.isFinite(step))) {
    throw new RangeError(`Cannot generate BG/NBD customers with step "${step}": use a finite number >= 0`);
  }
  const rng = makeRandom(seed);
  const frequency = new Float64Array(n), recency = new Float64Array(n), ages = new Float64Array(n);
  const monetaryValue = new Float64Array(n), alive = new Uint8Array(n);
  const round = (t: number) => step > 0 ? Math.floor(t / step) * step : t;
  for (let i = 0; i < n; i++) {
    const age = round(tMin + (tMax - tMin) * rng.next());
    const lambda = gamma(rng, r) / alpha;
    const ga = gamma(rng, a), gb = gamma(rng, b);
    const p = ga / (ga + gb);
    const nu = spend ? gamma(rng, spend.q) / spend.gamma : 0;
    let t = 0, x = 0, last = 0, total = 0, isAlive = 1;
    for (;;) {
      let u = 0;
      while (u === 0) u = rng.next();
      t += -Math.log(u) / lambda;
      if (!(t <= age)) break;
      // round a purchase time to the grid: purchases in the same step merge into one
      const tr = round(t);
      if (tr === last && (x > 0 || step > 0 && tr === 0)) continue;
      x++;
      last = tr;
      if (spend) total += gamma(rng, spend.p) / nu;
      if (rng.next() < p) {
        isAlive = 0;
        break;
      }
    }
    frequency[i] = x;
    recency[i] = last;
    ages[i] = age;
    monetaryValue[i] = x > 0 ? total / x : 0;
    alive[i] = isAlive;
  }
  return { frequency, recency, T: ages, monetaryValue, alive, seed };
}
