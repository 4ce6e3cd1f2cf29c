/**
 * Benchmark data, generated once from fixed seeds and shared by both sides: matrices as raw
 * little-endian float64 files (`name.f64`, row-major, with `name.json` giving rows and cols;
 * numpy reads them with `np.fromfile(...).reshape(rows, cols)`), planted labels as raw int32
 * (`name.labels.i32`), and invoice files as CSV written by `generateInvoiceChunks`.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { generateBlobs, generateInvoiceChunks } from "../lib/generate/mod.ts";
import type { Matrix } from "../lib/base/types.ts";

/** A matrix data set: planted blobs. */
export interface BlobSpec {
  readonly kind: "blobs";
  readonly n: number;
  readonly d: number;
  readonly centers: number;
  readonly spread: number;
  readonly seed: number;
}

/** An invoice-line CSV file. */
export interface InvoiceSpec {
  readonly kind: "invoices";
  readonly lines: number;
  readonly seed: number;
}

export type DataSpec = BlobSpec | InvoiceSpec;

/** The file stem of a data set, unique to its parameters. */
export function dataName(spec: DataSpec): string {
  return spec.kind === "blobs"
    ? `blobs_n${spec.n}_d${spec.d}_c${spec.centers}_s${spec.spread}_seed${spec.seed}`
    : `invoices_${spec.lines}_seed${spec.seed}`;
}

/** Path of the data set's main file (`.f64` or `.csv`). */
export function dataPath(dir: string, spec: DataSpec): string {
  return `${dir}/${dataName(spec)}${spec.kind === "blobs" ? ".f64" : ".csv"}`;
}

/**
 * Write the data set unless it is already there (complete: its `.done` marker exists).
 *
 * @returns Seconds spent generating (0 when cached).
 */
export async function ensureData(dir: string, spec: DataSpec): Promise<number> {
  const main = dataPath(dir, spec);
  const done = `${dir}/${dataName(spec)}.done`;
  if (existsSync(done) && existsSync(main)) return 0;
  await Deno.mkdir(dir, { recursive: true });
  const t0 = performance.now();
  if (spec.kind === "blobs") {
    const x = generateBlobs({
      n: spec.n,
      d: spec.d,
      centers: spec.centers,
      spread: spec.spread,
      seed: spec.seed,
    });
    await Deno.writeFile(main, new Uint8Array(x.data.buffer, x.data.byteOffset, x.data.byteLength));
    await Deno.writeFile(
      main.replace(/\.f64$/, ".labels.i32"),
      new Uint8Array(x.labels.buffer, x.labels.byteOffset, x.labels.byteLength),
    );
    await Deno.writeTextFile(main.replace(/\.f64$/, ".json"), JSON.stringify({ rows: x.rows, cols: x.cols }));
  } else {
    const file = await Deno.open(main, { write: true, create: true, truncate: true });
    try {
      for (const chunk of generateInvoiceChunks({ lines: spec.lines, seed: spec.seed })) {
        let off = 0;
        while (off < chunk.length) off += await file.write(chunk.subarray(off));
      }
    } finally {
      file.close();
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  await Deno.writeTextFile(done, JSON.stringify({ seconds, at: new Date().toISOString() }));
  return seconds;
}

/** Seconds it took to generate a data set, from its `.done` marker (`NaN` if unknown). */
export function generationSeconds(dir: string, spec: DataSpec): number {
  try {
    return JSON.parse(Deno.readTextFileSync(`${dir}/${dataName(spec)}.done`)).seconds ?? NaN;
  } catch {
    return NaN;
  }
}

/** Read a matrix written by {@linkcode ensureData}. */
export async function readMatrix(path: string): Promise<Matrix> {
  const meta = JSON.parse(await Deno.readTextFile(path.replace(/\.f64$/, ".json")));
  const bytes = await Deno.readFile(path);
  const data = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return {
    data,
    rows: meta.rows,
    cols: meta.cols,
    columns: Array.from({ length: meta.cols }, (_, j) => `x${j}`),
  };
}

/** Read int32 labels (planted, or written by a run). */
export async function readLabels(path: string): Promise<Int32Array> {
  const bytes = await Deno.readFile(path);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Write int32 labels. */
export async function writeLabels(path: string, labels: Int32Array): Promise<void> {
  await Deno.writeFile(path, new Uint8Array(labels.buffer, labels.byteOffset, labels.byteLength));
}
