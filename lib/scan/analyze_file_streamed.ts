/**
 * One entry for a file of any size: large invoice CSVs are read by DuckDB in streaming, the
 * others in memory.
 *
 * @module
 */
import { InputError } from "../base/errors.ts";
import { detectKind } from "../load/detect_kind.ts";
import { mapRoles } from "../load/map_roles.ts";
import { analyzeFile, type AnalyzeFileOptions, type FileAnalysis } from "../run/analyze_file.ts";
import { passSettings, resolveSettings } from "../run/settings.ts";
import {
  type FileHead,
  readHead,
  scanInvoices,
  type ScanInvoicesOptions,
  type ScannedInvoices,
  StreamRefused,
} from "./scan_invoices.ts";
import { type Engine, STREAM_BYTES, streamsFile } from "./streams_file.ts";

export { type Engine, STREAM_BYTES, streamsFile };
import { scannedLines } from "./analyze_rfm_scanned.ts";
import { finishRfm, type RfmLineResults } from "../run/analyze_rfm.ts";

/** Options for {@linkcode analyzeFileStreamed}: `analyzeFile`'s, the engine and DuckDB's. */
export interface AnalyzeFileStreamedOptions extends AnalyzeFileOptions {
  /** The engine. @default {"auto": DuckDB for invoice CSVs of {@linkcode STREAM_BYTES} or more} */
  engine?: Engine;
  /** DuckDB's head size, memory limit, spill folder and threads. */
  scan?: Pick<ScanInvoicesOptions, "headBytes" | "memoryLimit" | "tempDirectory" | "threads">;
}

/**
 * `analyzeFile`, with large invoice files read by DuckDB in streaming (`analyzeRfmScanned`):
 * when {@linkcode streamsFile} says so, the file's head decides the kind; invoice lines are
 * streamed, a customer table (one row per customer) is read in memory (`engine: "duckdb"`
 * refuses it, naming `engine`).
 *
 * @param path The file.
 * @param options See {@linkcode AnalyzeFileStreamedOptions}.
 * @returns Which analysis ran and its result, as `analyzeFile`.
 */
export async function analyzeFileStreamed(
  path: string,
  options: AnalyzeFileStreamedOptions = {},
): Promise<FileAnalysis> {
  const { engine = "auto", onProgress } = options;
  const size = (await Deno.stat(path)).size;
  if (!streamsFile(path, size, engine)) return analyzeFile(path, options);
  const read = options.read ?? {};
  // A file the streamed path does not read goes in memory when the engine was not asked for.
  const refused = (e: unknown) => engine === "auto" && e instanceof StreamRefused;
  let head: FileHead;
  try {
    head = await readHead(path, { read, ...options.scan, ...(onProgress ? { onProgress } : {}) });
  } catch (e) {
    if (refused(e)) return analyzeFile(path, options);
    throw e;
  }
  const mapping = mapRoles(head.loaded.table.columns, {
    ...(options.roles ? { overrides: options.roles } : {}),
    file: head.loaded.file,
  });
  const detected = detectKind(head.loaded, mapping);
  const kind = options.kind ?? "auto";
  const isRfm = kind === "rfm" || (kind === "auto" && detected.kind === "rfm");
  if (!isRfm) {
    if (engine === "duckdb") {
      throw new InputError(
        `Cannot stream "${head.loaded.file}": the streamed path reads invoice lines, and this file has one row per customer; read it in memory (engine: "memory", CLI --engine memory)`,
        { file: head.loaded.file },
      );
    }
    return analyzeFile(path, options);
  }
  const common = passSettings(resolveSettings(options));
  const rfmOptions = { ...options.rfm, ...common };
  let scanned: ScannedInvoices;
  try {
    scanned = await scanInvoices(path, {
      read,
      head,
      ...options.scan,
      ...(options.roles ? { roles: options.roles } : {}),
      ...(rfmOptions.clean ? { clean: rfmOptions.clean } : {}),
      ...(rfmOptions.snapshot ? { snapshot: rfmOptions.snapshot } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  } catch (e) {
    if (refused(e)) return analyzeFile(path, options);
    throw e;
  }
  // The decision's counts were the head's: they are the whole file's once it is read.
  const facts = detected.reason === "transactions"
    ? { ...detected.facts, rows: scanned.customerCounts.rows, customers: scanned.customerCounts.customers }
    : detected.facts;
  const decision = kind === "auto"
    ? { ...detected, facts, overridden: false }
    : { ...detected, facts, kind: "rfm" as const, detected: detected.kind, overridden: true };
  let lines: RfmLineResults;
  try {
    lines = await scannedLines(scanned, rfmOptions);
  } finally {
    // DuckDB's memory is given back before the per-customer steps.
    await scanned.close();
  }
  return { decision, analysis: finishRfm(lines, rfmOptions) };
}
