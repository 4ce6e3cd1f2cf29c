/**
 * The tree is formatted (`deno fmt`), lint-clean (`deno lint`) and type-checks, with the settings in
 * deno.json, including the modules no test imports (workers, the CLI, the app, tools and bench).
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

async function run(args: string[]): Promise<{ ok: boolean; text: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  })
    .output();
  return {
    ok: out.success,
    text: new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr),
  };
}

Deno.test("the code is formatted (deno fmt --check)", async () => {
  const r = await run(["fmt", "--check"]);
  assert.ok(r.ok, r.text.slice(-3000));
});

Deno.test("the code passes deno lint", async () => {
  const r = await run(["lint"]);
  assert.ok(r.ok, r.text.slice(-3000));
});

Deno.test("every entry point type-checks, workers included (deno task check)", async () => {
  const r = await run(["task", "check"]);
  assert.ok(r.ok, r.text.slice(-3000));
});
