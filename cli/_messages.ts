/**
 * The CLI's messages about paths, writing and signals, in the user's language (words in
 * lib/text, section `run.cli`).
 *
 * @module
 */
import { fill, type Lang, words } from "../lib/mod.ts";
import type { PathProblem } from "./_paths.ts";
import type { Interrupted } from "./_write.ts";

/** Why a path is refused (cli/_paths.ts), in words. */
export function pathProblemText(problem: PathProblem, lang: Lang): string {
  const w = words(lang).run.cli;
  switch (problem.code) {
    case "out-root":
      return fill(w.outRoot, problem, lang);
    case "out-contains-project":
      return fill(w.outContainsProject, problem, lang);
    case "comma-out":
      return fill(w.commaOut, problem, lang);
    case "comma-read":
      return fill(w.commaRead, problem, lang);
    case "overwrites-input":
      return fill(w.overwritesInput, problem, lang);
    case "not-a-file":
      return fill(w.notAFile[problem.kind], problem, lang);
  }
}

/** The causes of a failed write, by the system's error code. */
const WRITE_CAUSES: Readonly<Record<string, keyof ReturnType<typeof words>["run"]["cli"]["write"]>> = {
  ENOSPC: "full",
  EDQUOT: "full",
  EFBIG: "full",
  EROFS: "readOnly",
  EACCES: "denied",
  EPERM: "denied",
  ENOENT: "gone",
  ENOTDIR: "notFolder",
  EEXIST: "notFolder",
};

/**
 * The system's error code of a failed file operation (`"ENOSPC"`). Deno 2.9 gives it as the
 * error's `code` (a full disk is a plain `Error` with `code` `"ENOSPC"`: Deno has no error class
 * for it), and names it in the message as `(os error 28)`; the class is the last resort.
 */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
  const os = /\(os error (\d+)\)/.exec((e as Error)?.message ?? "")?.[1];
  const byNumber: Readonly<Record<string, string>> = {
    "1": "EPERM",
    "2": "ENOENT",
    "13": "EACCES",
    "17": "EEXIST",
    "20": "ENOTDIR",
    "27": "EFBIG",
    "28": "ENOSPC",
    "30": "EROFS",
    "122": "EDQUOT",
  };
  if (os !== undefined && byNumber[os] !== undefined) return byNumber[os];
  if (e instanceof Deno.errors.NotFound) return "ENOENT";
  if (e instanceof Deno.errors.PermissionDenied) return "EACCES";
  if (e instanceof Deno.errors.NotADirectory) return "ENOTDIR";
  if (e instanceof Deno.errors.AlreadyExists) return "EEXIST";
  return undefined;
}

/**
 * Whether an error is a failed write of the file system (a cause {@linkcode writeFailureText}
 * can name), rather than a missing Deno permission or a bug.
 */
export function isWriteFailure(e: unknown): boolean {
  return !(e instanceof Deno.errors.NotCapable) && errorCode(e) !== undefined;
}

/** A failed write to `out`, in words: the folder, the cause (by error code) and what to do. */
export function writeFailureText(e: unknown, out: string, lang: Lang): string {
  const w = words(lang).run.cli.write;
  const code = errorCode(e);
  const cause = code === undefined ? undefined : WRITE_CAUSES[code];
  if (cause === undefined) {
    // The system's own words, without the operation and path Deno appends.
    const message = String((e as Error)?.message ?? e).replace(/:\s*\w+ '[^']*'(?: -> '[^']*')?$/, "");
    return fill(w.other, { out, cause: message }, lang);
  }
  return fill(w[cause], { out, code: code! }, lang);
}

/** What a signal during the write phase did. */
export function interruptedText({ signal, outcome }: Interrupted, out: string, lang: Lang): string {
  const w = words(lang).run.cli;
  return fill(outcome === "removed" ? w.interruptedRemoved : w.interruptedCompleted, { signal, out }, lang);
}

/** The unfinished files of an earlier run that were removed. */
export function leftoversText(names: readonly string[], out: string, lang: Lang): string {
  return fill(words(lang).run.cli.leftovers, { n: names.length, names: names.join(", "), out }, lang);
}

/** The launcher was killed outright: nothing was written. */
export function abandonedText(out: string, lang: Lang): string {
  return fill(words(lang).run.cli.abandoned, { out }, lang);
}
