import fc from "fast-check";
import assert from "node:assert/strict";
import { toAssignmentsCsv } from "../../lib/report/to_assignments_csv.ts";
import { HOSTILE, hostileString, parseCsv } from "./_hostile.ts";

Deno.test("toAssignmentsCsv() quotes as RFC 4180 and ends records with CRLF", () => {
  const csv = toAssignmentsCsv(["id", "note"], [["a,b", 'he said "x"'], ["line\nbreak", null]]);
  assert.equal(csv, 'id,note\r\n"a,b","he said ""x"""\r\n"line\nbreak",\r\n');
  assert.equal(toAssignmentsCsv(["a"], []), "a\r\n");
});

Deno.test("toAssignmentsCsv() neutralises text that a spreadsheet would run as a formula", () => {
  const csv = toAssignmentsCsv(["=cmd", "v"], [
    ['=HYPERLINK("http://x")', "+cmd"],
    ["-2+3", "@SUM(A1)"],
    ["\t=1", "\r=1"],
  ]);
  assert.deepEqual(parseCsv(csv), [
    ["'=cmd", "v"],
    ['\'=HYPERLINK("http://x")', "'+cmd"],
    ["'-2+3", "'@SUM(A1)"],
    ["'\t=1", "'\r=1"],
  ]);
});

Deno.test("toAssignmentsCsv() writes numbers as numbers (negative too) and non-finite numbers as empty", () => {
  assert.equal(
    toAssignmentsCsv(["x", "y", "z", "w"], [[-3.5, 0, NaN, -Infinity]]),
    "x,y,z,w\r\n-3.5,0,,\r\n",
  );
  assert.equal(
    toAssignmentsCsv(["x"], [["-3.5"]]),
    "x\r\n'-3.5\r\n",
    "text that looks like a number is still text",
  );
});

Deno.test("toAssignmentsCsv() honours the delimiter and rejects ragged rows", () => {
  assert.equal(toAssignmentsCsv(["a", "b"], [["x;y", 1.5]], { delimiter: ";" }), 'a;b\r\n"x;y";1.5\r\n');
  assert.equal(toAssignmentsCsv(["a", "b"], [["x\ty", 2]], { delimiter: "\t" }), 'a\tb\r\n"x\ty"\t2\r\n');
  assert.throws(
    () => toAssignmentsCsv(["a", "b"], [["x"]]),
    /^TypeError: Cannot write CSV row 1: it has 1 cells but there are 2 columns/,
  );
});

Deno.test("toAssignmentsCsv() round-trips hostile text and no text cell starts with = + - @ tab CR (property, fixed seed)", () => {
  const cell = fc.oneof(
    hostileString,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
  );
  fc.assert(
    fc.property(
      fc.array(hostileString, { minLength: 1, maxLength: 4 }).chain((columns) =>
        fc.tuple(
          fc.constant(columns),
          fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), {
            maxLength: 5,
          }),
        )
      ),
      fc.constantFrom(",", ";", "\t") as fc.Arbitrary<"," | ";" | "\t">,
      ([columns, rows], delimiter) => {
        const parsed = parseCsv(toAssignmentsCsv(columns, rows, { delimiter }), delimiter);
        const expected = [columns, ...rows];
        assert.equal(parsed.length, expected.length);
        parsed.forEach((line, i) =>
          line.forEach((got, j) => {
            const want = expected[i]![j];
            if (typeof want === "number") return assert.equal(Number(got), want === 0 ? 0 : want);
            if (want === null) return assert.equal(got, "");
            assert.doesNotMatch(got, /^[=+\-@\t\r]/);
            assert.equal(got, /^[=+\-@\t\r]/.test(want) ? "'" + want : want);
          })
        );
      },
    ),
    { seed: 42, numRuns: 400 },
  );
  for (const s of HOSTILE) {
    assert.doesNotMatch(parseCsv(toAssignmentsCsv(["c"], [[s]]))[1]![0]!, /^[=+\-@\t\r]/);
  }
});
