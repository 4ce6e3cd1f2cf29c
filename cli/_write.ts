/**
 * Write output files all or nothing: each through a temporary file in the same folder
 * (`<file>.<pid>.tmp`), renamed into place once every one is written.
 *
 * - A failed write (disk full, folder removed) removes the temporary files and throws its error.
 * - SIGINT, SIGTERM or SIGHUP while the temporary files are written removes them and exits: the
 *   folder keeps what it had. The same signal during the renames finishes the renames (each is
 *   atomic and takes no time) and exits: the folder has the new set. Either way no file is partial.
 * - A run killed outright (SIGKILL) can leave temporary files; the next run with the same output
 *   names removes them first ({@linkcode removeLeftovers}).
 *
 * Test hook: with `SEGMENTA_TEST_PAUSE=<point>[:<ms>]` (cli/_env_names.ts) the write phase prints
 * `segmenta test pause: <point>` to stderr and waits (10 s by default) at `temp-1` (after the first
 * temporary file), `temps` (after all of them) or `rename-1` (between the first and the second
 * rename), so that a test can send a signal or remove the folder there. Unset, nothing pauses.
 *
 * @module
 */
import { basename, dirname, join } from "node:path";

/** A write or rename of the write phase failed; `cause` is the file system's error (its `code`, e.g. `"ENOSPC"`). */
export class WriteFailed extends Error {
  /** Wrap the error of the failed write. */
  constructor(cause: unknown) {
    super(`Cannot write the outputs: ${(cause as Error)?.message ?? cause}`, { cause });
    this.name = "WriteFailed";
  }
}

/** Where the write phase was when a signal stopped it. */
export type Interrupted = {
  readonly signal: Deno.Signal;
  /** `removed`: the temporary files were removed, nothing replaced; `completed`: every file was in place. */
  readonly outcome: "removed" | "completed";
};

/** Options for {@linkcode writeAtomically}. */
export interface WriteAtomicallyOptions {
  /** The test hook's value (`SEGMENTA_TEST_PAUSE`): `temp-1`, `temps` or `rename-1`, then `:<ms>`. */
  readonly pause?: string | undefined;
  /** Says what happened when a signal stops the write phase (the process then exits with 128 + signal). */
  readonly onSignal?: (interrupted: Interrupted) => void;
  /**
   * Whether the run was abandoned (its launcher is gone): checked before each temporary file and
   * before the renames; when it says so, the temporary files are removed and `onAbandoned` is
   * called, then the process exits with code 1.
   */
  readonly abandoned?: () => boolean;
  /** Says that the run was abandoned and nothing was written. */
  readonly onAbandoned?: () => void;
}

const SIGNALS: readonly Deno.Signal[] = Deno.build.os === "windows"
  ? ["SIGINT"]
  : ["SIGINT", "SIGTERM", "SIGHUP"];
const SIGNAL_NUMBERS: Readonly<Partial<Record<Deno.Signal, number>>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The temporary name of `path` in this process. */
export function tempPath(path: string): string {
  return `${path}.${Deno.pid}.tmp`;
}

/**
 * Write `files` (`[path, text]`) atomically as a group (see the module's doc).
 *
 * @throws {WriteFailed} With the error of the write or rename that failed as its `cause`, after
 *   removing the temporary files.
 */
export async function writeAtomically(
  files: readonly (readonly [string, string | Iterable<string>])[],
  options: WriteAtomicallyOptions = {},
): Promise<void> {
  const temps: string[] = [];
  let renamed = 0;
  let phase: "temps" | "renames" = "temps";
  const removeTemps = () => {
    for (const t of temps.slice(renamed)) {
      try {
        Deno.removeSync(t);
      } catch { /* not written, or already renamed */ }
    }
  };
  const onSignal = (signal: Deno.Signal) => {
    let outcome: Interrupted["outcome"] = "removed";
    if (phase === "renames") {
      try {
        for (; renamed < files.length; renamed++) Deno.renameSync(temps[renamed]!, files[renamed]![0]);
        outcome = "completed";
      } catch {
        removeTemps();
      }
    } else {
      removeTemps();
    }
    options.onSignal?.({ signal, outcome });
    Deno.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
  };
  const listeners = SIGNALS.map((signal) => {
    const handler = () => onSignal(signal);
    Deno.addSignalListener(signal, handler);
    return () => Deno.removeSignalListener(signal, handler);
  });
  const stopIfAbandoned = () => {
    if (options.abandoned?.() !== true) return;
    removeTemps();
    options.onAbandoned?.();
    Deno.exit(1);
  };
  try {
    for (const [path, text] of files) {
      stopIfAbandoned();
      temps.push(tempPath(path));
      await writeText(temps.at(-1)!, text);
      if (temps.length === 1) await pauseAt("temp-1", options.pause);
    }
    await pauseAt("temps", options.pause);
    stopIfAbandoned();
    phase = "renames";
    while (renamed < files.length) {
      await Deno.rename(temps[renamed]!, files[renamed]![0]);
      renamed++;
      if (renamed === 1) await pauseAt("rename-1", options.pause);
    }
  } catch (e) {
    removeTemps();
    throw new WriteFailed(e);
  } finally {
    listeners.forEach((remove) => remove());
  }
}

/** Write text, given whole or in pieces (a CSV of millions of rows is never one string). */
async function writeText(path: string, text: string | Iterable<string>): Promise<void> {
  if (typeof text === "string") return await Deno.writeTextFile(path, text);
  const file = await Deno.open(path, { write: true, create: true, truncate: true });
  try {
    const encoder = new TextEncoder();
    for (const piece of text) {
      const bytes = encoder.encode(piece);
      for (let off = 0; off < bytes.length;) off += await file.write(bytes.subarray(off));
    }
  } finally {
    file.close();
  }
}

/** The test hook: wait at `point` when `SEGMENTA_TEST_PAUSE` names it. */
async function pauseAt(point: string, pause: string | undefined): Promise<void> {
  if (pause === undefined) return;
  const [at, ms] = pause.split(":");
  if (at !== point) return;
  console.error(`segmenta test pause: ${point}`);
  await new Promise((done) => setTimeout(done, Number(ms ?? 10_000) || 10_000));
}

/** The probe file {@linkcode probeWrite} writes and removes. */
function probePath(out: string): string {
  return join(out, `.segmenta-probe.${Deno.pid}.tmp`);
}

/**
 * Check that `out` takes files before the analysis starts: write a small file there (64 KiB, so
 * that a full disk fails now, not after the analysis) and remove it.
 *
 * @throws The error of the write (`code` `"ENOSPC"`, `"EROFS"`, `"EACCES"`, ...).
 */
export function probeWrite(out: string): void {
  const probe = probePath(out);
  try {
    Deno.writeFileSync(probe, new Uint8Array(64 * 1024));
  } finally {
    try {
      Deno.removeSync(probe);
    } catch { /* not created */ }
  }
}

/**
 * Remove what an earlier run killed outright left of these outputs: `<file>.<pid>.tmp` beside
 * each of `paths`, and probe files. Best effort: what cannot be listed or removed is left.
 *
 * @returns The names removed.
 */
export function removeLeftovers(paths: readonly string[]): string[] {
  const removed: string[] = [];
  const byFolder = Map.groupBy(paths, (p) => dirname(p));
  for (const [folder, inFolder] of byFolder) {
    const names = new Set(inFolder.map((p) => basename(p)));
    let entries: Deno.DirEntry[];
    try {
      entries = [...Deno.readDirSync(folder)];
    } catch {
      continue;
    }
    for (const entry of entries) {
      const m = /^(.*)\.(\d+)\.tmp$/.exec(entry.name);
      if (!entry.isFile || m === null || Number(m[2]) === Deno.pid) continue;
      if (!names.has(m[1]!) && m[1] !== ".segmenta-probe") continue;
      try {
        Deno.removeSync(join(folder, entry.name));
        removed.push(entry.name);
      } catch { /* another run's, or not ours to remove */ }
    }
  }
  return removed.sort();
}
