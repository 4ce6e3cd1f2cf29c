/**
 * Will a file fit in memory? The one memory check, for the two moments it is made: before a whole
 * run (the CLI, the app) and before the loader reads a file, so that a file too large fails with
 * a message instead of the process being killed half way.
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

/** Memory the loader needs per byte of CSV: the bytes, polars' text columns, the typed copy. */
export const READ_BYTES_PER_FILE_BYTE = 4;

/** Options for {@linkcode checkMemory}. */
export interface CheckMemoryOptions {
  /** The file's display name, for the message. @default {"the file"} */
  file?: string;
  /**
   * What must fit: a whole `"analyse"` run, or only `"read"`ing the file. It sets the defaults of
   * `factor` and `base` and the message. @default {"analyse"}
   */
  step?: "analyse" | "read";
  /** Peak bytes per byte of file. @default {PEAK_BYTES_PER_FILE_BYTE, or READ_BYTES_PER_FILE_BYTE to read} */
  factor?: number;
  /** Fixed part of the peak, in bytes. @default {PEAK_BASE_BYTES, or 0 to read} */
  base?: number;
}

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
 * import { checkMemory } from "./memory.ts";
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
  options: CheckMemoryOptions = {},
): MemoryCheck {
  const { file = "the file", step = "analyse" } = options;
  const {
    factor = step === "read" ? READ_BYTES_PER_FILE_BYTE : PEAK_BYTES_PER_FILE_BYTE,
    base = step === "read" ? 0 : PEAK_BASE_BYTES,
  } = options;
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
      : step === "read"
      ? `Cannot read "${file}": the file is ${binarySize(fileBytes)} and reading it needs about ${
        binarySize(neededBytes)
      } of memory, but only ${
        binarySize(availableBytes)
      } is available; close other programs, keep only the columns you need, or split the file by date`
      : `Cannot analyse "${file}": it needs about ${gb(neededBytes)} GB of memory (${
        gb(fileBytes)
      } GB file) and ${
        gb(availableBytes)
      } GB are available; split the file by period, or aggregate it to one row per customer first, or run on a machine with more memory`,
  };
}

function binarySize(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${(bytes / 2 ** 20).toFixed(0)} MB`;
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
