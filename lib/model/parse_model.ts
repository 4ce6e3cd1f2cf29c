/**
 * Read a saved model back, refusing anything that is not exactly a usable model.
 *
 * @module
 */
import { ruleSetCheckText } from "../text/rfm.ts";
import { LANGS } from "../base/types.ts";
import { checkRuleSet } from "../rfm/check_rule_set.ts";
import { MODEL_FORMAT_VERSION, type SegmentModel } from "./segment_model.ts";
import { DRIFT_BINS } from "./_bins.ts";

const FIX = "rebuild it with `deno task segment FILE`, which writes <name>-model.json";

/** A model as `JSON.parse` returns it: any value, unchecked until {@linkcode parseModel} reads it. */
export type Json = unknown;

function fail(kind: "type" | "range", path: string, what: string, fix = FIX): never {
  const message = `Cannot use the model: field "${path}" ${what}; ${fix}`;
  throw kind === "type" ? new TypeError(message) : new RangeError(message);
}

function obj(v: Json, path: string): Record<string, Json> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail("type", path, "is not an object");
  return v as Record<string, Json>;
}

function str(v: Json, path: string): string {
  if (typeof v !== "string") fail("type", path, `is ${show(v)}, not text`);
  return v;
}

function num(v: Json, path: string): number {
  if (typeof v !== "number") fail("type", path, `is ${show(v)}, not a number`);
  if (!Number.isFinite(v)) fail("range", path, `is "${v}", not a finite number`);
  return v;
}

function int(v: Json, path: string, min: number): number {
  const n = num(v, path);
  if (!Number.isInteger(n) || n < min) fail("range", path, `is ${n}, not a whole number from ${min}`);
  return n;
}

function arr(v: Json, path: string, length?: number): Json[] {
  if (!Array.isArray(v)) fail("type", path, `is ${show(v)}, not a list`);
  if (length !== undefined && v.length !== length) {
    fail("range", path, `has ${v.length} entries where ${length} are needed`);
  }
  return v;
}

function nums(v: Json, path: string, length?: number): number[] {
  return arr(v, path, length).map((x, i) => num(x, `${path}[${i}]`));
}

function strs(v: Json, path: string): string[] {
  return arr(v, path).map((x, i) => str(x, `${path}[${i}]`));
}

function oneOf<T extends string>(v: Json, path: string, values: readonly T[]): T {
  if (typeof v !== "string" || !values.includes(v as T)) {
    fail("range", path, `is ${show(v)}; it must be one of ${values.map((x) => `"${x}"`).join(", ")}`);
  }
  return v as T;
}

function bool(v: Json, path: string): boolean {
  if (typeof v !== "boolean") fail("type", path, `is ${show(v)}, not true or false`);
  return v;
}

function show(v: Json): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return JSON.stringify(v);
}

function ascending(v: number[], path: string): void {
  for (let i = 1; i < v.length; i++) {
    if (v[i]! < v[i - 1]!) {
      fail("range", path, `is not in ascending order (entry ${i} is below entry ${i - 1})`);
    }
  }
}

/** Walk every value: a number anywhere must be finite (a hand-edited model may hold 1e999). */
function finiteEverywhere(v: Json, path: string): void {
  if (typeof v === "number") num(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => finiteEverywhere(x, `${path}[${i}]`));
  else if (typeof v === "object" && v !== null) {
    for (const [key, x] of Object.entries(v)) finiteEverywhere(x, path ? `${path}.${key}` : key);
  }
}

/**
 * Read a saved model (the JSON text of `<name>-model.json`, or the parsed object) and check
 * every field: the format and its version (a version-1 model is read as version 2 without
 * the risk score's inputs, `rules.risk: null`; an older or newer version is refused, never
 * guessed at), the shapes (centroids as wide as the features, scaler as long, names for every
 * segment, 9 drift cuts and 10 shares per feature, `bins - 1` ascending score cuts per axis),
 * finite numbers everywhere, positive scales, and for RFM models a rule set that covers every
 * score cell once. A model that fails any check is refused with a message naming the field.
 *
 * @param json The model as JSON text or as a parsed value.
 * @returns The model, typed.
 * @throws {SyntaxError} If the text is not JSON.
 * @throws {TypeError} If a field is missing or has the wrong type or shape.
 * @throws {RangeError} If a value is out of range (version, NaN, a width that does not match).
 *
 * @example A tampered model is refused
 * ```ts
 * import { parseModel } from "./parse_model.ts";
 * import assert from "node:assert/strict";
 * assert.throws(() => parseModel('{"format": "segmenta-model", "version": 0}'), /version/);
 * ```
 */
export function parseModel(json: string | Json): SegmentModel {
  const m = upgrade(obj(readJson(json), "(model)"));
  checkFormat(m);
  finiteEverywhere(m, "");
  const kind = oneOf(m.kind, "kind", ["rfm", "features"] as const);
  checkProvenance(m);
  const lang = oneOf(m.lang, "lang", LANGS);
  const features = checkFeatures(m);
  checkTransform(m.transform, features);
  checkKmeans(m.kmeans, features.length, lang);
  checkDrift(m.drift, features);
  if (kind === "rfm") checkRfmParts(m, features);
  else checkFeaturesParts(m, features);
  return m as unknown as SegmentModel;
}

/** Parse JSON text (a parsed value passes through); text that is not JSON is a `SyntaxError`. */
function readJson(json: string | Json): Json {
  if (typeof json !== "string") return json;
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new SyntaxError(`Cannot use the model: it is not JSON (${(e as Error).message}); ${FIX}`);
  }
}

/**
 * A version-1 model read as version 2: version 1 had no `rules.risk` (the risk score's inputs),
 * so its risk rules score without a `risk_score` (rebuild the model to get it). Other versions pass unchanged.
 */
function upgrade(m: Record<string, Json>): Record<string, Json> {
  if (m.format !== "segmenta-model" || m.version !== 1) return m;
  const rules = m.rules !== null && typeof m.rules === "object" && !Array.isArray(m.rules)
    ? { ...m.rules, risk: null }
    : m.rules;
  return { ...m, version: 2, rules: rules ?? null };
}

/** Check `format` is "segmenta-model" and `version` is exactly the one this segmenta reads. */
function checkFormat(m: Record<string, Json>): void {
  if (m.format !== "segmenta-model") {
    fail("type", "format", `is ${show(m.format)}, not "segmenta-model": this is not a segmenta model`);
  }
  const version = num(m.version, "version");
  if (version < MODEL_FORMAT_VERSION) {
    fail(
      "range",
      "version",
      `is ${version}, an older format than this segmenta reads (${MODEL_FORMAT_VERSION})`,
    );
  }
  if (version > MODEL_FORMAT_VERSION) {
    fail(
      "range",
      "version",
      `is ${version}, a newer format than this segmenta reads (${MODEL_FORMAT_VERSION})`,
      "upgrade segmenta, or rebuild the model with this version",
    );
  }
}

/** Check `library` (segmenta and its version) and `input` (file, SHA-256, rows). */
function checkProvenance(m: Record<string, Json>): void {
  const lib = obj(m.library, "library");
  if (lib.name !== "segmenta") fail("type", "library.name", `is ${show(lib.name)}, not "segmenta"`);
  str(lib.version, "library.version");
  const input = obj(m.input, "input");
  str(input.file, "input.file");
  if (!/^[0-9a-f]{64}$/.test(str(input.sha256, "input.sha256"))) {
    fail("range", "input.sha256", "is not 64 lower-case hexadecimal digits");
  }
  int(input.rows, "input.rows", 0);
}

/** Check `features` is a non-empty list of distinct names, and return it. */
function checkFeatures(m: Record<string, Json>): string[] {
  const features = strs(m.features, "features");
  if (features.length === 0) fail("range", "features", "is empty");
  if (new Set(features).size !== features.length) fail("range", "features", "names a feature twice");
  return features;
}

/** Check `transform`: log1p names only features, the scaler has one centre and one positive scale per feature. */
function checkTransform(v: Json, features: readonly string[]): void {
  const d = features.length;
  const transform = obj(v, "transform");
  for (const [i, c] of strs(transform.log1p, "transform.log1p").entries()) {
    if (!features.includes(c)) fail("range", `transform.log1p[${i}]`, `names "${c}", which is not a feature`);
  }
  const scaler = obj(transform.scaler, "transform.scaler");
  oneOf(scaler.kind, "transform.scaler.kind", ["standard", "robust"] as const);
  nums(scaler.center, "transform.scaler.center", d);
  nums(scaler.scale, "transform.scaler.scale", d).forEach((s, i) => {
    if (!(s > 0)) fail("range", `transform.scaler.scale[${i}]`, `is ${s}; a scale must be above 0`);
  });
}

/** Check `kmeans`: k, seed, k centroids `d` wide, k names in every language (the model's among them), k sizes. */
function checkKmeans(v: Json, d: number, lang: string): void {
  const km = obj(v, "kmeans");
  const k = int(km.k, "kmeans.k", 1);
  int(km.seed, "kmeans.seed", 0);
  arr(km.centroids, "kmeans.centroids", k).forEach((row, i) =>
    arr(row, `kmeans.centroids[${i}]`).length !== d
      ? fail(
        "range",
        `kmeans.centroids[${i}]`,
        `has ${(row as Json[]).length} numbers but the model has ${d} features`,
      )
      : nums(row, `kmeans.centroids[${i}]`, d)
  );
  const names = obj(km.names, "kmeans.names");
  if (!(lang in names)) fail("type", `kmeans.names.${lang}`, "is missing: the model's language has no names");
  for (const [l, list] of Object.entries(names)) {
    oneOf(l, `kmeans.names (key "${l}")`, LANGS);
    strs(list, `kmeans.names.${l}`).length !== k &&
      fail("range", `kmeans.names.${l}`, `has ${(list as Json[]).length} names for ${k} segments`);
  }
  nums(km.sizes, "kmeans.sizes", k).forEach((s, i) => int(s, `kmeans.sizes[${i}]`, 0));
}

/** Check `drift`: per feature, ascending bin edges and shares in [0, 1] that sum to 1. */
function checkDrift(v: Json, features: readonly string[]): void {
  const drift = obj(v, "drift");
  for (const f of features) {
    const b = obj(drift[f], `drift.${f}`);
    ascending(nums(b.edges, `drift.${f}.edges`, DRIFT_BINS - 1), `drift.${f}.edges`);
    const shares = nums(b.shares, `drift.${f}.shares`, DRIFT_BINS);
    shares.forEach((s, i) =>
      (s < 0 || s > 1) && fail("range", `drift.${f}.shares[${i}]`, `is ${s}, not a share`)
    );
    const sum = shares.reduce((a, x) => a + x, 0);
    if (Math.abs(sum - 1) > 1e-9) fail("range", `drift.${f}.shares`, `sums to ${sum}, not 1`);
  }
}

/** Check the parts of an RFM model: `rfm` is valid, `customers` and `rules` are null. */
function checkRfmParts(m: Record<string, Json>, features: readonly string[]): void {
  checkRfm(m.rfm, features);
  if (m.customers !== null) fail("type", "customers", "must be null in an RFM model");
  if (m.rules !== null) fail("type", "rules", "must be null in an RFM model");
}

/** Check the parts of a features model: `rfm` is null, `customers` is valid, `rules` is null or valid. */
function checkFeaturesParts(m: Record<string, Json>, features: readonly string[]): void {
  if (m.rfm !== null) fail("type", "rfm", "must be null in a features model");
  const c = obj(m.customers, "customers");
  if (c.idColumn !== null) str(c.idColumn, "customers.idColumn");
  oneOf(c.impute, "customers.impute", ["median", "knn", "drop"] as const);
  oneOf(c.duplicates, "customers.duplicates", ["error", "first"] as const);
  oneOf(c.lead, "customers.lead", ["kmeans", "rules"] as const);
  const fill = obj(c.fill, "customers.fill");
  for (const f of features) num(fill[f], `customers.fill.${f}`);
  if (m.rules !== null) checkRules(m.rules);
}

/** Check a saved rule set: non-empty rules, a catch-all last and only last, one name and one size per rule. */
function checkRules(v: Json): void {
  const r = obj(v, "rules");
  const rules = arr(r.rules, "rules.rules");
  if (rules.length === 0) fail("range", "rules.rules", "is empty");
  rules.forEach((x, i) => {
    const rule = obj(x, `rules.rules[${i}]`);
    str(rule.key, `rules.rules[${i}].key`);
    obj(rule.names, `rules.rules[${i}].names`);
    if (rule.when === null && i !== rules.length - 1) {
      fail("range", `rules.rules[${i}].when`, "is null (catch-all) but is not the last rule");
    }
    if (rule.when !== null) checkCondition(rule.when, `rules.rules[${i}].when`);
  });
  if (obj(rules.at(-1), `rules.rules[${rules.length - 1}]`).when !== null) {
    fail(
      "range",
      `rules.rules[${rules.length - 1}].when`,
      "must be null: the last rule takes every row left",
    );
  }
  strs(r.names, "rules.names").length !== rules.length &&
    fail("range", "rules.names", `has ${(r.names as Json[]).length} names for ${rules.length} rules`);
  nums(r.sizes, "rules.sizes", rules.length);
  if (r.risk !== null) {
    const risk = obj(r.risk, "rules.risk");
    str(risk.delayColumn, "rules.risk.delayColumn");
    str(risk.creditsColumn, "rules.risk.creditsColumn");
    num(risk.disciplinedDelay, "rules.risk.disciplinedDelay");
    for (const k of ["riskDelay", "crossSellCredits"] as const) {
      if (!(num(risk[k], `rules.risk.${k}`) > 0)) fail("range", `rules.risk.${k}`, "is not positive");
    }
  }
}

/** Check a rule condition (all / any / not, or a fixed-threshold comparison), recursively. */
function checkCondition(v: Json, path: string): void {
  const c = obj(v, path);
  if ("all" in c) arr(c.all, `${path}.all`).forEach((x, i) => checkCondition(x, `${path}.all[${i}]`));
  else if ("any" in c) arr(c.any, `${path}.any`).forEach((x, i) => checkCondition(x, `${path}.any[${i}]`));
  else if ("not" in c) checkCondition(c.not, `${path}.not`);
  else {
    str(c.column, `${path}.column`);
    if ("quantile" in c) {
      fail("range", `${path}.quantile`, "is a quantile; a model holds fixed thresholds only");
    }
    const op = oneOf(c.op, `${path}.op`, [">", ">=", "<", "<=", "==", "between"] as const);
    if (op === "between") {
      num(c.min, `${path}.min`);
      num(c.max, `${path}.max`);
    } else num(c.value, `${path}.value`);
  }
}

/** Check `rfm`: roles, cleaning, snapshot, score cuts and a rule set that covers every score cell once. */
function checkRfm(v: Json, features: readonly string[]): void {
  const r = obj(v, "rfm");
  if (features.join(",") !== "recency,frequency,monetary") {
    fail("range", "features", 'must be ["recency", "frequency", "monetary"] in an RFM model');
  }
  const roles = obj(r.roles, "rfm.roles");
  for (const [role, column] of Object.entries(roles)) str(column, `rfm.roles.${role}`);
  str(roles.customer, "rfm.roles.customer");
  str(roles.date, "rfm.roles.date");
  if (roles.amount === undefined && (roles.quantity === undefined || roles.price === undefined)) {
    fail("type", "rfm.roles.amount", "is missing, and so is quantity with price");
  }
  const clean = obj(r.clean, "rfm.clean");
  for (const key of ["dropCancellations", "dropReturns", "dropNonPositive", "dropDuplicates"]) {
    bool(clean[key], `rfm.clean.${key}`);
  }
  if (str(clean.cancellationPrefix, "rfm.clean.cancellationPrefix").length === 0) {
    fail("range", "rfm.clean.cancellationPrefix", "is empty");
  }
  const snap = obj(r.snapshot, "rfm.snapshot");
  oneOf(snap.rule, "rfm.snapshot.rule", ["day-after-latest", "fixed"] as const);
  const date = str(snap.date, "rfm.snapshot.date");
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(date) || Number.isNaN(Date.parse(date))) {
    fail(
      "range",
      "rfm.snapshot.date",
      `is "${date}", not an ISO 8601 date such as "2021-12-10T00:00:00.000Z"`,
    );
  }
  const scores = obj(r.scores, "rfm.scores");
  const bins = int(scores.bins, "rfm.scores.bins", 2);
  if (bins > 9) fail("range", "rfm.scores.bins", `is ${bins}; bins go from 2 to 9`);
  const t = obj(scores.thresholds, "rfm.scores.thresholds");
  for (const axis of ["recency", "frequency", "monetary"]) {
    ascending(nums(t[axis], `rfm.scores.thresholds.${axis}`, bins - 1), `rfm.scores.thresholds.${axis}`);
  }
  const rs = obj(r.ruleSet, "rfm.ruleSet");
  str(rs.name, "rfm.ruleSet.name");
  oneOf(rs.axes, "rfm.ruleSet.axes", ["RF", "RFM"] as const);
  arr(rs.segments, "rfm.ruleSet.segments").forEach((x, i) => {
    const s = obj(x, `rfm.ruleSet.segments[${i}]`);
    str(s.key, `rfm.ruleSet.segments[${i}].key`);
    const n = obj(s.names, `rfm.ruleSet.segments[${i}].names`);
    for (const l of LANGS) str(n[l], `rfm.ruleSet.segments[${i}].names.${l}`);
    arr(s.cells, `rfm.ruleSet.segments[${i}].cells`);
  });
  let check;
  try {
    check = checkRuleSet(rs as never, bins);
  } catch (e) {
    fail("type", "rfm.ruleSet", `is malformed (${(e as Error).message})`);
  }
  if (!check.ok) {
    fail(
      "range",
      "rfm.ruleSet",
      `does not cover every score cell exactly once (${ruleSetCheckText(check, rs as never, "en")})`,
    );
  }
}
