/**
 * Every word segmenta shows in English. The other languages have the same keys (`es.ts`,
 * `id.ts`). Templates cite facts as `{name}` (see `fill` in `mod.ts` for the formats).
 *
 * Sections follow the step that produced the fact; `warnings` is keyed by warning code.
 *
 * @module
 */

/**
 * Every word segmenta shows, in English, by section: the source of the keys every language has
 * (its type, {@linkcode Words}, is `Shape<typeof en>`); `words("en")` returns it.
 */
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
    // loader notes and dialect reasons (noteText): what readTable, sniffDialect and mapRoles decided
    "parquet-typed": "Parquet files are typed: no delimiter, decimal or encoding to guess",
    "xlsx-typed": "Workbook cells are typed: numbers and dates come from the cells, not from text",
    encoding: "encoding {encoding}: {why}",
    "whitespace-columns":
      'Read as a table without a header whose {width:raw} columns are separated by runs of spaces; the columns are called "column 1" to "column {width:raw}"',
    "whitespace-columns-dated":
      'Read as a table without a header whose {width:raw} columns are separated by runs of spaces; the columns are called "column 1" to "column {width:raw}", and days are written YYYYMMDD in {dated:q}',
    "latin-1-read": "Read as latin-1 (Windows-1252): {why}",
    "non-finite-read-missing": 'Column "{column}": {n:count} NaN or infinite values read as missing',
    "header-missing": 'Column {index:raw} has no header; it is called "{name}"',
    "header-repeated": 'Header "{header}" appears more than once; the later one is called "{name}"',
    "missing-tokens-read":
      'Column "{column}": {n:count} cells such as "NA", "N/A", "NaN" or "-" read as missing',
    "xlsx-sheet":
      'Read sheet "{sheet}" of the workbook{others}; row numbers count from the sheet\'s first row that has data',
    "column-empty": 'Column "{column}" is empty in every row',
    "dates-format-given": 'Dates in "{column}" read with the format "{format}" you gave',
    "numbers-kept-as-ids":
      'Column "{column}" holds numbers but is kept as text: its name says it holds identifiers',
    "numbers-kept-leading-zeros":
      'Column "{column}" holds numbers but is kept as text: {n:count} values have leading zeros{example}, as codes do',
    "currency-removed": 'Column "{column}": currency signs or codes removed before reading the numbers',
    "column-decimal-asked": 'Numbers in "{column}" read with decimal "{decimal}"{example}: as you asked',
    "column-decimal-counted":
      'Numbers in "{column}" read with decimal "{decimal}"{example}: {n:count} of {of:count} values read that way, {other:count} the other way',
    "column-decimal-tie":
      'Numbers in "{column}" read with decimal "{decimal}"{example}: the values fit either way, and the file\'s other numbers use "{decimal}"',
    "dates-year-first":
      'Dates in "{column}" read as {format}: {n:count} of {of:count} values are written year first',
    "dates-order-found":
      'Dates in "{column}" read as {format}: {n:count} of {of:count} values fit only {order}{example}',
    "dates-order-overruled":
      'Dates in "{column}" read as {format}: {n:count} of {of:count} values fit only {order}{example}, so dayFirst: {flip} was not followed',
    "dates-order-asked":
      'Dates in "{column}" read as {format}: no value has a part above 12, so the order is ambiguous; {order} as you asked (dayFirst: {dayFirst:raw})',
    "dates-order-file":
      'Dates in "{column}" read as {format}: no value has a part above 12, so the values alone do not tell the order; {order}, as the dates in "{shownBy}" of the same file show',
    "role-chosen": '{role}: "{column}" (chosen by you)',
    "role-recognised": '{role}: "{column}" (recognised by its name)',
    "dialect-bom": "the text starts with a byte order mark (removed from the first header)",
    "delimiter-asked": "delimiter {delimiter}: asked for",
    "delimiter-none": 'delimiter ",": no candidate (, ; tab |) splits the header into two or more fields',
    "delimiter-found":
      "delimiter {delimiter}: {agree:count} of {lines:count} lines have {fields:count} fields",
    "decimal-asked": 'decimal "{decimal}": asked for',
    "decimal-comma": 'decimal ",": {n:count} numbers in the sample use a decimal comma (e.g. "{sample}")',
    "decimal-comma-mixed":
      'decimal ",": {n:count} numbers in the sample use a decimal comma (e.g. "{sample}"), {other:count} a decimal point',
    "decimal-point": 'decimal ".": {n:count} numbers in the sample use a decimal point (e.g. "{sample}")',
    "decimal-point-mixed":
      'decimal ".": {n:count} numbers in the sample use a decimal point (e.g. "{sample}"), {other:count} a decimal comma',
    "decimal-default": 'decimal ".": no number in the sample shows its decimal separator (the default)',
    "thousands-asked": 'thousands "{thousands}": asked for',
    "thousands-dot": 'thousands ".": {n:count} numbers group digits with dots',
    "thousands-comma": 'thousands ",": {n:count} numbers group digits with commas',
    "ids-merged":
      'Customer ids in "{column}" written in more than one way were merged: {n:count} ids had {spellings:count} spellings in all (e.g. {example:json} → {into:json}); a whole number written with ".0", a letter with a separate accent mark and spaces around an id do not make another customer',
    "dates-order-irrelevant":
      'Dates in "{column}" read as {format}: each of the {n:count} values has the same day and month number, so both orders give the same dates',
    "dates-month-names":
      'Dates in "{column}" read as {format}: {n:count} of {of:count} values name the month in English, Spanish or Indonesian',
    "dates-offset-utc":
      'Dates in "{column}" carry offsets from UTC{example}: every time was converted to UTC',
    "dates-excel-serial":
      'Dates in "{column}" read as Excel serial day numbers{example}: its name says it holds dates and all {n:count} values are whole numbers from {min:raw} to {max:raw} (1950 to 2099)',
    "dates-ambiguous":
      'Cannot read "{file}": the dates in column "{column}" can be read day first or month first, and nothing in the file decides which (no value has a part above 12 and no other date column shows the order): {examples}; {fix}',
    "streamed-head":
      "The file was read by DuckDB in streaming, without holding its lines in memory: the columns were decided on its first {rows:count} data rows ({mb:f1} MB), and every later value was read with the same rules (a value that does not fit them stops the run, or is counted in the ledger when bad values are dropped); the counts in the notes on the columns are of those first rows, the counts of the ledger are of the whole file",
    "sep-line":
      'The first line "sep=" names the delimiter, {delimiter}, as Excel writes it; the line was skipped and that delimiter used',
    "delimiter-sep-line": 'delimiter {delimiter}: named by the file\'s first line "sep="',
    "currency-found": 'Column "{column}" holds amounts in {currency}',
    "currency-mixed":
      'Column "{column}" mixes currencies ({currencies:q}); its amounts are added as written: convert them to one currency first',
    "column-percent":
      'Column "{column}": {n:count} of {of:count} values end in "%"; they are read as percentage points ("45.5%" is 45.5)',
    "negatives-accounting":
      'Column "{column}": {n:count} values in parentheses or with a trailing minus, such as "(12.50)", read as negative',
    "column-thousands-currency":
      'Numbers in "{column}" read with "{mark}" as the thousands separator{example}: every "{mark}" is followed by exactly 3 digits, and amounts in {currency} never have 3 decimals',
    "column-decimal-file":
      'Numbers in "{column}" read with decimal "{decimal}"{example}: every "{mark}" is followed by exactly 3 digits, so either mark fits, and the file\'s other number columns ({columns:q}) use decimal "{decimal}"',
    "decimal-ambiguous":
      'Cannot read "{file}": the numbers in column "{column}" read two ways ({examples}), and nothing else in the file says which mark is the decimal one; say which with {fix}',
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    "hopkins-constant-columns": "Columns {columns:q} are constant; they do not affect the statistic",
    "hopkins-small-sample":
      "Only {sampleSize:raw} rows sampled per repeat: the statistic is noisy; use more rows",
    "sigclust-few-simulations":
      "SigClust ran {nSim:raw} simulations: too few for a p-value below {alpha:raw}; use more simulations (nSim)",
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
    "output-column-renamed":
      'The file has its own column "{column}": it is kept as it is, and segmenta\'s "{column}" column is called "{renamed}" in the segments CSV',
    // (add above this line)

    // -- warnings of clv/
    "clv-dropout-negligible":
      "The fitted chance that a customer stops after a purchase is practically zero ({dropout:pct1}%, a = {a:f3}, b = {b}): the model sees no one leave in this window, so P(alive) is close to 1 for every customer and does not say who is leaving; use a longer calibration period before acting on P(alive)",
    "clv-fit-not-converged":
      "The {model} fit did not converge after {iterations:raw} iterations and {restarts:raw} restarts: treat its parameters, P(alive) and CLV as rough; try a penalizer or a longer calibration period",
    "clv-standard-errors-unavailable":
      "The {model} fit has no standard errors (its Hessian is not positive definite): the parameters may not be identified by this data",
    "clv-calibration-short":
      "The calibration period is short for the purchase rate: {meanFrequency} repeat purchases per customer on average (below {threshold}), {repeatShare:pct1}% of customers bought again; P(alive) and expected purchases rest on few repeats",
    "clv-calibration-long":
      "The calibration period is long for the purchase rate: {meanFrequency} repeat purchases per customer on average (above {threshold}); customers who left long ago still weigh on the fit, so consider a shorter calibration period",
    "clv-one-time-buyers-alive":
      "{customers} customers ({share:pct1}%) bought only once: the BG/NBD model gives them P(alive) = 1 by construction, which says nothing about whether they will return",
    "clv-frequency-value-correlated":
      "Purchase frequency and average order value are correlated (r = {correlation:f2}, above {threshold:f2}): the Gamma-Gamma model assumes they are independent, so its spend estimates and the CLV are biased",
    "clv-rows-skipped": "{rows} rows without a customer or a date were left out of the customer-value models",
    "clv-rows-after-observation":
      "{rows} rows dated after the end of the observation period were left out of the customer-value models",
    "clv-customers-after-calibration":
      "{customers} customers first bought after the calibration period: they are not in the fit",
    "clv-too-few-repeat-customers":
      "Customer value skipped: only {repeat:count} of {customers:count} customers bought on two different days in the calibration period, and the BG/NBD model needs at least {needed:count}; use a later calibration end or more data",
    "clv-spend-no-amount":
      "No amounts: the Gamma-Gamma spend model and the CLV were skipped (P(alive) and expected purchases are still shown)",
    "clv-spend-too-few-repeat-customers":
      "Only {repeat:count} customers bought again: too few for the Gamma-Gamma spend model, so no CLV",
    "clv-spend-mean-undefined":
      "The Gamma-Gamma fit gives q = {q:f2}, at or below 1, so the expected spend per purchase does not exist: no CLV",
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
    "totals-row":
      "Totals row at the end of the file removed: its numbers equal the sums of the rows above it",
    "not-number": 'Rows whose "{column}" has values that are not numbers dropped (badValues: "drop")',
    "not-date":
      'Rows whose "{column}" has values that are not dates in the format {format} dropped (badValues: "drop")',
    "future-date":
      'Rows whose "{column}" has dates in the future (after {after}) dropped (badValues: "drop")',
    "non-positive-monetary": "Customers whose total spend is zero or negative, left out of clustering",
    "removed-in-database": 'Removed in the database by the rule "{rule}"',
    "imputed-training-value": 'Missing "{column}" filled with the model\'s training value {value:raw}',
    /** How a ledger example is written (exampleText); a cell is `column = value`, a filled cell `... → value`. */
    example: {
      row: "row {row:raw}",
      "row-cells": "row {row:raw}: {cells}",
      "row-first": "row {row:raw}: {cells} (row {first:raw})",
      same: "row {row:raw} = row {first:raw}",
    },
    "after-snapshot":
      'Dated in "{column}" on or after the snapshot {snapshot}: an analysis as of the snapshot cannot see them; {customers:count} customers bought only then and are in no segment',
    "totals-row-no-key":
      "Row at the end of the file with no id and no date ({columns:json}) removed, as a totals or notes row",
    "repeated-header": "Rows that repeat the header (every cell equal to its column's header) skipped",
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
    /** Parts of the loader's notes (noteText): an example cell, the other sheets, the day order, why an encoding. */
    notes: {
      example: ' (e.g. "{value}" in row {row:raw})',
      "other-sheets":
        " (not the other sheets: {others:q}; choose one with sheet, or --sheet on the command line)",
      tab: "tab",
      "day-first": "day-first",
      "month-first": "month-first",
      "utf-16le-bom": "the file starts with a UTF-16 little-endian byte order mark",
      "utf-16be-bom": "the file starts with a UTF-16 big-endian byte order mark",
      asked: "asked for",
      "utf-8-bom": "the file starts with a UTF-8 byte order mark",
      "utf-8-valid": "every byte sequence is valid UTF-8",
      "not-utf-8": "the file is not valid UTF-8, so it was read as latin-1 (Windows-1252)",
    },
    /** Parts of the loader's errors (inputErrorText): an example read both ways, the fix per surface. */
    errors: {
      "ambiguous-example": '"{value}" (row {row:raw}) is {dayFirst} day first or {monthFirst} month first',
      "ambiguous-cli":
        'rerun with --day-first or --month-first, or give the exact format with --date-format (e.g. --date-format "{format}")',
      "ambiguous-library":
        'pass dayFirst: true or dayFirst: false, or the exact format with dateFormat (e.g. dateFormat: { "{column}": "{format}" })',
    },
    /** Parts of the error for numbers that read two ways (problemText). */
    ambiguous: {
      "ambiguous-example":
        '"{value}" in row {row:raw} is {point} with a decimal point or {comma} with a decimal comma',
      "or": "or",
    },
    // (add above this line)
  },

  /** Words of lib/clean. */
  clean: {
    /** A cancellation rule refused (`CancellationRuleError`): what is wrong, then the fix for the surface the user is on. */
    cancellation: {
      "cancellation-share":
        'Cannot clean "{file}": the cancellation rule would remove {share:pct1}% of the invoices ({cancelled:count} of {invoices:count}): every invoice id in "{column}" that starts with "{prefix}" counts as a cancellation (e.g. {examples:json}), and cancellations are never most of a shop\'s invoices; {fix}',
      "cancellation-positive":
        'Cannot clean "{file}": {positive:count} of the {rows:count} lines whose invoice id in "{column}" starts with "{prefix}" ({positiveShare:pct1}%) have positive values in {signed:q} (e.g. {examples:json}), but a cancellation has negative quantities and amounts; {fix}',
      cli:
        "if these are not cancellations, run again with --no-cancel-prefix, or give the prefix your cancellations really have with --cancel-prefix PREFIX",
      score:
        "the saved model removes them with the cleaning rules it was trained with; train a new model on data like this file with --no-cancel-prefix, or with --cancel-prefix PREFIX for the prefix your cancellations really have",
      library:
        'if these are not cancellations, set the cleaning option { dropCancellations: false }, or give the prefix your cancellations really have with { cancellationPrefix: "..." }',
    },
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
    periods: {
      title: "Two periods compared",
      periods:
        "Earlier period {earlierStart:date} to {earlierLast:date} ({earlierDays:int} days); later period {laterStart:date} to {laterLast:date} ({laterDays:int} days).",
      customers:
        "{repeating} customers bought in both periods, {new} are new in the later period ({returned} of them had bought before the earlier period and came back) and {lapsed} bought only in the earlier period.",
      noCustomers: "No customer bought in either period.",
      partial:
        "The earlier period starts before the first purchase in the data ({first:date}): only {covered:int} of its {days:int} days have data, so its customers and revenue are not a full period's.",
      revenueUp:
        "Revenue rose from {earlier} to {later} ({change:pct1} %): new customers brought {fromNew}, lapsed customers took away {lost}, repeating customers who spent more added {grown} and those who spent less took away {shrunk}.",
      revenueDown:
        "Revenue fell from {earlier} to {later} ({change:pct1} %): new customers brought {fromNew}, lapsed customers took away {lost}, repeating customers who spent more added {grown} and those who spent less took away {shrunk}.",
      revenueSame:
        "Revenue was {later} in both periods: new customers brought {fromNew}, lapsed customers took away {lost}, repeating customers who spent more added {grown} and those who spent less took away {shrunk}.",
      revenueFromZero:
        "Revenue rose from nothing in the earlier period to {later}: new customers brought {fromNew} and repeating customers added {grown}.",
      status: { new: "New", returned: "of which came back", repeating: "Repeating", lapsed: "Lapsed" },
      bridge: {
        earlier: "Earlier period",
        fromNew: "+ new customers",
        lost: "- lapsed customers",
        grown: "+ repeating, spent more",
        shrunk: "- repeating, spent less",
        later: "Later period",
      },
      columns: { status: "status", customers: "customers", revenue: "revenue" },
    },
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
        "Hopkins statistic {h:fx2} (>= 0.75): the data is far from uniform, concentrated in part of its range. That alone does not show separate groups: one skewed blob scores as high (about 0.5 would mean random, uniform data).",
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
        "Separate, stable segments: the data splits into groups with fewer customers between them ({evidence}), and the {k:raw} segments hold up under resampling",
      weakStable:
        "No natural grouping: the data is about as spread out as uniform random data (Hopkins {h:fx2}); the {k:raw} segments are reproducible but only partition it",
      clusteredFragile:
        "Separate groups exist ({evidence}), but some of the {k:raw} segments are fragile: check k and the unstable segments",
      none:
        "No natural grouping: the data shows no clear cluster structure (Hopkins {h:fx2}) and a {k:raw}-segment split is {stab}; treat segments as a convenient partition, or use business rules",
      continuumStable:
        "One continuous population, no separate groups ({evidence}): the {k:raw} segments are a convenient partition of a continuum; they are reproducible",
      continuumUnstable:
        "One continuous population, no separate groups ({evidence}), and a {k:raw}-segment split is {stab}; treat segments as a convenient partition, or use business rules",
      unstable:
        "Unstable segments: a {k:raw}-segment split changes from one resample to the next (mean ARI {ari:fx2}); do not act on these segments as they are",
      gap: "Gap statistic (Tibshirani et al.): {g}",
      gapOne: "one group fits as well as any split, measured against uniform reference data",
      gapMany: "k = {k:raw} separate groups fit better than one",
      mixedStable:
        "Mixed evidence: a 2-means split shows separate groups ({evidence}) but the data is about as spread out as uniform random data (Hopkins {h:fx2}); the {k:raw} segments are reproducible, so check their profiles before treating them as real groups",
      mixedUnstable:
        "Mixed evidence: a 2-means split shows separate groups ({evidence}) but the data is about as spread out as uniform random data (Hopkins {h:fx2}), and a {k:raw}-segment split is {stab}; treat the segments as a convenient partition",
      gapManyShape:
        "k = {k:raw} fits better than one group measured against uniform reference data, but the other tests find no separate groups: on skewed or concentrated data the gap statistic prefers several clusters even without fewer customers between them",
      gapOneMissed:
        "the gap statistic prefers one group, but it compares with uniform data over the bounding box, which misses groups that are narrow across the axis that separates them and wide along another; SigClust tests that axis directly",
      evidence: {
        separated:
          "SigClust p {p}; between the two halves of a 2-means split the density falls to {v:pct0} %",
        shape: "SigClust p {p}, but no dip in density between the two halves of a 2-means split",
        notSignificant: "SigClust p {p}: no more separation than one Gaussian blob",
        gapMany: "the gap statistic prefers k = {k:raw}",
        gapOne: "the gap statistic prefers one group",
      },
      stab: {
        stable: "stable",
        fragile: "fragile",
        unstable: "unstable",
      },
      stabDetail: "Stability over {n:raw} bootstrap resamples: mean ARI {ari:fx2}; {verdict}",
      silhouette: "Mean silhouette {s:fx2} (1 = well separated, 0 = overlapping)",
    },
    sigclust: {
      separated:
        "SigClust (Liu et al. 2008): the best 2-means split is tighter than in one Gaussian blob with the data's own covariance (cluster index {ci:fx2} against {ci0:fx2} expected; p {p} over {n:raw} simulations), and between its two halves the density falls to {v:pct0} % of the lower centre: separate groups",
      shape:
        "SigClust (Liu et al. 2008): the best 2-means split is tighter than in one Gaussian blob with the data's own covariance (cluster index {ci:fx2} against {ci0:fx2} expected; p {p} over {n:raw} simulations), but the density does not dip between its two halves (lowest {v:pct0} % of the lower centre): the data differs from a Gaussian in shape (skew, a dense core, ties), not by separate groups",
      notSignificant:
        "SigClust (Liu et al. 2008): the best 2-means split is no tighter than in one Gaussian blob with the data's own covariance (cluster index {ci:fx2} against {ci0:fx2} expected; p {p} over {n:raw} simulations): no evidence of separate groups",
    },
    tiesSpread:
      "Values shared by several rows (counts, rounded or zero amounts) in {n:raw} of {d:raw} columns were first spread evenly over the data's resolution, so ties cannot make the data look grouped.",
    structureWhy: {
      none: "the data is about as spread out as uniform random data: Hopkins {h:fx2}",
      weak: "one continuous population, no separate groups: {evidence}",
      mixed:
        "the tests disagree: {evidence}, but the data is about as spread out as uniform random data (Hopkins {h:fx2})",
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
    /** Segment names, descriptions and actions of `nameSegments`, by kind and archetype key. */
    segments: {
      features: {
        "at-risk": {
          name: "At-risk payers",
          description: "Pay later than most, the sign of default risk",
          actions: {
            offerRestructuring: "Offer restructuring or a payment plan before arrears grow",
            financialEducation: "Provide financial education and payment reminders",
            noNewCredit: "Offer no new credit products until payments are back on time",
          },
        },
        "revolvers": {
          name: "Revolvers",
          description: "Carry a high balance from month to month instead of paying it off",
          actions: {
            instalmentPlan: "Offer an instalment plan or balance transfer at a lower rate",
            monitorCredit: "Monitor credit use and payments closely",
            steerCashAdvance: "Steer cash-advance use towards card purchases",
          },
        },
        "heavy-users": {
          name: "Heavy users",
          description: "Buy a lot and carry a large balance",
          actions: {
            premiumUpgrade: "Offer a premium upgrade with rewards on their spending",
            instalmentsOnLarge: "Offer instalments on large purchases to keep the balance manageable",
            watchLimitUse: "Watch how much of the limit they use",
          },
        },
        "big-spenders": {
          name: "Active big spenders",
          description: "Buy a lot and often, and pay for it",
          actions: {
            rewardSpending: "Reward spending with a cashback or points tier",
            limitIncrease: "Offer a credit-limit increase or a premium card upgrade",
          },
        },
        "full-payers": {
          name: "Pay in full",
          description: "Pay their full balance every month and carry little debt",
          actions: {
            encourageCardUse: "Encourage more card use with rewards on purchases",
            instalmentPurchases: "Offer instalment purchases for large items",
          },
        },
        "premium": {
          name: "Premium customers",
          description: "Earn more or buy more expensive products than most, without payment problems",
          actions: {
            exclusiveOffers: "Make exclusive premium offers with flexible terms",
            crossSell: "Cross-sell insurance and service packages",
          },
        },
        "stretched": {
          name: "Stretched borrowers",
          description: "Put little money down for what they earn or buy, so each instalment weighs heavily",
          actions: {
            checkAffordability: "Check affordability before approving new financing",
            lowerInstalment: "Offer a longer term or a larger down payment to lower the instalment",
            watchFirstPayments: "Watch the first payments closely",
          },
        },
        "budget": {
          name: "Budget buyers",
          description: "Finance cheaper purchases than most, without payment problems",
          actions: {
            upgradeAtEnd: "Offer an upgrade when their current financing nears its end",
            crossSell: "Cross-sell affordable insurance and service packages",
          },
        },
        "disciplined": {
          name: "Disciplined payers",
          description: "Pay on time and run no more credits than most",
          actions: {
            inviteLoyalty: "Invite them to a loyalty programme",
            topUpCredit: "Offer a pre-approved top-up credit at a light rate",
          },
        },
        "on-time-multi": {
          name: "On-time payers with several credits",
          description: "Pay on time while running more credits than most",
          actions: {
            rewardPunctual: "Reward punctual payment with a loyalty benefit",
            consolidate: "Offer to consolidate their credits into one instalment",
            checkTotalDebt: "Check their total debt before offering more credit",
          },
        },
        "frequent-small": {
          name: "Frequent small buyers",
          description: "Buy often but spend little each time",
          actions: {
            raiseBasket: "Raise the basket with bundles and instalment offers",
            rewardVisits: "Reward every visit with loyalty points",
          },
        },
        "low-balance": {
          name: "Low-balance accounts",
          description: "Owe little and move little money through the account",
          actions: {
            usageIncentives: "Offer usage incentives to grow everyday spending",
            limitIncrease: "Pre-approve a modest limit increase for those who pay on time",
          },
        },
        "low-limit": {
          name: "Low-limit accounts",
          description: "Hold lower credit limits than most and use them moderately",
          actions: {
            reviewLimits: "Review limits for those who pay on time",
            encourageEveryday: "Encourage everyday use with small rewards",
          },
        },
        "dormant": {
          name: "Dormant customers",
          description: "Barely use the product; the account is mostly idle",
          actions: {
            reactivation: "Run a reactivation campaign with a time-limited incentive",
            askWhyIdle:
              "Ask what keeps them from using it, and lower contact costs for those who do not answer",
          },
        },
        "new": {
          name: "New customers",
          description: "Joined recently, so their history is still short",
          actions: {
            onboarding: "Welcome them with an onboarding series on the product's benefits",
            reviewTerms: "Review their terms after the first months of use",
          },
        },
        "new-inactive": {
          name: "New, not yet active",
          description: "Joined recently and have barely used the product so far",
          actions: {
            activation: "Run an activation campaign with a first-purchase incentive",
            remindBenefits: "Remind them of the product's benefits in onboarding messages",
          },
        },
      },
      rfm: {
        "champions": {
          name: "Best customers",
          description: "Bought recently, buy often and spend the most",
          actions: {
            vipTreatment: "Give VIP treatment and early access to new products",
            askReferrals: "Ask for referrals and reviews",
          },
        },
        "loyal": {
          name: "Loyal regulars",
          description: "Come back often and are still buying",
          actions: {
            loyaltyProgramme: "Enrol them in a loyalty programme",
            upsell: "Upsell higher-value products",
          },
        },
        "big-spenders": {
          name: "Occasional big spenders",
          description: "Spend a lot but do not buy often",
          actions: {
            premiumBundles: "Offer premium products and bundles close to what they bought",
            reasonToReturn: "Give a reason to come back sooner, such as a membership perk",
          },
        },
        "cant-lose": {
          name: "Valuable but slipping",
          description: "Used to buy often or a lot but have not come back for a while",
          actions: {
            winBack: "Win them back with a personal contact and a special offer",
            askWhy: "Ask why they stopped buying",
          },
        },
        "lost-one-time": {
          name: "Lost one-time buyers",
          description: "Bought once, long ago, and never came back",
          actions: {
            oneWinBack: "Send one low-cost win-back message, then stop spending on contact",
            askWhatPutOff: "Find out what put them off after the first order (product, price, delivery)",
          },
        },
        "at-risk": {
          name: "Lapsed repeat buyers",
          description: "Bought several times, then stopped coming back",
          actions: {
            winBackOffer: "Send a win-back offer built on what they used to buy",
            askWhy: "Ask why they stopped with a short survey",
          },
        },
        "hibernating": {
          name: "Lapsed occasional buyers",
          description: "Bought little, rarely, and long ago",
          actions: {
            lowCostReactivation: "Try a low-cost reactivation offer",
            lowContactCosts: "Keep contact costs low; clean the mailing list",
          },
        },
        "new": {
          name: "Newcomers",
          description: "Made their first purchase recently",
          actions: {
            secondPurchase: "Welcome them and give a second-purchase incentive",
            recommendProducts: "Recommend products related to their first purchase",
          },
        },
        "promising": {
          name: "Promising recent buyers",
          description: "Bought recently and more than once, but not often yet",
          actions: {
            loyaltyProgramme: "Invite them to a loyalty programme while the habit is forming",
            recommendProducts: "Recommend products related to what they bought",
          },
        },
        "cooling": {
          name: "Cooling off",
          description: "Have gone longer than most without buying and may be drifting away",
          actions: {
            timelyReminder: "Send a timely reminder with a limited-time offer",
            recommendProducts: "Recommend products based on their past purchases",
          },
        },
      },
      outliers: {
        name: "Outliers",
        description: "Customers far from every dense group; look at them one by one",
        actions: {
          reviewOneByOne: "Review these customers individually",
          checkRecords: "Check their records for data errors",
        },
      },
      average: {
        name: "Average customers",
        description: "Close to the average on every feature",
        actions: {
          keepStandard: "Keep the standard offer and service",
          watchMoves: "Watch for moves into other segments",
        },
      },
      descriptor: {
        description: "Differs most from the average in",
        actions: {
          reviewProfile: "Review this segment's profile with the business team before targeting it",
          testOffer: "Test an offer on a small sample of the segment and measure the response",
        },
      },
    },
    /** Segment names made from columns, and the brackets that tell two segments of one archetype apart. */
    naming: {
      /** A column's level as the first word of a name ("High PURCHASES"). */
      levelFirst: { high: "High {feature}", low: "Low {feature}" },
      /** A column's level after the first word, or in brackets ("low TENURE"). */
      level: { high: "high {feature}", low: "low {feature}" },
      /** How a segment differs from the one holding the plain name ("higher PAYMENTS"). */
      contrast: { higher: "higher {feature}", lower: "lower {feature}" },
      /** The same for RFM concepts, where plain words read better than "higher recency". */
      conceptContrast: {
        recency: { higher: "less recent", lower: "more recent" },
        frequency: { higher: "more frequent", lower: "less frequent" },
        purchases: { higher: "higher spend", lower: "lower spend" },
      },
    },
    /** The features a description cites, with the segment's mean and the overall mean. */
    evidence: {
      near: "{feature} close to average (mean {mean}{vs})",
      muchHigher: "{feature} much higher than average (mean {mean}{vs})",
      higher: "{feature} higher than average (mean {mean}{vs})",
      lower: "{feature} lower than average (mean {mean}{vs})",
      muchLower: "{feature} much lower than average (mean {mean}{vs})",
      vs: " vs {overall} overall",
      and: "{rest} and {last}",
    },
    /** The credit-risk rules of `riskRules`, by rule key. */
    risk: {
      units: { months: " months", days: " days" },
      "at-risk": {
        name: "At-risk customers",
        description: "Average payment delay of {delay}{unit} or more: the default-risk signal.",
        actions: {
          creditReview: "Apply a stricter credit review",
          restructuring: "Offer restructuring or a payment plan",
          financialEducation: "Provide financial education",
          noNewProducts: "Offer no new products until their payment record improves",
        },
      },
      disciplined: {
        name: "Disciplined customers",
        description:
          "Average payment delay of at most {disciplinedDelay}{unit} while running {credits} or more active credits: active customers who pay on time.",
        actions: {
          loyaltyProgramme: "Invite them to a loyalty programme",
          topUpCredit: "Offer a top-up credit at a lower interest rate",
          insuranceTradeIn: "Offer insurance and a trade-in for their next vehicle",
        },
      },
      premium: {
        name: "Premium customers",
        description:
          "Income of {incomeThreshold} or more{ratio}, with an average delay under {delay}{unit}: premium potential.",
        actions: {
          exclusiveOffers: "Offer exclusive or premium products",
          higherLimits: "Offer higher credit limits",
          crossSell: "Cross-sell the vehicle with insurance and service packages",
        },
      },
      regular: {
        name: "Regular customers",
        description:
          "Average payment delay under {delay}{unit}, outside the disciplined group with {credits} or more credits{premium}.",
        actions: {
          reminders: "Send payment reminders before the due date",
          lightPromotions: "Offer light credit promotions to those who pay on time",
        },
      },
      /** The premium income as a multiple of the median, where no fixed income was given. */
      premiumRatio: " ({ratio} times the median income)",
      /** The regular segment is also below the premium income, where there is an income column. */
      regularNotPremium: " and below the premium income",
    },
    /** Headers of `segmentSummary`. */
    summary: {
      segment: "Segment",
      customers: "Customers",
      mean: "Mean {c}",
      interpretation: "Interpretation",
      recommendation: "Recommendation",
      unnamed: "Segment {label:raw}",
    },
    /** A concept as a noun, and in a name made from a segment's profile ("High spend, frequent purchases"). */
    concepts: {
      balance: { noun: "balance", high: "high balance", low: "low balance" },
      purchases: { noun: "spend", high: "high spend", low: "low spend" },
      frequency: { noun: "purchase frequency", high: "frequent purchases", low: "rare purchases" },
      recency: { noun: "recency", high: "long since the last purchase", low: "recent purchase" },
      cashAdvance: { noun: "cash advances", high: "heavy cash advances", low: "few cash advances" },
      creditLimit: { noun: "credit limit", high: "high credit limit", low: "low credit limit" },
      payments: { noun: "payments", high: "high payments", low: "low payments" },
      minPayments: { noun: "minimum payments", high: "high minimum payments", low: "low minimum payments" },
      fullPayment: { noun: "full payment", high: "often pay in full", low: "seldom pay in full" },
      tenure: { noun: "tenure", high: "long tenure", low: "short tenure" },
      income: { noun: "income", high: "high income", low: "low income" },
      price: { noun: "price", high: "high price", low: "low price" },
      downPayment: { noun: "down payment", high: "large down payment", low: "small down payment" },
      delay: { noun: "payment delay", high: "late payment", low: "on-time payment" },
      activeCredits: { noun: "active credits", high: "many active credits", low: "few active credits" },
      age: { noun: "age", high: "older", low: "younger" },
    },
    /** Which features the names read, by meaning. */
    conceptsUsed: " Segment names read the features by their meaning: {list}.",
    conceptsNone: " Features without a known meaning are named by their column: {list}.",
    /** Names, descriptions and actions that speak of the RFM grid segments inside a k-means segment. */
    grid: {
      name: "Mostly {segment}",
      mixOf: "Mix of {a} and {b}",
      description: "A mix of RFM segments that no single profile describes",
      actions: { actByGrid: "Act on each RFM segment inside it with that segment's own actions" },
      mix: { active: "{name}, with some recent buyers", lapsed: "{name}, with some lapsed buyers" },
      inside: " RFM segments inside: {list}.",
      gridActive:
        "First take out the {n:raw} recent buyers inside ({list}) and treat them as their RFM segment says, not as lapsed",
      gridLapsed: "Win back the {n:raw} lapsed customers inside ({list}) with their RFM segment's offer",
    },
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
    bestBy: "best by {criterion}",
    chosenK: "Chosen k = {k:raw}",
    criterionShort: {
      inertia: "the elbow",
      silhouette: "silhouette",
      calinskiHarabasz: "Calinski-Harabasz",
      daviesBouldin: "Davies-Bouldin",
      gap: "the gap statistic",
    },
    /** After a histogram's title when its x axis is logarithmic. */
    logScale: "log scale",
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
      /** A ledger entry's step, keyed by `LedgerEntry.step`. */
      ledgerStep: { load: "load", clean: "clean", rfm: "rfm", features: "features", score: "score" },
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
      featureMean: "{feature}, mean",
      featureMedian: "{feature}, median",
      meanOf: "Mean {c} per segment",
    },
    sigclust: "SigClust p (2-means against one Gaussian blob)",
    /** Role names, keyed by the role, as the data notes and the roles table show them. */
    roleNames: {
      customer: "customer id",
      invoice: "invoice",
      date: "date",
      amount: "amount",
      quantity: "quantity",
      price: "unit price",
      country: "country",
    },
    /** Display names of the columns and features segmenta makes (the CSV keeps the codes). */
    columnNames: {
      customer_id: "Customer",
      recency: "recency",
      recency_days: "recency (days)",
      frequency: "frequency",
      monetary: "monetary",
      r_score: "R score",
      f_score: "F score",
      m_score: "M score",
      rfm_code: "RFM code",
      rfm_segment: "RFM segment",
      cluster: "k-means cluster",
      cluster_segment: "k-means segment",
      p_alive: "P(alive)",
      segment: "Segment",
      rule_segment: "Rule segment",
      risk_score: "Risk score (0-100)",
      dbscan_group: "DBSCAN group",
      row: "Row",
    },
    /** Customer-value columns of the customer table; {h} is the horizon in months. */
    expectedPurchasesColumn: "expected purchases, {h:raw} months",
    clvColumn: "CLV, {h:raw} months",
    /** A header with its unit or currency: "monetary (€)", "recency (days)". */
    withUnit: "{label} ({unit})",
    /** Units of durations, as a header shows them and after a value. */
    units: { days: "days", months: "months", weeks: "weeks" },
    /** A value with its unit: "30.5 days". */
    valueWithUnit: "{value} {unit}",
    /** The country table. */
    country: "Country",
    countryRevenue: "Revenue",
    countryShare: "Share of revenue",
    /** A share too small to show with one decimal. */
    belowTenth: "<0.1 %",
    /** The dashboard's switch between the two segmentations of an RFM run. */
    groupingRfm: "RFM segments (marketing grid)",
    groupingKmeans: "k-means segments",
    groupingRules: "Business-rule segments",
    /** Scaler names, keyed by `transform.scaler`. */
    scalers: { standard: "standard", robust: "robust" },
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
    /** The switch between segmentations (the RFM grid's, k-means'). */
    groupBy: "Segments to show",
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
    hopkinsDistinct:
      "Hopkins statistic computed on the {distinct:raw} distinct rows of {rows:raw}: repeated points would otherwise look like clusters",
    movementSkipped:
      "Segment movement skipped: the data starts less than {days:raw} days before the snapshot",
    dbscanLarge: "DBSCAN skipped: {n:raw} rows is above the 200,000 this report runs it on",
    /** Where the risk rules came from (`rules.origin`). */
    risk: {
      origin:
        'risk rules on "{delay}" and "{credits}"{income}: at risk from a delay of {d:raw} or more; disciplined with a delay of at most {dd:raw} and {c:raw} or more active credits{how}',
      premiumBy: ' (premium by "{i}")',
      howGiven: " (thresholds set by the analyst)",
      howDefault:
        " (the financing team's default thresholds, not quartiles of this file; set your own with --delay-threshold, --disciplined-delay, --cross-sell-credits and --premium-income)",
      score:
        'Each customer\'s risk score (column "risk_score", 0 to 100) is 100 × min(delay / {d:raw}, 1) × (3 + min(credits / {c:raw}, 1)) / 4: payment delay drives it and running credits add to it, so a customer who pays on time scores 0 however many credits they run.',
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
        "k = {k:raw}, the elbow of the inertia curve, as a convenient number of segments: {why}, so there is no k to discover; past the elbow more segments reduce the spread within segments little. ({reason})",
      convenienceVote:
        "k = {k:raw}, the smallest number of segments of 3 or more any criterion points to, as a convenience: {why}, and the inertia curve has no clear elbow. ({reason})",
    },
    /** segmentMatrix's stability warnings; {names} lists the segments with their Jaccard. */
    unstableSegments:
      "Unstable segments (mean bootstrap Jaccard below 0.6): {names}; they dissolve when the data changes slightly: do not target them as real groups",
    fragileSegments:
      "Fragile segments (mean bootstrap Jaccard 0.6 to 0.75): {names}; their borders move between resamples",
    /** The command line's words about the paths of a run, writing its outputs, and signals (cli/). */
    cli: {
      outRoot:
        'Cannot write to "{out}": it is the root folder of the computer, and a run writes only to a folder of its own; choose one with --out',
      outContainsProject:
        'Cannot write to "{out}": it holds segmenta itself ("{project}"), whose files a run must not be able to change; choose another --out',
      commaOut:
        'Cannot write to "{out}": its path has a comma, and Deno splits its permission lists on commas, so the folder cannot be granted alone; choose an --out without a comma',
      commaRead:
        'Cannot read "{path}": the path of the file and the path of its folder have commas, and Deno splits its permission lists on commas; move the file to a folder without a comma in its path',
      overwritesInput:
        'Cannot write "{output}": it is the input file "{input}", which the run would overwrite; choose another --out',
      /** An input that is not a regular file, by what it is. */
      notAFile: {
        folder: 'Cannot read "{path}": it is a folder, not a file; give the path of a file in it',
        fifo:
          'Cannot read "{path}": it is a named pipe (FIFO), not a file, and segmenta reads its input more than once; save the data to a file and give that file',
        device: 'Cannot read "{path}": it is a device, not a file; give the path of a data file',
        socket: 'Cannot read "{path}": it is a socket, not a file; give the path of a data file',
      },
      /** A write that failed, by its cause ({code} is the system's error code, e.g. ENOSPC). */
      write: {
        full:
          'Cannot write to the output folder "{out}": the disk is full ({code}); free some space on it or choose another --out',
        readOnly:
          'Cannot write to the output folder "{out}": it is on a read-only file system ({code}); choose another --out',
        denied:
          'Cannot write to the output folder "{out}": there is no permission to write there ({code}); choose a folder you can write to with --out',
        gone:
          'Cannot write to the output folder "{out}": it no longer exists ({code}; was it removed during the run?); create it again or choose another --out',
        notFolder:
          'Cannot write to the output folder "{out}": part of its path is a file, not a folder ({code}); choose another --out',
        other: 'Cannot write to the output folder "{out}": {cause}; choose another --out',
      },
      interruptedRemoved:
        'Stopped by {signal} while writing the outputs: the unfinished files were removed, and "{out}" keeps what it had',
      interruptedCompleted:
        'Stopped by {signal} while putting the outputs in place: that was finished first, so "{out}" has the complete new files',
      abandoned: 'The launcher (deno task segment) was stopped, so nothing was written to "{out}"',
      leftovers:
        'Removed {n:raw} unfinished file(s) of an earlier run that was stopped while writing to "{out}": {names}',
    },
    /** Where rule segments and k-means disagree (`rules.disagreement`). */
    rulesDisagree: {
      some:
        'Reading each k-means segment as its most common rule segment, the two segmentations agree on {agree:raw} of {n:raw} customers ({pct}%) and differ on {differ:raw}. The largest group they put apart: {count:raw} customers that k-means puts in "{km}" (mostly "{usual}" by the rules) are "{rule}" by the rules. k-means groups customers by all {f:raw} features at once, while the rules look only at {cols} against fixed thresholds, so customers near a threshold or alike on other features land differently.',
      none:
        "Each k-means segment falls within one rule segment: the two segmentations agree on all {n:raw} customers.",
    },
    /** The origin of rules given by the analyst. */
    givenRules: "rules given by the analyst",
    /** The CLI's summary of a run (stdout); the English lines are the historical ones. */
    summary: {
      kind: "  kind: {kind} ({reason})",
      sample: "  sample: {text}",
      periods: "  two periods: {text}",
      lead: "  lead: {reason}",
      kmeansSegment: '  k-means segment "{name}": {n:raw} customers ({share:pct1}%)',
      kinds: { rfm: "rfm", features: "features" },
      rows: "  rows: {read:raw} read, {kept:raw} kept; {customers:raw} customers segmented",
      ledger: "  ledger: {action} {rows:raw}{column}: {reason}",
      ledgerColumn: ' in "{column}"',
      verdict: "  verdict: {headline}",
      segment: '  segment "{name}": {n:raw} customers ({share:pct1}%)',
      warning: "  warning: {text}",
      value: "  customer value: {fit} on {n:raw} customers (calibration {start:date} to {end:date}, {unit})",
      fit: "BG/NBD r = {r}, alpha = {alpha}, a = {a}, b = {b}",
      noFit: "no BG/NBD fit",
      valueWarning: "  customer value warning: {text}",
      wrote: "wrote {path}",
      noModel: "model not written: {reason}",
      done: "done in {s:f1} s",
    },
    /** Progress bars' step names, keyed by the step code the computations report. */
    progress: {
      "k sweep": "k sweep",
      "bootstrap stability": "bootstrap stability",
      "k-means": "k-means",
      silhouette: "silhouette",
      typing: 'typing "{file}"',
      reading: 'reading "{file}"',
      head: 'reading the head of "{file}"',
      "monthly trend": "monthly trend",
      cohorts: "cohorts",
      "recency, frequency, monetary": "recency, frequency, monetary",
      "customer value": "customer value",
    },
    /** `deno task segment score`: its summary (stdout) and its page; the English lines are the historical ones. */
    score: {
      model: "  model: {path} ({kind}, k = {k:raw}, trained on {trained}, segmenta {version})",
      snapshot: "  snapshot: {date:date} ({rule})",
      scored: "  customers scored: {n:raw}",
      segment: '  segment "{name}": {n:raw} customers ({now:pct1}%; in the model {model:pct1}%)',
      moved: "  moved: {from} -> {to}: {n:raw}",
      new: "(new)",
      gone: "(gone)",
      drift: "  drift: {feature} PSI {psi:f3} ({level})",
      levels: { stable: "stable", moderate: "moderate", major: "major" },
      title: "Scored: {file}",
      modelText:
        "Model {path}: {kind}, k = {k:raw}, trained on {trained} (SHA-256 {sha}…) with segmenta {version}. {n:raw} customers scored without refitting.",
      snapshotText: " Snapshot {date:date}.",
      movementTitle: "Movement since the previous segments",
      newCustomer: "(new customer)",
      notInFile: "(not in this file)",
      sizesTitle: "Segment sizes",
      sizesHead: {
        segment: "segment",
        now: "customers now",
        shareNow: "share now",
        shareModel: "share in the model",
      },
      movementHead: { from: "from", to: "to", customers: "customers" },
      driftTitle: "Drift (population stability index)",
      driftHead: { feature: "feature", psi: "PSI", reading: "reading" },
      driftNote:
        "Below 0.1: stable; 0.1 to 0.25: moderate shift; 0.25 and above: major shift, consider refitting.",
      share: "{share:pct1}%",
    },
    /** segmentMatrix on a stratified sample (`sample`): {size} rows of {of}, the sample's seed. */
    sampled:
      "k, stability and the verdict (SigClust, Hopkins, the gap statistic) were computed on a stratified sample of {size} of the {of} customers (drawn in proportion from the 10 deciles of the first principal component, seed {seed:raw}); the segment centres found on the sample were then refined on all customers, and every customer was assigned to the nearest segment centre",
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    explainedTitle: "Explained variance ratio per principal component",
    explainedValue: "share of variance",
    component: "PC{i:raw}",
    meanPerSegment: "Mean {column} per segment",
    corrPair: "{a:raw} and {b:raw} are {strength:raw} correlated (r = {r:f2}).",
    corrWeakest:
      "No two features are more than weakly correlated: the strongest pair, {a:raw} and {b:raw}, has r = {r:f2}, so each feature adds its own information to the distances.",
    corrWeight:
      "Strongly correlated features measure much the same thing twice, so that thing weighs more in the k-means distances.",
    corrStrength: { weak: "weakly", moderate: "moderately", strong: "strongly", veryStrong: "very strongly" },
    segmentLine: "**{name:raw}**: {size:count} customers ({share:pct0}%). {action:raw}",
    noSection: 'This run has no "{id:raw}" part (the report has: {ids:raw})',
    exported:
      "The report for marketing is {html:raw}; the CSV for the CRM, one row per customer with its segment, is {csv:raw}.",
    // (add above this line)
  },

  /** Words of the local web app (app/). */
  app: {
    title: "segmenta: customer segments from a file",
    intro:
      "Choose a customer file: CSV, TSV, Parquet or Excel (.xlsx). It stays on this computer: nothing is sent anywhere else.",
    drop: "Drop a file here, or",
    choose: "choose a file",
    uploading: "Uploading {name}…",
    reading: "Reading {name}…",
    another: "Another file",
    language: "Language",
    detected: "What was detected in {name}",
    rowsColumns: "{rows:int} rows, {columns:int} columns",
    format: "Format",
    delimiter: "Delimiter",
    decimal: "Decimal separator",
    thousands: "Thousands separator",
    encoding: "Encoding",
    dateFormat: "Date format",
    detectedValue: "detected: {value}",
    asDetected: "as detected",
    none: "none",
    comma: "comma (,)",
    semicolon: "semicolon (;)",
    tab: "tab",
    pipe: "vertical bar (|)",
    period: "period (.)",
    kind: "What the file holds",
    kindAuto: "Decide from the file",
    kindRfm: "Transactions: one row per purchase (RFM)",
    kindFeatures: "One row per customer",
    roles: "Column roles",
    roleCustomer: "Customer id",
    roleInvoice: "Invoice or order",
    roleDate: "Date",
    roleAmount: "Amount",
    roleQuantity: "Quantity",
    rolePrice: "Unit price",
    roleCountry: "Country",
    noColumn: "(no column)",
    features: "Features to segment on (one row per customer)",
    featuresHelp: "Numeric columns are suggested; ids and codes are left out, with the reason.",
    leftOutId: "left out: its name says it is an id or a code",
    leftOutLabel: "left out: it holds an earlier analysis' labels",
    notNumeric: "not numeric",
    options: "Options",
    k: "Number of segments",
    kAuto: "Automatic (suggested by the k sweep)",
    kFixed: "Fixed",
    seed: "Seed",
    currency: "Currency",
    currencyLeft:
      "An ISO code such as EUR, USD or IDR (shown as Rp). Left empty, the currency is the one the money column's symbols or codes show, if any.",
    run: "Run the analysis",
    runAgain: "Run again",
    progress: "Progress",
    stepReading: "Reading the file",
    stepTyping: "Reading the columns",
    stepCleaning: "Cleaning",
    stepSweep: "Trying each number of segments (k sweep)",
    stepSilhouette: "Measuring how well segments separate",
    stepStability: "Checking stability (bootstrap)",
    stepReport: "Writing the report",
    stepWorking: "Working",
    done: "Done in {seconds:f1} s",
    result: "Result",
    verdict: "Verdict",
    kindChosen: "Analysis",
    segments: "Segments",
    segment: "Segment",
    customers: "Customers",
    share: "Share",
    actions: "What to do",
    downloads: "Downloads",
    downloadReport: "Download the report (HTML)",
    downloadCsv: "Download the segments (CSV)",
    downloadModel: "Download the saved model (JSON)",
    report: "Full report",
    errorTitle: "This file cannot be used as it is",
    errorFile: "File",
    errorColumn: "Column",
    errorRows: "Rows",
    errorFix: "Correct a role or an option above and run again; there is no need to upload the file again.",
    errorInternal:
      "segmenta hit an internal error (a bug). The window where the app runs shows the details; please report them.",
    errorTooLarge:
      "The file is {size} MB, above this app's limit of {limit} MB. Start the app with a larger --max-upload, or split the file by period.",
    errorEmpty: "The file is empty (0 bytes); export the data again.",
    errorExpired:
      "This file is no longer on the server (the app was restarted or the file expired); choose it again.",
    errorNetwork: "The app does not answer; check that it is still running.",
    readAgain: "Read the file again",
    dayOrder: "Day and month order in dates",
    dayFirst: "day first (31/12/2024)",
    monthFirst: "month first (12/31/2024)",
    sheet: "Sheet of the workbook",
    sheetFirst: "the first sheet",
    cancelPrefix: "Cancelled invoices: the invoice id starts with",
    cancelOff: "Remove no invoices as cancelled",
    cancelHelp:
      "Transactions only. Cancelled invoices are removed before the analysis; each one is listed in the report's cleaning table.",
    fixChoice: 'the "{control}" choice below, then read the file again',
    fixDayOrder: 'choose the order in "{control}" below and read the file again',
    fixCancellation:
      'if these are not cancellations, tick "{off}" below and run again, or write in "{control}" the prefix your cancellations really have',
    riskRules: "Risk rules (one row per customer, with payment delays)",
    riskDelay: "Average delay from which a customer is at risk",
    disciplinedDelay: "Average delay up to which a customer pays on time",
    crossSellCredits: "Active credits from which an on-time payer is disciplined",
    premiumIncome: "Income from which a customer not at risk is premium",
    riskDefault: "default: {value}",
    riskPremiumDefault: "1.25 × the median income",
    // (add above this line)
  },

  /** Words of the customer-value part of the RFM run (BG/NBD, Gamma-Gamma, CLV). */
  clv: {
    title: "Customer value",
    intro:
      "Who is still a customer and what they are worth. The models learn from the purchases from {start:date} to {end:date} (the calibration period, {customers:count} customers, times in {unit}); P(alive), expected purchases and CLV are as of {end:date}.",
    introHoldout: " The purchases after it, up to {obs:date}, check the fit (the holdout).",
    bgnbd:
      "BG/NBD (who is still buying): while active, each customer buys at a rate of their own, and after each purchase may stop for good. Here an active customer buys {rate:f2} times per {unitOne} on average, and stops after a purchase with a chance of {drop:pct1}% on average. A customer's P(alive) falls the longer they stay away compared with their own buying rhythm.",
    gammaGamma:
      "Gamma-Gamma (what a purchase is worth): each customer has an average spend of their own, and single purchases vary around it. Fitted on the {repeat:count} customers who bought again, a purchase is worth {spend} on average.",
    correlationOk:
      "Purchase frequency and average spend are hardly correlated (r = {r:f2}), as the Gamma-Gamma model assumes.",
    correlationHigh:
      "Purchase frequency and average spend are correlated (r = {r:f2}): the Gamma-Gamma model assumes they are not, so read the CLV as rough.",
    clv:
      "CLV (what a customer is worth over the next {months:raw} months): expected purchases times expected spend per purchase, discounted by {rate:pct1}% a month. In total {total}; {mean} per customer on average; the top tenth of customers hold {topShare:pct0}% of it.",
    holdoutClose:
      "Holdout check: over the {duration:f1} {unit} after the calibration period the model expected {predicted} repeat purchases and {actual} happened ({gap:pct0}% apart): it tracks this data well.",
    holdoutOver:
      "Holdout check: over the {duration:f1} {unit} after the calibration period the model expected {predicted} repeat purchases but only {actual} happened ({gap:pct0}% fewer): it is too optimistic here, so read expected purchases and CLV as upper values.",
    holdoutUnder:
      "Holdout check: over the {duration:f1} {unit} after the calibration period the model expected {predicted} repeat purchases but {actual} happened ({gap:pct0}% more): it is too cautious here, so read expected purchases and CLV as lower values.",
    noHoldout:
      "No holdout check: the calibration period runs to the last day of the data, so the fit is not tested on later purchases.",
    skipped: "The customer-value models could not run on this data (see the warnings above).",
    paramsCaption: "Fitted parameters, with standard errors",
    parameter: "parameter",
    estimate: "estimate",
    standardError: "standard error",
    logLik: "log-likelihood",
    holdoutCaption:
      "Holdout purchases by number of repeat purchases in the calibration period (mean per customer)",
    calibrationPurchases: "repeat purchases in calibration",
    orMore: "{n:raw} or more",
    customers: "customers",
    actual: "actual",
    predicted: "predicted",
    segmentCaption: "P(alive) and CLV per segment",
    segment: "segment",
    meanPAlive: "mean P(alive)",
    meanExpected: "mean expected purchases, {months:raw} months",
    meanClv: "mean CLV, {months:raw} months",
    totalClv: "total CLV, {months:raw} months",
    saveText:
      "Customers most worth saving: those who bought again and whose P(alive) has fallen, ranked by CLV × (1 − P(alive)), the value at risk. Contact them before they are gone.",
    saveCaption: "Top {n:raw} customers worth saving",
    customer: "customer",
    pAlive: "P(alive)",
    clvColumn: "CLV, {months:raw} months",
    valueAtRisk: "value at risk",
    trackingTitle: "Cumulative repeat purchases: actual and predicted",
    trackingX: "{unit} since the first purchase in the data",
    trackingY: "cumulative repeat purchases",
    calibrationEnd: "calibration end",
    /** The time units, plural and singular. */
    units: { days: "days", weeks: "weeks", months: "months" },
    unitOne: { days: "day", weeks: "week", months: "month" },
    // (add above this line)
  },
};
