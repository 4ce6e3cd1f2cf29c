/**
 * Private helpers of `readTable`: recognise what a file really is (binary formats renamed
 * `.csv`, encodings) and turn its bytes into UTF-8 for polars.
 *
 * @module
 */
import { isUtf8 as validUtf8 } from "node:buffer";
import { InputError } from "../base/errors.ts";

/** The text encodings the loader recognises. */
export type Encoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";

/** Why an encoding was chosen: `"utf-16le-bom"`/`"utf-16be-bom"`/`"utf-8-bom"` a byte order mark, `"asked"`, `"utf-8-valid"`, `"not-utf-8"`. */
export type EncodingReason =
  | "utf-16le-bom"
  | "utf-16be-bom"
  | "asked"
  | "utf-8-bom"
  | "utf-8-valid"
  | "not-utf-8";

/** Bytes as UTF-8 without BOM, and what they were. */
export interface Decoded {
  /** The file's content as UTF-8 bytes, BOM removed, CR-only line ends turned into LF. */
  readonly bytes: Uint8Array;
  /** The encoding found (or forced). */
  readonly encoding: Encoding;
  /** Why that encoding, as a code: a byte order mark, asked for, valid UTF-8, or not UTF-8 (the text layer says it in words). */
  readonly reason: EncodingReason;
}

const MAGIC: readonly { bytes: readonly number[]; what: string; fix: string }[] = [
  {
    bytes: [0x1f, 0x8b],
    what: "a gzip-compressed file",
    fix: "decompress it (gunzip) and read the file inside",
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: "a ZIP archive (an Excel .xlsx workbook is one)",
    fix: "if it is a workbook, save it as CSV or give it its .xlsx name; otherwise unzip it",
  },
  { bytes: [0x50, 0x41, 0x52, 0x31], what: "a Parquet file", fix: "give it its .parquet name" },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: "an old Excel .xls workbook (or another OLE document)",
    fix: "open it in a spreadsheet and save it as CSV (UTF-8)",
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    what: "a PDF document",
    fix: "export the table as CSV from the program that made it",
  },
  {
    bytes: [0x42, 0x5a, 0x68],
    what: "a bzip2-compressed file",
    fix: "decompress it (bunzip2) and read the file inside",
  },
  {
    bytes: [0x28, 0xb5, 0x2f, 0xfd],
    what: "a zstd-compressed file",
    fix: "decompress it (unzstd) and read the file inside",
  },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive", fix: "extract it and read the file inside" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image", fix: "give the path of the data file instead" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image", fix: "give the path of the data file instead" },
  {
    bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65],
    what: "an SQLite database",
    fix: "export the table as CSV (sqlite3 -csv -header)",
  },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/**
 * Throw an InputError when the bytes are a known binary format or not text at all.
 * @param bytes The whole file.
 * @param name The file's display name.
 */
export function rejectBinary(bytes: Uint8Array, name: string): void {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) {
      throw new InputError(`Cannot read "${name}": it is ${m.what}, not a CSV text file; ${m.fix}`, {
        file: name,
      });
    }
  }
}

/**
 * Whether `bytes` is valid UTF-8: the runtime's validator first (no strings made); when it
 * refuses, a decoder in chunks finds where (so large files never become one string).
 */
function isUtf8(bytes: Uint8Array): { ok: boolean; offset: number } {
  if (validUtf8(bytes)) return { ok: true, offset: -1 };
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const chunk = 1 << 23;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    try {
      decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    } catch {
      return { ok: false, offset: start };
    }
  }
  return { ok: true, offset: -1 };
}

/** Largest file we turn into one JavaScript string (re-encoding latin-1 or UTF-16). */
const MAX_TRANSCODE = 400 * 1024 * 1024;

function transcode(bytes: Uint8Array, from: string, name: string): Uint8Array {
  if (bytes.length > MAX_TRANSCODE) {
    throw new InputError(
      `Cannot read "${name}": it is ${
        (bytes.length / 2 ** 20).toFixed(0)
      } MB of ${from} text, too large to re-encode in memory; save it as UTF-8 CSV and read that`,
      { file: name },
    );
  }
  return new TextEncoder().encode(new TextDecoder(from).decode(bytes));
}

/** Replace lone CR line ends (old Mac files) by LF, which polars understands. */
function fixLoneCr(bytes: Uint8Array): Uint8Array {
  const probe = bytes.subarray(0, 1 << 16);
  let cr = 0, lf = 0;
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] === 13) cr++;
    else if (probe[i] === 10) lf++;
  }
  if (cr === 0 || lf > 0) return bytes;
  const out = new Uint8Array(bytes);
  for (let i = 0; i < out.length; i++) if (out[i] === 13) out[i] = 10;
  return out;
}

/**
 * Find the encoding of a text file and return its content as UTF-8 bytes without BOM.
 * @param bytes The whole file.
 * @param name The file's display name, for messages.
 * @param forced The encoding the user asked for, if any.
 * @returns The UTF-8 bytes and what was found.
 * @throws {InputError} When the file is binary, or not valid UTF-8 while UTF-8 was forced.
 */
export function decodeBytes(bytes: Uint8Array, name: string, forced?: "utf-8" | "latin-1"): Decoded {
  rejectBinary(bytes, name);
  let result: Decoded;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const encoding: Encoding = le ? "utf-16le" : "utf-16be";
    result = {
      bytes: transcode(bytes.subarray(2), encoding, name),
      encoding,
      reason: le ? "utf-16le-bom" : "utf-16be-bom",
    };
  } else {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = bom ? bytes.subarray(3) : bytes;
    const probe = body.subarray(0, 1 << 16);
    const zero = probe.indexOf(0);
    if (zero >= 0) {
      throw new InputError(
        `Cannot read "${name}": it contains NUL bytes (the first at byte ${
          zero + (bom ? 3 : 0)
        }), so it is a binary file, not CSV text; export the data as CSV`,
        { file: name },
      );
    }
    if (forced === "latin-1") {
      result = {
        bytes: transcode(body, "windows-1252", name),
        encoding: "windows-1252",
        reason: "asked",
      };
    } else {
      const check = isUtf8(body);
      if (check.ok) {
        result = {
          bytes: body,
          encoding: bom ? "utf-8-bom" : "utf-8",
          reason: bom ? "utf-8-bom" : "utf-8-valid",
        };
      } else if (forced === "utf-8") {
        throw new InputError(
          `Cannot read "${name}": it is not valid UTF-8 (near byte ${check.offset}); pass encoding: "latin-1" (CLI --encoding latin-1) or save the file as UTF-8`,
          { file: name },
        );
      } else {
        result = {
          bytes: transcode(body, "windows-1252", name),
          encoding: "windows-1252",
          reason: "not-utf-8",
        };
      }
    }
  }
  const fixed = fixLoneCr(result.bytes);
  rejectControlText(fixed, name);
  return fixed === result.bytes ? result : { ...result, bytes: fixed };
}

/** Text with many control characters is binary data, whatever its bytes decode to. */
function rejectControlText(bytes: Uint8Array, name: string): void {
  const probe = bytes.subarray(0, 1 << 16);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const c = probe[i];
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) control++;
  }
  if (probe.length > 0 && control > Math.max(2, probe.length * 0.01)) {
    throw new InputError(
      `Cannot read "${name}": ${control} of its first ${probe.length} bytes are control characters, so it is a binary file, not CSV text; export the data as CSV`,
      { file: name },
    );
  }
}
