/**
 * The clustering half of every analysis: sweep k, pick k, fit k-means, check the structure and
 * stability, and describe the segments. RFM and customer-feature analyses both call it.
 *
 * @module
 */
import { fill, namedSegmentTexts, warningText, words } from "../text/mod.ts";
import { suggestKText } from "../text/choose_k.ts";
import { structureWhyText, verdictDetails, verdictHeadline } from "../text/validate.ts";
import type pl from "nodejs-polars";
import type { Lang, Matrix } from "../base/types.ts";
import { type ResolvedSettings, resolveSettings, type RunSettings } from "./settings.ts";
import { countDistinctRows } from "./_distinct_rows.ts";
import { kmeans, type KMeansResult } from "../cluster/kmeans.ts";
import { type KSuggestion, suggestK } from "../choose_k/suggest_k.ts";
import { type KSweep, sweepK } from "../choose_k/sweep_k.ts";
import { hopkins, type HopkinsResult } from "../validate/hopkins.ts";
import { stability, type StabilityResult } from "../validate/stability.ts";
import { type SegmentSilhouette, silhouetteBySegment } from "../validate/silhouette_by_segment.ts";
import { silhouetteEstimate } from "../validate/silhouette_estimate.ts";
import { silhouetteSamples } from "../validate/silhouette_samples.ts";
import { profileSegments } from "../profile/profile_segments.ts";
import { type NamedSegmentProfile, nameSegments } from "../profile/name_segments.ts";
import type { ConceptMap } from "../profile/detect_concepts.ts";
import { pca, type PcaResult } from "../scale/pca.ts";
import { clusterStructure, type StructureVerdict, structureVerdict } from "../validate/structure_verdict.ts";
import { sigclust, type SigClustResult } from "../validate/sigclust.ts";
import { quantileStrata, stratifiedSample } from "../base/stratified_sample.ts";
import { takeRows } from "../base/matrix.ts";

/** Rows above which per-sample silhouettes (O(n²)) are replaced by a stratified estimate. */
export const EXACT_SILHOUETTE_MAX_ROWS = 20_000;

/** Options for {@linkcode segmentMatrix}: the shared run settings, and how to name the segments. */
export interface SegmentMatrixOptions extends RunSettings {
  /** `rfm` or `features`: which archetypes name the segments. @default {"features"} */
  kind?: "rfm" | "features";
  /** Column → business concept, overriding what names suggest. */
  concepts?: ConceptMap;
  /** Column of `table` whose share per segment is reported (revenue, monetary). */
  valueColumn?: string;
  /**
   * RFM: each row's named RFM grid segment (its key, as `segmentRfm` gives it) and the keys' names
   * in the run's language; k-means segments are then named consistently with the grid segments
   * they hold (see `nameSegments`' `gridCounts`).
   */
  grid?: { readonly keys: readonly string[]; readonly names: Readonly<Record<string, string>> };
}

/** Strata of the sample: the 10 deciles of the rows' scores on the first principal component. */
export const SAMPLE_STRATA = "pc1-deciles";

/** The stratified sample a large fit was checked on (see `RunSettings.sampleSize`). */
export interface FitSample {
  /** Rows in the sample. */
  readonly size: number;
  /** Rows in the matrix (every customer). */
  readonly of: number;
  /** How the strata were made: {@linkcode SAMPLE_STRATA}. */
  readonly strata: typeof SAMPLE_STRATA;
  /** Seed of the draw (the run's seed; stratum `h` draws from `childSeed(seed, h)`). */
  readonly seed: number;
  /** The rows drawn, ascending. */
  readonly indices: Uint32Array;
  /** Rows per stratum in the matrix (index = decile). */
  readonly populationCounts: readonly number[];
  /** Rows per stratum in the sample. */
  readonly sampleCounts: readonly number[];
}

/** What {@linkcode segmentMatrix} found. */
export interface MatrixSegmentation {
  /** The k sweep with every criterion. */
  readonly sweep: KSweep;
  /** The suggested k and why. */
  readonly suggestion: KSuggestion;
  /** The k used: the analyst's, or the suggestion. */
  readonly k: number;
  /** Why this k, in words. */
  readonly kReason: string;
  /** Who chose k: the analyst, the sweep's suggestion, or the elbow as a convenience when there are no separate groups. */
  readonly kSource: "analyst" | "suggested" | "convenience";
  /** The k-means fit with `k` segments. */
  readonly clustering: KMeansResult;
  /** Is the data concentrated at all, or about uniform? */
  readonly hopkins: HopkinsResult;
  /** Does a 2-means split separate groups more than one Gaussian blob would? */
  readonly sigclust: SigClustResult;
  /** Do the segments survive resampling? */
  readonly stability: StabilityResult;
  /** Mean silhouette of the split (exact, or a stratified estimate on large inputs). */
  readonly silhouette: number;
  /** Silhouette per segment (empty above {@linkcode EXACT_SILHOUETTE_MAX_ROWS} rows). */
  readonly silhouetteBySegment: readonly SegmentSilhouette[];
  /** Named, described segments with actions. */
  readonly profiles: readonly NamedSegmentProfile[];
  /** Principal components of the matrix, for the 2-D view. */
  readonly pca: PcaResult;
  /** The overall verdict, its facts and its headline and details in the run's language. */
  readonly verdict: StructureVerdict & { readonly headline: string; readonly details: readonly string[] };
  /** Weak results, said in words. */
  readonly warnings: readonly string[];
  /**
   * The stratified sample the k sweep, Hopkins, SigClust and the stability bootstrap ran on, or
   * `null` when they ran on every row (up to `sampleSize` rows).
   */
  readonly sample: FitSample | null;
}

/** A number with 2 decimals in the language's decimal separator. */
function decimal(v: number, lang: Lang): string {
  return lang === "en" ? v.toFixed(2) : v.toFixed(2).replace(".", ",");
}

/** One warning per stability class, naming the segments, in the report's language. */
function stabilityWarnings(
  stab: StabilityResult,
  profiles: readonly { label: number; name: string }[],
  lang: Lang,
): string[] {
  const names = new Map(profiles.map((p) => [p.label, p.name]));
  const list = (f: (j: number) => boolean) =>
    stab.perSegment.filter((p) => f(p.jaccard)).map((p) =>
      `"${names.get(p.label) ?? p.label}" (${decimal(p.jaccard, lang)})`
    );
  const unstable = list((j) => j < 0.6), fragile = list((j) => j >= 0.6 && j < 0.75);
  return [
    ...(unstable.length
      ? [fill(words(lang).run.unstableSegments, { names: unstable.join(", ") }, lang)]
      : []),
    ...(fragile.length ? [fill(words(lang).run.fragileSegments, { names: fragile.join(", ") }, lang)] : []),
  ];
}

/**
 * Segment the rows of a prepared (transformed, scaled) matrix and describe the segments in the
 * units of `table`, whose rows are the matrix's rows in the same order.
 *
 * @param x The scaled feature matrix.
 * @param table The same rows in original units (for profiles); must hold every column of `x`.
 * @param options See {@linkcode SegmentMatrixOptions}.
 * @returns The sweep, the chosen k, the fit, the validation and the named profiles.
 * @throws {RangeError} If `k` is not an integer from 1 to the number of distinct rows.
 *
 * @example Three planted groups
 * ```ts
 * import { segmentMatrix } from "./segment_matrix.ts";
 * import { generateBlobs } from "../generate/mod.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const x = generateBlobs({ n: 300, d: 2, centers: 3, spread: 0.3, seed: 1 });
 * const col = (j: number) => Array.from({ length: x.rows }, (_, i) => x.data[i * 2 + j]);
 * const s = segmentMatrix(x, pl.DataFrame({ x0: col(0), x1: col(1) }), { kMax: 6, nBoot: 5 });
 * assert.equal(s.k, 3);
 * assert.equal(s.profiles.length, 3);
 * ```
 */
export function segmentMatrix(
  x: Matrix,
  table: pl.DataFrame,
  options: SegmentMatrixOptions = {},
): MatrixSegmentation {
  const { kind = "features", concepts, valueColumn, grid } = options;
  const settings = resolveSettings(options);
  const { nInit, nBoot, seed, lang, onProgress } = settings;
  const distinctLimit = Math.max(settings.kMax, settings.k ?? 0) + 1;
  const distinctAll = countDistinctRows(x, distinctLimit);
  if (distinctAll < 2) {
    throw new RangeError(
      `Cannot segment: all ${x.rows} rows have the same values, so there is nothing to separate; check the feature columns`,
    );
  }
  const components = pca(x, { nComponents: Math.min(2, x.cols) });
  const sample = fitSample(x, components, settings);
  // Above `sampleSize` rows every check runs on the sample `xs`; below it `xs` is `x` itself.
  const xs = sample ? takeRows(x, sample.indices) : x;
  const distinct = sample ? countDistinctRows(xs, distinctLimit) : distinctAll;
  const sweep = sweepK(xs, {
    kMin: 1,
    kMax: Math.max(2, Math.min(settings.kMax, distinct - 1, xs.rows - 1)),
    nInit,
    seed,
    ...(onProgress ? { onProgress } : {}),
  });
  const suggestion = suggestK(sweep);
  // Hopkins and SigClust spread tied values over their cells first: repeated points (many
  // customers with one purchase, zero amounts) would otherwise read as groups by themselves.
  const hop = hopkins(xs, { seed });
  const sig = sigclust(xs, { seed });
  const { k, kReason, kSource } = chooseK(sweep, suggestion, hop, sig, distinct, settings);
  const clustering = sample
    ? refineOnAll(x, kmeans(xs, k, { nInit, seed }), seed)
    : kmeans(x, k, { nInit, seed });
  const stab = stability(xs, k, {
    nBoot,
    seed,
    nInit: Math.min(nInit, 3),
    labels: sample ? pick(clustering.labels, sample.indices) : clustering.labels,
    ...(onProgress ? { onProgress } : {}),
  });
  const warnings: string[] = [
    ...[...sweep.warnings, ...clustering.warnings, ...hop.warnings, ...sig.warnings].map((w) =>
      warningText(w, lang)
    ),
  ];
  const { silhouette, bySegment } = splitSilhouettes(x, clustering, seed);
  const profiles = namedSegmentTexts(
    nameSegments(
      profileSegments(table, clustering.labels, {
        features: x.columns,
        ...(valueColumn ? { valueColumn } : {}),
      }),
      {
        kind,
        ...(concepts ? { concepts } : {}),
        ...(grid ? { gridCounts: gridCounts(clustering.labels, grid.keys) } : {}),
      },
    ),
    lang,
    grid ? { gridNames: grid.names } : {},
  );
  const facts = structureVerdict(hop, stab, { silhouette, gapK: sweep.gapK, sigclust: sig });
  const verdict = { ...facts, headline: verdictHeadline(facts, lang), details: verdictDetails(facts, lang) };
  warnings.push(...stabilityWarnings(stab, profiles, lang));
  return {
    sweep,
    suggestion,
    k,
    kReason,
    kSource,
    clustering,
    hopkins: hop,
    sigclust: sig,
    stability: stab,
    silhouette,
    silhouetteBySegment: bySegment,
    profiles,
    pca: components,
    verdict,
    warnings,
    sample,
  };
}

/**
 * The stratified sample to check a large fit on, or `null` up to `sampleSize` rows (or with
 * `sampleSize` 0). Strata: the deciles of the rows' first principal component, the axis along
 * which the customers differ most (for RFM, low to high value), so the sample keeps each part of
 * that range in its share; the draw is proportional within them (see `stratifiedSample`).
 */
function fitSample(x: Matrix, components: PcaResult, settings: ResolvedSettings): FitSample | null {
  const { sampleSize, seed } = settings;
  if (sampleSize === 0 || x.rows <= sampleSize) return null;
  const scores = components.scores, d = scores.cols;
  const pc1 = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) pc1[i] = scores.data[i * d]!;
  const drawn = stratifiedSample(quantileStrata(pc1, 10), sampleSize, seed);
  return { size: sampleSize, of: x.rows, strata: SAMPLE_STRATA, seed, ...drawn };
}

/**
 * The final fit of a sampled run: k-means on every row, started from the centres fitted on the
 * sample (one start; Lloyd's iterations from there cost little, as the centres are already close),
 * so the centres are those of all customers and every row's label is its nearest centre.
 */
function refineOnAll(x: Matrix, onSample: KMeansResult, seed: number): KMeansResult {
  const all = kmeans(x, onSample.k, { init: onSample.centroids, seed });
  return { ...all, nInit: onSample.nInit };
}

/** The labels of the given rows. */
function pick(labels: Int32Array, rows: Uint32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = labels[rows[r]!]!;
  return out;
}

/**
 * What a sampled fit did, in words: the sample's size, the number of customers, the strata and
 * the seed, and that every customer was then assigned to its nearest segment centre.
 *
 * @param sample The segmentation's `sample` (see {@linkcode MatrixSegmentation}).
 * @param lang The language.
 * @returns One sentence.
 *
 * @example
 * ```ts
 * import { fitSampleText } from "./segment_matrix.ts";
 * import assert from "node:assert/strict";
 * const text = fitSampleText({ size: 200_000, of: 1_500_000, seed: 0 }, "en");
 * assert.match(text, /stratified sample of 200,000 of the 1,500,000 customers/);
 * ```
 */
export function fitSampleText(sample: Pick<FitSample, "size" | "of" | "seed">, lang: Lang): string {
  return fill(words(lang).run.sampled, { size: sample.size, of: sample.of, seed: sample.seed }, lang);
}

/** Customers per grid key in each segment (label → key → count). */
function gridCounts(labels: Int32Array, keys: readonly string[]): Record<number, Record<string, number>> {
  if (keys.length !== labels.length) {
    throw new RangeError(
      `Cannot name segments by the RFM grid: ${keys.length} grid keys for ${labels.length} rows; give one key per row`,
    );
  }
  const out: Record<number, Record<string, number>> = {};
  labels.forEach((l, i) => {
    const row = out[l] ??= {};
    row[keys[i]!] = (row[keys[i]!] ?? 0) + 1;
  });
  return out;
}

/**
 * The k to fit, who chose it and why in words: the analyst's k; with separate groups (see
 * `clusterStructure`), the sweep's suggestion (at least 2); otherwise there is no k to discover,
 * and k is the elbow of the inertia curve as a convenience, said so (with no elbow, the smallest k
 * of 3 or more a criterion voted for, else 3): k = 2 is not taken from a vote on a continuum,
 * where silhouette and Calinski-Harabasz favour 2 on any skewed blob.
 */
function chooseK(
  sweep: KSweep,
  suggestion: KSuggestion,
  hop: HopkinsResult,
  sig: SigClustResult,
  distinct: number,
  settings: ResolvedSettings,
): Pick<MatrixSegmentation, "k" | "kReason" | "kSource"> {
  const { lang } = settings;
  const suggestionText = suggestKText(suggestion, lang);
  const structure = clusterStructure(hop, sig, sweep.gapK);
  const asked = settings.k;
  if (asked !== undefined) {
    if (!Number.isInteger(asked) || asked < 2 || asked > distinct) {
      throw new RangeError(
        `Cannot make ${asked} segments: k must be an integer from 2 to ${distinct}, the number of distinct customers (rows with different values); choose another k`,
      );
    }
    const kReason = fill(words(lang).run.kReason.analyst, { k: asked, s: suggestion.k }, lang);
    return { k: asked, kReason, kSource: "analyst" };
  }
  if (structure !== "clear") {
    const why = structureWhyText({
      structure,
      hopkins: hop,
      sigclust: sig,
      gapK: sweep.gapK,
    }, lang);
    const kMax = sweep.ks[sweep.ks.length - 1]!;
    const elbow = sweep.knee !== null && sweep.knee >= 2;
    const voted = suggestion.votes.map((v) => v.k).filter((v) => v >= 3);
    const k = elbow ? sweep.knee! : Math.min(...voted, Math.min(3, kMax));
    return {
      k,
      kSource: "convenience",
      kReason: fill(words(lang).run.kReason[elbow ? "convenience" : "convenienceVote"], {
        k,
        why,
        reason: suggestionText,
      }, lang),
    };
  }
  // Separate groups, and the criteria agree on one: still two segments, said so.
  if (suggestion.k < 2) {
    return { k: 2, kSource: "suggested", kReason: suggestionText };
  }
  return { k: suggestion.k, kReason: suggestionText, kSource: "suggested" };
}

/**
 * The mean silhouette of the split and its per-segment means: exact in one O(n²) pass up to
 * {@linkcode EXACT_SILHOUETTE_MAX_ROWS} rows, a stratified estimate (no per-segment means) above.
 */
function splitSilhouettes(
  x: Matrix,
  clustering: KMeansResult,
  seed: number,
): { silhouette: number; bySegment: SegmentSilhouette[] } {
  if (clustering.k < 2) return { silhouette: NaN, bySegment: [] };
  if (x.rows > EXACT_SILHOUETTE_MAX_ROWS) {
    return {
      silhouette: silhouetteEstimate(x, clustering.labels, { sampleSize: 2_000, seed }).mean,
      bySegment: [],
    };
  }
  // The mean as silhouetteScore sums it, and the per-segment means, from one set of samples.
  const samples = silhouetteSamples(x, clustering.labels);
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]!;
  return { silhouette: sum / samples.length, bySegment: silhouetteBySegment(x, clustering.labels, samples) };
}
