/**
 * What the two launchers (`cli/segment.ts` for `deno task segment`, `app/launch.ts` for
 * `deno task app`) ask Deno and deno.json to grant the narrowest permissions: the JSON of a
 * `deno` subcommand, the local modules of a worker's graph, the pinned polars version and the
 * polars native addon files in Deno's npm cache. Imports no library code.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The JSON a `deno` subcommand prints.
 *
 * @param args The subcommand and its arguments, e.g. `["info", "--json"]`.
 * @param what Whose permissions are being worked out, for the message (`"the run"`, `"the app"`).
 * @throws {Error} If the subcommand fails; the message quotes its error.
 */
export function denoJson<T>(args: readonly string[], what: string): T {
  const out = new Deno.Command(Deno.execPath(), { args: [...args], stdout: "piped", stderr: "piped" })
    .outputSync();
  const dec = new TextDecoder();
  if (!out.success) {
    throw new Error(
      `Cannot work out the permissions of ${what}: \`deno ${args.join(" ")}\` failed (${
        dec.decode(out.stderr).trim()
      }); please report it with this message`,
    );
  }
  return JSON.parse(dec.decode(out.stdout));
}

/**
 * The files of a worker's module graph (Deno checks read access for each module a worker loads):
 * the local modules `deno info` lists for it.
 *
 * @param entry The worker module's path.
 * @param what Whose permissions, for the message.
 */
export function localModules(entry: string, what: string): string[] {
  const graph = denoJson<{ modules: { specifier: string }[] }>(
    ["info", "--json", "--config", join(ROOT, "deno.json"), entry],
    what,
  );
  return graph.modules.map((m) => m.specifier).filter((s) => s.startsWith("file:")).map((s) =>
    fileURLToPath(s)
  );
}

/**
 * The nodejs-polars version deno.json pins (`"npm:nodejs-polars@0.25.2"`): its files in Deno's
 * npm cache are under that version.
 *
 * @param what Whose permissions, for the message.
 * @throws {Error} If deno.json does not pin an exact version.
 */
export function polarsVersion(what: string): string {
  const config = JSON.parse(Deno.readTextFileSync(join(ROOT, "deno.json")));
  const spec = String(config.imports?.["nodejs-polars"]);
  const version = /^npm:nodejs-polars@(\d+\.\d+\.\d+)$/.exec(spec)?.[1];
  if (version === undefined) {
    throw new Error(
      `Cannot work out the permissions of ${what}: deno.json imports nodejs-polars as "${spec}"; pin an exact version (npm:nodejs-polars@X.Y.Z)`,
    );
  }
  return version;
}

/**
 * The polars native addon files this platform may load, that exist in Deno's npm cache.
 *
 * @param npmCache Deno's npm cache folder (`deno info --json`'s `npmCache`).
 * @param version The polars version.
 */
export function polarsNative(npmCache: string, version: string): string[] {
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
      join(npmCache, "registry.npmjs.org", `nodejs-polars-${v}`, version, `nodejs-polars.${v}.node`)
    )
    .filter((p) => existsSync(p));
}
