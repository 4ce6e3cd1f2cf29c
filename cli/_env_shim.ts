/**
 * Imported first by cli/main.ts. Some npm dependencies (jsdom's `debug`) list every environment
 * variable at import time, which would need `--allow-env` for all of them. Node's `process.env`
 * is replaced by a plain object holding only the variables the CLI reads by name, so the CLI
 * runs with `--allow-env=<those names>` and nothing more.
 *
 * @module
 */
import process from "node:process";
import { ENV_NAMES as NAMES } from "./_env_names.ts";
const env: Record<string, string> = {};
for (const name of NAMES) {
  try {
    const v = Deno.env.get(name);
    if (v !== undefined) env[name] = v;
  } catch {
    // Not granted: the variable stays unset.
  }
}
Object.defineProperty(process, "env", { value: env, writable: true, configurable: true });
