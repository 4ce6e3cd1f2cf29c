/**
 * The settings every whole run shares (how many segments, how hard to look, the seed, the
 * language, progress), with their defaults in one place. `analyzeFile`, `analyzeRfm`,
 * `analyzeFeatures` and `segmentMatrix` each take them, plus options of their own.
 *
 * @module
 */
import type { Lang, ProgressCallback } from "../base/types.ts";

/** Settings shared by every whole run. */
export interface RunSettings {
  /** Number of segments. @default {the k sweep's suggestion} */
  k?: number;
  /** Largest k the sweep tries. @default {10} */
  kMax?: number;
  /** k-means starts per fit (scikit-learn's `n_init`). @default {10} */
  nInit?: number;
  /** Bootstrap resamples of the stability check. @default {20} */
  nBoot?: number;
  /** Seed of every random step. @default {0} */
  seed?: number;
  /** Language of the run's words (names, reasons, verdicts). @default {"en"} */
  lang?: Lang;
  /**
   * Above this many customers (matrix rows), the k sweep, the structure checks (Hopkins, SigClust,
   * gap) and the stability bootstrap run on a seeded stratified sample of this many rows, and every
   * row is then assigned to its nearest segment centre (see `segmentMatrix`); 0 = never sample,
   * else at least 1,000.
   * @default {200000}
   */
  sampleSize?: number;
  /** Progress of the long steps (reading, the k sweep, the bootstrap). */
  onProgress?: ProgressCallback;
  /**
   * Currency of the money columns, ISO 4217 (`"EUR"`, `"IDR"`), for the report's amounts.
   * @default {the currency detected in the money column's cells, else none (plain numbers)}
   */
  currency?: string;
}

/** {@linkcode RunSettings} with every default filled in. */
export interface ResolvedSettings {
  /** The analyst's k, or `undefined` for the sweep's suggestion. */
  readonly k: number | undefined;
  readonly kMax: number;
  readonly nInit: number;
  readonly nBoot: number;
  readonly seed: number;
  readonly lang: Lang;
  /** Rows above which the fit's checks run on a sample; 0 = never. */
  readonly sampleSize: number;
  readonly onProgress: ProgressCallback | undefined;
  /** The analyst's currency, or `undefined` for the detected one. */
  readonly currency: string | undefined;
}

/** Default of {@linkcode RunSettings.sampleSize}: above 200,000 customers, validate on a sample. */
export const DEFAULT_SAMPLE_SIZE = 200_000;

/** The smallest sample {@linkcode RunSettings.sampleSize} allows (0 aside): the checks need rows. */
export const MIN_SAMPLE_SIZE = 1_000;

/** What an analysis records of its settings (the run record and the report show them). */
export interface RecordedSettings {
  /** Seed of every random step (`RunSettings.seed`, default 0). */
  readonly seed: number;
  /** Language of the run's words (`RunSettings.lang`, default `"en"`). */
  readonly lang: Lang;
  /** k-means starts per fit (`RunSettings.nInit`, default 10). */
  readonly nInit: number;
  /** Bootstrap resamples of the stability check (`RunSettings.nBoot`, default 20). */
  readonly nBoot: number;
  /** Largest k the sweep tried (`RunSettings.kMax`, default 10). */
  readonly kMax: number;
  /** The analyst's currency (`RunSettings.currency`), when given. */
  readonly currency?: string;
}

/**
 * Fill in the defaults of the shared settings.
 *
 * @param options The settings given (other fields of the caller's options are ignored).
 * @returns Every setting, with its default where none was given.
 *
 * @example
 * ```ts
 * import { resolveSettings } from "./settings.ts";
 * import assert from "node:assert/strict";
 * const s = resolveSettings({ seed: 42, lang: "es" });
 * assert.deepEqual([s.k, s.kMax, s.nInit, s.nBoot, s.seed, s.lang], [undefined, 10, 10, 20, 42, "es"]);
 * ```
 */
export function resolveSettings(options: RunSettings): ResolvedSettings {
  const { k, kMax = 10, nInit = 10, nBoot = 20, seed = 0, lang = "en", onProgress, currency } = options;
  const { sampleSize = DEFAULT_SAMPLE_SIZE } = options;
  if (!Number.isInteger(sampleSize) || (sampleSize !== 0 && sampleSize < MIN_SAMPLE_SIZE)) {
    throw new RangeError(
      `Cannot use sampleSize ${sampleSize}: give 0 (never sample) or a whole number of rows from ${MIN_SAMPLE_SIZE}`,
    );
  }
  return { k, kMax, nInit, nBoot, seed, lang, sampleSize, onProgress, currency };
}

/**
 * The settings as an options object to pass on to another run step (no `undefined` fields, so
 * that `exactOptionalPropertyTypes` holds and defaults are not wiped out).
 *
 * @param s Resolved settings.
 * @returns The same settings as {@linkcode RunSettings}.
 */
export function passSettings(s: ResolvedSettings): RunSettings {
  const { k, kMax, nInit, nBoot, seed, lang, sampleSize, onProgress, currency } = s;
  return {
    kMax,
    nInit,
    nBoot,
    seed,
    lang,
    sampleSize,
    ...(k !== undefined ? { k } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(currency !== undefined ? { currency } : {}),
  };
}

/**
 * The settings an analysis records.
 *
 * @param s Resolved settings.
 * @returns Seed, language, starts, resamples and the largest k.
 */
export function recordSettings(s: ResolvedSettings): RecordedSettings {
  return {
    seed: s.seed,
    lang: s.lang,
    nInit: s.nInit,
    nBoot: s.nBoot,
    kMax: s.kMax,
    ...(s.currency !== undefined ? { currency: s.currency } : {}),
  };
}
