/**
 * The app as a user starts it, for the app's tests: `deno task app`'s exact command (the launcher,
 * which runs the app with its narrow permissions) on a free port, and the expected result of a
 * run computed in the test with the library (`analyzeFile` + `assignmentsCsv`).
 */
import { fileURLToPath } from "node:url";
import {
  analyzeFile,
  type AnalyzeFileOptions,
  assignmentsCsv,
  type FileAnalysis,
  type SegmentProfile,
} from "../../lib/mod.ts";

export const ROOT: string = fileURLToPath(new URL("../../", import.meta.url));

/** A running app started through its launcher. */
export interface LaunchedApp {
  readonly url: string;
  readonly port: number;
  /** The app's private upload folder, as it prints it. */
  readonly tempDir: string;
  /** Everything the app printed on stderr so far. */
  stderr(): string;
  /** A signal to the launcher (SIGTERM by default); resolves when both processes have ended. */
  stop(signal?: Deno.Signal): Promise<void>;
}

/** A port free right now on 127.0.0.1. */
export function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/** Start `deno task app --port <free> [args]` (the task's own command line) and wait for its address. */
export async function launchApp(args: readonly string[] = []): Promise<LaunchedApp> {
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--allow-run",
      "--allow-read",
      "--allow-write",
      "app/launch.ts",
      "--port",
      String(port),
      ...args,
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let err = "";
  (async () => {
    for await (const chunk of child.stderr.pipeThrough(new TextDecoderStream())) err += chunk;
  })();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let out = "";
  const deadline = Date.now() + 60_000;
  while (!/Uploaded files are kept in (\S+)/.test(out)) {
    const { value, done } = await reader.read();
    if (done || Date.now() > deadline) throw new Error(`The app did not start:\n${out}\n${err}`);
    out += value;
  }
  (async () => {
    while (!(await reader.read()).done) { /* drain */ }
  })();
  const url = /segmenta app: (http:\S+)/.exec(out)![1]!;
  const tempDir = /Uploaded files are kept in (\S+)/.exec(out)![1]!;
  return {
    url,
    port,
    tempDir,
    stderr: () => err,
    async stop(signal: Deno.Signal = "SIGTERM") {
      try {
        child.kill(signal);
      } catch { /* ended */ }
      await child.status;
    },
  };
}

/** What the page should show and download for a file analysed with `options`. */
export interface Expected {
  readonly analysis: FileAnalysis;
  readonly segments: readonly { name: string; size: number }[];
  readonly csv: string;
}

/** The library's result for the same file and choices: the segments that lead and the CSV. */
export async function expected(path: string, options: AnalyzeFileOptions): Promise<Expected> {
  const analysis = await analyzeFile(path, options);
  const a = analysis.analysis;
  const lead: readonly SegmentProfile[] =
    a.kind === "features" && a.primary.by === "rules" && a.rules !== null
      ? a.rules.profiles
      : a.segmentation.profiles;
  return {
    analysis,
    segments: lead.map((p) => ({ name: p.name, size: p.size })),
    csv: assignmentsCsv(a),
  };
}
