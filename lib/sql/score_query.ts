/**
 * Scoring with a saved model as SQL: transforms, scaler, nearest centroid, RFM scores and named
 * segments as `CASE` expressions with literal thresholds.
 *
 * @module
 */
import type { RfmPattern } from "../rfm/check_rule_set.ts";
import type { RuleCondition } from "../profile/rule_segments.ts";
import type { SegmentModel } from "../model/segment_model.ts";
import { segmentWords } from "../text/rfm.ts";
import { type DialectParts, dialectParts, type SqlDialect } from "./dialect.ts";
import { idText } from "./_id_text.ts";

/** Options for {@linkcode scoreQuery}. */
export interface ScoreQueryOptions {
  /** The SQL dialect. */
  dialect: SqlDialect;
  /**
   * The customer table, written as is: for RFM models the result of `rfmQuery` (`customer`,
   * `recency`, `frequency`, `monetary`); for customer models a table with the id column and the
   * features. @default {"rfm" for RFM models, "customers" otherwise}
   */
  table?: string;
}

/**
 * The scoring of a model as one SELECT over a customer table. RFM models: scores 1..bins from
 * the training cuts (`1 +` cuts strictly below F and M, strictly above R), the rule set's named
 * segment as a `CASE` over the score cells, then customers with positive monetary get the
 * k-means segment. Customer models: missing features take the training fill value, rows
 * without an id are left out, and risk rules run with their training thresholds (with the
 * `risk_score` of `riskScore` where the model has the risk rules' facts). For both:
 * log1p as `LN(1 + x)`, `(x - centre) / scale`, the squared distance to each centroid summed
 * in feature order, and the nearest (lowest index on ties, as `predictKmeans`) with its name.
 * Every number is a literal parsed by the engine from its shortest round-trip decimal.
 *
 * @param model The model.
 * @param options The dialect and the customer table.
 * @returns The query text.
 *
 * @example Scoring in DuckDB
 * ```ts ignore
 * const sql = scoreQuery(model, { dialect: "duckdb", table: "rfm" });
 * ```
 */
export function scoreQuery(model: SegmentModel, options: ScoreQueryOptions): string {
  const { dialect } = options;
  const q = dialectParts(dialect);
  const table = options.table ?? (model.kind === "rfm" ? "rfm" : "customers");
  const names = model.kmeans.names[model.lang]!;
  // The feature columns under fixed names seg_x0, seg_x1, ...
  const x = model.features.map((_, j) => `seg_x${j}`);
  const ctes: string[] = [];
  let keep: string[];
  let base: string;
  if (model.kind === "rfm") {
    ctes.push(scoredCte(q, model.rfm!, table), namedCte(q, model.rfm!, model.lang));
    keep = rfmKeep(q);
    base = `SELECT seg_named.*, ${
      model.features.map((f, j) => `${q.toDouble(f)} AS ${x[j]}`).join(", ")
    } FROM seg_named`;
  } else {
    keep = customerKeep(q, model.customers!, model.features);
    base = customerBase(q, model.customers!, model.features, table, x);
  }
  ctes.push(`seg_x AS (\n  ${base}\n)`);
  ctes.push(scaledCte(q, model, x), distanceCte(q, model), labelCte(model.kmeans.k));
  const cols = outputColumns(q, model, keep, names);
  return `WITH ${ctes.join(",\n")}\nSELECT\n  ${cols.join(",\n  ")}\nFROM seg_label`;
}

type RfmPart = NonNullable<SegmentModel["rfm"]>;
type CustomersPart = NonNullable<SegmentModel["customers"]>;

/** The `seg_scored` CTE: R, F and M scores 1..bins from the training cuts. */
function scoredCte(q: DialectParts, r: RfmPart, table: string): string {
  const score = (c: string, cuts: readonly number[], reversed: boolean) =>
    `1 + ${
      cuts.map((v) => `(CASE WHEN ${q.toDouble(c)} ${reversed ? "<" : ">"} ${q.double(v)} THEN 1 ELSE 0 END)`)
        .join(" + ")
    }`;
  const t = r.scores.thresholds;
  return `seg_scored AS (
  SELECT customer, recency, frequency, monetary,
    CAST(${score("recency", t.recency, true)} AS ${q.intType}) AS r_score,
    CAST(${score("frequency", t.frequency, false)} AS ${q.intType}) AS f_score,
    CAST(${score("monetary", t.monetary, false)} AS ${q.intType}) AS m_score
  FROM ${table}
)`;
}

/** The `seg_named` CTE: the rule set's segment key and name per score cell, for customers with positive monetary. */
function namedCte(q: DialectParts, r: RfmPart, lang: SegmentModel["lang"]): string {
  const segments = r.ruleSet.segments.filter((s) => s.cells.length > 0);
  const cell = (p: RfmPattern) =>
    ([["r_score", p.r], ["f_score", p.f], ["m_score", p.m]] as const)
      .filter(([, v]) => v !== undefined)
      .map(([c, v]) => `${c} IN (${v!.join(", ")})`).join(" AND ") || "1 = 1";
  const when = segments.map((s) => s.cells.map((p) => `(${cell(p)})`).join(" OR "));
  const chain = (values: string[], other: string) =>
    `CASE ${when.map((w, i) => `WHEN ${w} THEN ${q.text(values[i]!)}`).join("\n      ")} ELSE ${
      q.text(other)
    } END`;
  return `seg_named AS (
  SELECT seg_scored.*,
    ${chain(segments.map((s) => s.key), "other")} AS rfm_key,
    ${
    chain(
      segments.map((s) => segmentWords(r.ruleSet, s.key, lang).name),
      segmentWords(r.ruleSet, "other", lang).name,
    )
  } AS rfm_segment
  FROM seg_scored
  WHERE monetary > 0
)`;
}

/** The columns an RFM model's result keeps: the RFM values, scores, code and segment. */
function rfmKeep(q: DialectParts): string[] {
  return [
    "customer",
    "recency",
    "frequency",
    "monetary",
    "r_score",
    "f_score",
    "m_score",
    `CAST(r_score * 100 + f_score * 10 + m_score AS ${q.textType}) AS rfm_code`,
    "rfm_segment",
  ];
}

/** The columns a customer model's result keeps: the id (if any) and the features. */
function customerKeep(q: DialectParts, c: CustomersPart, features: readonly string[]): string[] {
  const id = c.idColumn;
  return [...(id !== null ? [`${q.id(id)}`] : []), ...features.map((f) => q.id(f))];
}

/** The `seg_x` SELECT of a customer model: trimmed ids, features filled (or rows with gaps dropped) under `x` names. */
function customerBase(
  q: DialectParts,
  c: CustomersPart,
  features: readonly string[],
  table: string,
  x: readonly string[],
): string {
  const id = c.idColumn;
  const fill = (f: string) => {
    const v = q.toDouble(q.id(f));
    return `CASE WHEN ${v} IS NULL OR ${q.notFinite(v)} THEN ${q.double(c.fill[f]!)} ELSE ${v} END`;
  };
  let base = `SELECT ${id !== null ? `${idText(q, q.id(id))} AS ${q.id(id)}, ` : ""}${
    features.map((f, j) => `${fill(f)} AS ${q.id(f)}, ${fill(f)} AS ${x[j]}`).join(", ")
  } FROM ${table}${id !== null ? ` WHERE ${idText(q, q.id(id))} IS NOT NULL` : ""}`;
  if (c.impute === "drop") {
    base = `SELECT ${id !== null ? `${idText(q, q.id(id))} AS ${q.id(id)}, ` : ""}${
      features.map((f, j) => `${q.toDouble(q.id(f))} AS ${q.id(f)}, ${q.toDouble(q.id(f))} AS ${x[j]}`)
        .join(", ")
    } FROM ${table} WHERE ${
      [
        ...(id !== null ? [`${idText(q, q.id(id))} IS NOT NULL`] : []),
        ...features.map((f) =>
          `${q.toDouble(q.id(f))} IS NOT NULL AND NOT (${q.notFinite(q.toDouble(q.id(f)))})`
        ),
      ].join(" AND ")
    }`;
  }
  return base;
}

/** The `seg_z` CTE: log1p where the model says, then `(x - centre) / scale` per feature. */
function scaledCte(q: DialectParts, model: SegmentModel, x: readonly string[]): string {
  const { center, scale } = model.transform.scaler;
  const z = model.features.map((f, j) => {
    const v = model.transform.log1p.includes(f) ? `LN(1 + ${x[j]})` : x[j]!;
    return `(${v} - ${q.double(center[j]!)}) / ${q.double(scale[j]!)} AS seg_z${j}`;
  });
  return `seg_z AS (\n  SELECT seg_x.*, ${z.join(",\n    ")}\n  FROM seg_x\n)`;
}

/** The `seg_d` CTE: the squared distance to each centroid, summed in feature order. */
function distanceCte(q: DialectParts, model: SegmentModel): string {
  const dist = model.kmeans.centroids.map((row, c) =>
    `${
      row.map((v, j) => `(seg_z${j} - ${q.double(v)}) * (seg_z${j} - ${q.double(v)})`).join(" + ")
    } AS seg_d${c}`
  );
  return `seg_d AS (\n  SELECT seg_z.*, ${dist.join(",\n    ")}\n  FROM seg_z\n)`;
}

/** The `seg_label` CTE: the nearest of `k` centroids, the lowest index on ties. */
function labelCte(k: number): string {
  const nearest = k === 1
    ? "0"
    : `CASE ${
      Array.from({ length: k - 1 }, (_, c) =>
        `WHEN ${
          Array.from({ length: k - c - 1 }, (_, o) => `seg_d${c} <= seg_d${c + o + 1}`).join(" AND ")
        } THEN ${c}`).join("\n      ")
    } ELSE ${k - 1} END`;
  return `seg_label AS (\n  SELECT seg_d.*, ${nearest} AS seg_cluster\n  FROM seg_d\n)`;
}

/** The result's columns: those kept, the cluster and its name, and for customer models the rule segment. */
function outputColumns(
  q: DialectParts,
  model: SegmentModel,
  keep: readonly string[],
  names: readonly string[],
): string[] {
  const label = () => `CASE seg_cluster ${names.map((n, c) => `WHEN ${c} THEN ${q.text(n)}`).join(" ")} END`;
  const cols = [...keep, `CAST(seg_cluster AS ${q.intType}) AS cluster`];
  if (model.kind === "rfm") cols.push(`${label()} AS cluster_segment`);
  else {
    cols.push(`${label()} AS segment`);
    if (model.rules) {
      const rules = model.rules;
      cols.push(
        `CASE ${
          rules.rules.map((rule, i) =>
            rule.when === null
              ? `ELSE ${q.text(rules.names[i]!)}`
              : `WHEN ${condition(rule.when, q)} THEN ${q.text(rules.names[i]!)}`
          ).join("\n      ")
        } END AS rule_segment`,
      );
      if (rules.risk) cols.push(`${riskScoreSql(q, rules.risk)} AS risk_score`);
    }
  }
  return cols;
}

/**
 * `riskScore` as SQL: `100 × clip(delay / riskDelay) × (3 + clip(credits / crossSellCredits)) / 4`,
 * in the same order of operations, rounded half up as `Math.round` (never the engine's `ROUND`,
 * which rounds half to even on PostgreSQL doubles).
 */
function riskScoreSql(
  q: DialectParts,
  risk: NonNullable<NonNullable<SegmentModel["rules"]>["risk"]>,
): string {
  const clip = (e: string) => `LEAST(GREATEST(${e}, ${q.double(0)}), ${q.double(1)})`;
  const part = (column: string, by: number) => clip(`${q.toDouble(q.id(column))} / ${q.double(by)}`);
  const raw = `(${q.double(100)} * ${part(risk.delayColumn, risk.riskDelay)} * (${q.double(3)} + ${
    part(risk.creditsColumn, risk.crossSellCredits)
  }) / ${q.double(4)})`;
  return `CASE WHEN ${raw} - FLOOR(${raw}) >= ${q.double(0.5)} THEN FLOOR(${raw}) + 1 ELSE FLOOR(${raw}) END`;
}

/** A rule condition as SQL; a comparison with a missing cell is false (not null), as in `ruleSegments`. */
function condition(c: RuleCondition, q: DialectParts): string {
  if ("all" in c) return `(${c.all.map((x) => condition(x, q)).join(" AND ")})`;
  if ("any" in c) return `(${c.any.map((x) => condition(x, q)).join(" OR ")})`;
  if ("not" in c) return `(NOT ${condition(c.not, q)})`;
  const v = q.toDouble(q.id(c.column));
  if ("quantile" in c) {
    throw new TypeError(
      `Cannot write rule "${c.column}": a quantile condition; a model holds fixed thresholds only`,
    );
  }
  if (c.op === "between") {
    return `COALESCE(${v} >= ${q.double(c.min)} AND ${v} <= ${q.double(c.max)}, FALSE)`;
  }
  const op = c.op === "==" ? "=" : c.op;
  return `COALESCE(${v} ${op} ${q.double(c.value)}, FALSE)`;
}
