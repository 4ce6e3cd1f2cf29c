/**
 * `deno task segment score FILE --model M.json [--previous OLD-segments.csv]`: assign the
 * customers of FILE with a saved model (no refit), write `<out>/<name>-segments.csv` and
 * `<out>/<name>-score.html`, and print sizes, movement and drift.
 *
 * Words here are English for now; they move to lib/text with the rest of the CLI's.
 *
 * @module
 */
import { basename, join } from "node:path";
import {
  type AnalyzeFileOptions,
  escapeHtml,
  ledgerText,
  parseModel,
  readTable,
  scoreCustomers,
  type ScoredCustomers,
  scoreRfmTable,
  type SegmentModel,
  toAssignmentsCsv,
} from "../lib/mod.ts";
import type { OptionValues } from "./_options.ts";
import { writeAtomically, type WriteAtomicallyOptions } from "./_write.ts";
import { cliFlags } from "./_flags.ts";
import { printErr, printOut } from "./_terminal.ts";
import { rfmFromDuckDb, rfmFromPostgres } from "./_db.ts";
import { isDuckDbSource } from "./_db_names.ts";
import { outputName } from "./_paths.ts";

/** Read and check the model of `--model`; the message and exit code 1 if it cannot be used. */
export function readModel(path: string): SegmentModel | string {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (e) {
    return `Cannot read the model "${path}": ${(e as Error).message}; check --model`;
  }
  try {
    return parseModel(text);
  } catch (e) {
    return `${(e as Error).message} (model "${path}")`;
  }
}

/**
 * Score `file` with the model of `--model`.
 *
 * @param write How the outputs are written (the test hook, what a signal says).
 * @returns The exit code: 0 done, 1 the model or the file cannot be used.
 * @throws What reading or scoring throws for the input, {@linkcode WriteFailed} for the outputs
 *   (cli/main.ts turns them into a message).
 */
export async function scoreCommand(
  file: string | undefined,
  values: OptionValues,
  options: AnalyzeFileOptions,
  out: string,
  write: WriteAtomicallyOptions = {},
): Promise<number> {
  const model = readModel(String(values.model));
  if (typeof model === "string") {
    printErr(cliFlags(model));
    return 1;
  }
  const t0 = performance.now();
  const previous = typeof values.previous === "string"
    ? (await readTable(values.previous, options.read ?? {})).table
    : undefined;
  let scored: ScoredCustomers, source: string;
  // The same names the launcher checked and the CLI cleaned up leftovers of (cli/_paths.ts).
  const name = outputName({ command: "score", file, values });
  if (typeof values.db === "string") {
    if (model.kind !== "rfm") {
      printErr(
        "Cannot score in a database with a features model yet: --db runs the RFM aggregation; export the customer table and score the file",
      );
      return 1;
    }
    const table = typeof values.table === "string" ? values.table : "invoices";
    const { rfm, ledger, where } = isDuckDbSource(values.db)
      ? await rfmFromDuckDb(values.db, table, model)
      : await rfmFromPostgres(values.db, table, model);
    source = where;
    scored = scoreRfmTable(rfm, model, { ledger, file: table, ...(previous ? { previous } : {}) });
  } else {
    const path = file!;
    const loaded = await readTable(path, options.read ?? {});
    scored = scoreCustomers(loaded.table, model, { file: basename(path), ...(previous ? { previous } : {}) });
    source = path;
  }
  file = source;
  const csvPath = join(out, `${name}-segments.csv`), htmlPath = join(out, `${name}-score.html`);
  const t = scored.table;
  const rows = (t.rows() as unknown[][]).map((r) =>
    r.map((v) =>
      v === null || v === undefined
        ? null
        : typeof v === "number"
        ? v
        : typeof v === "bigint"
        ? Number(v)
        : String(v)
    )
  );
  await writeAtomically([
    [csvPath, toAssignmentsCsv(t.columns, rows)],
    [htmlPath, summaryHtml(file, String(values.model), model, scored)],
  ], write);
  printOut(
    ...summaryLines(file, String(values.model), model, scored),
    `wrote ${csvPath}`,
    `wrote ${htmlPath}`,
    `done in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return 0;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The summary for stdout. */
function summaryLines(file: string, modelPath: string, model: SegmentModel, s: ScoredCustomers): string[] {
  return [
    `segmenta score: ${file}`,
    `  model: ${modelPath} (${model.kind}, k = ${model.kmeans.k}, trained on ${model.input.file}, segmenta ${model.library.version})`,
    ...(s.snapshot
      ? [`  snapshot: ${s.snapshot.toISOString().slice(0, 10)} (${model.rfm!.snapshot.rule})`]
      : []),
    `  customers scored: ${s.table.height}`,
    ...s.ledger.filter((e) => e.rows > 0).map((e) =>
      `  ledger: ${e.action} ${e.rows}${e.column ? ` in "${e.column}"` : ""}: ${ledgerText(e, model.lang)}`
    ),
    ...s.sizes.map((z) =>
      `  segment "${z.name}": ${z.now} customers (${pct(z.nowShare)}; in the model ${pct(z.modelShare)})`
    ),
    ...(s.movement
      ? s.movement.filter((m) => m.from !== m.to).map((m) =>
        `  moved: ${m.from ?? "(new)"} -> ${m.to ?? "(gone)"}: ${m.customers}`
      )
      : []),
    ...s.drift.map((d) => `  drift: ${d.feature} PSI ${d.psi.toFixed(3)} (${d.level})`),
  ];
}

/** A short self-contained HTML page: sizes, movement, drift. */
function summaryHtml(file: string, modelPath: string, model: SegmentModel, s: ScoredCustomers): string {
  const e = escapeHtml;
  const table = (head: string[], rows: (string | number)[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${
      rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join("")}</tr>`).join("")
    }</tbody></table>`;
  const movement = s.movement
    ? `<h2>Movement since the previous segments</h2>${
      table(
        ["from", "to", "customers"],
        s.movement.map((m) => [m.from ?? "(new customer)", m.to ?? "(not in this file)", m.customers]),
      )
    }`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(`Scored: ${basename(file)}`)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}.major{color:#b00}.moderate{color:#a60}</style></head>
<body><h1>${e(`Scored: ${basename(file)}`)}</h1>
<p>${
    e(`Model ${
      basename(modelPath)
    }: ${model.kind}, k = ${model.kmeans.k}, trained on ${model.input.file} (SHA-256 ${
      model.input.sha256.slice(0, 12)
    }…) with segmenta ${model.library.version}. ${s.table.height} customers scored without refitting.`)
  }${s.snapshot ? e(` Snapshot ${s.snapshot.toISOString().slice(0, 10)}.`) : ""}</p>
<h2>Segment sizes</h2>${
    table(
      ["segment", "customers now", "share now", "share in the model"],
      s.sizes.map((z) => [z.name, z.now, pct(z.nowShare), pct(z.modelShare)]),
    )
  }${movement}
<h2>Drift (population stability index)</h2>${
    table(["feature", "PSI", "reading"], s.drift.map((d) => [d.feature, d.psi.toFixed(3), d.level]))
  }
<p>Below 0.1: stable; 0.1 to 0.25: moderate shift; 0.25 and above: major shift, consider refitting.</p>
<h2>Cleaning ledger</h2>${
    table(
      ["step", "reason", "action", "rows"],
      s.ledger.map((l) => [l.step, l.reason, l.action, l.rows]),
    )
  }
</body></html>
`;
}
