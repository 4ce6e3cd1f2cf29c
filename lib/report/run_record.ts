/**
 * The reproducibility record of a run: what went in, every setting and seed, what came out.
 *
 * @module
 */
import denoJson from "../../deno.json" with { type: "json" };
import type { Lang, LedgerEntry } from "../base/types.ts";
import { exampleText, ledgerText, noteText } from "../text/mod.ts";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";
import { valueRecord } from "./_value_section.ts";

/** segmenta's own version, from deno.json. */
export const VERSION: string = denoJson.version;

/**
 * The npm libraries a run uses (the others in deno.json are test-only: fast-check, playwright-core,
 * and ml-kmeans and density-clustering, kept as independent oracles for our own k-means and DBSCAN).
 */
export const RUNTIME_LIBRARIES: readonly string[] = [
  "nodejs-polars",
  "@observablehq/plot",
  "jsdom",
  "read-excel-file",
];

/** The run record, embedded as JSON in the report (`#segmenta-run`). */
export type RunRecord = Record<string, unknown>;

/**
 * Build the run record of an analysis: input file (name, SHA-256, size, format, dialect), row
 * counts and the whole ledger, parameters and seeds, every k-selection criterion per k, the
 * chosen k and why, the Hopkins statistic (key `hopkins`) and structure verdict, stability per
 * segment, the segments, and the versions of segmenta, Deno and the libraries. An RFM run with
 * customer value adds `customerValue` (settings, periods, typed warnings), `bgnbd` (`r`, `alpha`,
 * `a`, `b`, `logLik`, `standardErrors`) and `gammaGamma` (`p`, `q`, `gamma`, ...), `null` when a
 * model could not run.
 *
 * @param analysis From `analyzeRfm` or `analyzeFeatures`.
 * @param options How the kind was decided, when the caller decided it.
 * @returns A plain JSON-ready object (NaN becomes null when serialised).
 *
 * @example Keys other tools can rely on
 * ```ts ignore
 * const record = runRecord(analysis);
 * record.hopkins;          // number
 * record.kSelection;       // { ks, inertia, silhouette, calinskiHarabasz, daviesBouldin, gap, ... }
 * ```
 */
export function runRecord(
  analysis: RfmAnalysis | FeatureAnalysis,
  options: { kindReason?: string } = {},
): RunRecord {
  const base: RunRecord = {
    ...inputRecord(analysis, options),
    ...segmentationRecord(analysis),
    versions: versionsRecord(),
    warnings: analysis.warnings,
  };
  return analysis.kind === "rfm"
    ? { ...base, ...rfmRecord(analysis) }
    : { ...base, ...featuresRecord(analysis) };
}

/** What went in: the tool, the kind, the file, row counts, the ledger, parameters, seeds, transforms. */
function inputRecord(analysis: RfmAnalysis | FeatureAnalysis, options: { kindReason?: string }): RunRecord {
  const s = analysis.segmentation;
  const loaded = analysis.loaded;
  const lang = analysis.options.lang;
  return {
    tool: "segmenta",
    version: VERSION,
    kind: analysis.kind,
    ...(options.kindReason ? { kindReason: options.kindReason } : {}),
    input: {
      file: loaded.file,
      sha256: loaded.sha256,
      bytes: loaded.bytes,
      format: loaded.format,
      dialect: { ...loaded.dialect, reasons: loaded.dialect.reasons.map((n) => noteText(n, lang)) },
      notes: loaded.notes.map((n) => noteText(n, lang)),
    },
    rows: {
      inFile: loaded.rowsRead,
      loaded: loaded.table.height,
      kept: analysis.cleaned.rowsOut,
      segmented: s.clustering.labels.length,
    },
    ledger: analysis.ledger.map((e) => recordEntry(e, analysis.options.lang)),
    parameters: {
      ...analysis.options,
      k: s.k,
      kSource: s.kSource,
    },
    seeds: {
      kmeans: s.clustering.seed,
      sweep: s.sweep.seed,
      hopkins: s.hopkins.seed,
      sigclust: s.sigclust.seed,
      stability: s.stability.seed,
    },
    ...(s.sample
      ? { sample: { size: s.sample.size, of: s.sample.of, strata: s.sample.strata, seed: s.sample.seed } }
      : {}),
    transform: {
      log1p: analysis.transform.log.transformed,
      skews: analysis.transform.log.skews,
      scaler: analysis.kind === "features" ? analysis.transform.scaler : "standard",
    },
  };
}

/** What came out: every k-selection criterion, Hopkins, the verdict, stability, silhouettes, segments. */
function segmentationRecord(analysis: RfmAnalysis | FeatureAnalysis): RunRecord {
  const s = analysis.segmentation;
  const names = new Map(s.profiles.map((p) => [p.label, p.name]));
  return {
    kSelection: {
      chosen: s.k,
      suggested: s.suggestion.k,
      reason: s.kReason,
      votes: s.suggestion.votes,
      agree: s.suggestion.agree,
      ks: s.sweep.ks,
      inertia: s.sweep.inertia,
      silhouette: s.sweep.silhouette,
      calinskiHarabasz: s.sweep.calinskiHarabasz,
      daviesBouldin: s.sweep.daviesBouldin,
      gap: s.sweep.gap,
      gapSe: s.sweep.gapSe,
      knee: s.sweep.knee,
      gapK: s.sweep.gapK,
    },
    hopkins: s.hopkins.statistic,
    hopkinsDetail: {
      verdict: s.hopkins.verdict,
      sampleSize: s.hopkins.sampleSize,
      repeats: s.hopkins.repeats,
      values: s.hopkins.values,
      exponent: s.hopkins.exponent,
    },
    hopkinsTiedColumns: s.hopkins.tiedColumns,
    sigclust: {
      pValue: s.sigclust.pValue,
      pValueNormal: s.sigclust.pValueNormal,
      clusterIndex: s.sigclust.clusterIndex,
      valley: s.sigclust.valley,
      separated: s.sigclust.separated,
      covariance: s.sigclust.covariance,
      nSim: s.sigclust.nSim,
      sampleSize: s.sigclust.sampleSize,
    },
    structure: {
      level: s.verdict.level,
      structure: s.verdict.structure,
      finding: s.verdict.finding,
      headline: s.verdict.headline,
    },
    stability: {
      verdict: s.stability.verdict,
      nBoot: s.stability.nBoot,
      ari: s.stability.ari,
      perSegment: s.stability.perSegment.map((p) => ({ ...p, name: names.get(p.label) ?? String(p.label) })),
    },
    silhouette: s.silhouette,
    silhouetteBySegment: s.silhouetteBySegment.map((p) => ({
      ...p,
      name: names.get(p.label) ?? String(p.label),
    })),
    inertia: s.clustering.inertia,
    segments: s.profiles.map((p) => ({
      label: p.label,
      name: p.name,
      archetype: p.archetype,
      size: p.size,
      share: p.share,
      ...(p.valueShare !== undefined ? { valueShare: p.valueShare } : {}),
      means: p.means,
    })),
  };
}

/** The versions of segmenta, Deno, V8, TypeScript and the runtime libraries. */
function versionsRecord(): RunRecord {
  return {
    segmenta: VERSION,
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    typescript: Deno.version.typescript,
    ...Object.fromEntries(
      Object.entries(denoJson.imports as Record<string, string>)
        .filter(([k]) => RUNTIME_LIBRARIES.includes(k))
        .map(([k, v]) => [k, v.replace(/^npm:(@?[^@]+)@/, "")]),
    ),
  };
}

/** A compared period as its first and last day (`YYYY-MM-DD`) and its length in days. */
function periodDays(
  p: { start: Date; end: Date; days: number },
): { first: string; last: string; days: number } {
  return {
    first: p.start.toISOString().slice(0, 10),
    last: new Date(p.end.getTime() - 86_400_000).toISOString().slice(0, 10),
    days: p.days,
  };
}

/** An RFM run's own keys: roles, the snapshot, scores and rule set, and the two periods compared. */
function rfmRecord(analysis: RfmAnalysis): RunRecord {
  return {
    roles: analysis.mapping.roles,
    rfm: {
      snapshot: analysis.rfm.snapshot.toISOString().slice(0, 10),
      customers: analysis.rfm.customers,
      frequencyBasis: analysis.rfm.frequencyBasis,
      thresholds: analysis.scores.thresholds,
      distinctBins: analysis.scores.distinctBins,
      tieRule: analysis.scores.tieRule,
      ruleSet: analysis.ruleSet.name,
      ruleSetCheck: { ok: analysis.ruleCheck.ok, summary: analysis.ruleCheck.summary },
    },
    ...(analysis.periods
      ? {
        periods: {
          earlier: periodDays(analysis.periods.earlier),
          later: periodDays(analysis.periods.later),
          customers: analysis.periods.customers,
          revenue: analysis.periods.revenue,
        },
      }
      : {}),
    ...valueRecord(analysis),
  };
}

/** A features run's own keys: id column, features, the primary segmentation, DBSCAN and the rules. */
function featuresRecord(analysis: FeatureAnalysis): RunRecord {
  return {
    idColumn: analysis.idColumn,
    features: analysis.cleaned.features,
    excludedFeatures: analysis.cleaned.excludedFeatures,
    featureChoice: analysis.featureChoice.reason,
    primary: analysis.primary,
    ...(analysis.dbscan
      ? {
        dbscan: {
          eps: analysis.dbscan.result.eps,
          minSamples: analysis.dbscan.result.minSamples,
          clusters: analysis.dbscan.result.k,
          noise: analysis.dbscan.result.nNoise,
          ariWithKmeans: analysis.dbscan.ariWithKmeans,
          epsReason: analysis.dbscan.eps.reason,
        },
      }
      : {}),
    ...(analysis.rules
      ? {
        rules: {
          origin: analysis.rules.origin,
          thresholds: analysis.rules.segmentation.thresholds,
          segments: analysis.rules.segmentation.segments.map((x) => ({
            key: x.key,
            name: x.name,
            size: x.size,
          })),
          ariWithKmeans: analysis.rules.ariWithKmeans,
        },
      }
      : {}),
  };
}

/** A ledger entry as the record keeps it: its reason in words (`description`) in place of its facts, its examples in words. */
function recordEntry(entry: LedgerEntry, lang: Lang): Record<string, unknown> {
  const { step, reason, facts: _facts, ...rest } = entry;
  return {
    step,
    reason,
    description: ledgerText(entry, lang),
    ...rest,
    examples: entry.examples.map((e) => exampleText(e, lang)),
  };
}
