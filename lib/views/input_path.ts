/**
 * A notebook's input path from the environment, resolved from where the user started.
 *
 * @module
 */
import { isAbsolute, resolve } from "node:path";

/**
 * A path a notebook reads from an environment variable (e.g. `SEGMENTA_DATA`), else its default.
 * A relative path in the variable resolves from where the user started, as the CLI does:
 * `INIT_CWD` (set by `deno task`), else `PWD` (the shell's folder, which the kernel inherits while
 * it runs in the notebook's folder), else the current folder. The default is returned as written
 * (relative to the notebook).
 *
 * @param name The environment variable.
 * @param fallback The path used when the variable is unset or empty.
 * @param env The environment. @default {Deno.env.toObject()}
 * @returns The path to read.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inputPath } from "./input_path.ts";
 * const env = { SEGMENTA_DATA: "data/x.csv", INIT_CWD: "/home/ana/project" };
 * assert.equal(inputPath("SEGMENTA_DATA", "../data/sample.csv", env), "/home/ana/project/data/x.csv");
 * assert.equal(inputPath("SEGMENTA_OUT", "../reports", env), "../reports");
 * ```
 */
export function inputPath(
  name: string,
  fallback: string,
  env: Readonly<Record<string, string>> = Deno.env.toObject(),
): string {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  if (isAbsolute(value)) return value;
  return resolve(env.INIT_CWD || env.PWD || Deno.cwd(), value);
}
