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
    "ids-read-as-numbers":
      'Customer ids in "{column}" were read as numbers; they are kept as text without decimals (e.g. "{value}")',
    "ids-trimmed": 'Spaces around {n:raw} customer ids in "{column}" were removed',
    "amount-derived": 'No amount column: the amount is computed as "{a}" × "{b}" in a new column "{new}"',
    "rule-off": 'Rule "{rule}" was turned off: those rows are kept',
    "no-rows-left": "No rows are left after cleaning; the ledger says which rules removed them",
    "non-finite-values": '{n:count} values of "{column}" were NaN or Infinity; they are treated as missing',
    "knn-fallback-median":
      '{n:count} missing values of "{column}" had no customer to compare with; they were filled with the median ({value:measure})',
    "column-constant":
      'Column "{column}" is constant (every value {value:raw}); it was centred but not scaled (scale 1, as scikit-learn does) and carries no information for clustering; consider leaving it out',
    "column-no-spread":
      'Column "{column}" has no spread between percentiles {low:raw} and {high:raw}; it was centred but not scaled (scale 1, as scikit-learn does)',
    "levels-grouped":
      'Column "{column}" has {levels:raw} levels, more than maxLevels = {maxLevels:raw}; the {grouped:raw} rarest ({rows:raw} rows) were grouped as "{column}=other"',
    "other-level-exists":
      'Column "{column}" already has a level "other"; the grouped rare levels were added to it',
    "empty-cells-zero":
      'Column "{column}" has {n:raw} empty cells; they are 0 in every "{column}=..." column',
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
    "missing-customer": 'No customer id in "{column}"',
    "missing-date": 'No date, or a date that could not be read, in "{column}"',
    "missing-amount": 'No amount, or an amount that is not a number, in "{column}"',
    cancellation: 'Cancellations: the invoice id in "{column}" starts with "{prefix}"',
    negative: "Returns: a negative value in {columns:json}",
    "non-positive-amount": 'Amount of zero or less in "{column}"',
    duplicate: "Exact duplicates of an earlier row (every column equal); the first one is kept",
    "duplicate-id": 'Repeated customer id in "{column}"; the first row of each id is kept',
    "missing-value": "A missing value in a feature ({columns:json}); rows dropped as asked",
    "empty-column": 'Column "{column}" is entirely empty: excluded from the features',
    "constant-column":
      'Column "{column}" has the same value ({value:measure}) in every row: no information for segmenting, excluded',
    "imputed-median": 'Missing values of "{column}" filled with the column median ({value:measure})',
    "imputed-knn":
      'Missing values of "{column}" filled with the mean of the {k:raw} most similar customers (on the other features, standardized)',
    "blank-line": "Blank lines (every cell empty) skipped",
    "totals-row": "Totals row at the end of the file (a sum, not a record) removed",
    "not-number": 'Rows whose "{column}" has values that are not numbers dropped (badValues: "drop")',
    "not-date":
      'Rows whose "{column}" has values that are not dates in the format {format} dropped (badValues: "drop")',
    "future-date":
      'Rows whose "{column}" has dates in the future (after {after}) dropped (badValues: "drop")',
    "non-positive-monetary": "Customers whose total spend is zero or negative, left out of clustering",
    // (add above this line)
  },

  /** Words of lib/load. */
  load: {
    /** Why `detectKind` decided the kind, by reason code, and its parts. */
    kind: {
      "no-customer": "no customer column",
      "no-date": "no date column",
      "not-dates": 'the date column "{column}" does not hold dates',
      "no-amount": "no amount column (nor quantity and unit price) holding numbers",
      "missing-roles":
        'One row per customer: the file has {missing}, so it cannot be read as transactions (map the roles to override, or pass kind "rfm")',
      "ids-unique":
        'One row per customer: each of the {n:count} customer ids in "{column}" appears once, though the file has a date and an amount',
      transactions:
        'Transactions: {rows:count} rows for {customers:count} customers in "{column}", each with a date ("{date}") and {what}, so RFM applies',
      amount: 'an amount ("{amount}")',
      "quantity-price": 'a quantity ("{quantity}") and price ("{price}")',
      forced: "{kind} chosen with --kind (detection said {detected}: {reason})",
    },
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
    /** Why `log1pColumns` transformed the columns it did. */
    log1p: {
      some: "log1p applied to {list}: skew above {threshold:f2}.",
      none: "No column has skew above {threshold:f2}; no log1p applied.",
      chosen: "log1p applied to {list}, as asked.",
      negative: " Skewed but left as is because they have negative values (log1p needs values >= 0): {list}.",
      item: "{column} ({skew:f2})",
    },
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
