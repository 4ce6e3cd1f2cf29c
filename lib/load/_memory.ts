/**
 * Private helper of `readTable`: refuse, with a clear message, a file that would not fit
 * in memory, instead of letting the process die.
 *
 * @module
 */
import { InputError } from "../errors.ts";

/** Memory the loader needs per byte of CSV: the bytes, polars' text columns, the typed copy. */
export const BYTES_PER_BYTE = 4;

function size(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

/**
 * Throw when a file of `fileBytes` needs more memory than `availableBytes`.
 * @param fileBytes Size of the file.
 * @param availableBytes Memory available now, or `null` when unknown (no check).
 * @param file The file's display name.
 * @throws {InputError} When the file is too large.
 */
export function checkMemory(fileBytes: number, availableBytes: number | null, file: string): void {
  if (availableBytes === null) return;
  const need = fileBytes * BYTES_PER_BYTE;
  if (need > availableBytes) {
    throw new InputError(
      `Cannot read "${file}": the file is ${size(fileBytes)} and reading it needs about ${
        size(need)
      } of memory, but only ${
        size(availableBytes)
      } is available; close other programs, keep only the columns you need, or split the file by date`,
      { file },
    );
  }
}

/** Memory available now, or `null` when the permission or the platform does not tell. */
export function availableMemory(): number | null {
  try {
    const info = Deno.systemMemoryInfo();
    return info.available > 0 ? info.available : null;
  } catch {
    return null;
  }
}
