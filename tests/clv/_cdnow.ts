/**
 * The CDNOW sample of Fader, Hardie & Lee (2005), read by a small local parser (the project's
 * loader does not read this layout yet), and the published numbers the fits must reproduce.
 */
import { existsSync } from "node:fs";
import { sharedDataPath } from "../_data.ts";
import type { Transactions } from "../../lib/clv/types.ts";

/** Path of the shared CDNOW file, or `null` (after a visible SKIPPED notice) when it is absent. */
export function cdnowPath(what: string): string | null {
  const p = sharedDataPath("CDNOW_sample.txt");
  if (existsSync(p)) return p;
  console.warn(`SKIPPED: ${what} (${p} is absent; third-party reference data, CI has it)`);
  return null;
}

/**
 * Read the CDNOW sample: no header; columns separated by runs of spaces: master id, sample id,
 * date `YYYYMMDD`, number of CDs, dollar value; CRLF line ends. The customer is the master id.
 */
export function readCdnow(path: string): Transactions & { cds: Float64Array } {
  const lines = Deno.readTextFileSync(path).split(/\r?\n/).filter((l) => l.trim() !== "");
  const customer: string[] = [], date: string[] = [];
  const cds = new Float64Array(lines.length), amount = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const f = line.trim().split(/\s+/);
    if (f.length !== 5 || !/^\d{8}$/.test(f[2]!)) {
      throw new Error(`CDNOW line ${i + 1} is not 5 fields: ${line}`);
    }
    customer.push(f[0]!);
    date.push(f[2]!);
    cds[i] = Number(f[3]);
    amount[i] = Number(f[4]);
  });
  return { customer, date, amount, cds };
}

/** Fader, Hardie & Lee (2005), and Fader & Hardie's Gamma-Gamma note, on the CDNOW sample. */
export const PUBLISHED = {
  bgNbd: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259, logLikelihood: -9582.4 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44, customers: 946 },
  calibrationEnd: new Date("1997-09-30"),
  observationEnd: new Date("1998-06-30"),
} as const;
