/**
 * Private helper of `readTable`: read one sheet of an `.xlsx` workbook (with the
 * `read-excel-file` package, which needs no network) and write it as CSV text, so that the
 * CSV path decides the columns as for any other file.
 *
 * @module
 */
import readXlsxFile from "read-excel-file/universal";
import { InputError } from "../base/errors.ts";
import type { Note } from "../base/types.ts";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // Excel keeps times as fractions of a day: 09:41 comes back as 09:40:59.999.
    const ms = Math.round(value.getTime() / 1000) * 1000;
    return Number.isFinite(ms) ? new Date(ms).toISOString().replace(".000Z", "") : "";
  }
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whether a sheet's rows hold a table: two or more rows with a value, one of them with values in two or more columns. */
function holdsTable(data: readonly unknown[][]): boolean {
  const filled = data.map((row) => row.filter((v) => v !== null && v !== undefined && v !== "").length);
  return filled.filter((k) => k > 0).length >= 2 && filled.some((k) => k >= 2);
}

/**
 * The chosen sheet of a workbook as UTF-8 CSV bytes (comma, decimal point, ISO dates).
 * @param bytes The workbook's bytes.
 * @param file The file's display name.
 * @param sheet The sheet's name or 1-based number; the first sheet when absent.
 * @returns The CSV bytes and a note on the sheet read.
 * @throws {InputError} When the workbook cannot be read, the sheet does not exist, or no sheet
 *   was named and the first holds no table (the message lists the sheets).
 */
export async function xlsxToCsv(
  bytes: Uint8Array<ArrayBuffer>,
  file: string,
  sheet?: string | number,
): Promise<{ csv: Uint8Array; note: Note }> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = await readXlsxFile(buffer) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (e) {
    throw new InputError(
      `Cannot read "${file}": it is not a readable .xlsx workbook (${
        String((e as Error)?.message ?? e).split("\n")[0].slice(0, 160)
      }); open it in a spreadsheet and save it again as .xlsx or as "CSV UTF-8"`,
      { file },
    );
  }
  const names = sheets.map((s) => s.sheet);
  const listed = names.map((n) => `"${n}"`).join(", ");
  const chosen = sheet === undefined
    ? sheets[0]
    : typeof sheet === "number"
    ? sheets[sheet - 1]
    : sheets.find((s) => s.sheet === sheet);
  if (chosen === undefined) {
    throw new InputError(
      `Cannot read "${file}": it has no sheet ${
        typeof sheet === "number" ? sheet : `"${sheet}"`
      }; its sheets are ${listed}; choose one with sheet: "<name>" or a number from 1 (CLI --sheet NAME|N)`,
      { file },
    );
  }
  if (sheet === undefined && !holdsTable(chosen.data)) {
    const other = sheets.find((s) => holdsTable(s.data));
    throw new InputError(
      `Cannot read "${file}": its first sheet "${chosen.sheet}" holds no table (no header with data rows under it in two or more columns); its sheets are ${listed}; ${
        other === undefined
          ? "no sheet holds one: put the data on a sheet with a header row, one column per field"
          : `choose the sheet with the data, e.g. sheet: "${other.sheet}" (CLI --sheet "${other.sheet}")`
      }`,
      { file },
    );
  }
  const lines = chosen.data.map((row) => row.map(cell).join(","));
  const others = names.filter((n) => n !== chosen.sheet);
  const note: Note = { code: "xlsx-sheet", sheet: String(chosen.sheet), others };
  return { csv: new TextEncoder().encode(lines.join("\n") + "\n"), note };
}
