/**
 * Imported first by the app (server and worker): some npm dependencies (jsdom's `debug`) list every
 * environment variable at import time, which would need `--allow-env` for all of them. Node's
 * `process.env` becomes an empty object, so the app runs with no environment access at all.
 *
 * @module
 */
import process from "node:process";
Object.defineProperty(process, "env", { value: {}, writable: true, configurable: true });
