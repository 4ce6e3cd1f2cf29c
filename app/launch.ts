/**
 * Launcher of `deno task app`: makes the app's private temporary folder (mode 0700), works out
 * the narrowest permissions and runs app/main.ts with exactly those:
 *
 * - net: `127.0.0.1:<port>` only (the server listens there and nowhere else)
 * - read: the temporary folder, the page's files (app/page/), the polars native library and its
 *   package's bin/, and the modules of the two workers' graphs (the app's analysis worker and
 *   the k-means worker; Deno checks read access for each module a worker loads)
 * - write: the temporary folder only
 * - ffi: the polars native library only
 * - sys: `cpus,networkInterfaces,hostname` (polars asks Node's process report which libc it runs
 *   on) and `systemMemoryInfo` (the loader checks a large file fits in memory before reading it)
 * - no environment variables, no subprocesses
 *
 * When the app ends (Ctrl-C, SIGTERM, or a failure) the launcher removes the temporary folder
 * too, in case the app could not. `--print-command` prints the command instead of running it.
 *
 * The launcher itself runs with `--allow-run --allow-read --allow-write`: it reads paths and
 * deno.json, asks `deno info` for Deno's npm cache and the workers' modules (running `deno cache`
 * once when polars is not there yet), makes and removes the temporary folder, and starts that one process.
 *
 * @module
 */
import { join } from "node:path";
import { APP_HELP, parseAppArgs } from "./_args.ts";
import { denoJson, localModules, polarsNative, polarsVersion, ROOT } from "../cli/_deno_paths.ts";

const MAIN = join(ROOT, "app", "main.ts");
const WORKERS = [join(ROOT, "app", "_worker.ts"), join(ROOT, "lib", "cluster", "_kmeans_worker.ts")];

const WHAT = "the app";

/** The local module files of the workers' graphs. */
function workerModules(): string[] {
  return [...new Set(WORKERS.flatMap((w) => localModules(w, WHAT)))];
}

/**
 * The exact command that runs the app with the narrowest permissions.
 *
 * @param argv The app's command line (`--port`, `--max-upload`).
 * @param temp The private temporary folder.
 */
export function appCommand(argv: readonly string[], temp: string): string[] {
  const { port } = parseAppArgs(argv);
  const version = polarsVersion(WHAT);
  let npmCache = denoJson<{ npmCache: string }>(["info", "--json"], WHAT).npmCache;
  let native = polarsNative(npmCache, version);
  if (native.length === 0) {
    new Deno.Command(Deno.execPath(), {
      args: ["cache", "--quiet", MAIN, ...WORKERS],
      stdout: "inherit",
      stderr: "inherit",
    })
      .outputSync();
    npmCache = denoJson<{ npmCache: string }>(["info", "--json"], WHAT).npmCache;
    native = polarsNative(npmCache, version);
  }
  const polarsBin = join(npmCache, "registry.npmjs.org", "nodejs-polars", version, "bin");
  return [
    Deno.execPath(),
    "run",
    "--quiet",
    "--config",
    join(ROOT, "deno.json"),
    `--allow-net=127.0.0.1:${port}`,
    `--allow-read=${[temp, join(ROOT, "app", "page"), polarsBin, ...native, ...workerModules()].join(",")}`,
    `--allow-write=${temp}`,
    `--allow-ffi=${native.join(",")}`,
    "--allow-sys=cpus,networkInterfaces,hostname,systemMemoryInfo",
    MAIN,
    ...argv.filter((a) => a !== "--print-command"),
    "--temp",
    temp,
  ];
}

if (import.meta.main) {
  let parsed;
  try {
    parsed = parseAppArgs(Deno.args);
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(2);
  }
  if (parsed.help) {
    console.log(APP_HELP);
    Deno.exit(0);
  }
  if (parsed.port === 0) {
    console.error("Cannot start the app: give a port from 1 to 65535 with --port (the permissions name it)");
    Deno.exit(2);
  }
  const print = Deno.args.includes("--print-command");
  const temp = print ? "<temporary folder>" : await Deno.makeTempDir({ prefix: "segmenta-app-" });
  if (!print) await Deno.chmod(temp, 0o700).catch(() => {/* not on Windows */});
  let cmd: string[];
  try {
    cmd = appCommand(Deno.args, temp);
  } catch (e) {
    console.error((e as Error).message);
    if (!print) await Deno.remove(temp, { recursive: true }).catch(() => {});
    Deno.exit(70);
  }
  if (print) {
    console.log(
      cmd.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)).join(" "),
    );
    Deno.exit(0);
  }
  const child = new Deno.Command(cmd[0]!, {
    args: cmd.slice(1),
    stdin: "null",
    stdout: "inherit",
    stderr: "inherit",
  })
    .spawn();
  // Ctrl-C reaches the whole process group, a signal sent to the launcher alone does not: pass
  // both on (the app stops once, however many it gets), then wait for the app to end.
  const forward = (signal: Deno.Signal) => () => {
    try {
      child.kill(signal);
    } catch { /* already ended */ }
  };
  Deno.addSignalListener("SIGINT", forward("SIGINT"));
  if (Deno.build.os !== "windows") Deno.addSignalListener("SIGTERM", forward("SIGTERM"));
  const status = await child.status;
  await Deno.remove(temp, { recursive: true }).catch(() => {/* the app removed it */});
  Deno.exit(status.code);
}
