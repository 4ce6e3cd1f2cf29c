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
   * @param message What is wrong, where, and what to do.
   * @param at The file, column and row concerned.
   * @param fact The problem as a typed fact, for the words in other languages and surfaces.
   */
  constructor(message: string, at: InputLocation, fact?: Warning) {
    super(message);
    this.name = "InputError";
    this.at = at;
    if (fact !== undefined) this.fact = fact;
  }
}
