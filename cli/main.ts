/**
 * `deno task segment` runs this (through cli/segment.ts, which grants the narrowest
 * permissions): analyse one file, write `<out>/<name>.html` and `<out>/<name>-segments.csv`.
 *
 * Exit codes: 0 done, 1 the input cannot be used (the message says why and what to do),
 * 2 wrong command line, 70 an internal error (a bug: please report it with the message).
 *
 * @module
 */
import "./_env_shim.ts";
import { basename, join } from "node:path";
import { helpText, parseArgs } from "./_args.ts";
import {
  analyzeFile,
  type AnalyzeFileOptions,
  assignmentsCsv,
  checkMemory,
  InputError,
  kindText,
  type Lang,
  ledgerText,
  parseLang,
  progressBar,
  reportHtml,
  type Role,
} from "../lib/mod.ts";

const ROLE_FLAGS: Record<string, Role> = {
  "--customer": "customer",
  "--invoice": "invoice",
  "--date": "date",
  "--amount": "amount",
  "--quantity": "quantity",
  "--price": "price",
  "--country": "country",
};

function envFlag(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/** Turn the command line into analysis options. */
export function optionsFromArgs(
  flags: Readonly<Record<string, string>>,
  booleans: ReadonlySet<string>,
): AnalyzeFileOptions & { lang: Lang } {
  const int = (name: string, min: number): number | undefined => {
    const v = flags[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      throw new TypeError(
        `Cannot read the command line: ${name} must be a whole number >= ${min}, got "${v}"`,
      );
    }
    return n;
  };
  const lang = parseLang(flags["--lang"] ?? "en");
  const kind = flags["--kind"] ?? "auto";
  if (kind !== "auto" && kind !== "rfm" && kind !== "features") {
    throw new TypeError(`Cannot read the command line: --kind must be "rfm" or "features", got "${kind}"`);
  }
  const roles: Partial<Record<Role, string>> = {};
  for (const [flag, role] of Object.entries(ROLE_FLAGS)) {
    if (flags[flag] !== undefined) roles[role] = flags[flag]!;
  }
  const badValues = flags["--bad-values"];
  if (badValues !== undefined && badValues !== "error" && badValues !== "drop") {
    throw new TypeError(
      `Cannot read the command line: --bad-values must be "error" or "drop", got "${badValues}"`,
    );
  }
  const impute = flags["--impute"];
  if (impute !== undefined && impute !== "median" && impute !== "knn" && impute !== "drop") {
    throw new TypeError(
      `Cannot read the command line: --impute must be "median", "knn" or "drop", got "${impute}"`,
    );
  }
  const decimal = flags["--decimal"];
  if (decimal !== undefined && decimal !== "." && decimal !== ",") {
    throw new TypeError(`Cannot read the command line: --decimal must be "." or ",", got "${decimal}"`);
  }
  const encoding = flags["--encoding"];
  if (encoding !== undefined && encoding !== "utf-8" && encoding !== "latin-1") {
    throw new TypeError(
      `Cannot read the command line: --encoding must be "utf-8" or "latin-1", got "${encoding}"`,
    );
  }
  let snapshot: Date | undefined;
  if (flags["--snapshot"] !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(flags["--snapshot"]);
    if (!m) {
      throw new TypeError(
        `Cannot read the command line: --snapshot must be a date YYYY-MM-DD, got "${flags["--snapshot"]}"`,
      );
    }
    snapshot = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  }
  const num = (name: string): number | undefined => {
    const v = flags[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) {
      throw new TypeError(`Cannot read the command line: ${name} must be a number >= 0, got "${v}"`);
    }
    return n;
  };
  const delayUnit = flags["--delay-unit"];
  if (delayUnit !== undefined && delayUnit !== "months" && delayUnit !== "days" && delayUnit !== "none") {
    throw new TypeError(
      `Cannot read the command line: --delay-unit must be "months", "days" or "none", got "${delayUnit}"`,
    );
  }
  const delay = num("--delay-threshold"), credits = num("--credits-threshold");
  const k = int("--k", 2), kMax = int("--k-max", 2), seed = int("--seed", 0), nBoot = int("--boot", 2);
  const list = (v: string | undefined) => v?.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  const features = list(flags["--features"]), categorical = list(flags["--categorical"]);
  return {
    kind,
    lang,
    roles,
    read: {
      ...(badValues ? { badValues } : {}),
      ...(flags["--delimiter"] !== undefined
        ? { delimiter: flags["--delimiter"] === "\\t" ? "\t" : flags["--delimiter"] }
        : {}),
      ...(decimal ? { decimal } : {}),
      ...(encoding ? { encoding } : {}),
    },
    rfm: { ...(snapshot ? { snapshot } : {}) },
    features: {
      ...(features ? { features } : {}),
      ...(categorical ? { categorical } : {}),
      ...(impute ? { impute } : {}),
      ...(flags["--id"] !== undefined ? { idColumn: flags["--id"] } : {}),
      ...(booleans.has("--no-dbscan") ? { dbscan: false } : {}),
      ...(delay !== undefined || credits !== undefined || delayUnit !== undefined
        ? {
          risk: {
            ...(delay !== undefined ? { delay } : {}),
            ...(credits !== undefined ? { credits } : {}),
            ...(delayUnit !== undefined ? { delayUnit } : {}),
          },
        }
        : {}),
    },
    ...(k !== undefined ? { k } : {}),
    ...(kMax !== undefined ? { kMax } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(nBoot !== undefined ? { nBoot } : {}),
  };
}

/** Write `text` to `path` through a temporary file in the same folder, so no half-written file is left. */
function writeAtomically(path: string, text: string, temps: string[]): void {
  const tmp = `${path}.${Deno.pid}.tmp`;
  temps.push(tmp);
  Deno.writeTextFileSync(tmp, text);
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (parsed.booleans.has("--help")) {
    console.log(helpText());
    return 0;
  }
  if (parsed.file === undefined) {
    console.error("Cannot run: no input file given; run `deno task segment FILE` (see --help)");
    return 2;
  }
  let options;
  try {
    options = optionsFromArgs(parsed.flags, parsed.booleans);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const file = parsed.file;
  const out = parsed.flags["--out"] ?? "reports";
  const name = basename(file).replace(/\.[^.]+$/, "") || "segments";
  const quiet = parsed.booleans.has("--no-progress") || envFlag("SEGMENTA_PROGRESS") === "0";
  const tty = Deno.stderr.isTerminal();
  const raw = (s: string) => Deno.stderr.writeSync(new TextEncoder().encode(s));
  const write = tty ? raw : (line: string) => raw(line + "\n");
  const onProgress = quiet ? undefined : progressBar(write, { tty });
  try {
    Deno.mkdirSync(out, { recursive: true });
  } catch (e) {
    console.error(
      `Cannot write to the output folder "${out}": ${(e as Error).message}; choose another --out`,
    );
    return 1;
  }
  // Will the whole run fit in memory? Said before any work (the loader's own check is for reading only).
  try {
    const check = checkMemory(Deno.statSync(file).size, Deno.systemMemoryInfo().available, {
      file: basename(file),
    });
    if (!check.fits) {
      console.error(check.message);
      return 1;
    }
  } catch {
    // No size (missing file: the loader says so) or no memory figure: go on.
  }
  const t0 = performance.now();
  const temps: string[] = [];
  try {
    const { decision, analysis } = await analyzeFile(file, {
      ...options,
      ...(onProgress ? { onProgress } : {}),
    });
    const s = analysis.segmentation;
    const kindReason = kindText(decision, options.lang);
    const html = reportHtml(analysis, { kindReason });
    const csv = assignmentsCsv(analysis);
    const htmlPath = join(out, `${name}.html`), csvPath = join(out, `${name}-segments.csv`);
    writeAtomically(htmlPath, html, temps);
    writeAtomically(csvPath, csv, temps);
    Deno.renameSync(temps[0]!, htmlPath);
    Deno.renameSync(temps[1]!, csvPath);
    temps.length = 0;
    const removed = analysis.ledger.filter((e) => e.rows > 0);
    const lines = [
      `segmenta: ${file}`,
      `  kind: ${decision.kind} (${kindReason})`,
      `  rows: ${analysis.loaded.rowsRead} read, ${analysis.cleaned.rowsOut} kept; ${s.clustering.labels.length} customers segmented`,
      ...removed.map((e) =>
        `  ledger: ${e.action} ${e.rows}${e.column ? ` in "${e.column}"` : ""}: ${
          ledgerText(e, options.lang)
        }`
      ),
      `  ${s.kReason}`,
      `  verdict: ${s.verdict.headline}`,
      ...s.profiles.map((p) => `  segment "${p.name}": ${p.size} customers (${(100 * p.share).toFixed(1)}%)`),
      ...analysis.warnings.map((w) => `  warning: ${w}`),
      `wrote ${htmlPath}`,
      `wrote ${csvPath}`,
      `done in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    ];
    console.log(lines.join("\n"));
    return 0;
  } catch (e) {
    for (const t of temps) {
      try {
        Deno.removeSync(t);
      } catch { /* not written */ }
    }
    if (e instanceof InputError || e instanceof RangeError || e instanceof TypeError) {
      if (isOutOfMemory(e)) {
        console.error(
          `Cannot analyse "${file}": it does not fit in memory (${
            (e as Error).message
          }); split the file by period, or aggregate to one row per customer first`,
        );
        return 1;
      }
      console.error(e.message);
      return 1;
    }
    if (
      e instanceof Deno.errors.NotADirectory || e instanceof Deno.errors.IsADirectory ||
      e instanceof Deno.errors.AlreadyExists || (e instanceof Error && e.name === "StorageFull")
    ) {
      console.error(`Cannot write the report to "${out}": ${(e as Error).message}; choose another --out`);
      return 1;
    }
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      console.error(
        `Cannot run: ${
          (e as Error).message
        }; run through \`deno task segment\`, which grants the permissions the analysis needs`,
      );
      return 70;
    }
    console.error(
      `segmenta hit an internal error (a bug; please report it with this message):\n${
        (e as Error)?.stack ?? e
      }`,
    );
    return 70;
  }
}

function isOutOfMemory(e: unknown): boolean {
  const m = (e as Error)?.message ?? "";
  return /Array buffer allocation failed|Invalid typed array length|Invalid array length|out of memory/i.test(
    m,
  );
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
