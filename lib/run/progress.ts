/**
 * Progress bars for long steps, for terminals and notebooks.
 *
 * @module
 */
import type { Lang, ProgressCallback } from "../base/types.ts";
import { fill, words } from "../text/mod.ts";

/** Options for {@linkcode progressBar}. */
export interface ProgressBarOptions {
  /** Redraw one line in place (`\r`), as on a terminal; otherwise print a line at each 10%. @default {false} */
  tty?: boolean;
  /** Width of the bar in characters. @default {24} */
  width?: number;
  /** Language of the step names ("k sweep" is "barrido de k" in Spanish). @default {"en"} */
  lang?: Lang;
}

/** A step's name in the language: the text layer's for a known step code, the code otherwise. */
function stepName(step: string, lang: Lang): string {
  const names: Readonly<Record<string, string>> = words(lang).run.progress;
  if (Object.hasOwn(names, step) && step !== "typing" && step !== "reading" && step !== "head") {
    return names[step]!;
  }
  const file = /^(typing|reading|head) "(.*)"$/.exec(step);
  if (file === null) return step;
  return fill(words(lang).run.progress[file[1] as "typing" | "reading" | "head"], { file: file[2]! }, lang);
}

/**
 * Make a progress callback that draws `step [#####-----] done/total` through `write`.
 * The library never prints: the caller (CLI, notebook) decides where the text goes. Without
 * `tty`, each call of `write` is one whole line (no line end), so `console.log` fits as is.
 *
 * @param write Where each piece of text goes (e.g. stderr on a terminal, `console.log` in a notebook).
 * @param options See {@linkcode ProgressBarOptions}.
 * @returns A callback to pass as `onProgress`.
 *
 * @example Lines at each tenth, as in a notebook
 * ```ts
 * import { progressBar } from "./progress.ts";
 * import assert from "node:assert/strict";
 * const lines: string[] = [];
 * const p = progressBar((s) => lines.push(s), { width: 10 });
 * for (let i = 1; i <= 20; i++) p({ step: "k sweep", done: i, total: 20 });
 * assert.equal(lines.length, 10);
 * assert.equal(lines.at(-1), "k sweep [##########] 20/20");
 * ```
 */
export function progressBar(
  write: (text: string) => void,
  options: ProgressBarOptions = {},
): ProgressCallback {
  const { tty = false, width = 24, lang = "en" } = options;
  let lastStep = "", lastTenth = -1;
  return ({ step, done, total }) => {
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(frac * width);
    const line = `${stepName(step, lang)} [${"#".repeat(filled)}${
      "-".repeat(width - filled)
    }] ${done}/${total}`;
    if (tty) {
      write(`\r${line}${done >= total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor(frac * 10);
    if (step !== lastStep) {
      lastStep = step;
      lastTenth = 0;
    }
    if (tenth > lastTenth) {
      lastTenth = tenth;
      write(line);
    }
  };
}
