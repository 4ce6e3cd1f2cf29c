// The launcher of `deno task app`: the exact narrow permissions it grants, and the app it starts
// (no browser): the upload limit from --max-upload, and Ctrl-C (SIGINT) removing the temporary folder.
import assert from "node:assert/strict";
import { freePort, launchApp, ROOT } from "./_app.ts";

Deno.test("--print-command shows the app's narrow permissions", async () => {
  const port = freePort();
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--allow-run",
      "--allow-read",
      "--allow-write",
      "app/launch.ts",
      "--port",
      String(port),
      "--print-command",
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  const command = new TextDecoder().decode(out.stdout).trim();
  assert.match(command, new RegExp(` --allow-net=127\\.0\\.0\\.1:${port} `));
  assert.match(command, / '?--allow-write=<temporary folder>'? /);
  assert.match(command, /--allow-read='?<temporary folder>,[^ ]*app\/page,/);
  assert.match(command, /--allow-ffi=[^ ]*nodejs-polars[^ ]*\.node/);
  assert.match(command, / --allow-sys=cpus,networkInterfaces,hostname,systemMemoryInfo /);
  assert.doesNotMatch(command, /--allow-env|--allow-run|--allow-all|-A /);
  assert.doesNotMatch(command, /--allow-net=[^ ]*(0\.0\.0\.0|,)/);
});

Deno.test({
  name: "the launched app refuses an upload above --max-upload and Ctrl-C removes its folder",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const app = await launchApp(["--max-upload", "1k"]);
    try {
      assert.equal((await Deno.stat(app.tempDir)).mode! & 0o777, 0o700);
      const big = await fetch(`${app.url}api/files`, { method: "POST", body: "a,b\n" + "1,2\n".repeat(300) });
      assert.equal(big.status, 413);
      assert.deepEqual(await big.json(), { error: { kind: "tooLarge", limit: 1024 } });
      const page = await (await fetch(app.url)).text();
      assert.match(page, /data-max-upload="1024"/);
    } finally {
      await app.stop("SIGINT");
    }
    assert.throws(() => Deno.statSync(app.tempDir), Deno.errors.NotFound);
  },
});
