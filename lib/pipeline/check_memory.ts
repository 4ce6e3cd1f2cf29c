/**
 * Will a whole run fit in memory? Checked before reading, so a file too large fails with a message
 * instead of the process being killed half way.
 *
 * @module
 */

/**
 * Peak memory of a whole `segment` run: a fixed part (runtime, polars, the report) plus this many
 * bytes per byte of input file. Measured on generated invoice files (bench/RESULTS.md: 1M lines,
 * 61 MB → 1.05 GB; 10M lines, 620 MB → 6.4 GB, about 10.5 bytes per byte beyond the fixed part),
 * with a margin.
 */
export const PEAK_BYTES_PER_FILE_BYTE = 11;

/** The fixed part of a run's peak memory, in bytes (see {@linkcode PEAK_BYTES_PER_FILE_BYTE}). */
export const PEAK_BASE_BYTES = 500e6;

/** What {@linkcode checkMemory} found. */
export interface MemoryCheck {
  /** Whether the run is expected to fit. */
  readonly fits: boolean;
  /** Expected peak, in bytes. */
  readonly neededBytes: number;
  /** Memory available now, in bytes. */
  readonly availableBytes: number;
  /** The message to show when it does not fit (empty when it does). */
  readonly message: string;
}

/**
 * Estimate whether analysing a file of `fileBytes` fits in `availableBytes` of memory.
 *
 * @param fileBytes Size of the input file.
 * @param availableBytes Memory available (e.g. `Deno.systemMemoryInfo().available`).
 * @param options The file's name for the message, the peak-per-byte factor and the fixed part.
 * @returns Whether it fits, the estimate, and a message naming the file, the sizes and what to do.
 * @throws {RangeError} If a size is negative or not finite.
 *
 * @example A 1 GB file on a machine with 24 GB free fits; with 8 GB free it does not
 * ```ts
 * import { checkMemory } from "./check_memory.ts";
 * import assert from "node:assert/strict";
 * assert.equal(checkMemory(1e9, 24e9).fits, true);
 * const c = checkMemory(1e9, 8e9, { file: "big.csv" });
 * assert.equal(c.fits, false);
 * assert.match(c.message, /^Cannot analyse "big\.csv": it needs about 11\.5 GB of memory/);
 * ```
 */
export function checkMemory(
  fileBytes: number,
  availableBytes: number,
  options: { file?: string; factor?: number; base?: number } = {},
): MemoryCheck {
  const { file = "the file", factor = PEAK_BYTES_PER_FILE_BYTE, base = PEAK_BASE_BYTES } = options;
  for (const [name, v] of [["fileBytes", fileBytes], ["availableBytes", availableBytes]] as const) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`Cannot check memory: ${name} is ${v}; give a size in bytes, 0 or more`);
    }
  }
  const neededBytes = base + fileBytes * factor;
  const fits = neededBytes <= availableBytes;
  const gb = (b: number) => (b / 1e9).toFixed(1);
  return {
    fits,
    neededBytes,
    availableBytes,
    message: fits
      ? ""
      : `Cannot analyse "${file}": it needs about ${gb(neededBytes)} GB of memory (${
        gb(fileBytes)
      } GB file) and ${
        gb(availableBytes)
      } GB are available; split the file by period, or aggregate it to one row per customer first, or run on a machine with more memory`,
  };
}
