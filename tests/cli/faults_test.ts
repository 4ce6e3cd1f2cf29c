/**
 * Faults of the write phase, as real processes through the launcher (`deno task segment`): a disk
 * that is full or too small (tmpfs), a read-only folder (bind mount), the output folder removed
 * mid-run, signals at several points of the write phase (the test hook `SEGMENTA_TEST_PAUSE`
 * pauses there: cli/_write.ts), the launcher killed. After each, the output folder holds complete
 * files (byte-equal to an uninterrupted run's) or none, and no temporary file.
 *
 * Mounting needs root: where `mount` is not permitted, the tmpfs and bind-mount tests are
 * skipped with a notice.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { LAUNCHER, ROOT, segment } from "./_segment.ts";

const dec = new TextDecoder();

/** Invoice lines for `n` customers with repeat purchases (a valid, small RFM file). */
function invoices(n: number): string {
  const rows = ["customer,invoice,date,amount"];
  for (let c = 0; c < n; c++) {
    for (let j = 0; j <= c % 4; j++) {
      rows.push(
        `C${c},I${c}-${j},2021-${String(1 + ((c + j * 3) % 12)).padStart(2, "0")}-1${j},${
          10 + ((c * 7 + j * 13) % 90)
        }`,
      );
    }
  }
  return rows.join("\n") + "\n";
}

const NAMES = ["sales.html", "sales-segments.csv", "sales-model.json"];

function run(cmd: string, args: string[]): boolean {
  try {
    return new Deno.Command(cmd, { args, stdout: "null", stderr: "null" }).outputSync().success;
  } catch {
    return false;
  }
}

/** Whether this machine lets the tests mount (root, and mount permitted in this container). */
const CAN_MOUNT = (() => {
  const dir = Deno.makeTempDirSync({ prefix: "segmenta-mount-probe-" });
  const ok = run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]);
  if (ok) run("umount", [dir]);
  Deno.removeSync(dir);
  if (!ok) {
    console.warn(
      "%cSKIPPED: mount is not permitted here (needs root): the disk-full and read-only tests of faults_test.ts do not run",
      "color: yellow",
    );
  }
  return ok;
})();

const HAS_MKFIFO = run("mkfifo", ["--version"]);

let referenceRun: Promise<Map<string, Uint8Array>> | undefined;

/** The files of an uninterrupted run on `sales.csv` (made once: runs are deterministic). */
function referenceFiles(): Promise<Map<string, Uint8Array>> {
  referenceRun ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "segmenta-faults-ref-" });
    try {
      const input = join(dir, "sales.csv");
      await Deno.writeTextFile(input, invoices(60));
      const r = await segment([input, "--out", dir, "--no-progress"]);
      assert.equal(r.code, 0, r.stderr);
      return new Map(NAMES.map((n) => [n, Deno.readFileSync(join(dir, n))]));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  })();
  return referenceRun;
}

/** A temporary folder with the input `sales.csv`, and the files of an uninterrupted run on it. */
async function setUp(): Promise<{ dir: string; input: string; reference: Map<string, Uint8Array> }> {
  const reference = await referenceFiles();
  const dir = await Deno.makeTempDir({ prefix: "segmenta-faults-" });
  const input = join(dir, "sales.csv");
  await Deno.writeTextFile(input, invoices(60));
  return { dir, input, reference };
}

/** The files in `out`: none, or exactly the complete set equal to the reference run's; never a temporary file. */
function assertCompleteOrNone(
  out: string,
  reference: Map<string, Uint8Array>,
  expect?: "none" | "new",
): void {
  const names = existsSync(out) ? [...Deno.readDirSync(out)].map((e) => e.name).sort() : [];
  assert.ok(!names.some((n) => n.endsWith(".tmp")), `temporary files left: ${names.join(", ")}`);
  if (expect === "none" || (expect === undefined && names.length === 0)) {
    assert.deepEqual(names, [], `expected no output, found ${names.join(", ")}`);
    return;
  }
  assert.deepEqual(names, [...NAMES].sort());
  for (const n of NAMES) {
    assert.deepEqual(Deno.readFileSync(join(out, n)), reference.get(n), `${n} differs from a complete run's`);
  }
}

/** Whether process `pid` still runs (a zombie waiting to be reaped counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

/**
 * Start the launcher (or `deno task segment`) with the write phase paused at `point`, and wait
 * until it is there. Returns the process, the analysis process's pid (from its temporary file's
 * name) and a function that reads the rest of stderr.
 */
async function startPaused(
  args: string[],
  point: string,
  options: { task?: boolean; ms?: number } = {},
) {
  const launcherArgs = options.task
    ? ["task", "--quiet", "segment", ...args]
    : ["run", "--quiet", "--allow-run", "--allow-read", LAUNCHER, ...args];
  const proc = new Deno.Command(Deno.execPath(), {
    args: launcherArgs,
    cwd: ROOT,
    env: { NO_COLOR: "1", SEGMENTA_TEST_PAUSE: `${point}:${options.ms ?? 30_000}` },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = proc.stderr.getReader();
  let stderr = "";
  while (!stderr.includes(`segmenta test pause: ${point}`)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the run ended before the pause at ${point}:\n${stderr}`);
    stderr += dec.decode(value);
  }
  const rest = async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return stderr;
      stderr += dec.decode(value);
    }
  };
  return { proc, rest };
}

/** The pid of the analysis process, from the temporary files it is writing in `out`. */
function writerPid(out: string): number {
  const tmp = [...Deno.readDirSync(out)].map((e) => /\.(\d+)\.tmp$/.exec(e.name)?.[1]).find((p) => p);
  assert.ok(tmp, `no temporary file in ${out}`);
  return Number(tmp);
}

const OLD = new TextEncoder().encode("an earlier run's file\n");

/** Put an earlier run's files in `out`, to see whether a stopped run leaves them as they were. */
function earlierRun(out: string): void {
  Deno.mkdirSync(out, { recursive: true });
  for (const n of NAMES) Deno.writeFileSync(join(out, n), OLD);
}

function assertEarlierKept(out: string): void {
  const names = [...Deno.readDirSync(out)].map((e) => e.name).sort();
  assert.deepEqual(names, [...NAMES].sort(), `expected the earlier files only, found ${names.join(", ")}`);
  for (const n of NAMES) assert.deepEqual(Deno.readFileSync(join(out, n)), OLD, `${n} was changed`);
}

for (
  const [point, signal, outcome] of [
    ["temp-1", "SIGINT", "kept"],
    ["temp-1", "SIGTERM", "kept"],
    ["temps", "SIGTERM", "kept"],
    ["rename-1", "SIGINT", "new"],
    ["rename-1", "SIGTERM", "new"],
  ] as const
) {
  Deno.test(
    `segment CLI: ${signal} to the launcher at ${point} of the write phase stops the analysis too, and leaves the ${
      outcome === "kept" ? "earlier files as they were" : "complete new files"
    }, no temporary file`,
    async () => {
      const { dir, input, reference } = await setUp();
      try {
        const out = join(dir, "out");
        earlierRun(out);
        const { proc, rest } = await startPaused([input, "--out", out, "--no-progress"], point);
        const pid = writerPid(out);
        assert.ok(alive(pid));
        proc.kill(signal);
        const status = await proc.status;
        const stderr = await rest();
        assert.equal(status.code, signal === "SIGINT" ? 130 : 143, stderr);
        assert.ok(!alive(pid), `the analysis process ${pid} still runs after the launcher stopped`);
        if (outcome === "kept") {
          assertEarlierKept(out);
          assert.match(
            stderr,
            new RegExp(`Stopped by ${signal} while writing the outputs: the unfinished files were removed`),
          );
        } else {
          assertCompleteOrNone(out, reference, "new");
          assert.match(
            stderr,
            new RegExp(`Stopped by ${signal} while putting the outputs in place: that was finished first`),
          );
        }
        await proc.stdout.cancel();
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    },
  );
}

Deno.test("segment CLI: SIGTERM to `deno task segment` reaches the analysis process, which writes nothing", async () => {
  const { dir, input, reference } = await setUp();
  try {
    const out = join(dir, "out");
    const { proc, rest } = await startPaused([input, "--out", out, "--no-progress"], "temp-1", {
      task: true,
    });
    const pid = writerPid(out);
    proc.kill("SIGTERM");
    await proc.status;
    const stderr = await rest();
    // deno task passes the signal to the launcher, the launcher to the analysis, which removes its files.
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(!alive(pid), `the analysis process ${pid} still runs after deno task was stopped\n${stderr}`);
    assertCompleteOrNone(out, reference, "none");
    await proc.stdout.cancel();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: the launcher killed outright (SIGKILL): the analysis writes nothing and ends", async () => {
  const { dir, input, reference } = await setUp();
  try {
    const out = join(dir, "out");
    const { proc, rest } = await startPaused([input, "--out", out, "--no-progress"], "temp-1", { ms: 1500 });
    const pid = writerPid(out);
    proc.kill("SIGKILL");
    await proc.status;
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(!alive(pid), `the analysis process ${pid} still runs after its launcher was killed`);
    assertCompleteOrNone(out, reference, "none");
    await rest().catch(() => "");
    await proc.stdout.cancel().catch(() => {});
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: the next run removes what a run killed outright (SIGKILL) left, and says so", async () => {
  const { dir, input, reference } = await setUp();
  try {
    const out = join(dir, "out");
    const { proc, rest } = await startPaused([input, "--out", out, "--no-progress"], "temps");
    const pid = writerPid(out);
    Deno.kill(pid, "SIGKILL");
    await proc.status;
    await rest();
    await proc.stdout.cancel();
    const left = [...Deno.readDirSync(out)].map((e) => e.name).sort();
    assert.deepEqual(left, NAMES.map((n) => `${n}.${pid}.tmp`).sort());
    // Another file with the same ending that is not one of this run's outputs is not touched.
    Deno.writeTextFileSync(join(out, "notes.txt.123.tmp"), "mine");
    const r = await segment([input, "--out", out, "--no-progress"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /^Removed 3 unfinished file\(s\) of an earlier run that was stopped while writing to ".*out": /,
    );
    Deno.removeSync(join(out, "notes.txt.123.tmp"));
    assertCompleteOrNone(out, reference, "new");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("segment CLI: the output folder removed during the write phase is exit 1 naming the folder and the cause", async () => {
  const { dir, input } = await setUp();
  try {
    const out = join(dir, "out");
    const { proc, rest } = await startPaused(
      [input, "--out", out, "--no-progress", "--lang", "es"],
      "temp-1",
      {
        ms: 1000,
      },
    );
    Deno.removeSync(out, { recursive: true });
    const status = await proc.status;
    const stderr = await rest();
    await proc.stdout.cancel();
    assert.equal(status.code, 1, stderr);
    assert.match(
      stderr,
      /No se puede escribir en la carpeta de salida ".*out": ya no existe \(ENOENT; ¿se borró durante la ejecución\?\)/,
    );
    assert.doesNotMatch(stderr, /internal error|^\s+at /m);
    assert.ok(!existsSync(out));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Mount a tmpfs of `size` on a new folder in `dir`; unmount with the returned function. */
function tmpfs(dir: string, name: string, size: string): { path: string; unmount: () => void } {
  const path = join(dir, name);
  Deno.mkdirSync(path);
  assert.ok(run("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", path]), `cannot mount ${path}`);
  return { path, unmount: () => run("umount", [path]) };
}

Deno.test({
  name:
    "segment CLI: a disk too small for the report (tmpfs) is exit 1 with ENOSPC and the folder, and no file",
  ignore: !CAN_MOUNT,
  fn: async () => {
    const { dir, input, reference } = await setUp();
    // Room for the probe, not for the report.
    const small = tmpfs(dir, "small", `${Math.ceil(reference.get("sales.html")!.length / 4096 / 2) * 4}k`);
    try {
      const r = await segment([input, "--out", small.path, "--no-progress"]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stderr,
        /^Cannot write to the output folder ".*small": the disk is full \(ENOSPC\); free some space on it or choose another --out\n$/,
      );
      assertCompleteOrNone(small.path, reference, "none");
    } finally {
      small.unmount();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "segment CLI: a full disk and a read-only folder are said before the analysis starts (no progress shown), exit 1",
  ignore: !CAN_MOUNT,
  fn: async () => {
    const { dir, input, reference } = await setUp();
    const full = tmpfs(dir, "full", "64k");
    const src = join(dir, "src"), ro = join(dir, "ro");
    Deno.mkdirSync(src);
    Deno.mkdirSync(ro);
    const bound = run("mount", ["--bind", "-o", "ro", src, ro]) ||
      (run("mount", ["--bind", src, ro]) && run("mount", ["-o", "remount,ro,bind", ro]));
    try {
      const filler = await Deno.open(join(full.path, "filler"), { write: true, create: true });
      try {
        await filler.write(new Uint8Array(1 << 20));
      } catch { /* full */ }
      filler.close();
      // Progress on (not a terminal: one line per step), so any analysis step would show on stderr.
      const f = await segment([input, "--out", full.path, "--lang", "id"]);
      assert.equal(f.code, 1, f.stderr);
      assert.equal(
        f.stderr,
        `Tidak dapat menulis ke folder keluaran "${full.path}": disk penuh (ENOSPC); kosongkan sebagian ruang di sana atau pilih folder lain dengan --out\n`,
      );
      assert.deepEqual([...Deno.readDirSync(full.path)].map((e) => e.name), ["filler"]);
      assert.ok(bound, "cannot bind-mount read-only");
      for (const out of [ro, join(ro, "sub")]) {
        const r = await segment([input, "--out", out]);
        assert.equal(r.code, 1, r.stderr);
        assert.equal(
          r.stderr,
          `Cannot write to the output folder "${out}": it is on a read-only file system (EROFS); choose another --out\n`,
        );
      }
      assertCompleteOrNone(ro, reference, "none");
    } finally {
      if (bound) run("umount", [ro]);
      full.unmount();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "segment CLI: a FIFO, a device or a folder as input gets an accurate message at once (never hangs on a FIFO)",
  ignore: !HAS_MKFIFO,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "segmenta-fifo-" });
    try {
      const fifo = join(dir, "pipe.csv");
      assert.ok(run("mkfifo", [fifo]));
      const cases: [string, string[], RegExp][] = [
        [fifo, [], /^Cannot read ".*pipe\.csv": it is a named pipe \(FIFO\), not a file/],
        ["/dev/zero", [], /^Cannot read "\/dev\/zero": it is a device, not a file/],
        [dir, ["--lang", "es"], /^No se puede leer ".*segmenta-fifo-\w+": es una carpeta, no un archivo/],
        // --model and --previous are checked the same way.
        [
          "score",
          ["data/retail_sample.csv", "--model", fifo],
          /^Cannot read ".*pipe\.csv": it is a named pipe/,
        ],
      ];
      for (const [file, args, message] of cases) {
        const t0 = performance.now();
        const r = await segment([file, ...args, "--out", join(dir, "out"), "--no-progress"]);
        assert.equal(r.code, 1, `${file}: ${r.stderr}`);
        assert.match(r.stderr, message);
        assert.ok(performance.now() - t0 < 30_000);
      }
      assert.ok(!existsSync(join(dir, "out")));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("segment CLI: a folder without write permission (immutable: root cannot write either) is said before the analysis, exit 1", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-noperm-" });
  const locked = join(dir, "locked");
  Deno.mkdirSync(locked);
  // chmod does not stop root; the immutable attribute does (ext4 and most other disks; not tmpfs).
  const immutable = run("chattr", ["+i", locked]);
  if (!immutable) {
    console.warn(
      "%cSKIPPED: chattr +i is not possible here: the no-permission test does not run",
      "color: yellow",
    );
    await Deno.remove(dir, { recursive: true });
    return;
  }
  try {
    const input = join(dir, "sales.csv");
    await Deno.writeTextFile(input, invoices(60));
    for (const out of [locked, join(locked, "sub")]) {
      const r = await segment([input, "--out", out]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(
        r.stderr,
        `Cannot write to the output folder "${out}": there is no permission to write there (EPERM); choose a folder you can write to with --out\n`,
      );
    }
    assert.deepEqual([...Deno.readDirSync(locked)], []);
  } finally {
    run("chattr", ["-i", locked]);
    await Deno.remove(dir, { recursive: true });
  }
});
