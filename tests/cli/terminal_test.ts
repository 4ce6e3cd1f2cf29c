/**
 * Data never controls the terminal: a header, a cell or a file name holding ESC sequences, C1
 * controls, carriage returns or bidi overrides is printed without them, by the one sanitiser
 * every print of the CLI goes through (cli/_terminal.ts).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { segment } from "./_segment.ts";
import { terminalSafe } from "../../cli/_terminal.ts";

/** Any control a terminal acts on, or a bidi override/isolate. `\n` is allowed: it separates our lines. */
// deno-lint-ignore no-control-regex -- finding control codes is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = [
  "\x1b]0;pwned\x07", // set the window title
  "\x1b[2J\x1b[H", // clear the screen
  "\x1bc", // reset the terminal
  "\x9b31m", // C1 CSI
  "\r", // overwrite the line
  "\u202e", // right-to-left override
  "\x1bP1$r\x1b\\", // DCS string
];

Deno.test("terminalSafe() removes every escape sequence and control, keeps printable text of any script", () => {
  for (const h of HOSTILE) {
    const out = terminalSafe(`Año ${h}Größe 中文`);
    assert.doesNotMatch(out, CONTROL, JSON.stringify(out));
    assert.match(out, /^Año +Größe 中文$/, JSON.stringify(out));
  }
  assert.equal(terminalSafe('a "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\" b'), 'a "link" b');
  assert.equal(terminalSafe("tab\tand\nline"), "tab and line");
  assert.equal(terminalSafe("unterminated \x1b]0;title"), "unterminated ");
});

Deno.test("segment CLI: headers, cells and the file name with control codes print without them (run and error)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-ctl-" });
  try {
    // One row per customer; feature names and an id carry escape sequences and overrides.
    const spend = `spend${HOSTILE[0]}`, visits = `visits${HOSTILE[1]}${HOSTILE[5]}`;
    const rows = [`id,"${spend}","${visits}",age${HOSTILE[3]}`];
    // (The loader takes more than 1% control bytes for a binary file: a few hostile cells among many rows.)
    for (let i = 0; i < 300; i++) {
      rows.push(`c${i}${i < 2 ? HOSTILE[2] : ""},${(i * 37) % 100},${(i * 11) % 13},${20 + (i % 50)}`);
    }
    const file = join(dir, `customers${HOSTILE[4]}\x1b[31m.csv`);
    await Deno.writeTextFile(file, rows.join("\n") + "\n");
    // With progress on: its lines name the file.
    const r = await segment([file, "--out", join(dir, "out"), "--kind", "features"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /segment "/);
    assert.doesNotMatch(r.stdout, CONTROL, JSON.stringify(r.stdout.match(CONTROL)));
    assert.match(r.stderr, /reading "customers \.csv"/);
    assert.doesNotMatch(r.stderr, CONTROL, JSON.stringify(r.stderr.match(CONTROL)));

    // An error that quotes a cell and a header.
    const bad = join(dir, "bad.csv");
    const lines = [`customer,date,"amount${HOSTILE[0]}"`];
    for (let i = 0; i < 60; i++) lines.push(`C${i},2021-0${1 + (i % 9)}-1${i % 10},${10 + i}`);
    lines.push(`X,2021-02-03,x${HOSTILE[1]}`);
    await Deno.writeTextFile(bad, lines.join("\n") + "\n");
    const e = await segment([bad, "--out", join(dir, "out2"), "--no-progress", "--kind", "rfm"]);
    assert.equal(e.code, 1, e.stderr);
    assert.match(e.stderr, /amount/);
    assert.doesNotMatch(e.stderr, CONTROL, JSON.stringify(e.stderr));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
