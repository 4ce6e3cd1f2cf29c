/**
 * Private helper of `scanInvoices`: the spreadsheet row (header = 1) of the first record of a CSV
 * file whose field `index` is `value`, found by reading the file again in chunks. Used only to
 * name the row of a bad cell in an error: DuckDB's parallel reader does not number lines.
 *
 * @module
 */

/** How the file is written: delimiter, quote, encoding, lines before the header. */
export interface FindRowPlan {
  readonly delimiter: string;
  readonly quote: string;
  readonly encoding: "utf-8" | "latin-1";
  readonly skip: number;
}

/** The fields of one record's text (quotes removed, doubled quotes read as one). */
function fields(line: string, delimiter: string, quote: string): string[] {
  const out: string[] = [];
  let cur = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === quote && line[i + 1] === quote) {
        cur += quote;
        i++;
      } else if (ch === quote) quoted = false;
      else cur += ch;
    } else if (ch === quote) quoted = true;
    else if (ch === delimiter) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur.replace(/\r$/, ""));
  return out;
}

/**
 * The row of the first record whose field `index` equals `value`, or `null` when none does.
 *
 * @param path The CSV file.
 * @param plan How it is written.
 * @param index The field's position (0 = first column).
 * @param value The field's text as the reader gave it.
 */
export async function findRow(
  path: string,
  plan: FindRowPlan,
  index: number,
  value: string,
): Promise<number | null> {
  const f = await Deno.open(path, { read: true });
  const decoder = new TextDecoder(plan.encoding === "latin-1" ? "windows-1252" : "utf-8");
  let carry = "", record = "", open = false, line = 0;
  try {
    const buf = new Uint8Array(4 * 1024 * 1024);
    for (;;) {
      const n = await f.read(buf);
      const text = carry +
        (n === null ? decoder.decode() : decoder.decode(buf.subarray(0, n), { stream: true }));
      const parts = text.split("\n");
      carry = n === null ? "" : parts.pop()!;
      for (const part of parts.length || n !== null ? parts : [text]) {
        line++;
        record = open ? `${record}\n${part}` : part;
        // An odd number of quotes leaves a quoted field open: the record goes on on the next line.
        const quotes = part.split(plan.quote).length - 1;
        if (quotes % 2 === 1) open = !open;
        if (open) continue;
        const row = line - plan.skip - (record.split("\n").length - 1);
        if (
          row > 1 && record.includes(value) && fields(record, plan.delimiter, plan.quote)[index] === value
        ) {
          return row;
        }
      }
      if (n === null) return null;
    }
  } finally {
    f.close();
  }
}
