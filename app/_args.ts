/**
 * The command line of `deno task app`, read without loading the library (the launcher reads it
 * before it may load anything else).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { DEFAULT_MAX_UPLOAD, parseSize } from "./_checks.ts";

/** The app's command line, checked. */
export interface AppCommandLine {
  readonly port: number;
  readonly maxUpload: number;
  readonly temp?: string;
  readonly help: boolean;
}

/** The help of `deno task app`. */
export const APP_HELP = `Usage: deno task app [--port N] [--max-upload SIZE]

Start segmenta's local web app on http://127.0.0.1:N/ (this computer only) and open that address in a browser.

  --port N           port on 127.0.0.1 (default 8321)
  --max-upload SIZE  largest file accepted, e.g. 500MB or 2GB (default 1GB)
  --print-command    print the narrow-permission command instead of running it
  --help             show this help

Ctrl-C stops the app and removes its temporary folder.`;

/**
 * Read the app's command line.
 *
 * @throws {TypeError} For an unknown option, a port outside 0..65535 or a size that cannot be read.
 */
export function parseAppArgs(argv: readonly string[]): AppCommandLine {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        "max-upload": { type: "string" },
        temp: { type: "string" },
        help: { type: "boolean" },
        "print-command": { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new TypeError(`Cannot read the command line: ${(e as Error).message}; see --help`);
  }
  const port = values.port === undefined ? 8321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || values.port?.trim() === "") {
    throw new TypeError(
      `Cannot read the command line: --port must be a whole number from 0 to 65535, got "${values.port}"`,
    );
  }
  let maxUpload = DEFAULT_MAX_UPLOAD;
  if (values["max-upload"] !== undefined) {
    try {
      maxUpload = parseSize(values["max-upload"]);
    } catch (e) {
      throw new TypeError(`Cannot read the command line: --max-upload: ${(e as Error).message}`);
    }
  }
  return { port, maxUpload, help: values.help === true, ...(values.temp ? { temp: values.temp } : {}) };
}
