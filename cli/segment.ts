/**
 * Launcher of `deno task segment`: works out the narrowest permissions the analysis needs for
 * this input and output, and runs `cli/main.ts` with exactly those:
 *
 * - read: the input file, the output folder (renaming the finished files needs it), the model
 *   and previous segments of `score` and `sql` (only the model for `sql`), the polars
 *   native library, and the modules of the k-means worker's graph (so that large fits can use a
 *   second core; nothing else: no home, no other project files)
 * - write: the output folder only (nothing for `sql`, which prints)
 * - ffi: the polars native library only
 * - sys: `cpus,networkInterfaces,hostname` (polars asks Node's process report which libc it runs on)
 *   and `systemMemoryInfo` (the loader checks a large file fits in memory before reading it)
 * - env: the few variables read by name (`NO_COLOR`, `SEGMENTA_*`)
 * - no network (with `score --db`: only the database's host:port, and the PG* variables the
 *   client reads), no subprocesses
 *
 * The launcher itself only reads paths and deno.json (the pinned polars version), asks
 * `deno info` for Deno's npm cache and the worker's modules, and starts that one process
 * (`--print-command` shows it). It passes SIGINT, SIGTERM and SIGHUP on to that process and
 * waits for it, so stopping `deno task segment` stops the analysis, which removes its unfinished
 * files. Paths it cannot grant without widening the permissions (a comma: Deno splits the lists
 * on commas) or must refuse (`--out /`, a folder holding segmenta, an output over an input, a
 * FIFO or a device as input) are granted nothing: the analysis says why, in the user's language
 * (cli/_paths.ts).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { helpText, parseCommandLine } from "./_options.ts";
import { ENV_NAMES, LAUNCHER_ENV, REFUSE_ENV } from "./_env_names.ts";
import { denoJson, localModules, polarsNative, polarsVersion, ROOT } from "./_deno_paths.ts";
import { duckDbReadPath, isDuckDbSource, PG_ENV_NAMES, pgHostPort } from "./_db_names.ts";
import { defaultInput, outFolder, pathProblem, readGrant } from "./_paths.ts";
import { ownLines, printErr, printOut } from "./_terminal.ts";
import { type Engine, streamsFile } from "../lib/scan/streams_file.ts";

const WHAT = "the run";
const WORKER = join(ROOT, "lib", "cluster", "_kmeans_worker.ts");

/** The files of the k-means worker's module graph (Deno checks read access for each). */
export function workerModules(): string[] {
  return localModules(WORKER, WHAT);
}

function denoInfo(): { npmCache: string } {
  return denoJson(["info", "--json"], WHAT);
}

/** The DuckDB native addon files this platform may load, of the version deno.json pins, that exist in the cache. */
function duckDbNative(npmCache: string): string[] {
  const config = JSON.parse(Deno.readTextFileSync(join(ROOT, "deno.json")));
  const version = /^npm:@duckdb\/node-api@(.+)$/.exec(String(config.imports?.["@duckdb/node-api"]))?.[1];
  if (version === undefined) return [];
  const { os, arch } = Deno.build;
  const cpu = arch === "x86_64" ? "x64" : "arm64";
  const platform = os === "windows" ? "win32" : os;
  const variants = os === "linux"
    ? [`${platform}-${cpu}`, `${platform}-${cpu}-musl`]
    : [`${platform}-${cpu}`];
  return variants
    .map((v) => join(npmCache, "registry.npmjs.org", "@duckdb", `node-bindings-${v}`, version, "duckdb.node"))
    .filter((p) => existsSync(p));
}

/** The exact command that runs the analysis with the narrowest permissions, and its extra environment. */
export interface NarrowCommand {
  /** The program and its arguments. */
  readonly cmd: string[];
  /** Variables added to the child's environment (`SEGMENTA_REFUSE` when a path is refused). */
  readonly env: Record<string, string>;
}

/**
 * The command that runs the analysis with the narrowest permissions. A path the run refuses
 * (cli/_paths.ts `pathProblem`: a comma that cannot be granted, `--out /`, an output folder
 * that holds segmenta, an output that would replace the input, a FIFO or a device as input) is
 * granted nothing: the child gets the refusal in `SEGMENTA_REFUSE` and says it in the user's
 * language before it reads anything.
 */
export function narrowCommand(argv: readonly string[]): NarrowCommand {
  const line = parseCommandLine(argv);
  const { command, file: given, values } = line;
  const problem = pathProblem(line, ROOT);
  // `sql` reads only the model; `score` also reads the model and the previous segments.
  // `score --db` reads no file: the database aggregates the invoice lines (network to its host:port only).
  const db = command === "score" && typeof values.db === "string" ? values.db : undefined;
  const file = command === "sql" || (db !== undefined && given === undefined)
    ? undefined
    : resolve(given ?? defaultInput(ROOT));
  // A large invoice CSV is streamed through embedded DuckDB (lib/scan): its native addon too.
  const streamed = command !== "sql" && command !== "score" && file !== undefined && problem === null &&
    streamsFile(file, sizeOf(file), engineOf(values.engine));
  const duck = (db !== undefined && isDuckDbSource(db)) || streamed;
  const net = db === undefined || duck ? null : pgHostPort(db);
  const out = resolve(outFolder(line));
  const extra = [values.model, values.previous].filter((v): v is string => typeof v === "string").map((v) =>
    resolve(v)
  );
  const main = join(ROOT, "cli", "main.ts");
  const version = polarsVersion(WHAT);
  let npmCache = denoInfo().npmCache;
  let native = polarsNative(npmCache, version);
  if (native.length === 0) {
    // First run on this machine: fetch the dependencies, then look again.
    new Deno.Command(Deno.execPath(), {
      args: ["cache", "--quiet", main],
      stdout: "inherit",
      stderr: "inherit",
    })
      .outputSync();
    npmCache = denoInfo().npmCache;
    native = polarsNative(npmCache, version);
  }
  const polarsBin = join(npmCache, "registry.npmjs.org", "nodejs-polars", version, "bin");
  // `score --db FILE.duckdb|*.parquet`: the embedded DuckDB's native addon, and the source.
  const duckNative = duck ? duckDbNative(npmCache) : [];
  const duckRead = duck
    ? [...(db !== undefined ? [resolve(duckDbReadPath(db))] : []), ...duckNative.map((p) => dirname(p))]
    : [];
  const passArgs = argv.filter((a) => a !== "--print-command");
  // Nothing of the user's is granted when a path is refused.
  const data = problem === null
    ? [...(file === undefined ? [] : [file]), ...extra, ...duckRead].map(dataGrant)
    : [];
  const writes = problem === null && command !== "sql";
  return {
    cmd: [
      Deno.execPath(),
      "run",
      "--quiet",
      `--allow-read=${
        grantList([...data, ...(writes ? [out] : []), polarsBin, ...native, ...workerModules()])
      }`,
      ...(writes ? [`--allow-write=${grantList([out])}`] : []),
      `--allow-ffi=${grantList([...native, ...duckNative])}`,
      "--allow-sys=cpus,networkInterfaces,hostname,systemMemoryInfo",
      `--allow-env=${[...ENV_NAMES, ...(db === undefined || duck ? [] : PG_ENV_NAMES)].join(",")}`,
      ...(net === null || problem !== null ? [] : [`--allow-net=${net}`]),
      main,
      ...(given === undefined && file !== undefined ? [file] : []),
      ...passArgs,
    ],
    env: problem === null ? {} : { [REFUSE_ENV]: JSON.stringify(problem) },
  };
}

/** A file's size in bytes; 0 when it cannot be read (the analysis says why). */
function sizeOf(path: string): number {
  try {
    return Deno.statSync(path).size;
  } catch {
    return 0;
  }
}

/** The `--engine` value, `"auto"` when absent or not one (the analysis refuses a wrong one). */
function engineOf(value: unknown): Engine {
  return value === "memory" || value === "duckdb" ? value : "auto";
}

/** A file of the user's to read: itself, or its folder when its path has a comma (cli/_paths.ts). */
function dataGrant(path: string): string {
  const grant = readGrant(path);
  if (grant === null) {
    throw new Refused(
      `Cannot read "${path}": its path and its folder's have a comma, which Deno's permission lists cannot hold; move it to a folder without a comma`,
    );
  }
  return grant;
}

/**
 * A Deno permission list. Deno splits these on commas: a path with one would grant its pieces
 * (`--out "x,/root"` would grant `/root`), so it is refused, never passed on.
 */
function grantList(paths: readonly string[]): string {
  const comma = paths.find((p) => p.includes(","));
  if (comma !== undefined) {
    throw new Error(
      `Cannot run: "${comma}" has a comma, which Deno's permission lists cannot hold (it would grant the pieces between the commas); move segmenta or Deno's cache (DENO_DIR) to a folder without a comma`,
    );
  }
  return paths.join(",");
}

/** A path the launcher cannot grant without widening the permissions: exit code 1, the message says what to do. */
class Refused extends Error {}

/**
 * Run the child and pass on SIGINT and SIGTERM: killing `deno task segment` (or this launcher)
 * stops the analysis too, and the launcher waits for it, so that the child's own handler can
 * remove its unfinished files first. The launcher's exit code is the child's.
 */
async function runChild({ cmd, env }: NarrowCommand): Promise<number> {
  const child = new Deno.Command(cmd[0]!, {
    args: cmd.slice(1),
    // The launcher's pid, so that the child writes nothing if the launcher is killed outright
    // (SIGKILL cannot be passed on); no refusal of the user's environment is passed on.
    env: { [REFUSE_ENV]: "", [LAUNCHER_ENV]: String(Deno.pid), ...env },
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
  })
    .spawn();
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = signals.map((signal) => {
    const handler = () => {
      try {
        child.kill(signal);
      } catch { /* already gone */ }
    };
    Deno.addSignalListener(signal, handler);
    return () => Deno.removeSignalListener(signal, handler);
  });
  const status = await child.status;
  forward.forEach((remove) => remove());
  // A child ended by a signal has no exit code of its own: 128 + the signal's number, as shells report.
  return status.signal === null ? status.code : 128 + (SIGNAL_NUMBERS[status.signal] ?? 0);
}

const SIGNAL_NUMBERS: Partial<Record<Deno.Signal, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15,
};

if (import.meta.main) {
  try {
    if (parseCommandLine(Deno.args).values.help) {
      printOut(...ownLines(helpText()));
      Deno.exit(0);
    }
  } catch (e) {
    printErr((e as Error).message);
    Deno.exit(2);
  }
  let narrow: NarrowCommand;
  try {
    narrow = narrowCommand(Deno.args);
  } catch (e) {
    printErr((e as Error).message);
    Deno.exit(e instanceof Refused ? 1 : 70);
  }
  if (Deno.args.includes("--print-command")) {
    const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`);
    printOut(
      [...Object.entries(narrow.env).map(([k, v]) => `${k}=${quote(v)}`), ...narrow.cmd.map(quote)].join(" "),
    );
    Deno.exit(0);
  }
  Deno.exit(await runChild(narrow));
}
