/**
 * Launcher of `deno task segment`: works out the narrowest permissions the analysis needs for
 * this input and output, and runs `cli/main.ts` with exactly those:
 *
 * - read: the input file, the output folder (renaming the finished files needs it), the polars
 *   native library, and the four modules of the k-means worker (so that large fits can use a
 *   second core; nothing else: no home, no other project files)
 * - write: the output folder only
 * - ffi: the polars native library only
 * - sys: `cpus,networkInterfaces,hostname` (polars asks Node's process report which libc it runs on)
 *   and `systemMemoryInfo` (the loader checks a large file fits in memory before reading it)
 * - env: the few variables read by name (`NO_COLOR`, `SEGMENTA_*`)
 * - no network, no subprocesses
 *
 * The launcher itself only reads paths and starts that one process (`--print-command` shows it).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { helpText, parseCommandLine } from "./_options.ts";
import { ENV_NAMES } from "./_env_names.ts";
import { WORKER_MODULES } from "../lib/cluster/_parallel.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const POLARS_VERSION = "0.25.2";

/** The files of the k-means worker's modules (Deno checks read access for each). */
export function workerModules(): string[] {
  const base = new URL("../lib/cluster/_parallel.ts", import.meta.url);
  return WORKER_MODULES.map((m) => fileURLToPath(new URL(m, base)));
}

function denoInfo(): { npmCache: string } {
  const out = new Deno.Command(Deno.execPath(), { args: ["info", "--json"], stdout: "piped", stderr: "null" })
    .outputSync();
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

/** The polars native addon files this platform may load, that exist in Deno's npm cache. */
function polarsNative(npmCache: string): string[] {
  const { os, arch } = Deno.build;
  const platform = os === "windows" ? "win32" : os;
  const cpu = arch === "x86_64" ? "x64" : "arm64";
  const variants = os === "linux"
    ? [`${platform}-${cpu}-gnu`, `${platform}-${cpu}-musl`]
    : os === "windows"
    ? [`${platform}-${cpu}-msvc`]
    : [`${platform}-${cpu}`];
  return variants
    .map((v) =>
      join(npmCache, "registry.npmjs.org", `nodejs-polars-${v}`, POLARS_VERSION, `nodejs-polars.${v}.node`)
    )
    .filter((p) => existsSync(p));
}

/** The exact command that runs the analysis with the narrowest permissions. */
export function narrowCommand(argv: readonly string[]): string[] {
  const { file: given, values } = parseCommandLine(argv);
  const file = resolve(given ?? join(ROOT, "data", "retail_sample.csv"));
  const out = resolve(typeof values.out === "string" ? values.out : "reports");
  const main = join(ROOT, "cli", "main.ts");
  let npmCache = denoInfo().npmCache;
  let native = polarsNative(npmCache);
  if (native.length === 0) {
    // First run on this machine: fetch the dependencies, then look again.
    new Deno.Command(Deno.execPath(), {
      args: ["cache", "--quiet", main],
      stdout: "inherit",
      stderr: "inherit",
    })
      .outputSync();
    npmCache = denoInfo().npmCache;
    native = polarsNative(npmCache);
  }
  const polarsBin = join(npmCache, "registry.npmjs.org", "nodejs-polars", POLARS_VERSION, "bin");
  const passArgs = argv.filter((a) => a !== "--print-command");
  return [
    Deno.execPath(),
    "run",
    "--quiet",
    `--allow-read=${[file, out, polarsBin, ...native, ...workerModules()].join(",")}`,
    `--allow-write=${out}`,
    `--allow-ffi=${native.join(",")}`,
    "--allow-sys=cpus,networkInterfaces,hostname,systemMemoryInfo",
    `--allow-env=${ENV_NAMES.join(",")}`,
    main,
    ...(given === undefined ? [file] : []),
    ...passArgs,
  ];
}

if (import.meta.main) {
  let cmd: string[];
  try {
    if (parseCommandLine(Deno.args).values.help) {
      console.log(helpText());
      Deno.exit(0);
    }
    cmd = narrowCommand(Deno.args);
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(2);
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
