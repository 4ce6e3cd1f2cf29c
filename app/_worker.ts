/**
 * The app's analysis worker: one worker per request, so that the server stays responsive and
 * two tabs never share state. It answers one message and is then terminated by the server.
 *
 * - `{ type: "inspect", path, name }`: read the file as the analysis will (`readTable`), map the
 *   roles, decide the kind (its reason in each language) and suggest the features.
 * - `{ type: "run", path, options }`: `analyzeFile` with the page's choices, posting each
 *   progress step, then the report HTML and the segments CSV, made exactly as the CLI makes them.
 *
 * Errors the user can fix are posted as `{ kind: "input", message, at }` (the library's message) and,
 * for the typed ones (ambiguous decimal mark or day order, a refused cancellation rule), `messages`
 * in each language naming the page's control that fixes them (`fix`);
 * anything else is logged here in full and posted as `{ kind: "internal" }`, never as a stack.
 *
 * @module
 */
import "./_env_shim.ts";
import type {
  Detection,
  ErrorAt,
  ErrorFix,
  FeatureOffer,
  RunResult,
  WorkerError,
  WorkerReply,
  WorkerRequest,
} from "./_protocol.ts";
import {
  analyzeFile,
  type AnalyzeFileOptions,
  assignmentsCsv,
  buildModel,
  CancellationRuleError,
  cancellationRuleText,
  detectKind,
  type FileAnalysis,
  InputError,
  inputErrorText,
  kindText,
  type Lang,
  LANGS,
  mapRoles,
  noteText,
  readTable,
  reportHtml,
  type SegmentProfile,
} from "../lib/mod.ts";

// The id and label patterns of analyzeFeatures' default features (lib/run/analyze_features.ts),
// repeated here because lib/mod.ts does not export the suggestion; keep the two in step.
const ID_NAME =
  /(^|[\s_-])(id|ids|kode|code|codigo|código|no|nr|num|number|numero|número)([\s_-]|$)|^(cust|customer|client|cliente|pelanggan|nasabah)[\s_-]?(id|no|kode|code)?$/i;
const LABEL_NAME =
  /^(cluster|clusters|segment|segmen|segmento|segmentasi|label|grupo|group|kelompok|class|kelas)([\s_-].*)?$/i;

const post = (reply: WorkerReply) => self.postMessage(reply);

async function inspect(path: string, read: AnalyzeFileOptions["read"] = {}): Promise<Detection> {
  const loaded = await readTable(path, { ...read, onProgress: (p) => post({ type: "progress", ...p }) });
  const name = loaded.file;
  const columns = loaded.columns.map((c) => c.name);
  const mapping = mapRoles(columns, { file: name });
  const decision = detectKind(loaded, mapping);
  const inEach = <T>(say: (lang: Lang) => T) =>
    Object.fromEntries(LANGS.map((l) => [l, say(l)])) as Record<Lang, T>;
  const kindReason = inEach((lang) => kindText(decision, lang));
  const idColumn = mapping.roles.customer ?? columns.find((c) => ID_NAME.test(c.trim()));
  const features = loaded.columns.map((c): FeatureOffer => {
    if (c.kind !== "number") return { name: c.name, suggested: false, why: "notNumeric" };
    if (LABEL_NAME.test(c.name.trim())) return { name: c.name, suggested: false, why: "leftOutLabel" };
    if (c.name === idColumn || ID_NAME.test(c.name.trim())) {
      return { name: c.name, suggested: false, why: "leftOutId" };
    }
    return { name: c.name, suggested: true };
  });
  const { delimiter, decimal, thousands, encoding, reasons } = loaded.dialect;
  const sheetNote = loaded.notes.find((n) => n.code === "xlsx-sheet");
  const sheets = sheetNote === undefined
    ? []
    : [String(sheetNote.sheet), ...(sheetNote.others as readonly string[]).map(String)];
  return {
    format: loaded.format,
    rows: loaded.rowsRead,
    columns: loaded.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      ...(c.dateFormat ? { dateFormat: c.dateFormat } : {}),
      ...(c.decimal ? { decimal: c.decimal } : {}),
    })),
    dialect: {
      delimiter,
      decimal,
      thousands,
      encoding,
      reasons: inEach((lang) => reasons.map((r) => noteText(r, lang))),
    },
    notes: inEach((lang) => loaded.notes.map((n) => noteText(n, lang))),
    roles: { ...mapping.roles } as Record<string, string>,
    kind: decision.kind,
    kindReason,
    features,
    sheets,
  };
}

/** The saved model as the CLI writes it (cli/main.ts), or why the run cannot be saved as one. */
function savedModel(analysis: FileAnalysis["analysis"]): { model: string | null; noModel: string | null } {
  try {
    return { model: JSON.stringify(buildModel(analysis), null, 1) + "\n", noModel: null };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { model: null, noModel: e.message };
  }
}

/** The segments the report and the CSV lead with: business-rule segments where they lead, else k-means'. */
function leading(analysis: FileAnalysis["analysis"]): readonly SegmentProfile[] {
  if (analysis.kind === "features" && analysis.primary.by === "rules" && analysis.rules !== null) {
    return analysis.rules.profiles;
  }
  return analysis.segmentation.profiles;
}

async function run(path: string, options: AnalyzeFileOptions): Promise<RunResult> {
  let typed = false;
  const { decision, analysis } = await analyzeFile(path, {
    ...options,
    onProgress: (p) => {
      post({ type: "progress", ...p });
      // Reading ends with the columns typed; cleaning follows and reports no progress of its own.
      if (!typed && p.step.startsWith("typing") && p.done >= p.total) {
        typed = true;
        post({ type: "progress", step: "cleaning", done: 0, total: 1 });
      }
    },
  });
  post({ type: "progress", step: "report", done: 0, total: 1 });
  const s = analysis.segmentation;
  const result: RunResult = {
    kind: decision.kind,
    kindReason: kindText(decision, analysis.options.lang),
    verdict: s.verdict.headline,
    kReason: s.kReason,
    k: s.k,
    leadReason: analysis.kind === "features" ? analysis.primary.reason : "",
    segments: leading(analysis).map((p) => ({
      label: p.label,
      name: p.name,
      description: p.description,
      size: p.size,
      share: p.share,
      actions: [...p.actions],
    })),
    warnings: [...analysis.warnings],
    html: reportHtml(analysis, { kindReason: kindText(decision, analysis.options.lang) }),
    csv: assignmentsCsv(analysis),
    ...savedModel(analysis),
  };
  post({ type: "progress", step: "report", done: 1, total: 1 });
  return result;
}

/** A typed input error in each language, its fix named as the page's control; nothing for other errors. */
function typedError(e: Error): { messages: Record<Lang, string>; fix: ErrorFix } | Record<never, never> {
  const inEach = (say: (lang: Lang) => string) =>
    Object.fromEntries(LANGS.map((l) => [l, say(l)])) as Record<Lang, string>;
  if (e instanceof CancellationRuleError) {
    return { messages: inEach((l) => cancellationRuleText(e, l, "app")), fix: "cancellation" };
  }
  if (!(e instanceof InputError)) return {};
  const option = e.problem?.option ?? (e.fact?.code === "dates-ambiguous" ? "dayFirst" : undefined);
  if (option !== "decimal" && option !== "dayFirst" && option !== "sheet") return {};
  return { messages: inEach((l) => inputErrorText(e, l, "app")), fix: option };
}

/** The error as the page shows it: the CLI's message for what the user can fix, else nothing but "internal". */
function describeError(e: unknown): WorkerError {
  if (e instanceof InputError || e instanceof RangeError || e instanceof TypeError) {
    const at: ErrorAt = e instanceof InputError ? { ...e.at } : {};
    if (
      /Array buffer allocation failed|Invalid typed array length|Invalid array length|out of memory/i.test(
        e.message,
      )
    ) {
      return {
        kind: "input",
        message: `Cannot analyse "${
          at.file ?? "the file"
        }": it does not fit in memory (${e.message}); split the file by period, or aggregate to one row per customer first`,
        at,
      };
    }
    return { kind: "input", message: e.message, at, ...typedError(e) };
  }
  return { kind: "internal" };
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "inspect") {
      post({ type: "inspected", detection: await inspect(request.path, request.read) });
    } else {
      post({ type: "result", result: await run(request.path, request.options) });
    }
  } catch (e) {
    const error = describeError(e);
    if (error.kind === "internal") {
      console.error(`segmenta app: internal error (a bug; please report it):\n${(e as Error)?.stack ?? e}`);
    }
    post({ type: "error", error });
  }
};
