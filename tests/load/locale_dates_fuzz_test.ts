/**
 * Property (fast-check, fixed seed, 300 files): files written with random date conventions
 * (order, separator, two- or four-digit years, 24-hour or AM/PM times, ISO times with offsets or
 * `Z`, month names in English, Spanish and Indonesian, one or two date columns, delimiter,
 * Excel's `sep=` line, line ends) read back to exactly the instants written, in UTC; or the load
 * stops with the "dates-ambiguous" error naming a column whose values really fit both orders,
 * with the library option in its message and the CLI flag in the CLI's words. Never a wrong date.
 *
 * The generator is this file's own. One assumption: the date columns of one file share one
 * day/month order (one program wrote them), which is what makes another column evidence.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import pl from "nodejs-polars";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { id } from "date-fns/locale/id";
import { readTable } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";
import { inputErrorText } from "../../lib/text/mod.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const FIRST = Date.UTC(1990, 0, 1), LAST = Date.UTC(2025, 11, 31);

type Family = "iso" | "ymd" | "slash" | "dot" | "dash" | "named" | "named-mdy";
type Clock = "none" | "hm" | "hms" | "ampm";

/** How one date column is written. */
interface Style {
  readonly family: Family;
  readonly padded: boolean;
  readonly twoDigitYear: boolean;
  readonly clock: Clock;
  /** Offset from UTC in minutes, `"Z"`, or none (ISO only). */
  readonly zone: number | "Z" | null;
  readonly language: "en" | "es" | "id";
  readonly monthWidth: "wide" | "abbreviated" | "variant";
  readonly namedSep: "-" | " " | "/" | " de ";
}

/** A file: its conventions and its rows. */
interface Spec {
  readonly delimiter: "," | ";" | "\t" | "|";
  readonly crlf: boolean;
  readonly sepLine: boolean;
  readonly dayFirst: boolean;
  readonly styles: readonly Style[];
  /** Per row: per date column, the wall-clock time written (ms, as if UTC). */
  readonly rows: readonly (readonly number[])[];
}

const LOCALE = { en: enUS, es, id };
/** Spellings people write that the locales' abbreviations do not have. */
const VARIANTS: Record<string, Record<number, string>> = {
  en: { 8: "Sept" },
  es: { 8: "sept", 0: "Ene" },
  id: { 7: "Agu", 4: "Mei", 9: "Okt", 11: "Des" },
};

function monthName(style: Style, month: number): string {
  if (style.monthWidth === "variant" && VARIANTS[style.language]![month] !== undefined) {
    return VARIANTS[style.language]![month]!;
  }
  const width = style.monthWidth === "wide" ? "wide" : "abbreviated";
  return String(LOCALE[style.language].localize.month(month as 0, { width }));
}

const pad = (n: number, padded = true) => (padded ? String(n).padStart(2, "0") : String(n));

/** A date as the style writes it; `ms` is the wall-clock time (UTC fields). */
function write(ms: number, style: Style, dayFirst: boolean): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  const h = d.getUTCHours(), min = d.getUTCMinutes(), s = d.getUTCSeconds();
  const year = style.twoDigitYear ? pad(y % 100) : String(y);
  const p = style.padded;
  const clock = style.clock === "none"
    ? ""
    : style.clock === "hm"
    ? ` ${pad(h, p)}:${pad(min)}`
    : style.clock === "hms"
    ? ` ${pad(h, p)}:${pad(min)}:${pad(s)}`
    : ` ${((h + 11) % 12) + 1}:${pad(min)} ${h < 12 ? "AM" : "PM"}`;
  const dm = (sep: string) =>
    dayFirst
      ? `${pad(day, p)}${sep}${pad(m + 1, p)}${sep}${year}`
      : `${pad(m + 1, p)}${sep}${pad(day, p)}${sep}${year}`;
  switch (style.family) {
    case "iso": {
      const zone = style.zone === null
        ? ""
        : style.zone === "Z"
        ? "Z"
        : `${style.zone < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(style.zone) / 60))}:${
          pad(Math.abs(style.zone) % 60)
        }`;
      const t = style.clock === "none" && zone === "" ? "" : `T${pad(h)}:${pad(min)}:${pad(s)}`;
      return `${y}-${pad(m + 1)}-${pad(day)}${t}${zone}`;
    }
    case "ymd":
      return `${y}/${pad(m + 1, p)}/${pad(day, p)}${clock}`;
    case "slash":
      return dm("/") + clock;
    case "dot":
      return dm(".") + clock;
    case "dash":
      return dm("-") + clock;
    case "named":
      return `${pad(day, p)}${style.namedSep}${monthName(style, m)}${style.namedSep}${year}${clock}`;
    case "named-mdy":
      return `${monthName({ ...style, language: "en" }, m)} ${day}, ${y}${clock}`;
  }
}

/** The UTC instant a written wall-clock time stands for. */
function instant(ms: number, style: Style): number {
  return style.family === "iso" && typeof style.zone === "number" ? ms - style.zone * 60_000 : ms;
}

const ORDERED = new Set<Family>(["slash", "dot", "dash"]);

const style: fc.Arbitrary<Style> = fc.record({
  family: fc.constantFrom<Family>("iso", "ymd", "slash", "slash", "dot", "dash", "named", "named-mdy"),
  padded: fc.boolean(),
  twoDigitYear: fc.boolean(),
  clock: fc.constantFrom<Clock>("none", "hm", "hms", "ampm"),
  zone: fc.oneof(
    fc.constant(null),
    fc.constant("Z" as const),
    fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
  ),
  language: fc.constantFrom("en" as const, "es" as const, "id" as const),
  monthWidth: fc.constantFrom("wide" as const, "abbreviated" as const, "variant" as const),
  namedSep: fc.constantFrom("-" as const, " " as const, "/" as const, " de " as const),
}).map((s) => ({
  ...s,
  // What the families allow: four-digit years for ISO and YYYY/MM/DD and "Mar 4, 2021", "de" with Spanish.
  twoDigitYear: s.twoDigitYear && !["iso", "ymd", "named-mdy"].includes(s.family),
  clock: s.family === "iso" ? (s.clock === "none" ? "none" : "hms") : s.clock,
  zone: s.family === "iso" ? s.zone : null,
  namedSep: s.namedSep === " de " && s.language !== "es" ? " " : s.namedSep,
}));

/** A wall-clock time in range, to the second for clocks with seconds, else to the minute or the day. */
function moment(smallDays: boolean): fc.Arbitrary<number> {
  return fc.tuple(
    fc.integer({ min: FIRST / 86_400_000, max: LAST / 86_400_000 }),
    fc.integer({ min: 0, max: 86_399 }),
    fc.integer({ min: 1, max: 12 }),
  ).map(([day, second, small]) => {
    let ms = day * 86_400_000;
    if (smallDays) {
      const d = new Date(ms);
      ms = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), small);
    }
    return ms + second * 1000;
  });
}

const spec: fc.Arbitrary<Spec> = fc.record({
  delimiter: fc.constantFrom("," as const, ";" as const, "\t" as const, "|" as const),
  crlf: fc.boolean(),
  sepLine: fc.boolean(),
  dayFirst: fc.boolean(),
  styles: fc.array(style, { minLength: 1, maxLength: 2 }),
  smallDays: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  n: fc.integer({ min: 3, max: 25 }),
}).chain((s) =>
  fc.array(fc.tuple(...s.styles.map((_, k) => moment(s.smallDays[k]!))), { minLength: s.n, maxLength: s.n })
    .map((rows) => ({ ...s, rows: rows.map((r) => r.map((ms, k) => truncate(ms, s.styles[k]!))) }))
);

/** Drop what the style does not write: seconds, or the whole time of day. */
function truncate(ms: number, style: Style): number {
  const keepSeconds = style.clock === "hms" ||
    (style.family === "iso" && (style.clock !== "none" || style.zone !== null));
  if (style.family !== "iso" && style.clock === "none") return ms - (ms % 86_400_000);
  if (style.family === "iso" && style.clock === "none" && style.zone === null) return ms - (ms % 86_400_000);
  return keepSeconds ? ms : ms - (ms % 60_000);
}

const NAMES = ["Fecha", "Alta"];

function csv(s: Spec): string {
  const q = (v: string) => (v.includes(s.delimiter) || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v);
  const header = ["Cliente", ...NAMES.slice(0, s.styles.length), "Unidades"];
  const lines = [header.join(s.delimiter)];
  s.rows.forEach((r, i) => {
    const dates = r.map((ms, k) => q(write(ms, s.styles[k]!, s.dayFirst)));
    lines.push([`C${i % 5}`, ...dates, String(i + 1)].join(s.delimiter));
  });
  const eol = s.crlf ? "\r\n" : "\n";
  return (s.sepLine ? `sep=${s.delimiter}${eol}` : "") + lines.join(eol) + eol;
}

/** Whether the written values of column `k` fit both orders and differ between them, and no other column decides. */
function reallyAmbiguous(s: Spec, k: number): boolean {
  const st = s.styles[k]!;
  if (!ORDERED.has(st.family)) return false;
  const parts = (ms: number) => [new Date(ms).getUTCDate(), new Date(ms).getUTCMonth() + 1];
  const fits = (col: number) => s.rows.every((r) => parts(r[col]!).every((x) => x <= 12));
  if (!fits(k)) return false;
  if (s.rows.every((r) => parts(r[k]!)[0] === parts(r[k]!)[1])) return false;
  return !s.styles.some((o, j) => j !== k && o.family === st.family && !fits(j));
}

const dir = Deno.makeTempDirSync({ prefix: "segmenta-dates-fuzz-" });

async function readBack(s: Spec, options = {}) {
  const path = `${dir}/f.csv`;
  await Deno.writeTextFile(path, csv(s));
  return await readTable(path, { now: NOW, ...options });
}

function assertExact(t: { table: pl.DataFrame }, s: Spec): void {
  s.styles.forEach((st, k) => {
    const got = t.table.getColumn(NAMES[k]!).cast(pl.Float64).toArray() as number[];
    const want = s.rows.map((r) => instant(r[k]!, st));
    assert.deepEqual(got, want, `${NAMES[k]} written as ${write(s.rows[0]![k]!, st, s.dayFirst)}`);
  });
}

Deno.test("readTable() reads random date conventions back exactly, or stops naming the ambiguous column and the flag", async () => {
  let read = 0, stopped = 0;
  await fc.assert(
    fc.asyncProperty(spec, async (s) => {
      let t;
      try {
        t = await readBack(s);
      } catch (e) {
        assert.ok(e instanceof InputError, `not an InputError: ${e}\n${csv(s)}`);
        assert.equal(e.fact?.code, "dates-ambiguous", `${e.message}\n${csv(s)}`);
        const k = NAMES.indexOf(String(e.fact?.column));
        assert.ok(k >= 0 && reallyAmbiguous(s, k), `not ambiguous: ${e.message}\n${csv(s)}`);
        assert.ok(e.message.includes(`column "${NAMES[k]}"`) && e.message.includes("dayFirst: true"));
        assert.match(inputErrorText(e, "en", "cli"), /--day-first or --month-first/);
        stopped++;
        // The flag the message gives reads them exactly.
        assertExact(await readBack(s, { dayFirst: s.dayFirst }), s);
        return;
      }
      read++;
      assertExact(t, s);
    }),
    { seed: 20261207, numRuns: 300 },
  );
  // Both outcomes are exercised.
  assert.ok(read > 100 && stopped > 10, `read ${read}, stopped ${stopped}`);
  await Deno.remove(dir, { recursive: true });
});
