/**
 * `deno task segment` saves a model beside the report; `segment score` assigns a file with it
 * (same labels as the run that made it), `segment sql` prints it as SQL; both refuse a bad model
 * or a missing --model with a message, and the launcher lets them read the model and nothing more.
 */
import { segment } from "./_segment.ts";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine } from "../../cli/_options.ts";
import { englishIn, englishPhrases, visibleText } from "../report/_english.ts";

Deno.test("parseCommandLine() reads the score and sql subcommands and refuses them without --model", () => {
  assert.deepEqual(parseCommandLine(["score", "new.csv", "--model", "m.json"]), {
    command: "score",
    file: "new.csv",
    values: { model: "m.json" },
  });
  assert.equal(parseCommandLine(["sql", "--model", "m.json", "--dialect", "spark"]).command, "sql");
  assert.throws(
    () => parseCommandLine(["score", "new.csv"]),
    /^TypeError: .*score needs a model; give --model/,
  );
  assert.throws(() => parseCommandLine(["sql", "x.csv", "--model", "m"]), /sql takes no input file/);
  assert.throws(() => parseCommandLine(["score", "--model", "m"]), /score needs the file to score/);
});

Deno.test("segment CLI: a run writes the model; score reproduces the run's segments; sql prints the model", async () => {
  const out = await Deno.makeTempDir({ prefix: "segmenta-model-" });
  try {
    const run = await segment(["--out", out, "--no-progress", "--k", "3", "--boot", "2"]);
    assert.equal(run.code, 0, run.stderr);
    const modelPath = join(out, "retail_sample-model.json");
    assert.match(run.stdout, new RegExp(`wrote ${modelPath.replaceAll("/", "\\/")}`));
    const model = JSON.parse(await Deno.readTextFile(modelPath));
    assert.equal(model.version, 2);
    assert.equal(model.kmeans.k, 3);
    const leftovers = [...Deno.readDirSync(out)].filter((e) => e.name.endsWith(".tmp"));
    assert.deepEqual(leftovers, []);

    const scoredDir = join(out, "scored");
    const score = await segment([
      "score",
      "data/retail_sample.csv",
      "--model",
      modelPath,
      "--previous",
      join(out, "retail_sample-segments.csv"),
      "--out",
      scoredDir,
      "--no-progress",
    ]);
    assert.equal(score.code, 0, score.stderr);
    assert.match(score.stdout, /drift: monetary PSI 0\.000 \(stable\)/);
    assert.doesNotMatch(score.stdout, /moved:/);
    // The saved model carries no customer-value fit: the scored CSV has the run's columns without
    // p_alive, expected_purchases_12m and clv_12m (the run's last three).
    const before = (await Deno.readTextFile(join(out, "retail_sample-segments.csv"))).trim().split("\r\n")
      .map((l) => l.split(",").slice(0, -3).join(","));
    const after = (await Deno.readTextFile(join(scoredDir, "retail_sample-segments.csv"))).trim().split(
      "\r\n",
    );
    assert.equal(after[0], `${before[0]},previous_segment,segment_changed`);
    assert.equal(after.length, before.length);
    // Every customer keeps its segment: the scored CSV is the run's CSV plus the two columns.
    assert.deepEqual(after.slice(1).map((l) => l.replace(/,[^,]*,false$/, "")), before.slice(1));
    const html = await Deno.readTextFile(join(scoredDir, "retail_sample-score.html"));
    assert.match(html, /<h2>Drift \(population stability index\)<\/h2>/);
    assert.match(html, /<h2>Movement since the previous segments<\/h2>/);

    const sql = await segment([
      "sql",
      "--model",
      modelPath,
      "--dialect",
      "bigquery",
      "--table",
      "`shop.lines`",
    ]);
    assert.equal(sql.code, 0, sql.stderr);
    assert.match(sql.stdout, /FROM `shop.lines`/);
    assert.match(sql.stdout, /UNIX_MILLIS/);
    // The cancellation rule's check comes first, with the model's prefix.
    assert.match(sql.stdout, /-- 0\. The check of the cancellation rule \(prefix "C"\)[^]*AS positive_share/);
    assert.match(sql.stdout, /AS cluster_segment/);

    const command = await segment([
      "score",
      "x.csv",
      "--model",
      modelPath,
      "--out",
      scoredDir,
      "--print-command",
    ]);
    const read = /--allow-read=(\S+)/.exec(command.stdout)![1]!.split(",");
    assert.ok(read.includes(modelPath), read.join("\n"));
    assert.doesNotMatch(command.stdout, /--allow-net|--allow-run|--allow-all/);
    const sqlCommand = await segment(["sql", "--model", modelPath, "--print-command"]);
    assert.doesNotMatch(sqlCommand.stdout, /--allow-write/);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("segment CLI: score and sql refuse a tampered or missing model with its field, exit 1, no output", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-badmodel-" });
  try {
    const bad = join(dir, "bad-model.json");
    await Deno.writeTextFile(bad, JSON.stringify({ format: "segmenta-model", version: 7 }));
    const out = join(dir, "out");
    const r = await segment([
      "score",
      "data/retail_sample.csv",
      "--model",
      bad,
      "--out",
      out,
      "--no-progress",
    ]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /Cannot use the model: field "version" is 7, a newer format/);
    assert.ok(!existsSync(out) || [...Deno.readDirSync(out)].length === 0);
    const s = await segment(["sql", "--model", join(dir, "none.json")]);
    assert.equal(s.code, 1);
    assert.match(s.stderr, /Cannot read the model ".*none\.json"/);
    const u = await segment(["score", "data/retail_sample.csv"]);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /score needs a model/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: score speaks the model's language, in its summary and its page", async () => {
  const out = await Deno.makeTempDir({ prefix: "segmenta-model-id-" });
  try {
    const run = await segment(["--out", out, "--no-progress", "--k", "3", "--boot", "2", "--lang", "id"]);
    assert.equal(run.code, 0, run.stderr);
    const score = await segment([
      "score",
      "data/retail_sample.csv",
      "--model",
      join(out, "retail_sample-model.json"),
      "--out",
      join(out, "scored"),
      "--no-progress",
    ]);
    assert.equal(score.code, 0, score.stderr);
    assert.match(score.stdout, /pergeseran: nilai belanja PSI 0,000 \(stabil\)/);
    assert.match(score.stdout, /berkas ditulis: /);
    assert.doesNotMatch(score.stdout, /\b(model:|customers|segment|drift|wrote|done in)\b/);
    const html = await Deno.readTextFile(join(out, "scored", "retail_sample-score.html"));
    assert.match(html, /<html lang="id">/);
    assert.deepEqual(englishIn(visibleText(html), englishPhrases()), []);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});
