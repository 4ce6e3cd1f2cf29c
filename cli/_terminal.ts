/**
 * Everything the CLI prints goes through here: a header, a cell, a file name or a segment name
 * can hold terminal control codes (ESC sequences clear the screen or set the window title, a
 * carriage return overwrites the line, bidi overrides reorder what is shown), so each printed
 * line is cleaned by {@linkcode terminalSafe}. Imports no library code (the launcher uses it).
 *
 * @module
 */

/** ESC sequences: CSI (`ESC [ ... final`), OSC/DCS/SOS/PM/APC strings up to BEL or ST, and two-byte escapes; the same with C1 introducers. */
const ESCAPES =
  // deno-lint-ignore no-control-regex -- matching control codes is the point
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]?/g;
/** Layout controls inside data: shown as a space so that words do not run together. */
const SPACES = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** The remaining C0 and C1 controls, DEL, and the bidi embeddings, overrides, isolates and marks. */
// deno-lint-ignore no-control-regex -- matching control codes is the point
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of terminal output with every control code taken out: ESC sequences and the other C0
 * and C1 controls removed, bidi overrides removed, tabs and line breaks inside the line shown as a
 * space. Printable text, accents and other scripts are kept as they are.
 *
 * @param line A line of output that may quote user data.
 * @returns The line, safe to print.
 *
 * @example
 * ```ts
 * import { terminalSafe } from "./_terminal.ts";
 * import assert from "node:assert/strict";
 * assert.equal(terminalSafe('column "\x1b]0;pwned\x07Año\x1b[2J" x'), 'column "Año" x');
 * assert.equal(terminalSafe("a\r\nb\u202e"), "a  b");
 * ```
 */
export function terminalSafe(line: string): string {
  return line.replace(ESCAPES, "").replace(SPACES, " ").replace(CONTROLS, "");
}

/**
 * Print lines to stdout, each through {@linkcode terminalSafe}; only the line breaks between the
 * given lines are kept. Split a multi-line text of our own (the help) into lines before.
 */
export function printOut(...lines: readonly string[]): void {
  console.log(lines.map(terminalSafe).join("\n"));
}

/** Print lines to stderr, each through {@linkcode terminalSafe} (see {@linkcode printOut}). */
export function printErr(...lines: readonly string[]): void {
  console.error(lines.map(terminalSafe).join("\n"));
}

/**
 * A progress update for a terminal: our own leading `\r` (redraw the line) and trailing `\n` are
 * kept, the line between them (it names the file) goes through {@linkcode terminalSafe}.
 */
export function redrawSafe(text: string): string {
  const m = /^(\r?)([\s\S]*?)(\n?)$/.exec(text)!;
  return `${m[1]}${terminalSafe(m[2]!)}${m[3]}`;
}

/** A multi-line text of our own (help, SQL, a stack trace) as its lines, for {@linkcode printOut}. */
export function ownLines(text: string): string[] {
  return text.split(/\r?\n/);
}
