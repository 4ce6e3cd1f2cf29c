/**
 * Private text helpers of the load step.
 *
 * @module
 */

/** Name of a delimiter for people (tab is invisible). */
export function delimiterName(d: string): string {
  return d === "\t" ? "tab" : `"${d}"`;
}

export interface Field {
  readonly text: string;
  readonly quoted: boolean;
}

/** Split up to `maxRecords` records of `text`, quotes respected; a cut-off last record is dropped. */
export function splitRecords(text: string, delimiter: string, quote: string, maxRecords = 200): Field[][] {
  const records: Field[][] = [];
  let fields: Field[] = [];
  let cur = "";
  let quoted = false, inQuote = false, fieldStart = true;
  let i = 0;
  const n = text.length;
  const endField = () => {
    fields.push({ text: cur, quoted });
    cur = "";
    quoted = false;
    fieldStart = true;
  };
  while (i < n && records.length < maxRecords) {
    const c = text[i];
    if (inQuote) {
      if (c === quote) {
        if (text[i + 1] === quote) {
          cur += quote;
          i += 2;
          continue;
        }
        inQuote = false;
      } else cur += c;
      i++;
      continue;
    }
    if (c === delimiter) endField();
    else if (c === "\n" || c === "\r") {
      endField();
      records.push(fields);
      fields = [];
      if (c === "\r" && text[i + 1] === "\n") i++;
    } else if (c === quote && fieldStart) {
      inQuote = true;
      quoted = true;
      fieldStart = false;
    } else {
      cur += c;
      fieldStart = false;
    }
    i++;
  }
  return records;
}
