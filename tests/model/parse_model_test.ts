import assert from "node:assert/strict";
import { parseModel } from "../../lib/mod.ts";
import { copyOf, sampleModel } from "./_models.ts";

Deno.test("parseModel() reads back what buildModel wrote, unchanged", async () => {
  for (const name of ["retail_sample.csv", "credit_card_sample.csv", "vehicle_finance_sample.csv"]) {
    const { model } = await sampleModel(name);
    assert.deepEqual(parseModel(JSON.stringify(model)), copyOf(model));
  }
});

/** Each tampering, and the start of the message that must refuse it. */
const TAMPERED: [string, (m: any) => void, RegExp][] = [
  [
    "an older version",
    (m) => (m.version = 0),
    /^RangeError: Cannot use the model: field "version" is 0, an older format/,
  ],
  ["a newer version", (m) => (m.version = 3), /field "version" is 3, a newer format.*upgrade segmenta/],
  ["another format", (m) => (m.format = "pickle"), /^TypeError: .*field "format" is "pickle"/],
  ["a missing field", (m) => delete m.transform, /field "transform" is not an object/],
  [
    "a narrow centroid",
    (m) => m.kmeans.centroids[1].pop(),
    /field "kmeans.centroids\[1\]" has 2 numbers but the model has 3 features/,
  ],
  [
    "a missing centroid",
    (m) => m.kmeans.centroids.pop(),
    /field "kmeans.centroids" has \d entries where \d are needed/,
  ],
  [
    "a NaN centroid",
    (m) => (m.kmeans.centroids[0][0] = NaN),
    /field "kmeans.centroids\[0\]\[0\]" is null, not a number|is "NaN"/,
  ],
  [
    "a text number",
    (m) => (m.transform.scaler.center[0] = "1.5"),
    /field "transform.scaler.center\[0\]" is "1.5", not a number/,
  ],
  [
    "a zero scale",
    (m) => (m.transform.scaler.scale[2] = 0),
    /field "transform.scaler.scale\[2\]" is 0; a scale must be above 0/,
  ],
  [
    "a short scaler",
    (m) => m.transform.scaler.center.pop(),
    /field "transform.scaler.center" has 2 entries where 3 are needed/,
  ],
  [
    "an unknown log column",
    (m) => m.transform.log1p.push("age"),
    /field "transform.log1p\[3\]" names "age", which is not a feature/,
  ],
  ["names missing", (m) => m.kmeans.names.en.pop(), /field "kmeans.names.en" has \d names for \d segments/],
  [
    "unsorted cuts",
    (m) => m.rfm.scores.thresholds.monetary.reverse(),
    /field "rfm.scores.thresholds.monetary" is not in ascending order/,
  ],
  [
    "a gap in the rule set",
    (m) => m.rfm.ruleSet.segments.pop(),
    /field "rfm.ruleSet" does not cover every score cell/,
  ],
  ["a bad snapshot", (m) => (m.rfm.snapshot.date = "yesterday"), /field "rfm.snapshot.date" is "yesterday"/],
  ["drift shares", (m) => (m.drift.monetary.shares[0] += 0.5), /field "drift.monetary.shares"/],
  ["a bad hash", (m) => (m.input.sha256 = "abc"), /field "input.sha256" is not 64/],
];

for (const [what, tamper, message] of TAMPERED) {
  Deno.test(`parseModel() refuses a model with ${what}`, async () => {
    const m = copyOf((await sampleModel("retail_sample.csv")).model);
    tamper(m);
    assert.throws(() => parseModel(JSON.stringify(m)), message);
    assert.throws(
      () => parseModel(JSON.stringify(m)),
      /rebuild it with `deno task segment FILE`|upgrade segmenta/,
    );
  });
}

Deno.test("parseModel() refuses Infinity and NaN given as values, not only as JSON", async () => {
  const m = copyOf((await sampleModel("retail_sample.csv")).model);
  m.kmeans.centroids[0][1] = Infinity;
  assert.throws(
    () => parseModel(m),
    /^RangeError: Cannot use the model: field "kmeans.centroids\[0\]\[1\]" is "Infinity"/,
  );
  m.kmeans.centroids[0][1] = NaN;
  assert.throws(() => parseModel(m), /is "NaN", not a finite number/);
  assert.throws(() => parseModel('{"version": NaN}'), /^SyntaxError: Cannot use the model: it is not JSON/);
});

Deno.test("parseModel() refuses a features model whose rules keep a quantile", async () => {
  const m = copyOf((await sampleModel("vehicle_finance_sample.csv")).model);
  assert.ok(m.rules, "the vehicle sample has risk rules");
  const first = m.rules.rules.findIndex((r: any) => r.when !== null);
  m.rules.rules[first].when = { column: "x", op: ">", quantile: 0.75 };
  assert.throws(() => parseModel(m), /field "rules.rules\[\d\].when.quantile" is a quantile/);
});

Deno.test("the JSON Schema accepts the built models and refuses a tampered one (Python jsonschema)", async () => {
  const py = "/usr/bin/python3";
  const check = () =>
    new Deno.Command(py, {
      args: [
        "-c",
        `import json,sys,jsonschema
s=json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(s)
jsonschema.Draft202012Validator(s).validate(json.load(sys.stdin))`,
        new URL("../../lib/model/model.schema.json", import.meta.url).pathname,
      ],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    });
  try {
    const probe = new Deno.Command(py, { args: ["-c", "import jsonschema"], stderr: "null" }).outputSync();
    if (!probe.success) throw new Error("no jsonschema");
  } catch {
    console.warn("SKIPPED: /usr/bin/python3 with jsonschema is absent (apt-get install python3-jsonschema)");
    return;
  }
  const run = async (json: string) => {
    const child = check().spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(json));
    await w.close();
    return (await child.output()).success;
  };
  for (const name of ["retail_sample.csv", "credit_card_sample.csv", "vehicle_finance_sample.csv"]) {
    assert.ok(await run(JSON.stringify((await sampleModel(name)).model)), name);
  }
  const bad = copyOf((await sampleModel("retail_sample.csv")).model);
  bad.transform.scaler.scale[0] = -1;
  assert.equal(await run(JSON.stringify(bad)), false);
});

Deno.test("parseModel() reads a version-1 model as version 2 without the risk score, and refuses a bad rules.risk", async () => {
  const { model } = await sampleModel("vehicle_finance_sample.csv");
  const old = copyOf(model);
  old.version = 1;
  delete old.rules.risk;
  const read = parseModel(JSON.stringify(old));
  assert.equal(read.version, 2);
  assert.equal(read.rules!.risk, null);
  const missing = copyOf(model);
  delete missing.rules.risk;
  assert.throws(() => parseModel(missing), /field "rules.risk" is not an object/);
  const zero = copyOf(model);
  zero.rules.risk.riskDelay = 0;
  assert.throws(() => parseModel(zero), /field "rules.risk.riskDelay" is not positive/);
});
