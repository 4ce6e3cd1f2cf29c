/**
 * The clustering half of every analysis: sweep k, pick k, fit k-means, check the structure and
 * stability, and describe the segments. RFM and customer-feature analyses both call it.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { Lang, Matrix, ProgressCallback } from "../types.ts";
import { takeRows } from "../matrix.ts";
import { kmeans, type KMeansResult } from "../cluster/kmeans.ts";
import { type KSuggestion, suggestK } from "../choose_k/suggest_k.ts";
import { type KSweep, sweepK } from "../choose_k/sweep_k.ts";
import { hopkins, type HopkinsResult } from "../validate/hopkins.ts";
import { stability, type StabilityResult } from "../validate/stability.ts";
import { type SegmentSilhouette, silhouetteBySegment } from "../validate/silhouette_by_segment.ts";
import { silhouetteEstimate } from "../validate/silhouette_estimate.ts";
import { silhouetteScore } from "../validate/silhouette_score.ts";
import { profileSegments } from "../profile/profile_segments.ts";
import { type NamedSegmentProfile, nameSegments } from "../profile/name_segments.ts";
import type { ConceptMap } from "../profile/detect_concepts.ts";
import { pca, type PcaResult } from "../scale/pca.ts";
import { type StructureVerdict, structureVerdict } from "./structure_verdict.ts";

/** Rows above which per-sample silhouettes (O(n²)) are replaced by a stratified estimate. */
export const EXACT_SILHOUETTE_MAX_ROWS = 20_000;

/** Options for {@linkcode segmentMatrix}. */
export interface SegmentMatrixOptions {
  /** Number of segments; default: the suggestion of the k sweep. */
  k?: number;
  /** Largest k of the sweep. @default {10} */
  kMax?: number;
  /** k-means starts per fit. @default {10} */
  nInit?: number;
  /** Bootstrap resamples of the stability check. @default {20} */
  nBoot?: number;
  /** Seed of every random step. @default {0} */
  seed?: number;
  /** Language of names, reasons and verdicts. @default {"en"} */
  lang?: Lang;
  /** `rfm` or `features`: which archetypes name the segments. @default {"features"} */
  kind?: "rfm" | "features";
  /** Column → business concept, overriding what names suggest. */
  concepts?: ConceptMap;
  /** Column of `table` whose share per segment is reported (revenue, monetary). */
  valueColumn?: string;
  /** Progress of the sweep and the bootstrap. */
  onProgress?: ProgressCallback;
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
  /** The k-means fit with `k` segments. */
  readonly clustering: KMeansResult;
  /** Is there cluster structure at all? */
  readonly hopkins: HopkinsResult;
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
  /** The overall verdict. */
  readonly verdict: StructureVerdict;
  /** Weak results, said in words. */
  readonly warnings: readonly string[];
}

const K_REASON = {
  analyst: {
    en: "k = {k} set by the analyst (the sweep suggested {s})",
    es: "k = {k} fijado por el analista (el barrido sugería {s})",
    id: "k = {k} ditetapkan oleh analis (sapuan menyarankan {s})",
  },
} as const;

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
  const {
    kMax = 10,
    nInit = 10,
    nBoot = 20,
    seed = 0,
    lang = "en",
    kind = "features",
    concepts,
    valueColumn,
    onProgress,
  } = options;
  const distinct = countDistinctRows(x, Math.max(kMax, options.k ?? 0) + 1);
  if (distinct < 2) {
    throw new RangeError(
      `Cannot segment: all ${x.rows} rows have the same values, so there is nothing to separate; check the feature columns`,
    );
  }
  const sweep = sweepK(x, {
    kMin: 1,
    kMax: Math.max(2, Math.min(kMax, distinct - 1, x.rows - 1)),
    nInit,
    seed,
    ...(onProgress ? { onProgress } : {}),
  });
  const suggestion = suggestK(sweep, { lang });
  let k = suggestion.k, kReason = suggestion.reason;
  if (options.k !== undefined) {
    if (!Number.isInteger(options.k) || options.k < 1 || options.k > distinct) {
      throw new RangeError(
        `Cannot make ${options.k} segments: k must be an integer from 1 to ${distinct}, the number of distinct customers (rows with different values); choose a smaller k`,
      );
    }
    k = options.k;
    kReason = K_REASON.analyst[lang].replace("{k}", String(k)).replace("{s}", String(suggestion.k));
  }
  const clustering = kmeans(x, k, { nInit, seed });
  // Hopkins on distinct rows: repeated points (many customers with one purchase and the same
  // recency) have a nearest-neighbour distance of 0 and would read as "clustered" by themselves.
  const unique = distinctRows(x);
  const hop = hopkins(unique, { seed, lang });
  const stab = stability(x, k, {
    nBoot,
    seed,
    nInit: Math.min(nInit, 3),
    labels: clustering.labels,
    lang,
    ...(onProgress ? { onProgress } : {}),
  });
  let silhouette = NaN;
  let bySegment: SegmentSilhouette[] = [];
  const warnings: string[] = [...sweep.warnings, ...clustering.warnings, ...hop.warnings, ...stab.warnings];
  if (unique.rows < x.rows) {
    warnings.push(
      `Hopkins statistic computed on the ${unique.rows} distinct rows of ${x.rows}: repeated points would otherwise look like clusters`,
    );
  }
  if (k >= 2) {
    if (x.rows <= EXACT_SILHOUETTE_MAX_ROWS) {
      silhouette = silhouetteScore(x, clustering.labels);
      bySegment = silhouetteBySegment(x, clustering.labels);
    } else {
      silhouette = silhouetteEstimate(x, clustering.labels, { sampleSize: 10_000, seed }).mean;
    }
  }
  const profiles = nameSegments(
    profileSegments(table, clustering.labels, {
      features: x.columns,
      ...(valueColumn ? { valueColumn } : {}),
    }),
    { lang, kind, ...(concepts ? { concepts } : {}) },
  );
  const verdict = structureVerdict(hop, stab, { lang, silhouette });
  return {
    sweep,
    suggestion,
    k,
    kReason,
    clustering,
    hopkins: hop,
    stability: stab,
    silhouette,
    silhouetteBySegment: bySegment,
    profiles,
    pca: pca(x, { nComponents: Math.min(2, x.cols) }),
    verdict,
    warnings,
  };
}

/**
 * The distinct rows of a matrix, in order of first appearance.
 *
 * @param x The matrix.
 * @returns `x` itself when every row is distinct, else a new matrix without repeats.
 *
 * @example
 * ```ts
 * import { distinctRows } from "./segment_matrix.ts";
 * import { matrixFromRows } from "../matrix.ts";
 * import assert from "node:assert/strict";
 * assert.equal(distinctRows(matrixFromRows([[1, 2], [1, 2], [3, 4]])).rows, 2);
 * ```
 */
export function distinctRows(x: Matrix): Matrix {
  const seen = new Set<string>();
  const keep: number[] = [];
  for (let i = 0; i < x.rows; i++) {
    const key = Array.prototype.join.call(x.data.subarray(i * x.cols, (i + 1) * x.cols), ",");
    if (!seen.has(key)) {
      seen.add(key);
      keep.push(i);
    }
  }
  return keep.length === x.rows ? x : takeRows(x, keep);
}

/**
 * Number of distinct rows, counted up to `limit` (enough to check k against it).
 *
 * @param x The matrix.
 * @param limit Stop counting once this many distinct rows are seen.
 * @returns `min(distinct rows, limit)`.
 *
 * @example
 * ```ts
 * import { countDistinctRows } from "./segment_matrix.ts";
 * import { matrixFromRows } from "../matrix.ts";
 * import assert from "node:assert/strict";
 * assert.equal(countDistinctRows(matrixFromRows([[1, 2], [1, 2], [3, 4]])), 2);
 * ```
 */
export function countDistinctRows(x: Matrix, limit = Infinity): number {
  const seen = new Set<string>();
  for (let i = 0; i < x.rows && seen.size < limit; i++) {
    seen.add(Array.prototype.join.call(x.data.subarray(i * x.cols, (i + 1) * x.cols), ","));
  }
  return seen.size;
}
