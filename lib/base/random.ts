/**
 * The one seeded pseudo-random generator every random step draws from.
 * xoshiro128** seeded through splitmix32: fast, 32-bit, and the same on every platform.
 *
 * @module
 */

/** A seeded source of random numbers. Not cryptographic. */
export interface Random {
  /** Uniform in [0, 1), 2^-32 resolution. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Make a generator from a seed. Same seed, same sequence, on every machine.
 *
 * @param seed Any finite number; its integer part modulo 2^32 is used.
 * @returns A fresh generator.
 * @throws {RangeError} If `seed` is not finite.
 *
 * @example Same seed, same draws
 * ```ts
 * import { makeRandom } from "./random.ts";
 * import assert from "node:assert/strict";
 * const a = makeRandom(42), b = makeRandom(42);
 * assert.equal(a.next(), b.next());
 * ```
 */
export function makeRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`Cannot seed the random generator with "${seed}": use a finite number`);
  }
  const sm = splitmix32(Math.trunc(seed) >>> 0);
  let a = sm(), b = sm(), c = sm(), d = sm();
  if ((a | b | c | d) === 0) a = 1;
  let spare: number | null = null;
  function nextU32(): number {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  }
  function next(): number {
    return nextU32() / 4294967296;
  }
  return {
    next,
    int(n: number): number {
      return Math.floor(next() * n);
    },
    normal(): number {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/**
 * Derive a child seed for the i-th independent sub-task (restart, resample) of a seeded step.
 *
 * @param seed The step's seed.
 * @param i The sub-task's index.
 * @returns A 32-bit seed.
 */
export function childSeed(seed: number, i: number): number {
  return splitmix32((Math.trunc(seed) ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0)();
}
