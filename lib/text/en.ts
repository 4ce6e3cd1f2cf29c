/**
 * Every word segmenta shows in English. The other languages have the same keys (`es.ts`,
 * `id.ts`). Templates cite facts as `{name}` (see `fill` in `mod.ts` for the formats).
 *
 * Sections follow the step that produced the fact; `warnings` is keyed by warning code.
 *
 * @module
 */

/** The English words. */
export const en = {
  /** Typed warnings of every step, keyed by their `code`. */
  warnings: {
    // -- warnings of cluster/, choose_k/, profile/ (first ones)
    "gap-keeps-rising":
      "The gap statistic keeps rising up to k = {kMax:raw}: no k in {kMin:raw}..{kMax:raw} satisfies gap(k) >= gap(k+1) - s(k+1); try a larger kMax",
    "no-elbow":
      "The inertia curve for k = {kMin:raw}..{kMax:raw} has no clear elbow: rely on the other criteria",
    "rule-took-no-customer": 'Rule "{rule}" took no customer; check its thresholds or the rules before it',
    "kmeans-fewer-clusters":
      "k-means found {distinct:raw} distinct clusters where k = {k:raw} was asked: the data has fewer distinct points than k",
    "dbscan-all-noise":
      "DBSCAN found no cluster: all {n} rows are noise with eps = {eps} and minSamples = {minSamples:raw}; raise eps or lower minSamples (the bend of the k-distance curve suggests an eps)",
    "dbscan-one-cluster":
      "DBSCAN put all {n} rows in one cluster with eps = {eps}: lower eps to separate groups (the bend of the k-distance curve suggests an eps)",
    // -- warnings of load/, clean/, eda/, cohorts/, scale/
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    // (add above this line)

    // -- warnings of profile/
    // (add above this line)

    // -- warnings of chart/, report/, views/, run/
    // (add above this line)
  },

  /** The cleaning ledger: each reason in words, keyed by its reason code. */
  ledger: {
    // (add above this line)
  },

  /** Words of lib/load. */
  load: {
    // (add above this line)
  },

  /** Words of lib/clean. */
  clean: {
    // (add above this line)
  },

  /** Words of lib/eda. */
  eda: {
    // (add above this line)
  },

  /** Words of lib/scale. */
  scale: {
    // (add above this line)
  },

  /** Words of lib/rfm. */
  rfm: {
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    // (add above this line)
  },

  /** Words of lib/choose_k. */
  chooseK: {
    // (add above this line)
  },

  /** Words of lib/cluster. */
  cluster: {
    // (add above this line)
  },

  /** Words of lib/profile. */
  profile: {
    // (add above this line)
  },

  /** Words of lib/chart. */
  chart: {
    // (add above this line)
  },

  /** Words of lib/report. */
  report: {
    // (add above this line)
  },

  /** Words of lib/dashboard. */
  dashboard: {
    // (add above this line)
  },

  /** Words of lib/run. */
  run: {
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    // (add above this line)
  },
};
