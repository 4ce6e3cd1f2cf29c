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
    "hopkins-constant-columns": "Columns {columns:q} are constant; they do not affect the statistic",
    "hopkins-small-sample":
      "Only {sampleSize:raw} rows sampled per repeat: the statistic is noisy; use more rows",
    "stability-few-resamples":
      "Only {nBoot:raw} resamples: the stability figures are rough; use nBoot = 20 or more",
    "stability-empty-segment": "Segment {segment:raw} is empty in the segmentation checked",
    "stability-segment-dissolved":
      "Segment {segment:raw} is unstable: mean Jaccard {jaccard:fx2} < 0.6 over {nBoot:raw} resamples; it dissolves when the data changes slightly, do not target it as a real group",
    "stability-segment-fragile":
      "Segment {segment:raw} is fragile: mean Jaccard {jaccard:fx2} is between 0.6 and 0.75; its boundary moves between resamples",
    "rfm-amount-from-price": 'Monetary is "{quantity}" × "{price}" because no column plays the "amount" role',
    "rfm-rows-without-customer-or-date":
      "{rows:raw} rows without a customer or a date were left out ({noCustomer:raw} without customer, {noDate:raw} without date)",
    "rfm-rows-without-amount": "{rows:raw} rows have no amount; they count as 0 in monetary",
    "rfm-rows-without-invoice": "{rows:raw} rows have no invoice id; per customer they count as one invoice",
    "rfm-frequency-by-days":
      'Frequency counts distinct purchase days because no column plays the "invoice" role',
    "rfm-rows-after-snapshot": "{rows:raw} rows dated on or after the snapshot {snapshot} were left out",
    "rfm-non-positive-customers":
      "{customers:raw} customers have a total amount of 0 or less; remove cancellations and returns first (the clean step does)",
    "rfm-few-recency-scores":
      "R got {got:raw} distinct scores of {bins:raw}: many customers share the same recency, so cuts coincide ({cuts:list6})",
    "rfm-few-frequency-scores":
      "F got {got:raw} distinct scores of {bins:raw}: many customers share the same frequency, so cuts coincide ({cuts:list6})",
    "rfm-few-monetary-scores":
      "M got {got:raw} distinct scores of {bins:raw}: many customers share the same monetary, so cuts coincide ({cuts:list6})",
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
    tieRule:
      "Cuts are the {quantiles} quantiles of the customers' values (linear interpolation, as numpy and pandas by default). F and M score = 1 + the number of cuts strictly below the value; R score = 1 + the number of cuts strictly above the value, so the most recent get the top score. Equal values always get equal scores, whatever the row order; where cuts coincide (many tied values) some scores are skipped rather than split between equal customers.",
    check: {
      grid: {
        RF: "R-by-F",
        RFM: "R-by-F-by-M",
      },
      ok: 'Rule set "{name}" covers all {cells:raw} {grid} cells exactly once',
      notOk: 'Rule set "{name}" is not an exact partition of the {cells:raw} {grid} cells: {findings}',
      gaps1: "{n:raw} cell is in no segment",
      gaps: "{n:raw} cells are in no segment",
      overlaps1: "{n:raw} cell is in several segments",
      overlaps: "{n:raw} cells are in several segments",
      eg: " (e.g. {list})",
      unreachable: "unreachable in this order: {list}",
      noneUnreachable: "no segment is unreachable",
    },
    others: "Others",
    newCustomers: "(new)",
    atSnapshot: "At {at}: {text}",
    rfGrid: {
      hibernating: {
        name: "Hibernating",
        description: "Bought only once or twice, and a long time ago.",
        actions: [
          "Try to win them back with a time-limited offer on best-sellers",
          "Keep in touch cheaply (newsletter); do not spend much on them",
        ],
      },
      at_risk: {
        name: "At Risk",
        description: "Used to buy fairly often, but have not come back for a long time.",
        actions: [
          "Send personal emails to reconnect before they are gone",
          "Offer a comeback incentive on what they used to buy",
        ],
      },
      cant_lose: {
        name: "Can't Lose Them",
        description: "Were among your most frequent buyers, yet have gone quiet for a long time.",
        actions: [
          "Win them back with new products or an exclusive offer",
          "Call them or send a short survey to learn why they stopped",
          "Do not let a competitor take them: make this a priority",
        ],
      },
      about_to_sleep: {
        name: "About to Sleep",
        description: "Bought little, and their last purchase is starting to feel distant.",
        actions: [
          "Share popular products and useful content to revive interest",
          "Offer a modest discount before they drift away",
        ],
      },
      need_attention: {
        name: "Need Attention",
        description: "Middle of the road on recency and frequency; could go either way.",
        actions: [
          "Make a limited-time offer to prompt the next purchase",
          "Recommend products based on their purchase history",
        ],
      },
      loyal: {
        name: "Loyal Customers",
        description: "Buy often and have bought fairly recently.",
        actions: [
          "Offer higher-value products and bundles",
          "Ask for reviews and referrals",
          "Keep them engaged with a loyalty programme",
        ],
      },
      promising: {
        name: "Promising",
        description: "Bought fairly recently, but only once so far.",
        actions: ["Give a small incentive for a second purchase", "Build awareness of the rest of the range"],
      },
      new: {
        name: "New Customers",
        description: "Made their first purchase very recently.",
        actions: [
          "Welcome them and help them get started",
          "Build the relationship early with useful content",
        ],
      },
      potential_loyalist: {
        name: "Potential Loyalists",
        description: "Recent customers who have already come back more than once.",
        actions: ["Invite them to a membership or loyalty programme", "Recommend related products"],
      },
      champions: {
        name: "Champions",
        description: "Bought very recently and buy most often: your best customers.",
        actions: [
          "Reward them and show appreciation",
          "Let them try new products first",
          "Turn them into ambassadors with a referral programme",
        ],
      },
    },
    rfm11: {
      champions: {
        name: "Champions",
        description: "Bought recently, buy often and spend the most.",
        actions: ["Reward them"],
      },
      loyal: {
        name: "Loyal Customers",
        description: "Spend good money and buy often.",
        actions: ["Upsell higher-value products"],
      },
      potential_loyalist: {
        name: "Potential Loyalist",
        description: "Recent customers with average frequency and spend.",
        actions: ["Offer a loyalty programme"],
      },
      recent: {
        name: "Recent Customers",
        description: "Bought most recently, but not often.",
        actions: ["Help them get started"],
      },
      promising: {
        name: "Promising",
        description: "Recent shoppers who have not spent much.",
        actions: ["Build brand awareness"],
      },
      need_attention: {
        name: "Customers Needing Attention",
        description: "Above-average recency, frequency and spend, but slipping.",
        actions: ["Make a limited-time offer"],
      },
      about_to_sleep: {
        name: "About To Sleep",
        description: "Below-average recency, frequency and spend.",
        actions: ["Share popular products"],
      },
      at_risk: {
        name: "At Risk",
        description: "Spent big and bought often, but long ago.",
        actions: ["Send personal emails to reconnect"],
      },
      cant_lose: {
        name: "Can't Lose Them",
        description: "Made the biggest and most frequent purchases, but long ago.",
        actions: ["Win them back with new products"],
      },
      hibernating: {
        name: "Hibernating",
        description: "Last purchase long ago, few orders, low spend.",
        actions: ["Offer relevant products"],
      },
      lost: {
        name: "Lost",
        description: "Lowest recency, frequency and spend.",
        actions: ["Revive interest with outreach, else ignore"],
      },
    },
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    hopkins: {
      clustered:
        "Hopkins statistic {h:fx2} (>= 0.75): the data is clearly clustered; real groups exist, so segments found by clustering describe structure in the data (about 0.5 would mean random, uniform data).",
      noClearStructure:
        "Hopkins statistic {h:fx2} (between 0.3 and 0.75): no clear cluster structure; the data looks about as grouped as random, uniform data (0.5), so any clustering splits a continuum and its segments are a convenience, not natural groups. Consider business-rule segments.",
      regular:
        "Hopkins statistic {h:fx2} (< 0.3): the data is more evenly spread than random (a grid or regular pattern); there are no clusters to find.",
    },
    stability: {
      stable:
        "Stable: over {nBoot:raw} bootstrap resamples every segment was found again (mean Jaccard >= 0.75, lowest {minJ:fx2}; mean adjusted Rand index {ari:fx2}).",
      fragile:
        "Fragile: over {nBoot:raw} bootstrap resamples some segments changed noticeably (lowest mean Jaccard {minJ:fx2}, below 0.75; mean adjusted Rand index {ari:fx2}). Treat their boundaries as approximate.",
      unstable:
        "Unstable: over {nBoot:raw} bootstrap resamples at least one segment dissolved (lowest mean Jaccard {minJ:fx2}, below 0.6; mean adjusted Rand index {ari:fx2}). The split depends on which customers happen to be in the data; do not act on it as if the groups were real.",
    },
    readings: {
      "highly stable": "highly stable",
      stable: "stable",
      patterns: "patterns, but doubtful",
      dissolved: "dissolved",
    },
    verdict: {
      clear:
        "Clear, stable segments: the data has cluster structure (Hopkins {h:fx2}) and the {k:raw} segments hold up under resampling",
      weakStable:
        "Usable segments, read with care: cluster structure is weak (Hopkins {h:fx2}) but the {k:raw} segments are reproducible",
      clusteredFragile:
        "The data is clustered (Hopkins {h:fx2}) but some of the {k:raw} segments are fragile: check k and the unstable segments",
      none:
        "No natural grouping: the data shows no clear cluster structure (Hopkins {h:fx2}) and a {k:raw}-segment split is {stab}; treat segments as a convenient partition, or use business rules",
      continuumStable:
        "Usable segments, read with care: the data is not uniform (Hopkins {h:fx2}) but shows no separate groups (the gap statistic prefers one), so the {k:raw} segments cut a continuum; they are reproducible",
      continuumUnstable:
        "No separate groups: the data is not uniform (Hopkins {h:fx2}) but the gap statistic prefers one group, and a {k:raw}-segment split is {stab}; treat segments as a convenient partition, or use business rules",
      unstable:
        "Unstable segments: a {k:raw}-segment split changes from one resample to the next (mean ARI {ari:fx2}); do not act on these segments as they are",
      gap: "Gap statistic (Tibshirani et al.): {g}",
      gapOne: "one group fits as well as any split, so the segments are a partition of a continuum",
      gapMany: "k = {k:raw} separate groups fit better than one",
      stab: {
        stable: "stable",
        fragile: "fragile",
        unstable: "unstable",
      },
      stabDetail: "Stability over {n:raw} bootstrap resamples: mean ARI {ari:fx2}; {verdict}",
      silhouette: "Mean silhouette {s:fx2} (1 = well separated, 0 = overlapping)",
    },
    // (add above this line)
  },

  /** Words of lib/choose_k. */
  chooseK: {
    criteria: {
      elbow: "the elbow of the inertia curve",
      silhouette: "the highest silhouette",
      calinskiHarabasz: "the highest Calinski-Harabasz index",
      daviesBouldin: "the lowest Davies-Bouldin index",
      gap: "the gap statistic",
    },
    agree: "k = {k:raw}: all {n:raw} criteria agree ({list}).",
    majority: "k = {k:raw}: {m:raw} of {n:raw} criteria point to it ({list}). They disagree: {others}.",
    tie: " The vote is tied; among the tied values, k = {k:raw} has the highest silhouette.",
    tieSmallest: " The vote is tied; the smallest of the tied values is taken, as the simpler segmentation.",
    check: " Compare the segment profiles for these k before settling.",
    none:
      "k = {k:raw}: no criterion could vote (too few k values or clusters in the sweep); choose k from the segment profiles.",
    // (add above this line)
  },

  /** Words of lib/cluster. */
  cluster: {
    epsKnee:
      "eps = {eps:raw}: the knee of the sorted distances to the {k:raw}th nearest neighbour (Kneedle); {share:raw}% of rows have a denser neighbourhood and will be core rows",
    epsFallback:
      "eps = {eps:raw}: the k-distance curve (k = {k:raw}) has no clear knee, so this is its point of sharpest bend (farthest above the chord); check the curve by eye",
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
