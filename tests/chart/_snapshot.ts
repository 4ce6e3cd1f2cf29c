/**
 * Snapshot testing of chart and report markup against `tests/snapshots/<name>.html`. Numbers are
 * rounded to 3 decimals before comparing (as Observable Plot's `test/plot-snapshot.js` does), so
 * float noise in the last digits does not break a snapshot. `UPDATE_SNAPSHOTS=1` rewrites them on
 * purpose; a missing snapshot is written and reported, never silently passed twice.
 */
import assert from "node:assert/strict";

const SNAPSHOTS = new URL("../snapshots/", import.meta.url);
/** First line of every snapshot, so `deno fmt` on the tree leaves the markup byte for byte. */
const HEADER = "<!-- deno-fmt-ignore-file -->\n";

/** Round every decimal number in the text to 3 decimals. */
export function roundNumbers(text: string): string {
  return text.replace(/\d+\.\d+(e[+-]?\d+)?/g, (d) => String(+(+d).toFixed(3)));
}

/** Compare markup with its snapshot file (after rounding numbers), writing it where asked or missing. */
export async function assertSnapshot(name: string, html: string): Promise<void> {
  const url = new URL(`${name}.html`, SNAPSHOTS);
  const actual = HEADER + roundNumbers(html) + "\n";
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.writeTextFile(url, actual);
    return;
  }
  let expected: string;
  try {
    expected = await Deno.readTextFile(url);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
    await Deno.writeTextFile(url, actual);
    console.warn(
      `NOTICE: snapshot tests/snapshots/${name}.html did not exist and was written; review and commit it`,
    );
    return;
  }
  assert.equal(
    actual,
    roundNumbers(expected.replace(/\n$/, "")) + "\n",
    `snapshot ${name} differs; rerun with UPDATE_SNAPSHOTS=1 if the change is intended`,
  );
}
