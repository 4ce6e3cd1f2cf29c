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
  columnLabel,
  escapeHtml,
  fill,
  ledgerText,
  parseModel,
  readTable,
  scoreCustomers,
  type ScoredCustomers,
  scoreRfmTable,
  type SegmentModel,
  toAssignmentsCsv,
  words,
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
  const said = words(model.lang).run.summary;
  printOut(
    ...summaryLines(file, String(values.model), model, scored),
    fill(said.wrote, { path: csvPath }, model.lang),
    fill(said.wrote, { path: htmlPath }, model.lang),
    fill(said.done, { s: (performance.now() - t0) / 1000 }, model.lang),
  );
  return 0;
}

/** The summary for stdout, in the model's language. */
function summaryLines(file: string, modelPath: string, model: SegmentModel, s: ScoredCustomers): string[] {
  const lang = model.lang;
  const t = words(lang).run.score, cli = words(lang).run.summary;
  const actions = words(lang).report.render.ledgerAction;
  return [
    `segmenta score: ${file}`,
    fill(t.model, {
      path: modelPath,
      kind: cli.kinds[model.kind],
      k: model.kmeans.k,
      trained: model.input.file,
      version: model.library.version,
    }, lang),
    ...(s.snapshot ? [fill(t.snapshot, { date: s.snapshot, rule: model.rfm!.snapshot.rule }, lang)] : []),
    fill(t.scored, { n: s.table.height }, lang),
    ...s.ledger.filter((e) => e.rows > 0).map((e) =>
      fill(cli.ledger, {
        action: actions[e.action],
        rows: e.rows,
        column: e.column ? fill(cli.ledgerColumn, { column: e.column }, lang) : "",
        reason: ledgerText(e, lang),
      }, lang)
    ),
    ...s.sizes.map((z) =>
      fill(t.segment, { name: z.name, n: z.now, now: z.nowShare, model: z.modelShare }, lang)
    ),
    ...(s.movement
      ? s.movement.filter((m) => m.from !== m.to).map((m) =>
        fill(t.moved, { from: m.from ?? t.new, to: m.to ?? t.gone, n: m.customers }, lang)
      )
      : []),
    ...s.drift.map((d) =>
      fill(t.drift, { feature: columnLabel(d.feature, lang), psi: d.psi, level: t.levels[d.level] }, lang)
    ),
  ];
}

/** A short self-contained HTML page: sizes, movement, drift, in the model's language. */
function summaryHtml(file: string, modelPath: string, model: SegmentModel, s: ScoredCustomers): string {
  const e = escapeHtml, lang = model.lang;
  const t = words(lang).run.score, r = words(lang).report.render;
  const pct = (x: number) => fill(t.share, { share: x }, lang);
  const table = (head: string[], rows: (string | number)[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${
      rows.map((row) => `<tr>${row.map((c) => `<td>${e(c)}</td>`).join("")}</tr>`).join("")
    }</tbody></table>`;
  const mh = t.movementHead;
  const movement = s.movement
    ? `<h2>${e(t.movementTitle)}</h2>${
      table(
        [mh.from, mh.to, mh.customers],
        s.movement.map((
          m,
        ) => [m.from ?? t.newCustomer, m.to ?? t.notInFile, fill("{n}", { n: m.customers }, lang)]),
      )
    }`
    : "";
  const title = fill(t.title, { file: basename(file) }, lang);
  const sh = t.sizesHead, dh = t.driftHead;
  const psi = (x: number) => fill("{x:f3}", { x }, lang);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}.major{color:#b00}.moderate{color:#a60}</style></head>
<body><h1>${e(title)}</h1>
<p>${
    e(fill(t.modelText, {
      path: basename(modelPath),
      kind: words(lang).run.summary.kinds[model.kind],
      k: model.kmeans.k,
      trained: model.input.file,
      sha: model.input.sha256.slice(0, 12),
      version: model.library.version,
      n: s.table.height,
    }, lang))
  }${s.snapshot ? e(fill(t.snapshotText, { date: s.snapshot }, lang)) : ""}</p>
<h2>${e(t.sizesTitle)}</h2>${
    table(
      [sh.segment, sh.now, sh.shareNow, sh.shareModel],
      s.sizes.map((z) => [z.name, fill("{n}", { n: z.now }, lang), pct(z.nowShare), pct(z.modelShare)]),
    )
  }${movement}
<h2>${e(t.driftTitle)}</h2>${
    table(
      [dh.feature, dh.psi, dh.reading],
      s.drift.map((d) => [columnLabel(d.feature, lang), psi(d.psi), t.levels[d.level]]),
    )
  }
<p>${e(t.driftNote)}</p>
<h2>${e(r.ledger)}</h2>${
    table(
      [r.step, r.reason, r.action, r.rows],
      s.ledger.map((l) => [
        (r.ledgerStep as Readonly<Record<string, string>>)[l.step] ?? l.step,
        ledgerText(l, lang),
        r.ledgerAction[l.action],
        fill("{n}", { n: l.rows }, lang),
      ]),
    )
  }
</body></html>
`;
}
