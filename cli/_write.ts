/**
 * Write output files all or nothing: each through a temporary file in the same folder, renamed
 * into place once every one is written, so a failed run leaves no half-written file.
 *
 * @module
 */

/**
 * Write `files` (`[path, text]`) atomically as a group.
 *
 * @throws The error of the write or rename that failed, after removing the temporary files.
 */
export function writeAtomically(files: readonly (readonly [string, string])[]): void {
  const temps: string[] = [];
  try {
    for (const [path, text] of files) {
      temps.push(`${path}.${Deno.pid}.tmp`);
      Deno.writeTextFileSync(temps.at(-1)!, text);
    }
    files.forEach(([path], i) => Deno.renameSync(temps[i]!, path));
  } catch (e) {
    for (const t of temps) {
      try {
        Deno.removeSync(t);
      } catch { /* not written, or already renamed */ }
    }
    throw e;
  }
}
