/**
 * `deno task app` runs this (through app/launch.ts, which grants the narrowest permissions):
 * start the app on 127.0.0.1 and print its address. Ctrl-C (SIGINT) or SIGTERM stops it and
 * removes its temporary folder.
 *
 * Options: `--port N` (default 8321), `--max-upload SIZE` (default 1GB; e.g. 500MB, 2GB),
 * `--temp DIR` (the private folder for uploads, made by the launcher; default: a new one).
 *
 * @module
 */
import "./_env_shim.ts";
import { startApp } from "./server.ts";
import { APP_HELP, type AppCommandLine, parseAppArgs } from "./_args.ts";

if (import.meta.main) {
  let args: AppCommandLine;
  try {
    args = parseAppArgs(Deno.args);
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(2);
  }
  if (args.help) {
    console.log(APP_HELP);
    Deno.exit(0);
  }
  let app;
  try {
    app = await startApp({
      port: args.port,
      maxUpload: args.maxUpload,
      ...(args.temp ? { tempDir: args.temp } : {}),
    });
  } catch (e) {
    if (e instanceof Deno.errors.AddrInUse) {
      console.error(`Cannot start the app: port ${args.port} is in use; choose another with --port`);
    } else console.error(`Cannot start the app: ${(e as Error).message}`);
    if (args.temp) await Deno.remove(args.temp, { recursive: true }).catch(() => {});
    Deno.exit(1);
  }
  console.log(`segmenta app: ${app.url}`);
  console.log("Open that address in your browser. Press Ctrl-C to stop.");
  console.log(`Uploaded files are kept in ${app.tempDir} (private to you; removed when the app stops)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGINT", stop);
  if (Deno.build.os !== "windows") Deno.addSignalListener("SIGTERM", stop);
}
