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
    distribution: "Distribution of {column}",
    distributions: "Distributions",
    skew: "skew {skew}",
    skewNote: "n = {n:raw}; skew {skew} ({meaning})",
    skewRight: "long right tail",
    skewLeft: "long left tail",
    skewNone: "roughly symmetric",
    nonFinite: "{n:raw} non-finite value(s) left out",
    count: "Count",
    monthlyTrend: "Monthly revenue and active customers",
    revenue: "Revenue",
    activeCustomers: "Active customers",
    cohortTitle: "Monthly cohort retention",
    cohort: "Cohort (first purchase)",
    monthsSince: "Months since first purchase",
    rfmGridTitle: "Customers by recency and frequency score",
    recencyScore: "Recency score R (5 = most recent)",
    frequencyScore: "Frequency score F (5 = most often)",
    customers: "Customers",
    /** The total under a chart: {n} is already written for the language. */
    customersTotal: "Customers: {n}",
    elbowTitle: "Elbow: inertia by number of segments",
    k: "Number of segments k",
    inertia: "Inertia (within-segment sum of squares)",
    knee: "knee at k = {k:raw}",
    noKnee: "no clear knee",
    silhouetteTitle: "Mean silhouette by k",
    silhouette: "Mean silhouette (higher is better)",
    calinskiHarabasz: "Calinski-Harabasz (higher is better)",
    daviesBouldin: "Davies-Bouldin (lower is better)",
    gap: "Gap statistic",
    inertiaShort: "Inertia (look for the knee)",
    kPanelTitle: "Choosing k: every criterion",
    chosen: "chosen k = {k:raw}",
    suggested: "Suggested k = {k:raw}",
    kDistanceTitle: "k-distance curve",
    kDistance: "Distance to neighbour {k:raw}",
    pointsSorted: "Points, sorted by distance",
    eps: "suggested eps = {eps}",
    scatterTitle: "Customers by segment",
    downsampled: "Showing {m} of {n} points: a deterministic sample that keeps each segment's share",
    segment: "Segment",
    /** The legend name of DBSCAN's noise points (label -1). */
    outliers: "Outliers",
    /** PCA axes; {v} is the share of variance, already a whole percentage. */
    pc1: "PC1 ({v}% of variance)",
    pc2: "PC2 ({v}% of variance)",
    silhouettePlotTitle: "Silhouette of every customer",
    silhouetteValue: "Silhouette coefficient",
    meanSilhouette: "mean silhouette {s}",
    zTitle: "Segment profiles (z-scores)",
    zLegend: "z-score: segment mean vs all customers, in standard deviations",
    correlationTitle: "Correlation between features",
    correlation: "Pearson correlation",
    sizesTitle: "Segment sizes",
    profileTitle: "What sets each segment apart",
    profileNote: "Bars: z-score of the segment mean; labels: the mean in original units",
    value: "Value",
    // (add above this line)
  },

  /** Words of lib/report. */
  report: {
    /** The page's own words (renderReport): headings, labels, buttons. */
    render: {
      contents: "Contents",
      verdict: "Verdict",
      /** The verdict's level, keyed by `ReportVerdict.level`. */
      verdictLevel: {
        good: "Looks sound",
        warn: "Read with care",
        bad: "Not reliable",
      },
      warnings: "Warnings",
      summary: "Key numbers",
      segments: "Segments",
      actions: "Recommended actions",
      keyMeans: "Key averages",
      /** A segment card's sizes: {n} and {share} are already written for the language. */
      customersShare: "{n} customers · {share} of customers",
      valueShare: "{share} of value",
      aboveAverage: "above average",
      belowAverage: "below average",
      ledger: "Cleaning ledger",
      ledgerBalance: "{in} rows in, {kept} rows kept, {removed} rows removed",
      ledgerEmpty: "Nothing was removed or changed.",
      step: "Step",
      reason: "Reason",
      action: "Action",
      rows: "Rows",
      column: "Column",
      examples: "Examples",
      /** A ledger entry's action, keyed by `LedgerEntry.action`. */
      ledgerAction: {
        removed: "removed",
        imputed: "imputed",
        excluded: "excluded",
        merged: "merged",
      },
      record: "Reproducibility record",
      recordNote:
        'The same record is embedded as JSON in this file (script element with id "segmenta-run") for other tools.',
      generatedBy: "Generated by {who}",
    },
    /** What buildReport says about an analysis: section titles, captions, table headers. */
    build: {
      title: "Customer segments: {file}",
      subtitle: "{file} · {rows:raw} rows · {customers:raw} customers · k = {k:raw} · seed {seed:raw}",
      sumRows: "Rows in the file",
      sumKept: "Rows kept after cleaning",
      sumCustomers: "Customers segmented",
      sumK: "Segments (k)",
      sumHopkins: "Hopkins statistic",
      sumAri: "Stability (mean ARI)",
      sumSil: "Mean silhouette",
      sumSnapshot: "RFM snapshot date",
      secData: "Data and how it was read",
      roles: "Column roles",
      role: "Role",
      column: "Column",
      secEda: "Exploration",
      colProfile: "Column profile",
      /** The column profile's headers (after the column name). */
      profileColumns: {
        missing: "missing",
        min: "min",
        q1: "q1",
        median: "median",
        q3: "q3",
        max: "max",
        mean: "mean",
        skew: "skew",
        outliers: "IQR outliers",
      },
      countries: "Top countries by revenue",
      revenue: "revenue",
      revenueShare: "share",
      secCohorts: "Cohort retention",
      cohortsText: "Share of each first-purchase month's customers who bought again n months later.",
      secRfm: "RFM scores and named segments",
      thresholds: "Score thresholds (1..5)",
      /** The rows of the thresholds table. */
      recencyDays: "recency (days)",
      frequency: "frequency",
      monetary: "monetary",
      rfmSegments: "Named RFM segments",
      bins: "Distinct score bins obtained: R {r:raw}, F {f:raw}, M {m:raw} of {bins:raw}. {tie}",
      secMovement: "Segment movement",
      movementText: "Customers by named segment at {from:date} and at {to:date}: where they moved.",
      from: "From",
      to: "To",
      customers: "Customers",
      secK: "Choosing the number of segments",
      kTable: "Criteria per k",
      inertia: "inertia",
      silhouetteColumn: "silhouette",
      secValid: "Validation: is the structure real?",
      stabTable: "Stability per segment (bootstrap Jaccard)",
      segment: "Segment",
      size: "Size",
      reading: "Reading",
      silhouette: "Silhouette",
      secSegments: "The segments",
      crosstab: "k-means segments (rows) × named RFM segments (columns)",
      secTransform: "Transformations",
      scaler: "Then every feature was scaled ({scaler}) so that no unit dominates the distances.",
      secDbscan: "DBSCAN: density-based groups and outliers",
      /** {eps}, {share} and {ari} are written by the report's fixed-decimal rule ("–" when not finite). */
      dbscanText:
        "DBSCAN with eps = {eps} and minSamples = {min:raw} found {k:raw} group(s) and {noise:raw} outlier(s) ({share}% of customers). Agreement with k-means: adjusted Rand index {ari}.",
      secRules: "Business-rule segments",
      rulesText:
        "Segments by explicit business rules ({origin}). Agreement with k-means: adjusted Rand index {ari}.",
      rulesCross: "k-means segments (rows) × rule segments (columns)",
      summaryTable: "Segment summary",
      dashboardSample:
        "The customer table below shows {shown:raw} of {all:raw} customers, every segment in proportion, to keep the report light; the segments CSV has all of them",
      profileTable: "Segment profiles: size, shares, mean and median of every feature",
      share: "Share of customers",
      valueShare: "Share of value",
      /** A profile table's header for a feature's mean or median. */
      featureMean: "{feature} (mean)",
      featureMedian: "{feature} (median)",
      meanOf: "Mean {c} per segment",
    },
    // (add above this line)
  },

  /** Words of lib/dashboard. */
  dashboard: {
    /** Sent to the browser too: its placeholders take no format (the dashboard fills `{name}` itself). */
    countsTitle: "Customers per segment",
    meansTitle: "Mean {column} per segment",
    showing: "Rows {from}–{to} of {n} (filtered from {total})",
    page: "Page {page} of {pages}",
    noRows: "No customer matches the filter",
    /** The static page around it. */
    explore: "Explore customers",
    filterBySegment: "Filter by segment",
    all: "All",
    none: "None",
    valueColumn: "Average of",
    downloadCsv: "Download CSV",
    previous: "Previous",
    next: "Next",
    sortHint: "Click a column header to sort",
    scriptsOff:
      "Scripts are off: this is the first page of {n} rows. Filtering, sorting and the download need scripts.",
    bigData: "This file embeds all {n} rows ({size} MB); filtering and sorting may take a moment.",
    // (add above this line)
  },

  /** Words of lib/run. */
  run: {
    /** How analyzeFeatures chose its features (`featureChoice.reason`). */
    features: {
      given: "features given by the analyst",
      every: "every numeric column",
      leaving: ", leaving out {what}",
      and: " and ",
      ids: "ids {c}",
      labels: "earlier analyses' labels {c}",
      oneHot: "; one-hot encoded {c} into {n:raw} 0/1 columns",
    },
    dbscanSmall:
      "DBSCAN skipped: minSamples = {m:raw} (2 × {f:raw} features) needs more than {n:raw} customers",
    dbscanLarge: "DBSCAN skipped: {n:raw} rows is above the 200,000 this report runs it on",
    /** Where the risk rules came from (`rules.origin`). */
    risk: {
      origin:
        'risk rules on "{delay}" and "{credits}"{income}: at risk from delay >= {d:raw} or active credits >= {c:raw}{how}',
      premiumBy: ' (premium by "{i}")',
      howGiven: " (thresholds set by the analyst)",
      howOne: " (one threshold set by the analyst, the other at this file's upper quartile)",
      howQuartiles:
        " (thresholds at this file's upper quartiles: illustrative only, since a quartile always flags about a quarter; set --delay-threshold and --credits-threshold with the credit team)",
    },
    /** Which segments lead a features analysis (`primary.reason`), keyed by `primary.by`. */
    primary: {
      kmeans: "k-means segments lead: the data has enough structure for them",
      rules:
        "Business-rule segments lead: the data has no natural grouping, so k-means segments would be arbitrary",
    },
    /** Why segmentMatrix took its k (`kReason`) when not the suggested one; {h} is Hopkins with 2 decimals. */
    kReason: {
      analyst: "k = {k:raw} set by the analyst (the sweep suggested {s:raw})",
      convenience:
        "k = {k:raw}, the elbow of the inertia curve, as a convenient number of segments: the data shows no separate groups (Hopkins {h}; see the gap statistic) and the criteria do not agree, so there is no k to discover. ({reason})",
      convenienceVote:
        "k = {k:raw}, the smallest number of segments any criterion points to, as a convenience: the data shows no separate groups (Hopkins {h}; see the gap statistic) and the inertia curve has no clear elbow. ({reason})",
    },
    /** segmentMatrix's stability warnings; {names} lists the segments with their Jaccard. */
    unstableSegments:
      "Unstable segments (mean bootstrap Jaccard below 0.6): {names}; they dissolve when the data changes slightly: do not target them as real groups",
    fragileSegments:
      "Fragile segments (mean bootstrap Jaccard 0.6 to 0.75): {names}; their borders move between resamples",
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    explainedTitle: "Explained variance ratio per principal component",
    explainedValue: "share of variance",
    component: "PC{i:raw}",
    meanPerSegment: "Mean {column} per segment",
    // (add above this line)
  },
};
