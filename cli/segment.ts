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
 * (`--print-command` shows it).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { helpText, parseCommandLine } from "./_options.ts";
import { ENV_NAMES } from "./_env_names.ts";
import { denoJson, localModules, polarsNative, polarsVersion, ROOT } from "./_deno_paths.ts";
import { duckDbReadPath, isDuckDbSource, PG_ENV_NAMES, pgHostPort } from "./_db_names.ts";

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

/** The exact command that runs the analysis with the narrowest permissions. */
export function narrowCommand(argv: readonly string[]): string[] {
  const { command, file: given, values } = parseCommandLine(argv);
  // `sql` reads only the model; `score` also reads the model and the previous segments.
  // `score --db` reads no file: the database aggregates the invoice lines (network to its host:port only).
  const db = command === "score" && typeof values.db === "string" ? values.db : undefined;
  const file = command === "sql" || (db !== undefined && given === undefined)
    ? undefined
    : resolve(given ?? join(ROOT, "data", "retail_sample.csv"));
  const duck = db !== undefined && isDuckDbSource(db);
  const net = db === undefined || duck ? null : pgHostPort(db);
  const out = resolve(typeof values.out === "string" ? values.out : "reports");
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
  const duckRead = duck ? [resolve(duckDbReadPath(db!)), ...duckNative.map((p) => dirname(p))] : [];
  const passArgs = argv.filter((a) => a !== "--print-command");
  return [
    Deno.execPath(),
    "run",
    "--quiet",
    `--allow-read=${
      [
        ...(file === undefined ? [] : [file]),
        ...(command === "sql" ? [] : [out]),
        ...extra,
        ...duckRead,
        polarsBin,
        ...native,
        ...workerModules(),
      ].join(",")
    }`,
    ...(command === "sql" ? [] : [`--allow-write=${out}`]),
    `--allow-ffi=${[...native, ...duckNative].join(",")}`,
    "--allow-sys=cpus,networkInterfaces,hostname,systemMemoryInfo",
    `--allow-env=${[...ENV_NAMES, ...(db === undefined || duck ? [] : PG_ENV_NAMES)].join(",")}`,
    ...(net === null ? [] : [`--allow-net=${net}`]),
    main,
    ...(given === undefined && file !== undefined ? [file] : []),
    ...passArgs,
  ];
}

if (import.meta.main) {
  try {
    if (parseCommandLine(Deno.args).values.help) {
      console.log(helpText());
      Deno.exit(0);
    }
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(2);
  }
  let cmd: string[];
  try {
    cmd = narrowCommand(Deno.args);
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(70);
  }
  if (Deno.args.includes("--print-command")) {
    console.log(
      cmd.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)).join(" "),
    );
    Deno.exit(0);
  }
  const child = new Deno.Command(cmd[0]!, {
    args: cmd.slice(1),
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
  })
    .spawn();
  const status = await child.status;
  Deno.exit(status.code);
}
