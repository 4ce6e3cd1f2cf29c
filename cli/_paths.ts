/**
 * The paths of a run, checked before anything is granted or read: where the outputs go, what the
 * run may read, and the paths it must refuse. Used by the launcher (cli/segment.ts), which grants
 * permissions from them, and by cli/main.ts, which says the refusal in the user's language.
 * Imports no library code.
 *
 * Deno's `--allow-read=`/`--allow-write=` lists are split on commas (Deno 2.9 has no escape for
 * them), so a path with a comma is never put in a list as it is: a file to read is granted through
 * its folder when the folder's path has no comma; an output folder with a comma is refused. A
 * comma never widens what is granted beyond that folder.
 *
 * @module
 */
import { basename, dirname, join, resolve, sep } from "node:path";
import type { CommandLine } from "./_options.ts";
import { isDuckDbSource } from "./_db_names.ts";

/** What kind of thing is at an input path (`missing`: nothing, the loader says so). */
export type PathKind = "file" | "folder" | "fifo" | "device" | "socket" | "missing";

/** A path the run refuses, as facts (cli/main.ts says it in words). */
export type PathProblem =
  /** `--out /`. */
  | { readonly code: "out-root"; readonly out: string }
  /** The output folder is segmenta's own folder or one that holds it (write access would reach the code). */
  | { readonly code: "out-contains-project"; readonly out: string; readonly project: string }
  /** The output folder's path has a comma. */
  | { readonly code: "comma-out"; readonly out: string }
  /** A file to read whose path and whose folder's path both have a comma. */
  | { readonly code: "comma-read"; readonly path: string }
  /** An output would replace a file the run reads. */
  | { readonly code: "overwrites-input"; readonly input: string; readonly output: string }
  /** An input that is not a regular file (read by `Deno.stat`, which never opens it). */
  | {
    readonly code: "not-a-file";
    readonly path: string;
    readonly kind: Exclude<PathKind, "file" | "missing">;
  };

/** The input file of an analysis run without one: the bundled sample. */
export function defaultInput(root: string): string {
  return join(root, "data", "retail_sample.csv");
}

/** The output folder as given (`--out`, else `reports`). */
export function outFolder(line: CommandLine): string {
  return typeof line.values.out === "string" ? line.values.out : "reports";
}

/**
 * The output files of a run, in `out` (none for `sql`): `<name>.html`, `<name>-segments.csv` and
 * `<name>-model.json` for an analysis; `<name>-segments.csv` and `<name>-score.html` for `score`.
 * `<name>` is the input's name without its extension (the table's, for `score --db`).
 */
export function outputPaths(line: CommandLine, out: string): string[] {
  if (line.command === "sql") return [];
  const name = outputName(line);
  return line.command === "score"
    ? [join(out, `${name}-segments.csv`), join(out, `${name}-score.html`)]
    : [join(out, `${name}.html`), join(out, `${name}-segments.csv`), join(out, `${name}-model.json`)];
}

/** The `<name>` of the output files. */
export function outputName(line: CommandLine): string {
  const db = line.values.db;
  if (line.command === "score" && typeof db === "string") {
    const table = typeof line.values.table === "string" ? line.values.table : "invoices";
    return (isDuckDbSource(db) && /\.parquet$/i.test(db) ? "parquet" : table).replace(/[^\w.-]+/g, "_");
  }
  return basename(line.file ?? "retail_sample.csv").replace(/\.[^.]+$/, "") || "segments";
}

/**
 * What is at `path`, by `Deno.stat` (follows links; never opens the path, so a FIFO cannot block).
 * `missing` when nothing is there or it cannot be told.
 */
export function pathKind(path: string): PathKind {
  let info: Deno.FileInfo;
  try {
    info = Deno.statSync(path);
  } catch {
    return "missing";
  }
  if (info.isFile) return "file";
  if (info.isDirectory) return "folder";
  if (info.isFifo) return "fifo";
  if (info.isSocket) return "socket";
  return "device";
}

/**
 * The path to put in a `--allow-read=` list to read `path`: the path itself, or its folder when
 * the path has a comma and the folder's path has none; `null` when both have one.
 */
export function readGrant(path: string): string | null {
  if (!path.includes(",")) return path;
  const parent = dirname(path);
  return parent.includes(",") ? null : parent;
}

/** The real path of `path` (links resolved) as far as it exists; the rest as given. */
export function realPath(path: string): string {
  const abs = resolve(path);
  let head = abs, tail = "";
  for (;;) {
    try {
      const real = Deno.realPathSync(head);
      return tail === "" ? real : join(real, tail);
    } catch {
      const up = dirname(head);
      if (up === head) return abs;
      tail = tail === "" ? basename(head) : join(basename(head), tail);
      head = up;
    }
  }
}

/** The files a run reads that the user named: the input, `--model`, `--previous`. */
export function inputPaths(line: CommandLine, root: string): string[] {
  const file = line.command === "sql" || (line.command === "score" && line.file === undefined)
    ? undefined
    : resolve(line.file ?? defaultInput(root));
  return [file, line.values.model, line.values.previous]
    .filter((v): v is string => typeof v === "string")
    .map((p) => resolve(p));
}

/**
 * The first path of the run to refuse, or `null`: an input that is a folder, a FIFO or a device;
 * a file to read that cannot be granted because of commas; an output folder that is `/`, holds the
 * project, or has a comma; an output that would replace an input.
 *
 * @param line The parsed command line.
 * @param root segmenta's folder.
 */
export function pathProblem(line: CommandLine, root: string): PathProblem | null {
  const inputs = inputPaths(line, root);
  for (const path of inputs) {
    const kind = pathKind(path);
    if (kind !== "file" && kind !== "missing") return { code: "not-a-file", path, kind };
  }
  for (const path of inputs) {
    if (readGrant(path) === null) return { code: "comma-read", path };
  }
  if (line.command === "sql") return null;
  const out = outFolder(line);
  const realOut = realPath(out);
  if (realOut === sep || dirname(realOut) === realOut) return { code: "out-root", out };
  const project = realPath(root);
  if (project === realOut || project.startsWith(realOut + sep)) {
    return { code: "out-contains-project", out, project };
  }
  if (resolve(out).includes(",") || realOut.includes(",")) return { code: "comma-out", out };
  const realInputs = new Map(inputs.map((p) => [realPath(p), p]));
  for (const output of outputPaths(line, out)) {
    const input = realInputs.get(realPath(output));
    if (input !== undefined) return { code: "overwrites-input", input, output };
  }
  return null;
}
