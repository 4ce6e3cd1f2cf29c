/**
 * The error a file we cannot use throws.
 *
 * @module
 */

/** Where in the user's input a problem is. `row` is the line a spreadsheet shows (header = 1). */
export interface InputLocation {
  /** The file's name or path as the user gave it. */
  readonly file: string;
  /** The column's header, as written in the file. */
  readonly column?: string;
  /** Spreadsheet row number (header = 1, first data row = 2). */
  readonly row?: number;
  /** Further rows concerned, where a problem spans several. */
  readonly rows?: readonly number[];
}

import type { Warning } from "./types.ts";

/**
 * The typed fact behind an {@linkcode InputError}, for the text layer (`problemText` in
 * `lib/text/`), which says it in the reader's language with the fix on the reader's surface:
 * `option` and `values` name the library option that fixes it (`decimal: ","`), which the
 * CLI turns into its flag (`--decimal ,`) through its table of options.
 */
export interface InputProblem {
  /** Stable machine-readable name, e.g. `"decimal-ambiguous"`; the key of its text in `lib/text/` (`warnings`). */
  readonly code: string;
  /** The option of `readTable` (or of the run) that fixes the problem, e.g. `"decimal"`. */
  readonly option: string;
  /** The values of `option` to choose from, e.g. `[",", "."]`. */
  readonly values: readonly string[];
  /** The facts the sentence cites. */
  readonly [field: string]: string | number | boolean | readonly (string | number)[] | undefined;
}

/**
 * A file, or a part of it, that segmenta cannot use. The message says what is wrong,
 * where, and what to do; `at` says the same for programs.
 *
 * @example Catch and locate
 * ```ts
 * import { InputError } from "./errors.ts";
 * import assert from "node:assert/strict";
 * const e = new InputError(`Cannot read "a.csv": column "Monto", row 3 is empty`, { file: "a.csv", column: "Monto", row: 3 });
 * assert.ok(e instanceof SyntaxError);
 * assert.equal(e.at.row, 3);
 * ```
 */
export class InputError extends SyntaxError {
  /** Where the problem is. */
  readonly at: InputLocation;
  /** The problem as a typed fact, where the text layer can say it (and its fix) in other languages. */
  readonly problem?: InputProblem;
  /**
   * The problem as a typed fact (`{ code, ...facts }`), when it has words in every language:
   * `inputErrorText` in `lib/text/` says it in the reader's language, with the fix for the
   * surface they are on (a CLI flag or a library option). The message is the English words
   * for library users.
   */
  readonly fact?: Warning;
  /**
   * Make the error from its message and the place in the input it concerns.
   *
   * @param message What is wrong, where, and what to do (in English, with the library's option).
   * @param at The file, column and row concerned.
   * @param fact The problem as a typed fact, for the words in other languages and surfaces: a
   *   fact with an `option` and its `values` (an {@linkcode InputProblem}) is kept as `problem`,
   *   any other as `fact`.
   */
  constructor(message: string, at: InputLocation, fact?: Warning | InputProblem) {
    super(message);
    this.name = "InputError";
    this.at = at;
    if (fact === undefined) return;
    if (typeof fact.option === "string" && Array.isArray(fact.values)) this.problem = fact as InputProblem;
    else this.fact = fact as Warning;
  }
}
