/**
 * The CLI's reading options for dates and workbooks (--day-first, --month-first, --date-format,
 * --sheet) land in readTable's options, and an ambiguous-dates stop names them in the run's
 * language. Before them the CLI had no such flags and the message named a library option.
 */
import assert from "node:assert/strict";
import { helpText, parseCommandLine } from "../../cli/_options.ts";
import { optionsFromArgs } from "../../cli/_options_from_args.ts";
import { segment } from "./_segment.ts";

function readOptions(argv: string[]): unknown {
  return (optionsFromArgs(parseCommandLine(argv).values) as { read: unknown }).read;
}

Deno.test("optionsFromArgs() puts --day-first, --month-first, --date-format and --sheet in the read options", () => {
  assert.deepEqual(readOptions(["f.csv", "--day-first"]), { dayFirst: true });
  assert.deepEqual(readOptions(["f.csv", "--month-first"]), { dayFirst: false });
  assert.deepEqual(readOptions(["--date-format", "%d/%m/%y %I:%M %p"]), { dateFormat: "%d/%m/%y %I:%M %p" });
  assert.deepEqual(readOptions(["--sheet", "Ventas 2021"]), { sheet: "Ventas 2021" });
  assert.deepEqual(readOptions(["--sheet=2"]), { sheet: 2 });
  assert.deepEqual(readOptions(["--sheet", "0"]), { sheet: "0" });
  assert.throws(
    () => readOptions(["--day-first", "--month-first"]),
    /^TypeError: Cannot read the command line: --day-first and --month-first were both given; give one$/,
  );
  const help = helpText();
  for (const flag of ["--day-first", "--month-first", "--date-format FORMAT", "--sheet NAME|N"]) {
    assert.ok(help.includes(flag), flag);
  }
});

Deno.test("deno task segment stops on ambiguous dates in the run's language, naming the CLI flags, and runs with --day-first", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-dates-" });
  const rows = ["Cliente;Fecha;Monto"];
  for (let i = 0; i < 60; i++) {
    const day = String(1 + (i % 12)).padStart(2, "0"), month = String(1 + ((i * 7) % 12)).padStart(2, "0");
    rows.push(`C${i % 20};${day}/${month}/2021;${(10 + i * 1.25).toFixed(2).replace(".", ",")}`);
  }
  const file = `${dir}/ventas.csv`;
  await Deno.writeTextFile(file, rows.join("\n") + "\n");
  const stopped = await segment([file, "--lang", "es", "--out", `${dir}/out`, "--no-progress"]);
  assert.equal(stopped.code, 1, stopped.stderr);
  assert.match(stopped.stderr, /No se puede leer "ventas\.csv": las fechas de la columna "Fecha"/);
  assert.match(stopped.stderr, /vuelva a ejecutar con --day-first o --month-first/);
  assert.doesNotMatch(stopped.stderr, /dayFirst/);
  const ran = await segment([
    file,
    "--day-first",
    "--out",
    `${dir}/out`,
    "--no-progress",
    "--no-value",
    "--k",
    "2",
  ]);
  assert.equal(ran.code, 0, ran.stderr);
  await Deno.remove(dir, { recursive: true });
});
