/**
 * The third-party reference files live in `../shared/data` beside the project, never in it.
 * CI always has them; a user's own clone may not: tests that need them skip with a visible notice.
 */
import { existsSync } from "node:fs";
import { fileURLToPath as fromFileUrl } from "node:url";

/** Absolute path of `../shared/data/<name>` beside the project root. */
export function sharedDataPath(name: string): string {
  return fromFileUrl(new URL(`../../shared/data/${name}`, import.meta.url));
}

/** The path if the shared file exists, else `null` after printing a visible skip notice. */
export function sharedData(name: string): string | null {
  const p = sharedDataPath(name);
  if (existsSync(p)) return p;
  console.warn(`%cSKIPPED: ${p} is absent (third-party reference data; CI has it)`, "color: yellow");
  return null;
}

/** Register a test that needs a shared file; it is ignored, with a notice, where the file is absent. */
export function testWithSharedData(
  name: string,
  file: string,
  fn: (path: string) => void | Promise<void>,
): void {
  const p = sharedDataPath(file);
  const present = existsSync(p);
  if (!present) console.warn(`SKIPPED "${name}": ${p} is absent (third-party reference data; CI has it)`);
  Deno.test({ name, ignore: !present, fn: () => fn(p) });
}

/** Absolute path of a file in the project's own `data/` folder. */
export function projectDataPath(name: string): string {
  return fromFileUrl(new URL(`../data/${name}`, import.meta.url));
}
